import stringWidth from 'string-width';

/**
 * Aligned columns for a terminal. Widths come from string-width, which counts a CJK character or an emoji
 * as two columns, as terminals draw them.
 */
export type Align = 'left' | 'right';

export const columns = (text: string): number => stringWidth(text);

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
