import { fenceTracker } from './code-fences.ts';
import { joinedLines, linesOf } from './text-lines.ts';

/**
 * Notes exported from a word processor or a web editor often arrive with every line's Markdown escaped:
 * `\## Questions`, `\- Answer first`, `1\. Install`. The author wrote headings and lists; the converter
 * escaped them. Where a note does this again and again (three lines or more), the marks opening its lines
 * are read as the author meant them (every line keeps its number); one `\#` is an author's own escape.
 */
const ESCAPED_OPENING = /^( {0,3})\\([#>*+-])(?=[#\s])|^( {0,3}\d{1,3})\\(\.)(?=\s)/;
const MAY_HOLD = /^ {0,3}\\#/m;
const ENOUGH = 3;

export function withEscapedMarksRead(text: string): string {
  // A plain search first: nearly every note has no escaped mark at all.
  if (!text.includes('\\#') || !MAY_HOLD.test(text)) return text;
  const lines = linesOf(text);
  const inCode = fenceTracker();
  const at: number[] = [];
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line) || !ESCAPED_OPENING.test(line)) continue;
    at.push(i);
    if (/^ {0,3}\\#/.test(line)) headings++;
  }
  if (headings < ENOUGH) return text;
  const out = [...lines];
  for (const i of at) out[i] = (out[i] as string).replace(ESCAPED_OPENING, '$1$2$3$4');
  return joinedLines(out);
}
