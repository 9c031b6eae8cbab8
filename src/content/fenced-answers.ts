import { closesFence, fenceOf } from './code-fences.ts';

/**
 * Interview notes that box each answer in a fence with no language, the answer's label its first line:
 *
 *     Q: What is Docker and why is it used?
 *     ```
 *     Ans: Docker is a containerization tool that packages applications …
 *     ```
 *
 * The box is the author's styling, not code: read as code, the answer is no text and the questions run
 * into one card. A fence with no language whose first line is an answer's label loses its fence lines
 * (line numbers unchanged) and is read as the Markdown it is, unless a line in it would then turn into
 * something else (`# comment` into a heading, `<tag>` into HTML).
 */

const ANSWER_LABEL = /^(?:ans(?:wer)?|a|答案?|回答|解答)\s*[:：]/i;
const TURNS_INTO_OTHER = /^\s*(?:#|<|\|)/;
/** An answer in a box, not a program: a longer block is left as it is. */
const MOST_LINES = 60;

/** The start of the line after a fence's: an answer's label? */
const LABEL_START = /^[ \t]*(?:ans(?:wer)?|a|答案?|回答|解答)[ \t]*[:：]/i;

/** Cheap first, by plain search: a fence mark whose next line opens with an answer's label (most notes have none). */
function mayHold(text: string, mark: string): boolean {
  let at = text.indexOf(mark);
  while (at >= 0) {
    const next = text.indexOf('\n', at);
    if (next < 0) return false;
    if (LABEL_START.test(text.slice(next + 1, next + 24))) return true;
    at = text.indexOf(mark, next + 1);
  }
  return false;
}

export function withFencedAnswersOpened(text: string): string {
  if (!mayHold(text, '```') && !mayHold(text, '~~~')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const fence = fenceOf(lines[k] as string);
    if (fence === null) continue;
    let end = k + 1;
    while (end < lines.length && !closesFence(lines[end] as string, fence)) end++;
    const info = (lines[k] as string).trim().slice(fence.length).trim();
    const inside = lines.slice(k + 1, end);
    const first = inside.find((l) => l.trim() !== '') ?? '';
    if (
      end < lines.length &&
      info === '' &&
      inside.length <= MOST_LINES &&
      ANSWER_LABEL.test(first.trim()) &&
      !inside.some((l) => TURNS_INTO_OTHER.test(l))
    ) {
      lines[k] = '';
      lines[end] = '';
      changed = true;
    }
    k = end;
  }
  return changed ? lines.join('\n') : text;
}
