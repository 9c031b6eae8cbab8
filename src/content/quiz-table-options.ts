import type { OptionGroup } from './author-choices.ts';
import type { Block } from './markdown-blocks.ts';
import { isOptionLabelColumn } from './option-labels.ts';
import type { RawLine } from './option-text.ts';

/**
 * How an author marks the right row of a quiz table: a colour (`<font color="red">`, a styled span), bold,
 * a highlight, or a tick. Read from the row as typed, since the rendered text has lost the tags.
 */
const ROW_MARK = /<font\b|<span[^>]*\bcolor|<mark\b|<b>|<strong>|\*\*|__|==|[✓✔√☑✅]|[(（]正确[)）]/i;
const TICK = /\s*[✓✔√☑✅]\s*/g;

/** A cell's words without the author's mark: bold around the whole cell, a tick. */
function unmarked(text: string): string {
  const t = text.replace(TICK, ' ').trim();
  const bold = /^(\*\*|__)(.+)\1$/.exec(t);
  return (bold?.[2] ?? t).trim();
}

/**
 * A quiz written as a table under its question: two columns, one of option letters A, B, C … in order,
 * one of option texts, and the right row marked by the author (colour, bold, a tick) where the others are
 * not. Exactly one marked row is the key; several are a "select all" (not auto-graded); none, no group.
 */
export function tableGroup(
  b: Extract<Block, { type: 'table' }>,
  at: number,
  rawLine: RawLine | undefined,
): OptionGroup | null {
  if (!rawLine || b.ragged || b.header.length !== 2 || b.rows.length < 2) return null;
  const labelColumn = [0, 1].find((c) => isOptionLabelColumn(b.rows.map((r) => r.cells[c]?.plain ?? '')));
  if (labelColumn === undefined) return null;
  const letters = b.rows.map((r) =>
    unmarked(r.cells[labelColumn]?.plain ?? '').replace(/[\s()（）.、．:：]/g, ''),
  );
  const texts = b.rows.map((r) => unmarked(r.cells[1 - labelColumn]?.text ?? ''));
  if (texts.some((t) => t === '')) return null;
  const marked = b.rows.flatMap((r, k) => (ROW_MARK.test(rawLine(r.line)) ? [k] : []));
  if (marked.length === 0 || marked.length === b.rows.length) return null;
  return {
    firstBlock: at,
    lastBlock: at,
    leadLines: [],
    options: texts,
    correct: marked,
    line: b.line,
    endLine: b.end,
    letters,
    todo: false,
    keyStated: false,
  };
}
