import { rowAskedAs } from './flag-rows.ts';
import { isCatchAllLabel, isParagraphLabel, looksLikeName } from './gate-checks/siblings.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { stripMarks } from './term-families.ts';
import { blankFor, maskTerm } from './term-mask.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, DefinitionItem, TableFact, TableRow } from './types.ts';

/** A lookup from an option to the description the notes give it. */
function describer(
  names: readonly string[],
  texts: readonly string[],
): (option: string) => string | undefined {
  const byKey = new Map<string, string>();
  names.forEach((n, k) => {
    byKey.set(normaliseKey(n), texts[k] ?? '');
  });
  return (option) => byKey.get(normaliseKey(option));
}

/** Definition match, both directions, among the terms of one definition list. */
export function definitionDrafts(card: Card, seed: string): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
  for (const listed of card.facts.definitions) {
    // A "**Note:** …" among the terms is an aside, and "**其他**：…" the rest of the list, not one of them:
    // no question, and no distractor.
    const group = listed.filter(isListedTerm);
    if (group.length < 3) continue;
    const terms = group.map(strippedTerm);
    // Each definition with its own term masked: the forward question's key, the reverse one's stem.
    const masked: string[] = [];
    for (let k = 0; k < group.length; k++) {
      const d = group[k] as DefinitionItem;
      masked.push(maskTerm(d.definition, terms[k] ?? d.term, allBut(terms, k), blank));
    }
    // Asked by their short names: "PPP (Point-to-Point Protocol)" tells what PPP is by its expansion.
    const shown = shortNames(terms);
    const describe = describer(shown, group.map(definitionText));
    for (let k = 0; k < group.length; k++) {
      const item = group[k] as DefinitionItem;
      const term = terms[k] ?? item.term;
      const name = shown[k] ?? term;
      out.push({
        kind: 'definition',
        origin: 'definition-forward',
        distractorSource: 'same-list',
        variant: variantOf('fwd', normaliseKey(term)),
        stem: name,
        frame: { kind: 'what-is', context: card.prompt },
        correct: masked[k] ?? '',
        distractors: () => candidates(allBut(masked, k), seed, `${card.id}:def:${term}`),
        answer: item.source,
        line: item.line,
      });
      out.push({
        kind: 'definition',
        origin: 'definition-reverse',
        distractorSource: 'same-list',
        variant: variantOf('rev', normaliseKey(term)),
        stem: masked[k] ?? '',
        frame: { kind: 'which-term', context: card.prompt },
        correct: name,
        distractors: () => candidates(allBut(shown, k), seed, `${card.id}:term:${term}`),
        descriptionOf: describe,
        answer: item.source,
        line: item.line,
      });
    }
  }
  return out;
}

/** An acronym with its expansion in brackets: `PPP (Point-to-Point Protocol)`, `IDS（入侵检测系统）`. */
const WITH_EXPANSION = /^([A-Z][A-Za-z0-9+/.-]{1,11})\s*[(（][^()（）]{3,80}[)）]$/;

/** Each term without its expansion, unless two would then read alike. */
function shortNames(terms: readonly string[]): string[] {
  const short = terms.map((t) => WITH_EXPANSION.exec(t.trim())?.[1] ?? t);
  const keys = short.map(normaliseKey);
  return new Set(keys).size === keys.length ? short : [...terms];
}

const isListedTerm = (d: DefinitionItem): boolean => !isParagraphLabel(d.term) && !isCatchAllLabel(d.term);
const strippedTerm = (d: DefinitionItem): string => stripMarks(d.term);
const definitionText = (d: DefinitionItem): string => d.definition;

/** The items but the k-th, in order. */
function allBut<T>(items: readonly T[], k: number): T[] {
  const out: T[] = [];
  for (let j = 0; j < items.length; j++) if (j !== k) out.push(items[j] as T);
  return out;
}

