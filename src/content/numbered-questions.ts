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
 * The same list with each answer indented under its question (the item's own content, as CommonMark reads
 * it) is read the same way: the question line becomes the heading and the answer loses the item's
 * indentation, so it reads as it would under a heading (lists, tables and code inside it included):
 *
 *     18. **Collection 和 Collections 有什么区别**        1. **What are React components?**
 *                                                          - **Answer**: Components are …
 *         - java.util.Collection 是一个集合接口 …
 *
 * Only where the note is such a list: at least MIN_ITEMS lines that are a number and a question (ending
 * in "?" or wholly bold), each followed by an answer (at the margin, or indented under it) rather than by
 * the next item; `1)` numbers like `1.` (CommonMark's other ordered-list marker). A numbered line over a
 * code block holding only lettered options and their key (fenced-options.ts) is such a question whatever
 * its wording ("… (Choose two.)", "下列说法正确的是："): left a list item, it would be read as the answer of
 * the question above it.
 *
 * In such a list a question left unanswered (`4) What is an orphan?` last) is still a unit of its own when
 * it carries the next number with nothing numbered between: else the answer above would take it in as its
 * last line. So is an entry the note broke, its number then nothing or a bare key (`4.`, `21. D`): it asks
 * nothing, yet what follows it is not the answer above. A number that does not follow on (`1.` again,
 * inside an answer) is that answer's own point.
 */

import { boldQuestionLine } from './bold-questions.ts';
import { foldShowsAnswer, keyLettersAlone } from './choice-syntax.ts';
import { optionLines } from './fenced-options.ts';
import { letteredSectionLines, sectionTitle } from './lettered-sections.ts';
import { indentOf, outdented } from './line-indent.ts';
import { looksLikeQuestion } from './question-cues.ts';
import { linesOf } from './text-lines.ts';

const MIN_ITEMS = 2;

/**
 * `1. **Q?**`, `1. Q?`, `1、Q？`, `1.Q？` (no space: not a list item, as `1、`), `**1. Q?**`, `` `1. Q?` `` (kept
 * from rendering as a list), Pandoc's self-numbering `#. Q?`: the number and the question text. `1.5 GB?`
 * is a number.
 */
const NUMBERED =
  /^(?:(\d{1,3}|#)(?:\.\)[ \t]*|[.)][ \t]+|、[ \t]*|\.(?=[^\s\d.)]))(\*\*[^*\n]+\*\*|[^\n]*[?？])|(?:\*\*|`)(\d{1,3})(?:[.)][ \t]+|、[ \t]*)([^*`\n]+)(?:\*\*|`))[ \t]*$/;
const HEADING = /^(#{1,6})[ \t]/;
/** A line that may be one: a number, not followed by a heading mark. */
const CANDIDATE = /^(?:\*\*|`)?(?:\d{1,3}|#)(?:[.)][ \t]+|、|\.(?=[^\s\d.]))(?!#)/gm;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]|^\d{1,3}(?:、|\.(?=[^\s\d.]))/;
/** A numbered line, indented as far as a list item may be: its number (`1.`, `1)`, `1、`, `**1.`). */
const NUMBER = /^[ \t]{0,3}(?:\*\*|`)?(\d{1,3})(?:[.)](?:[ \t]|$)|、|\.(?=[^\s\d.]))/;
/** Any numbered line, its end trimmed: the number and its text. */
/** `1.`, `1)` or `1.)` (as some students number), then the item's words. */
const NUMBERED_ANY = /^(?:(\d{1,3})(?:\.\)|[.)])[ \t]+(?!#)(\S.*)|\*\*(\d{1,3})[.)][ \t]+([^*\n]+)\*\*)$/;

/** `**12.** Which …?`: the number alone in bold numbers the line as `12.` does. */
const BOLD_NUMBER = /^\*\*(\d{1,3}[.)])\*\*(?=[ \t])/;
const withPlainNumber = (line: string): string =>
  line.charCodeAt(0) === 0x2a && line.charCodeAt(2) !== 0x2a ? line.replace(BOLD_NUMBER, '$1') : line;

/** The text with each unit-opening numbered question turned into a heading; unchanged when there are few. */
export function withNumberedQuestionHeadings(text: string): string {
  // Cheap first: most notes have too few numbered lines that are not headings (`1. ### What is React?`).
  let candidates = 0;
  CANDIDATE.lastIndex = 0;
  while (candidates < MIN_ITEMS && CANDIDATE.test(text)) candidates++;
  if (candidates < MIN_ITEMS) return text;
  // `1. **What is the OSI model?** <br/>` over `- Answer: …<br/><br/>`: breaks typed at a line's end end the
  // line in any case; read without them, the question ends where it asks.
  const lines = /<br/i.test(text) ? withoutTrailingBreaksAll(linesOf(text)) : linesOf(text);
  const found: {
    at: number;
    level: number;
    indent: number;
    end: number;
    answered: boolean;
    stub?: boolean;
    section?: boolean;
  }[] = [];
  const sections = letteredSectionLines(lines, (line) => numberOf(withPlainNumber(line)) !== null);
  let level = 0;
  // The level of the lettered section the lines stand in, if any (a heading ends it).
  let sectionLevel: number | null = null;
  let fence: string | null = null;
  let folds = 0;
  // The number of the last unit found, and whether a numbered line stood between it and here.
  let lastUnit: number | null = null;
  let numberedSince = false;
  for (let i = 0; i < lines.length; i++) {
    const line = withPlainNumber(lines[i] as string);
    // The patterns below each need a certain first character: most lines are passed over on it.
    const lead = leadOf(line);
    const f = lead === 0x60 || lead === 0x7e ? FENCE.exec(line)?.[1] : undefined;
    if (f !== undefined) {
      if (fence === null) fence = f[0] as string;
      else if (f.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = line.charCodeAt(0) === 0x23 ? HEADING.exec(line) : null;
    if (h) {
      level = (h[1] as string).length;
      sectionLevel = null;
      continue;
    }
    // `D. Infection Control:` over numbered questions: a section one level down, its questions under it.
    if (sections.has(i)) {
      sectionLevel = Math.min(6, level + 1);
      found.push({ at: i, level: sectionLevel, indent: 0, end: i + 1, answered: false, section: true });
      continue;
    }
    // A `<details>` answer's own numbered points are its content, not units.
    if (line.includes('<')) {
      if (/<details\b/i.test(line)) folds++;
      if (/<\/details>/i.test(line)) folds = Math.max(0, folds - 1);
    }
    if (folds !== 0) continue;
    const number = numberOf(line, lead);
    // An entry that lost its question (`4.`, `21. D`) in the run of numbers is a unit of its own, empty, so
    // the answer above does not take it (and what follows it) in as its explanation.
    if (number !== null && number === (lastUnit ?? -1) + 1 && !numberedSince && isStub(line)) {
      found.push({
        at: i,
        level: Math.min(6, (sectionLevel ?? level) + 1),
        indent: 0,
        end: i + 1,
        answered: false,
        stub: true,
      });
      lastUnit = number;
      continue;
    }
    // Only a line that starts with a number (or `**`, a backtick, Pandoc's `#.`) can be a numbered question.
    if (
      !mayBeNumbered(line) ||
      !(
        asksNumbered(line) ||
        overOptionBlock(lines, i) ||
        (found.length > 0 && overKeyedOptions(lines, i)) ||
        (NUMBERED_ANY.test(line.trimEnd()) && overAnswerFold(lines, i))
      )
    ) {
      if (number !== null) numberedSince = true;
      continue;
    }
    const at = { at: i, level: Math.min(6, (sectionLevel ?? level) + 1) };
    const before = found.length;
    if (answeredBelow(lines, i)) found.push({ ...at, indent: 0, end: i + 1, answered: true });
    else {
      const indent = contentIndent(line);
      const end = indentedAnswerEnd(lines, i, indent);
      if (end > i + 1) {
        found.push({ ...at, indent, end, answered: true });
        i = end - 1; // the answer's own lines are its content, not more units
      } else if (number !== null && lastUnit !== null && number === lastUnit + 1 && !numberedSince)
        found.push({ ...at, indent: 0, end: i + 1, answered: false });
    }
    if (found.length > before) {
      lastUnit = number;
      numberedSince = false;
    } else if (number !== null) numberedSince = true;
  }
  if (found.filter((f) => f.answered).length < MIN_ITEMS) return text;
  const out = [...lines];
  for (const { at, level: l, indent, end, stub, section } of found) {
    if (section) {
      out[at] = `${'#'.repeat(l)} ${sectionTitle(out[at] as string)}`;
      continue;
    }
    if (stub) {
      out[at] = `${'#'.repeat(l)} ${(out[at] as string).trim()}`;
      continue;
    }
    const plain = withPlainNumber(out[at] as string);
    const m = NUMBERED.exec(plain) ?? NUMBERED_ANY.exec(plain.trimEnd());
    const number = m?.[1] ?? m?.[3] ?? '';
    const question = (m?.[2] ?? m?.[4] ?? '').replace(/^\*\*|\*\*$/g, '').trim();
    // Pandoc's `#.` numbers itself: the heading keeps no number.
    out[at] = `${'#'.repeat(l)} ${number === '#' ? '' : `${number}. `}${question}`;
    // The indented answer found above (lines before it are not rewritten, so its end still holds).
    for (let k = at + 1; k < end; k++) out[k] = outdented(out[k] as string, indent);
  }
  return out.join('\n');
}

/**
 * The lines without their trailing `<br>`s: a copy only when one has some. Most lines end in neither `>`
 * nor a space, and are passed over on their last character (a new array of every line was garbage).
 */
function withoutTrailingBreaksAll(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    const last = line.charCodeAt(line.length - 1);
    if (last !== 0x3e && last !== 0x20 && last !== 0x09) continue;
    const bare = withoutTrailingBreaks(line);
    if (bare === line) continue;
    out ??= lines.slice();
    out[k] = bare;
  }
  return out ?? lines;
}

/** The line may be a numbered question: it opens with a digit, `*`, a backtick or `#` (`/^[\d*`#]/`). */
function mayBeNumbered(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2a || c === 0x60 || c === 0x23;
}

/** The line without the `<br>`s typed at its end (a line of nothing else stays: it separates, as a blank one). */
function withoutTrailingBreaks(line: string): string {
  let last = line.length - 1;
  while (last >= 0 && (line[last] === ' ' || line[last] === '\t')) last--;
  if (line[last] !== '>') return line;
  // Trimmed from the end by hand: a pattern would retry every split of a long run of spaces or breaks.
  let end = line.length;
  for (;;) {
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    const open = line.lastIndexOf('<', end - 1);
    if (open < 0 || end - open > 8 || !BREAK_TAG.test(line.slice(open, end))) break;
    end = open;
  }
  const bare = line.slice(0, end);
  return bare.trim() === '' ? line : bare;
}
const BREAK_TAG = /^<br[ \t]*\/?>$/i;

/** The number a numbered line starts with, or null (none, or Pandoc's `#.`, which numbers itself). */
function numberOf(line: string, lead = leadOf(line)): number | null {
  if (!(lead >= 0x30 && lead <= 0x39) && lead !== 0x2a && lead !== 0x60) return null;
  const n = NUMBER.exec(line)?.[1];
  return n === undefined ? null : Number(n);
}

/** The character after up to three spaces or tabs (where FENCE and NUMBER look first), NaN past the end. */
function leadOf(line: string): number {
  let k = 0;
  while (k < 3 && (line.charCodeAt(k) === 0x20 || line.charCodeAt(k) === 0x09)) k++;
  return line.charCodeAt(k);
}

/** A numbered line with nothing after its number but perhaps a bare key (`4.`, `21. D`, `31. A.`). */
function isStub(line: string): boolean {
  const text = line.replace(NUMBER, '').trim();
  if (text === '') return true;
  const key = keyLettersAlone(text);
  return key !== null && key.rest === '';
}

/** Where an item's content starts: `18. ` → 4 (a tab after the marker counts as reaching the next stop). */
function contentIndent(line: string): number {
  const m = /^((?:\d{1,3}|#)[.)])([ \t]+)/.exec(line);
  if (m === null) return 0;
  const marker = (m[1] as string).length;
  const gap = m[2] as string;
  return gap.includes('\t') ? marker + 4 - (marker % 4) : marker + Math.min(gap.length, 4);
}

/**
 * The line after the last one of an item's indented content (its answer), or i + 1 when the next
 * non-blank line is not indented under the item (then the item has no indented answer).
 */
function indentedAnswerEnd(lines: readonly string[], i: number, indent: number): number {
  let end = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const next = lines[k] as string;
    if (next.trim() === '') continue;
    if (indent === 0 || indentOf(next) < indent) break;
    end = k + 1;
  }
  return end;
}

/** A numbered line whose text asks ("What is …?") or sets a task ("List the eight …", "Provide an example …"). */
function asksNumbered(line: string): boolean {
  const m = NUMBERED.exec(line);
  if (m === null) return false;
  const asked = m[2] ?? m[4] ?? '';
  // `1. **What is X?** Is it Y?`: a question answered on its line is the list item's (bold-questions.ts).
  if (m[2] !== undefined && boldQuestionLine(asked) !== null) return false;
  const text = asked.replace(/^\*\*|\*\*$/g, '');
  // `1. ### What is React?`: a heading inside the item, read as a heading already.
  if (text.startsWith('#')) return false;
  return looksLikeQuestion(text) || TASK.test(text);
}

/** `<details><summary>Ans</summary>` on the line or two under line i: a fold of the answer to it. */
function overAnswerFold(lines: readonly string[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && (lines[k] as string).trim() === '') k++;
  const open = lines[k] ?? '';
  if (!/^[ \t]*<details\b/i.test(open)) return false;
  const summary = /<summary\b[^>]*>(.{0,80}?)<\/summary>/i.exec(`${open}${lines[k + 1] ?? ''}`)?.[1];
  return summary !== undefined && foldShowsAnswer(summary);
}

/** Exercise wording that asks without a question mark: "List the eight …", "Provide an example of …". */
const TASK =
  /^(?:list|describe|provide|explain|name|give|define|compare|identify|outline|state|discuss|summari[sz]e)\s/i;

const OPTION_BLOCK_LINES = 30;

/** A numbered line whose next non-blank line opens a code block of lettered options only. */
function overOptionBlock(lines: readonly string[], i: number): boolean {
  const line = withPlainNumber(lines[i] as string);
  if (!/^(?:\*\*)?\d/.test(line) || !NUMBERED_ANY.test(line.trimEnd())) return false;
  let k = i + 1;
  while (k < lines.length && (lines[k] as string).trim() === '') k++;
  const open = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(lines[k] ?? '');
  if (open === null) return false;
  const fence = open[1] as string;
  const content: string[] = [];
  // Eight options, a key and the blank lines between: a longer block is no option block (and is not read).
  for (let j = k + 1; j < lines.length && j <= k + OPTION_BLOCK_LINES; j++) {
    const line = (lines[j] as string).trim();
    if (line.startsWith(fence) && line.slice(fence.length).trim() === '' && /^[`~]+$/.test(line))
      return optionLines((open[2] as string).trim(), content.join('\n')) !== null;
    content.push(line);
  }
  return false;
}

/**
 * A numbered line whose own lines below (up to a blank line) are lettered options and their key, as a bank
 * of completion stems writes them (`87. **The phase … is:**` over `A) Prophase` or `- A) Prophase` …
 * `*Answer: B*`): a question
 * whatever its wording. Asked only once a unit is found above it, whose answer would take it in; before
 * that, the list item reads as the question it is (question-items.ts).
 */
function overKeyedOptions(lines: readonly string[], i: number): boolean {
  const line = withPlainNumber(lines[i] as string);
  if (!/^(?:\*\*)?\d/.test(line) || !NUMBERED_ANY.test(line.trimEnd())) return false;
  const content: string[] = [];
  for (let j = i + 1; j < lines.length && j <= i + OPTION_BLOCK_LINES; j++) {
    const next = (lines[j] as string).trim();
    // The next question, right under this one's key (a key placed where the blank line was).
    if (next === '' || NUMBER.test(withPlainNumber(next))) break;
    // `*Answer: B*`: the key as the line reads once rendered; `- A) …`: an option in a bullet is the option.
    content.push(
      next.replace(/^([*_]{1,2})(\S.*\S)\1$/, '$2').replace(/^[-*+][ \t]+(?=\(?[A-H][.)．、])/, ''),
    );
  }
  return optionLines('', content.join('\n'))?.key != null;
}

/** The next non-blank line is an answer at the left margin, not the next numbered item nor indented text. */
function answeredBelow(lines: readonly string[], i: number): boolean {
  // Less indented than the item's text (` > 答：…` one space in) is still at the margin, as CommonMark reads it.
  const under = Math.max(2, contentIndent(lines[i] as string));
  for (let k = i + 1; k < lines.length; k++) {
    const raw = lines[k] as string;
    if (raw.trim() === '') continue;
    if (indentOf(raw) >= under) return false;
    const next = raw.trimStart();
    if (HEADING.test(next)) return false;
    return !(LIST_ITEM.test(next) && /^\d/.test(next)) && !asksNumbered(next);
  }
  return false;
}
