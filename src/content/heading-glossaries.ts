import { genusOf } from './definition-genus.ts';
import { INDEX_LETTER, type SectionGlossaryInput } from './letter-glossaries.ts';
import type { Block } from './markdown-blocks.ts';
import { type RawCard, termCard } from './raw-card.ts';
import { type Section, siblingGroups } from './section-tree.ts';
import { stripMarks } from './term-families.ts';
import { hasHan } from './text-normalise.ts';
import type { GlossaryEntry } from './types.ts';

/**
 * A glossary written as headings: sibling sections each titled by a term and holding one paragraph that
 * defines it (Obsidian glossaries, certification term lists):
 *
 *     ## Authentication & Access Control
 *     ### Access Control List (ACL)
 *     A list of permissions attached to an object that specifies which users …
 *     ### Authentication
 *     The process of verifying a subject's identity before granting access.
 *
 * Read one section at a time, each was a heading over prose, asked for nothing but its "Explain". Read as a
 * glossary, each term is asked by its definition among its siblings. A run of such sections under one parent
 * mixes kinds (a CIO beside a framework), so, as in an A–Z glossary, a term is asked only among entries its
 * definitions say are the same kind of thing (definition-genus.ts). Chinese paragraphs, whose genus is not read,
 * and headings over anything else (lists, code, two paragraphs, a question, an imperative "Run the
 * installer…") are sections as before. An entry written as fields (`**Definition**: …` over `**Trade-offs**:
 * …`) is defined by its Definition field.
 */

/** Fewer defined headings than this under one parent are sections that happen to be short. */
const MIN_TERMS = 4;
/** A term heading: a few words, not a question, not a label or a step. */
const MAX_TERM_WORDS = 8;
const MAX_DEFINITION_CHARS = 600;

export function headingGlossaryCards(input: SectionGlossaryInput): RawCard[] {
  const cards: RawCard[] = [];
  // Leaf sections grouped by parent, each group in order; under A–Z letters (`## C` over `### CAP
  // Theorem`), by the glossary the letters divide.
  for (const siblings of siblingGroups(
    input.sections,
    (s) => s.children.length === 0,
    MIN_TERMS,
    glossaryOf,
  )) {
    const read = siblings.map((s) => definedBy(s, input));
    const defined = read.filter((d): d is Defined => d !== null);
    // Nearly every sibling a term over its definition: a parent that also holds topics is a chapter.
    if (defined.length < MIN_TERMS || defined.length * 10 < siblings.length * 8) continue;
    const entries: GlossaryEntry[] = defined.map((d) => ({
      term: d.term,
      definitions: [d.definition],
      line: d.section.heading.line,
    }));
    defined.forEach((d, k) => {
      const entry = entries[k] as GlossaryEntry;
      // The entry's other fields (`**Trade-offs**: …`) are its card's too: shown with the definition.
      for (const b of d.fields) input.consumed.add(b);
      cards.push(
        termCard(
          { entry, entries, mixedKinds: true },
          {
            start: d.paragraph.line,
            end: d.fields[d.fields.length - 1]?.end ?? d.paragraph.end,
            text: [d.definition, ...d.fields.slice(1).flatMap(fieldText)].join('\n\n'),
            sectionPath: [...input.pathAt(entry.line)],
          },
        ),
      );
    });
  }
  return cards;
}

const glossaryOf = (s: Section): Section | null =>
  s.parent && INDEX_LETTER.test(stripMarks(s.parent.title).trim()) ? s.parent.parent : s.parent;

interface Defined {
  readonly section: Section;
  readonly term: string;
  readonly definition: string;
  readonly paragraph: Extract<Block, { type: 'paragraph' }>;
  /** The section's own blocks: the defining paragraph, then any other fields of the entry. */
  readonly fields: readonly Block[];
}

const fieldText = (b: Block): string[] => (b.type === 'paragraph' ? [b.inline.text] : []);