/** Table-row match: which row a description belongs to, and (two-column tables) which description a row has. */
export function tableDrafts(card: Card, seed: string): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
  for (const table of card.facts.tables) tableDraftsOf(card, seed, table, blank, out);
  return out;
}

function tableDraftsOf(
  card: Card,
  seed: string,
  table: TableFact,
  blank: string,
  out: GeneratedDraft[],
): void {
  const rows = table.rows.filter(isNamedRow);
  const names = rows.map(rowName);
  if (new Set(names.map(normaliseKey)).size !== names.length || rows.length < 3) return;
  const header0 = stripMarks(table.header[0] ?? '');
  const described: string[] = [];
  for (const row of rows) described.push(describedOf(table, row));
  const describe = describer(names, described);
  const cellOf = (j: number): string => maskTerm(rows[j]?.cells[1] ?? '', names[j] ?? '', names, blank);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as TableRow;
    const name = names[k] ?? '';
    const text = described[k] ?? '';
    if (text === '') continue;
    const source = sourceOf(table, row);
    out.push({
      kind: 'table-row',
      origin: 'table-row',
      distractorSource: 'same-column',
      variant: variantOf('row', normaliseKey(name)),
      stem: maskTerm(text, name, allBut(names, k), blank),
      frame: table.commands ? { kind: 'which-command' } : { kind: 'which-row', header: header0 },
      correct: name,
      distractors: () => candidates(allBut(names, k), seed, `${card.id}:row:${name}`),
      descriptionOf: describe,
      table,
      answer: source,
      line: row.line,
    });
    const askedAs = rowAskedAs(name, header0);
    if (row.cells.length === 2 && askedAs !== null) {
      out.push({
        kind: 'table-row',
        origin: 'table-cell',
        distractorSource: 'same-column',
        variant: variantOf('cell', normaliseKey(name)),
        stem: askedAs,
        frame: { kind: 'row-cell', header: table.commands ? '' : stripMarks(table.header[1] ?? '') },
        correct: cellOf(k),
        distractors: () => {
          const cells: string[] = [];
          for (let j = 0; j < rows.length; j++) if (j !== k) cells.push(cellOf(j));
          return candidates(cells, seed, `${card.id}:cell:${name}`);
        },
        table,
        answer: source,
        line: row.line,
      });
    }
  }
}

