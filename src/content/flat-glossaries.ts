import { glossaryItemsOf } from './dashed-definitions.ts';
import { readsGenus } from './definition-genus.ts';
import { type SectionGlossaryInput, termCardsOf } from './letter-glossaries.ts';
import type { Block } from './markdown-blocks.ts';
import type { RawCard } from './raw-card.ts';
import type { Section } from './section-tree.ts';
import { stripMarks } from './term-families.ts';
import { normaliseKey } from './text-normalise.ts';
import type { DefinitionItem } from './types.ts';

/**
 * A glossary written as one run of defined terms, with no heading per letter or term: a course's "Key terms"
 * page, a file of nothing else.
 *
 *     **Address Resolution Protocol (ARP):** A network protocol used to determine the MAC address …
 *
 *     **Firewall:** A network security device that monitors traffic to or from your network
 *
 * Read as the facts of one section's card, its dozens of terms gave that card's three questions and one
 * "Explain" flashcard of the whole page. Read as a glossary, each entry is a term card asked among entries
 * its definition says are the same kind of thing (definition-genus.ts), as an A–Z glossary's are. Only runs
 * that are nearly all definitions, MIN_TERMS or more, written in English with a genus to read; a question's
 * answer keeps its definitions as facts. An entry the author copied twice (term and definition alike) is
 * one entry.
 */

/** Fewer definitions than this are a section's list, asked from its own card. */
const MIN_TERMS = 8;

/** What the reader also needs: the blocks before the first heading (a file that is only its glossary). */
export interface FlatGlossaryInput extends SectionGlossaryInput {
  readonly blocks: readonly Block[];
}

export function flatGlossaryCards(input: FlatGlossaryInput): RawCard[] {
  const cards: RawCard[] = [];
  for (const own of ownBlocks(input)) {
    const blocks = own.filter((b) => !input.consumed.has(b) && b.type !== 'html');
    if (blocks.length === 0 || blocks.some((b) => input.inQuestion(b.line))) continue;
    // Counted first: most sections hold too few lines to be a glossary, and their definitions go unread.
    const units = blocks.reduce((n, b) => n + unitsOf(b), 0);
    if (units < MIN_TERMS) continue;
    const items = withoutCopies(blocks.flatMap(glossaryItemsOf));
    // Nearly every paragraph line and list item a definition: a section that also holds prose is a topic.
    if (items.length < MIN_TERMS || items.length * 10 < units * 8) continue;
    if (!readsGenus(items.map((d) => d.definition))) continue;
    for (const b of blocks) input.consumed.add(b);
    cards.push(...termCardsOf(items, input.pathAt, isWordList(items)));
  }
  return cards;
}

/** A gloss, not a definition: a word or three ("cat", "holy week", "classic literature"), no clause. */
const GLOSS = /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}$/u;

/**
 * A vocabulary list (`- El gato: cat` under "Animals"): every meaning a word or three, so each is its own
 * head noun and no genus groups them; the section the author filed them under does (animals, body parts).
 * Its entries are siblings as a section's are, not as an A–Z glossary's of every kind.
 */
function isWordList(items: readonly DefinitionItem[]): boolean {
  const glosses = items.filter((d) => GLOSS.test(stripMarks(d.definition).trim())).length;
  return glosses * 10 >= items.length * 9;
}

/** Each section's blocks before its first sub-section, and the blocks before the first heading. */
function* ownBlocks(input: FlatGlossaryInput): Generator<readonly Block[]> {
  const first = input.sections[0]?.heading.line ?? Number.POSITIVE_INFINITY;
  yield input.blocks.filter((b) => b.line < first);
  for (const s of input.sections) yield ownOf(s);
}

function ownOf(section: Section): readonly Block[] {
  const firstChild = section.children[0]?.heading.line ?? Number.POSITIVE_INFINITY;
  return section.blocks.filter((b) => b !== section.heading && b.line < firstChild);
}

/** Paragraph lines and list items: each could have been a definition; anything else weighs as two. */
const unitsOf = (b: Block): number =>
  b.type === 'list' ? b.items.length : b.type === 'paragraph' ? b.inline.lines.length : 2;

/** The items without a later copy of an earlier one (the same term, defined in the same words). */
function withoutCopies(items: readonly DefinitionItem[]): DefinitionItem[] {
  const seen = new Set<string>();
  return items.filter((d) => {
    const key = `${normaliseKey(stripMarks(d.term))}\n${normaliseKey(d.definition)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