/** The section's term and its one defining paragraph, or null when it is anything else. */
function definedBy(section: Section, input: SectionGlossaryInput): Defined | null {
  const own = section.blocks.filter((b) => b !== section.heading);
  const paragraph = own[0];
  if (paragraph?.type !== 'paragraph' || input.consumed.has(paragraph)) return null;
  if (input.inQuestion(paragraph.line)) return null;
  // `**Definition**: Distributed transaction protocol…` over the entry's other fields (`**Phases**: …`).
  const field = DEFINITION_FIELD.exec(paragraph.inline.text.trim());
  if (own.length !== 1 && !field) return null;
  // `### 4. Availability Zone`: a glossary may number its terms; the number is no part of the term.
  const term = stripMarks(section.title)
    .replace(/^\d{1,3}[.)、]\s+/, '')
    .trim();
  const definition = (field?.[1] ?? paragraph.inline.text).replace(/\s*\n\s*/g, ' ').trim();
  // A definition the author labelled as one is one, whatever its wording.
  if (!isTerm(term) || definition.length > MAX_DEFINITION_CHARS || !(field || definesTerm(term, definition)))
    return null;
  return { section, term, definition, paragraph, fields: field ? own : [paragraph] };
}

/** A paragraph that gives the entry's meaning as a labelled field. */
const DEFINITION_FIELD =
  /^(?:\*\*|__)?(?:definition|meaning)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?(\S[\s\S]*)$/i;

function isTerm(title: string): boolean {
  if (title === '' || /[?？:：]$/.test(title) || /^\d/.test(title)) return false;
  const words = title.replace(/[（(][^)）]*[)）]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'./+-]*/gu) ?? [];
  return words.length > 0 && words.length <= MAX_TERM_WORDS && !QUESTION_WORD.test(title);
}

const QUESTION_WORD =
  /^(?:how|why|what|when|where|which|who|can|should|is|are|do|does|为什么|如何|怎么|什么)\b/i;

/**
 * Does the paragraph open as a definition of the term, a noun phrase saying what kind of thing it is ("A
 * list of permissions…", "Process of identifying users…", "Authentication method that uses…")? Prose does
 * not ("It runs…", "Run the installer…"), nor Chinese, whose genus is not read; and a paragraph that names
 * its term first ("A **Hub** is a device…", "进程是…") is a sentence the card's own facts already read.
 */
function definesTerm(term: string, definition: string): boolean {
  const text = stripMarks(definition).trim();
  if (hasHan(text)) return false;
  const first = text.match(/^[A-Za-z][A-Za-z'-]*/)?.[0]?.toLowerCase() ?? '';
  if (first === '' || NOT_A_DEFINITION.has(first)) return false;
  const head = term
    .replace(/[（(].*$/, '')
    .trim()
    .toLowerCase();
  const opening = text.toLowerCase().replace(/^(?:an?|the)\s+/, '');
  if (head !== '' && opening.startsWith(head)) return false;
  if (/^(?:an?|the)$/.test(first)) return genusOf(text) !== null;
  // A bare noun phrase ended by what it does or is for: "Software designed to…", "Process of…".
  return genusOf(text) !== null && BARE_NOUN_PHRASE.test(text);
}

const BARE_NOUN_PHRASE =
  /^[A-Za-z][\w'-]*(?:\s+[\w'/-]+){0,3}\s+(?:that|which|who|used|designed|of|for|to|in|on|by|with|where|when)\b/i;

/** Openings of prose, not of a definition: pronouns, demonstratives and the verbs of instructions. */
const NOT_A_DEFINITION: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'they',
  'we',
  'you',
  'i',
  'he',
  'she',
  'there',
  'here',
  'if',
  'when',
  'to',
  'in',
  'on',
  'for',
  'see',
  'run',
  'use',
  'install',
  'create',
  'add',
  'open',
  'click',
  'go',
  'set',
  'make',
  'check',
  'type',
  'select',
  'enter',
  'press',
  'start',
  'stop',
  'call',
  'note',
  'remember',
  'try',
  'let',
  'do',
  'get',
  'find',
  'copy',
  'move',
  'edit',
  'save',
  'follow',
  'configure',
  'enable',
  'disable',
  'update',
  'deploy',
  'build',
  'download',
]);
