import { fenceTracker } from './code-fences.ts';
import { htmlToText } from './html-text.ts';
import { looksLikeQuestion } from './question-cues.ts';

/**
 * Blogs styled by their theme set each question in an HTML paragraph of its own, its answer in Markdown
 * under it:
 *
 *     <p Class="message">
 *       <font color="Black">Question 1</font> – What is CSRF ?
 *     </p>
 *     <br>**Ans**:- Cross site request forgery (CSRF) … is an attack …
 *
 * CommonMark keeps the paragraph raw HTML, so the question is no text and every answer runs into the one
 * above. A paragraph (`<p>`, `<li>`, `<div>`) whose text asks loses its tags (line numbers unchanged) and is
 * read as the question it is, and so does an HTML paragraph right under it that answers (`<li><b>R1. …？</b></li>`
 * over `<p>答案：<br/>…</p>`); a heading that asks (`<h3> Question 1: What are …? </h3>`) becomes the Markdown
 * heading it stands for, its answer paragraph text too. Any other HTML stays as written.
 */

const OPEN = /^[ \t]{0,3}<(?:p|li|div)(?:\s[^>]*)?>/i;
const CLOSE = /<\/(?:p|li|div)>[ \t]*$/i;
/** Lines an asking paragraph may span: a question, not an article. */
const MOST_LINES = 6;
const LIST_TAG = /^[ \t]{0,3}<\/?(?:ul|ol)>[ \t]*$/i;
/** Lines the answer's paragraph right under it may span. */
const MOST_ANSWER_LINES = 60;

/** The last line (index) of the HTML paragraph opening at `k` within `most` lines, or -1. */
function closingLine(lines: readonly string[], k: number, most: number): number {
  for (let end = k; end < lines.length && end - k < most; end++)
    if (CLOSE.test(lines[end] as string)) return end;
  return -1;
}

/** Lines `from`..`to` as their text, tags gone. */
function unwrap(lines: string[], from: number, to: number): void {
  for (let n = from; n <= to; n++) lines[n] = htmlToText(lines[n] as string).trim();
}

/** An HTML heading on a line of its own: `<h3> Question 1: What are Python decorators? </h3>`. */
const HTML_HEADING = /^[ \t]{0,3}<h([1-6])(?:\s[^>]*)?>(.*)<\/h\1>[ \t]*$/i;

/**
 * The HTML paragraph right under a question at `k` (`<p>答案：<br/>…</p>`), unless it asks too, as text: its
 * answer. The line the question ends on, or the answer's last.
 */
function answerUnder(lines: string[], k: number): number {
  let next = k + 1;
  while (next < lines.length && (lines[next] as string).trim() === '') next++;
  if (next >= lines.length || !OPEN.test(lines[next] as string)) return k;
  const end = closingLine(lines, next, MOST_ANSWER_LINES);
  if (end < 0) return k;
  const answer = lines.slice(next, end + 1).map((l) => htmlToText(l).trim());
  if (looksLikeQuestion(answer.filter((l) => l !== '').join(' '))) return k;
  unwrap(lines, next, end);
  return end;
}

export function withHtmlQuestionsRead(text: string): string {
  if (!/<(?:p|li|div|h[1-6])[\s>]/i.test(text)) return text;
  const lines = text.split('\n');
  const isCode = fenceTracker();
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (isCode(line) || !line.includes('<')) continue;
    // A heading that asks: the Markdown heading it stands for, so its answer is a unit under it.
    const heading = HTML_HEADING.exec(line);
    if (heading) {
      const title = htmlToText(heading[2] ?? '').trim();
      if (title === '' || !looksLikeQuestion(title)) continue;
      lines[k] = `${'#'.repeat(Number(heading[1]))} ${title}`;
      changed = true;
      k = answerUnder(lines, k);
      continue;
    }
    if (!OPEN.test(line)) continue;
    const end = closingLine(lines, k, MOST_LINES);
    if (end < 0) continue;
    const inside = lines.slice(k, end + 1).map((l) => htmlToText(l).trim());
    if (!looksLikeQuestion(inside.filter((l) => l !== '').join(' '))) continue;
    unwrap(lines, k, end);
    changed = true;
    k = answerUnder(lines, end);
  }
  if (!changed) return text;
  // The list the items stood in (`<ul>` … `</ul>` on lines of their own) holds no more HTML to close.
  for (let k = 0; k < lines.length; k++) if (LIST_TAG.test(lines[k] as string)) lines[k] = '';
  return lines.join('\n');
}
