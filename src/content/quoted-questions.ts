import { fenceTracker } from './code-fences.ts';
import { looksLikeQuestion } from './question-cues.ts';
import { linesOf } from './text-lines.ts';

/**
 * Interview notes that ask each question as a one-line quote (`> Redis为什么快？`) and answer it below, up
 * to the next one: the quote is the question's heading, one level under the section it stands in. Read so
 * only where the note does it throughout: three such quotes or more, most of them asking, so a quote that
 * cites a source or warns stays a quote. Line numbers do not change.
 */

/** A quote of one line, not a callout (`> [!note]`) or an empty quote. */
const QUOTE_LINE = /^> ?(?!\[!)(\S.{0,99})$/;
const HEADING = /^(#{1,6})\s/;
const MIN_QUOTES = 3;

export function withQuotedQuestionHeadings(text: string): string {
  if (!text.startsWith('>') && !text.includes('\n>')) return text;
  const lines = linesOf(text);
  // Cheap first, with no fence or heading tracked: too few quotes alone in the whole note (code too) make none.
  let alone = 0;
  for (let i = 0; i < lines.length && alone < MIN_QUOTES; i++) if (aloneQuote(lines, i) !== null) alone++;
  if (alone < MIN_QUOTES) return text;
  const found: { at: number; level: number; question: string }[] = [];
  const inCode = fenceTracker();
  let level = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line)) continue;
    // Both patterns need their first character: most lines are passed over on it.
    const first = line.charCodeAt(0);
    if (first === 0x23) {
      const heading = HEADING.exec(line);
      if (heading) {
        level = (heading[1] as string).length;
        continue;
      }
    }
    const question = aloneQuote(lines, i);
    if (question !== null) found.push({ at: i, level: Math.min(6, Math.max(2, level + 1)), question });
  }
  const asking = found.filter((q) => looksLikeQuestion(q.question)).length;
  if (found.length < MIN_QUOTES || asking * 2 < found.length) return text;
  const out = [...lines];
  for (const q of found) out[q.at] = `${'#'.repeat(q.level)} ${q.question.trim()}`;
  return out.join('\n');
}

/** The words of line `i` when it is a quote between blank lines, else null. */
function aloneQuote(lines: readonly string[], i: number): string | null {
  const line = lines[i] as string;
  if (line.charCodeAt(0) !== 0x3e) return null;
  const quote = QUOTE_LINE.exec(line);
  if (quote === null || (lines[i - 1] ?? '').trim() !== '' || (lines[i + 1] ?? '').trim() !== '') return null;
  return quote[1] ?? '';
}
