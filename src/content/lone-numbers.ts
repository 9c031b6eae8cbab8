import { fenceTracker } from './code-fences.ts';
import { joinedLines, linesOf } from './text-lines.ts';

/**
 * Some editors leave a list's number alone on its line and put the question, bold, on the next one,
 * indented as the item's content:
 *
 *     1.
 *         <strong>请解释 RAG 的工作原理？</strong>
 *
 *         RAG 是一种先检索、后生成的模式…
 *
 * A reader sees `1. **请解释 RAG 的工作原理？**` over its answer, as numbered question lists write it
 * (numbered-questions.ts reads those): the question moves up beside its number, in Markdown's bold, and
 * its own line is left blank (no other line moves). Only where the note does it twice or more, and only
 * for a wholly bold line that asks.
 */
const LONE_NUMBER = /^([ \t]{0,3}\d{1,3}[.)、])[ \t]*$/;
const BOLD_QUESTION = /^[ \t]{2,}(?:\*\*([^*\n]+)\*\*|<(strong|b)>([^<\n]+)<\/\2>)[ \t]*$/i;
const MIN_ITEMS = 2;

export function withLoneNumbersJoined(text: string): string {
  const lines = linesOf(text);
  // Cheap first, with no fence tracked: too few such numbers in the whole note (code too) join none.
  let found = 0;
  for (let i = 0; i + 1 < lines.length && found < MIN_ITEMS; i++)
    if (boldQuestionBelow(lines, i) !== null) found++;
  if (found < MIN_ITEMS) return text;
  const joins: { at: number; question: string }[] = [];
  const inCode = fenceTracker();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (inCode(lines[i] as string)) continue;
    const question = boldQuestionBelow(lines, i);
    if (question !== null) joins.push({ at: i, question });
  }
  if (joins.length < MIN_ITEMS) return text;
  const out = [...lines];
  for (const { at, question } of joins) {
    out[at] = `${(LONE_NUMBER.exec(out[at] as string) as RegExpExecArray)[1]} **${question}**`;
    out[at + 1] = '';
  }
  return joinedLines(out);
}

/** The bold question under line `i` when that line is a number alone, else null. */
function boldQuestionBelow(lines: readonly string[], i: number): string | null {
  const line = lines[i] as string;
  if (!opensWithDigit(line) || !LONE_NUMBER.test(line)) return null;
  const bold = BOLD_QUESTION.exec(lines[i + 1] as string);
  const question = (bold?.[1] ?? bold?.[3] ?? '').trim();
  return /[?？]$/.test(question) ? question : null;
}

/** Only a line opening with a digit (after up to three spaces or tabs) can be a number alone. */
function opensWithDigit(line: string): boolean {
  let at = 0;
  while (at < 3 && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  const c = line.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}
