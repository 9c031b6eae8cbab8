/** Indentation as CommonMark counts it: columns, a tab reaching the next multiple of 4. */

/** Columns of a line's leading whitespace. */
export function indentOf(line: string): number {
  let col = 0;
  for (let k = 0; k < line.length; k++) {
    const ch = line.charCodeAt(k);
    if (ch === 0x20) col++;
    else if (ch === 0x09) col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** The line with up to `indent` columns of its indentation taken off (a tab cut in two keeps its rest). */
export function outdented(line: string, indent: number): string {
  let col = 0;
  let k = 0;
  while (k < line.length && col < indent) {
    const ch = line.charCodeAt(k);
    if (ch === 0x20) col++;
    else if (ch === 0x09) col += 4 - (col % 4);
    else break;
    k++;
  }
  return (col > indent ? ' '.repeat(col - indent) : '') + line.slice(k);
}
