/** Fenced code blocks (``` or ~~~) as line scans meet them: where one opens, where it closes, which lines are code. */

/** The index of the first character at or after `at` that is no space or tab. */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** A fence line (``` or ~~~, three or more) at any indentation: its character and length, else null. */
export function fenceOf(line: string): { char: string; length: number } | null {
  const at = skipSpaces(line, 0);
  const char = line[at];
  if (char !== '`' && char !== '~') return null;
  let n = at;
  while (line[n] === char) n++;
  if (n - at < 3) return null;
  // ```foo``` on one line is inline code, not a fence.
  if (char === '`' && line.indexOf('`', n) >= 0) return null;
  return { char, length: n - at };
}

export function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const at = skipSpaces(line, 0);
  let n = at;
  while (line[n] === fence.char) n++;
  return n - at >= fence.length && line.slice(n).trim() === '';
}

/**
 * A reader of a note's lines in order that says which are code: a fence line, or a line inside a fenced
 * block. Line scans that look for syntax of their own skip those.
 */
export function fenceTracker(): (line: string) => boolean {
  let fence: { char: string; length: number } | null = null;
  return (line) => {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      return true;
    }
    fence = fenceOf(line);
    return fence !== null;
  };
}
