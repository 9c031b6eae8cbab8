import stringWidth from 'string-width';
import { cleanText, EMPTY_LABEL, fitToColumns } from '../untrusted-text.ts';

/**
 * Aligned columns for a terminal. Widths come from string-width, which counts a CJK character or an emoji
 * as two columns, as terminals draw them.
 */
export type Align = 'left' | 'right';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemeColumns = new Map<string, number>();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Terminal columns of one user-perceived character, measured once: the same ones recur in every row. */
function graphemeWidth(grapheme: string): number {
  let width = graphemeColumns.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    // Bounded, since names are anyone's choice; a cleared cache only costs a little time.
    if (graphemeColumns.size >= 10_000) graphemeColumns.clear();
    graphemeColumns.set(grapheme, width);
  }
  return width;
}

/**
 * Terminal columns of a text. string-width measures one user-perceived character at a time and adds the
 * widths up; so do we, with each character measured once, and plain ASCII (every figure) at one column a
 * character without measuring.
 */
export function columns(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** An untrusted name or title, cleaned and cut to `max` columns. */
export function fitColumns(text: string, max: number): string {
  return fitToColumns(cleanText(text) || EMPTY_LABEL, max, graphemeWidth);
}

export const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - columns(text)));

export const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - columns(text))) + text;

const GAP = '  ';

/** A row of cells, or a line of its own (a heading) that spans the table and does not widen any column. */
export type TableRow = readonly string[] | { readonly line: string };

const isLine = (row: TableRow): row is { readonly line: string } => 'line' in row;

/** Rows of cells to lines: each column as wide as its widest cell, two spaces between, no trailing spaces. */
export function formatTable(rows: readonly TableRow[], aligns: readonly Align[]): string[] {
  const cells = rows.filter((row) => !isLine(row)) as (readonly string[])[];
  const widths = aligns.map((_, i) => Math.max(0, ...cells.map((row) => columns(row[i] ?? ''))));
  const format = (row: readonly string[]): string =>
    aligns
      .map((align, i) => {
        const cell = row[i] ?? '';
        const width = widths[i] ?? 0;
        return align === 'left' ? padEnd(cell, width) : padStart(cell, width);
      })
      .join(GAP)
      .trimEnd();
  return rows.map((row) => (isLine(row) ? row.line : format(row)));
}
