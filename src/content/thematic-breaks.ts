import type { Block } from './markdown-blocks.ts';
import type { NoteText } from './unit-card.ts';

/** A thematic break (`---`, `***`, `___`) on a line between two blocks. */
export function thematicBreakBetween(before: Block, after: Block, note: NoteText): boolean {
  if (after.line - before.end < 2) return false;
  return note(before.end + 1, after.line - 1)
    .split('\n')
    .some((l) => /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(l));
}