const isNamedRow = (r: TableRow): boolean =>
  stripMarks(r.cells[0] ?? '') !== '' && (r.cells[0] ?? '').length <= 60 && !/\]\(/.test(r.cells[0] ?? '');

const rowName = (r: TableRow): string => stripMarks(r.cells[0] ?? '');

/** The row's cells after its name, each under its header when there are several. */
function describedOf(table: TableFact, row: TableRow): string {
  const parts: string[] = [];
  for (let j = 1; j < row.cells.length; j++) {
    const c = row.cells[j] as string;
    const part = row.cells.length > 2 ? `${stripMarks(table.header[j] ?? '')}: ${c}` : c;
    if (part.trim() !== '') parts.push(part);
  }
  return parts.join('; ');
}

/** The row as the reveal shows it: each header beside its cell, a line each. */
function sourceOf(table: TableFact, row: TableRow): string {
  const lines: string[] = [];
  for (let j = 0; j < table.header.length; j++)
    lines.push(`${stripMarks(table.header[j] as string)}: ${row.cells[j] ?? ''}`);
  return lines.join('\n');
}

/**
 * The most cards of one kind (subjects, command answers) a section may hold and still be a family of
 * siblings ("Docker 镜像", "Docker 容器", "Docker 仓库"); a larger section is a chapter of unrelated things
 * (a hook, a pattern, a tool).
 */
export const MAX_FAMILY_SECTION = 15;

/** Each section's cards with a subject, found once per section (per card it would be quadratic). */
const subjectsBySection = new WeakMap<readonly Card[], readonly Card[]>();

function subjectsOf(section: readonly Card[]): readonly Card[] {
  let found = subjectsBySection.get(section);
  if (!found) {
    found = section.filter((c) => c.facts.subject !== null);
    subjectsBySection.set(section, found);
  }
  return found;
}

/** A card's answer keyed (see normaliseKey), once per card. */
const answerKeys = new WeakMap<Card, string>();

function answerKeyOf(card: Card): string {
  let key = answerKeys.get(card);
  if (key === undefined) {
    key = normaliseKey(card.answer);
    answerKeys.set(card, key);
  }
  return key;
}

/**
 * The word a name opens with when the rest tells it from its kin: "Docker" of "Docker Hub", "redux" of
 * "redux-saga", "缓存" of "缓存穿透"; null for a name of one word.
 */
function leadingWordOf(term: string): string | null {
  const name = stripMarks(term).trim();
  const latin = /^([A-Za-z][\w.]*)(?:\s+|-)\S/.exec(name);
  if (latin) return (latin[1] ?? '').toLowerCase();
  const han = /^(\p{Script=Han}{2})\p{Script=Han}{2,}$/u.exec(name);
  return han ? (han[1] ?? null) : null;
}

/** Definition match between sibling cards' subjects ("什么是 Docker 镜像？" beside "什么是 Docker 容器？"). */
export function subjectDrafts(card: Card, section: readonly Card[], seed: string): GeneratedDraft[] {
  const subject = card.facts.subject;
  if (!subject) return [];
  const siblings = subjectsOf(section);
  // A glossary written as a heading per term (nearly every card of the section defines its subject) is a
  // family however long.
  if (siblings.length > MAX_FAMILY_SECTION && siblings.length * 4 < section.length * 3) return [];
  const chosen = siblingSubjects(card, subject.term, siblings, section.length, seed);
  return chosen === null ? [] : subjectPair(card, subject, chosen, seed);
}

/** The sibling cards a subject's question takes its options from, their subjects, and what they are. */
interface SiblingSubjects {
  readonly others: readonly Card[];
  readonly terms: readonly string[];
  readonly source: 'sibling-subjects' | 'chapter-subjects';
}

const subjectTermOf = (c: Card): string => c.facts.subject?.term ?? '';
const subjectDefinitionOf = (c: Card): string => c.facts.subject?.definition ?? '';

function siblingSubjects(
  card: Card,
  term: string,
  siblings: readonly Card[],
  sectionSize: number,
  seed: string,
): SiblingSubjects | null {
  // The subject's own kind first: beside "缓存穿透", "缓存击穿" and "缓存雪崩" rather than "Redis", which a player
  // rules out unread. A few seeded candidates, not the whole chapter: masking every sibling for every card
  // is quadratic.
  // Not a sibling whose own answer names this subject ("公有的 Docker 仓库是 Docker Hub"): the notes make it
  // a broader name for it, right as well.
  const named = normaliseKey(term);
  const rest: Card[] = [];
  for (const c of siblings) if (c !== card && !answerKeyOf(c).includes(named)) rest.push(c);
  const lead = leadingWordOf(term);
  const kin: Card[] = [];
  if (lead !== null)
    for (const c of rest) {
      const theirs = subjectTermOf(c);
      if (leadingWordOf(theirs) === lead && looksLikeName(theirs)) kin.push(c);
    }
  // Subjects are a family when they make up most of their section (a glossary of "什么是 X？"); in a FAQ
  // where most items ask other things (differences, how-tos), the few "What is X?" are a chapter's
  // scattered topics, siblings only where their names say so (the kin above).
  const family = kin.length >= 2 || siblings.length * 2 >= sectionSize;
  // A glossary of many headings holds things of every kind (devices, networks, laws): only subjects that
  // are the same kind of thing ("a … device that …") stand beside each other, else no question.
  let pool = kin.length >= 2 ? kin : rest;
  if (siblings.length > MAX_FAMILY_SECTION && kin.length < 2) {
    const head = headNounOf(subjectDefinitionOf(card));
    pool = head === null ? [] : rest.filter((c) => headNounOf(subjectDefinitionOf(c)) === head);
    if (pool.length < 2) return null;
  }
  const others = sample(pool, 8, seededRandom(`${seed}\u0000${card.id}:siblings`));
  const terms = others.map(subjectTermOf);
  if (terms.length < 2) return null;
  return { others, terms, source: family ? 'sibling-subjects' : 'chapter-subjects' };
}

/**
 * The kind of thing an English definition says its subject is: "client is a device or program that …" →
 * "device", "a simple network device that …" → "device", "a collection of web pages …" → "collection".
 */
function headNounOf(definition: string): string | null {
  const rest = /\b(?:is|are)\s+(?:an?|the|one)\s+(.*)$/i.exec(definition)?.[1];
  if (rest === undefined) return null;
  let head: string | null = null;
  for (const word of rest.toLowerCase().split(/\s+/)) {
    const bare = word.replace(/[^a-z-]/g, '');
    if (HEAD_STOPS.has(bare) || (bare.endsWith('ed') && head !== null)) break;
    head = bare === '' ? head : bare;
    if (/[,;.:(]$/.test(word)) break;
  }
  return head === null ? null : head.replace(/(?<=[a-z]{3})s$/, '');
}

const HEAD_STOPS = new Set([
  'that',
  'which',
  'who',
  'where',
  'whose',
  'used',
  'for',
  'to',
  'of',
  'in',
  'on',
  'with',
  'by',
  'from',
  'and',
  'or',
  'between',
  'when',
]);

/** What the subject is (its masked definition among its siblings'), and which subject a definition is. */
/**
 * "＿＿＿ is a device that requests services …" → "a device that requests services …": a sentence that
 * opens on its masked subject and a linking verb reads, without them, as what the subject is (an option
 * holding a blank reads as a puzzle). Only where the rest opens as a noun phrase does.
 */
function withoutMaskedSubject(text: string, blank: string): string {
  if (!text.startsWith(blank)) return text;
  const m = /^\s*(?:is|are|refers to|means)\s+((?:an?|the|one|any)\s+\S.*)$/is.exec(text.slice(blank.length));
  const rest = m?.[1];
  return rest !== undefined && !rest.includes(blank) ? rest : text;
}

function subjectPair(
  card: Card,
  subject: DefinitionItem,
  chosen: SiblingSubjects,
  seed: string,
): GeneratedDraft[] {
  const { others, terms, source } = chosen;
  const blank = blankFor(card.lang);
  const allTerms = [subject.term, ...terms];
  // The card's own masked definition is both an option and the reverse stem: mask it once.
  const maskedOf = new Map<Card, string>();
  const masked = (c: Card): string => {
    const known = maskedOf.get(c);
    if (known !== undefined) return known;
    const term = subjectTermOf(c);
    const text = withoutMaskedSubject(
      maskTerm(
        subjectDefinitionOf(c),
        term,
        allTerms.filter((t) => t !== term),
        blank,
      ),
      blank,
    );
    maskedOf.set(c, text);
    return text;
  };
  const describe = describer(allTerms, [card, ...others].map(subjectDefinitionOf));
  const fwd: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-forward',
    distractorSource: source,
    variant: variantOf('sfwd', normaliseKey(subject.term)),
    stem: subject.term,
    frame: { kind: 'what-is', context: '' },
    correct: masked(card),
    distractors: () => candidates(others.map(masked), seed, `${card.id}:sdef`),
    answer: card.answer,
    line: subject.line,
  };
  const rev: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-reverse',
    distractorSource: source,
    variant: variantOf('srev', normaliseKey(subject.term)),
    stem: masked(card),
    frame: { kind: 'which-term', context: '' },
    correct: subject.term,
    distractors: () => candidates(terms, seed, `${card.id}:sterm`),
    descriptionOf: describe,
    answer: card.answer,
    line: subject.line,
  };
  return [fwd, rev];
}
