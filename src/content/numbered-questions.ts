/**
 * Numbered question lists whose answers are not indented under their items:
 *
 *     1. **What are the four dimensions …?**        1. What is meant by the term connascence?
 *
 *     - **Architecture characteristics**: …         🤓 **Connascence** is a metric …
 *
 *     **2. What is the difference between …?**
 *
 * CommonMark ends the item at the unindented answer, so each question would be a one-item list and its
 * answer loose text under the chapter heading (one "explain" card swallowing them all). A careful reader
 * sees one unit per question, as under a question heading: that is how they are read. Each such line
 * becomes a heading one level below the heading it stands under (same line, so line numbers hold).
 *
 * Only where the note is such a list: at least MIN_ITEMS lines that are a number and a question (ending
 * in "?" or wholly bold), each followed by an unindented answer rather than by the next item.
 */

import { looksLikeQuestion } from './question-cues.ts';

const MIN_ITEMS = 3;

/** `1. **Q?**`, `1. Q?`, `**1. Q?**`: the number and the question text. */
const NUMBERED =
  /^(?:(\d{1,3})[.)][ \t]+(\*\*[^*\n]+\*\*|[^\n]*[?？])|\*\*(\d{1,3})[.)][ \t]+([^*\n]+)\*\*)[ \t]*$/;
const HEADING = /^(#{1,6})[ \t]/;
/** A line that may be one: a number, not followed by a heading mark. */
const CANDIDATE = /^(?:\*\*)?\d{1,3}[.)][ \t]+(?!#)/gm;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]/;

/** The text with each unit-opening numbered question turned into a heading; unchanged when there are few. */
export function withNumberedQuestionHeadings(text: string): string {
  // Cheap first: most notes have too few numbered lines that are not headings (`1. ### What is React?`).
  let candidates = 0;
  CANDIDATE.lastIndex = 0;
  while (candidates < MIN_ITEMS && CANDIDATE.test(text)) candidates++;
  if (candidates < MIN_ITEMS) return text;
  const lines = text.split('\n');
  const found: { at: number; level: number }[] = [];
  let level = 0;
  let fence: string | null = null;
  let folds = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = FENCE.exec(line)?.[1];
    if (f !== undefined) {
      if (fence === null) fence = f[0] as string;
      else if (f.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(line);
    if (h) {
      level = (h[1] as string).length;
      continue;
    }
    // A `<details>` answer's own numbered points are its content, not units.
    if (/<details\b/i.test(line)) folds++;
    if (/<\/details>/i.test(line)) folds = Math.max(0, folds - 1);
    if (folds === 0 && asksNumbered(line) && answeredBelow(lines, i))
      found.push({ at: i, level: Math.min(6, level + 1) });
  }
  if (found.length < MIN_ITEMS) return text;
  for (const { at, level: l } of found) {
    const m = NUMBERED.exec(lines[at] as string);
    const number = m?.[1] ?? m?.[3] ?? '';
    const question = (m?.[2] ?? m?.[4] ?? '').replace(/^\*\*|\*\*$/g, '').trim();
    lines[at] = `${'#'.repeat(l)} ${number}. ${question}`;
  }
  return lines.join('\n');
}

/** A numbered line whose text asks ("What is …?") or sets a task ("List the eight …", "Provide an example …"). */
function asksNumbered(line: string): boolean {
  const m = NUMBERED.exec(line);
  if (m === null) return false;
  const text = (m[2] ?? m[4] ?? '').replace(/^\*\*|\*\*$/g, '');
  return looksLikeQuestion(text) || TASK.test(text);
}

/** Exercise wording that asks without a question mark: "List the eight …", "Provide an example of …". */
const TASK =
  /^(?:list|describe|provide|explain|name|give|define|compare|identify|outline|state|discuss|summari[sz]e)\s/i;

/** The next non-blank line is an answer at the left margin, not the next numbered item nor indented text. */
function answeredBelow(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const next = lines[k] as string;
    if (next.trim() === '') continue;
    if (/^[ \t]/.test(next) || HEADING.test(next)) return false;
    return !(LIST_ITEM.test(next) && /^\d/.test(next)) && !asksNumbered(next);
  }
  return false;
}
