/** Table lines as the author typed them, before markdown-it reads them: their cells, and rows of another width. */

/**
 * How many cells a table line holds as typed: outer pipes dropped, split at pipes not escaped (the rule
 * markdown-it splits by). A line inside a quote or list item loses its `>` marks and indent first.
 */
export function typedCellCount(line: string): number {
  return typedCells(line).length;
}

/** The cells of a table line as typed, split as `typedCellCount` counts them. */
export function typedCells(line: string): string[] {
  let row = line.replace(/^(?:\s*>)*\s*/, '').trimEnd();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/);
}

/** Whether a row the author typed is wider or narrower than the header (lines are 1-based). */
export function isRagged(lines: readonly string[], headerLine: number, rowLines: readonly number[]): boolean {
  const header = lines[headerLine - 1];
  if (header === undefined) return false;
  const width = typedCellCount(header);
  return rowLines.some((n) => {
    const row = lines[n - 1];
    return row !== undefined && row.trim() !== '' && typedCellCount(row) !== width;
  });
}
