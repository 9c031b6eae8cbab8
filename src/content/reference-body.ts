import { isLinkTable } from './block-facts.ts';
import { readFacts } from './card-facts.ts';
import type { Block } from './markdown-blocks.ts';

/** Fewer terms than this read as an introduction's example, not a glossary. */
const MIN_TERMS = 3;

/**
 * Whether the text under a note's only title is the note's content rather than its introduction: a
 * glossary page of `* **Term**: definition` items often has no other heading, and skipping its title's
 * text as an introduction left such a page with no cards at all. Prose under the title still reads as an
 * introduction; glossary tables are cards of their own wherever they stand (glossary-tables.ts).
 */
export function holdsGlossary(blocks: readonly Block[]): boolean {
  return readFacts('', blocks, null, null).definitions.some((group) => group.length >= MIN_TERMS);
}

/** Fewer rows than this are an example, not a reference table. */
const MIN_ROWS = 3;

/**
 * The tables of facts among a note's introduction (a command or term table under the only title, or in a
 * note with no heading at all): a cheat sheet that is one table is all content. Tables of links are an
 * index; the prose around them still reads as an introduction.
 */
export function factTables(blocks: readonly Block[]): Block[] {
  return blocks.filter(
    (b) =>
      b.type === 'table' &&
      b.rows.length >= MIN_ROWS &&
      (b.rows[0]?.cells.length ?? 0) >= 2 &&
      !isLinkTable(b),
  );
}
