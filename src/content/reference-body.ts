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
