/**
 * A note's lines, split once for the scans that read the same text in turn (numbered questions, quoted
 * questions, outlines, containers, tables): each split of a long note was a copy of every line. The array
 * is shared: read only (a scan that rewrites lines copies it first).
 */
let lastText: string | null = null;
let lastLines: readonly string[] = [];

export function linesOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastLines = text.split('\n');
    lastText = text;
  }
  return lastLines;
}

/** The lines of a text joined from them: the next `linesOf(text)` needs no split. */
export function joinedLines(lines: readonly string[]): string {
  const text = lines.join('\n');
  lastText = text;
  lastLines = lines;
  return text;
}
