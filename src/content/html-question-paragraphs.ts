import { closesFence, fenceOf, fenceTracker } from './code-fences.ts';
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

/** The offset where the line holding `at` starts, when only up to three spaces or tabs stand before `at`; else -1. */
function lineStartBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 3 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n' ? k : -1;
}

const TAG_AFTER_LT = /^(?:p|li|div|h[1-6])[\s>]/i;

/** Offsets of lines that open with one of those tags, found by plain search (most notes have none). */
function tagLines(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1))
    if (TAG_AFTER_LT.test(text.slice(at + 1, at + 4)) && lineStartBefore(text, at) >= 0) out.push(at);
  return out;
}

/**
 * The fenced code blocks as [start, end) offsets: their marks found by plain search, each line read as the
 * line scanners read it (fenceOf, closesFence).
 */
function fencedBlocks(text: string): [number, number][] {
  const starts: number[] = [];
  for (const mark of ['```', '~~~'])
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 3)) {
      const start = lineStartBefore(text, at);
      if (start >= 0 && starts.at(-1) !== start) starts.push(start);
    }
  starts.sort((a, b) => a - b);
  const blocks: [number, number][] = [];
  let open: { at: number; fence: NonNullable<ReturnType<typeof fenceOf>> } | null = null;
  for (const start of starts) {
    const eol = text.indexOf('\n', start);
    const line = text.slice(start, eol < 0 ? text.length : eol);
    if (open === null) {
      const fence = fenceOf(line);
      if (fence) open = { at: start, fence };
    } else if (closesFence(line, open.fence)) {
      blocks.push([open.at, start]);
      open = null;
    }
  }
  if (open !== null) blocks.push([open.at, text.length]);
  return blocks;
}

/**
 * Does a line open with such a tag outside code? Found without splitting the note into lines: JSX in a
 * React note's code blocks opens many lines with `<div>`, and only a tag in the prose counts.
 */
function holdsTagOutsideCode(text: string): boolean {
  const tags = tagLines(text);
  if (tags.length === 0) return false;
  const fenced = fencedBlocks(text);
  let k = 0;
  for (const at of tags) {
    while (k < fenced.length && (fenced[k] as [number, number])[1] < at) k++;
    const block = fenced[k];
    if ((!block || at < block[0]) && asksAt(text, at)) return true;
  }
  return false;
}

/** Does the HTML paragraph or heading opening at `at` (read up to MOST_LINES lines on) ask? */
function asksAt(text: string, at: number): boolean {
  let end = at;
  for (let n = 0; n < MOST_LINES && end >= 0; n++) {
    const eol = text.indexOf('\n', end);
    const line = text.slice(end, eol < 0 ? text.length : eol);
    if (CLOSE.test(line) || /<\/h[1-6]>/i.test(line)) {
      return looksLikeQuestion(
        htmlToText(text.slice(at, eol < 0 ? text.length : eol))
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    end = eol < 0 ? -1 : eol + 1;
  }
  return false;
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
  if (!holdsTagOutsideCode(text)) return text;
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
