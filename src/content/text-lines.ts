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

/**
 * Whether `at` starts a line as `^` under a regex's m flag sees it (after `\n`, `\r`, U+2028 or U+2029):
 * a prefilter that finds its mark with indexOf then asks this, and answers as its `/^…/m` pattern did.
 */
export function startsLine(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Where the run of spaces and tabs just before `at` begins (`at` itself when there is none). */
export function blanksBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start--;
  return start;
}
