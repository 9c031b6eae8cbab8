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
 * above. A paragraph whose text asks loses its tags (line numbers unchanged) and is read as the question it
 * is; any other HTML paragraph stays as written.
 */

const OPEN = /^[ \t]{0,3}<p(?:\s[^>]*)?>/i;
const CLOSE = /<\/p>[ \t]*$/i;
/** Lines an asking paragraph may span: a question, not an article. */
const MOST_LINES = 6;

export function withHtmlQuestionsRead(text: string): string {
  if (!/<p[\s>]/i.test(text)) return text;
  const lines = text.split('\n');
  const isCode = fenceTracker();
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (isCode(line) || !OPEN.test(line)) continue;
    let end = k;
    while (end < lines.length && end - k < MOST_LINES && !CLOSE.test(lines[end] as string)) end++;
    if (end >= lines.length || !CLOSE.test(lines[end] as string)) continue;
    const inside = lines.slice(k, end + 1).map((l) => htmlToText(l).trim());
    if (!looksLikeQuestion(inside.filter((l) => l !== '').join(' '))) continue;
    for (let n = k; n <= end; n++) lines[n] = inside[n - k] as string;
    changed = true;
    k = end;
  }
  return changed ? lines.join('\n') : text;
}
