import { keyOnLine, labelCaseOf, letteredOption } from './choice-syntax.ts';
import { closesFence, fenceOf } from './code-fences.ts';
import { judgementLines } from './fenced-judgements.ts';
import { answerLabel, questionLabel } from './qa-labels.ts';
import { asksOrBlanks } from './question-cues.ts';
import { isNumberingOnly } from './question-numbering.ts';
import { blanksBefore, startsLine } from './text-lines.ts';

/**
 * A whole choice question written in a code block, as quiz banks exported from an exam system are pasted
 * to keep their lines as typed:
 *
 *     ```java
 *     题库中第1题:
 *     下列哪个是JDK提供的编译器?
 *     A. java.exe
 *     B. javac.exe
 *     {correctAnswer='B'}
 *     ```
 *
 * A block that is a number line perhaps, a question (a line or three, one of them asking), options lettered
 * A, B, C… in order, then the key and nothing more, holds no code whatever its info string says: its fence
 * lines (and the number line) are blanked, line numbers unchanged, so it reads as the same lines written
 * outside a block. A block with code in it (a program the question is about) fails the shape and stays code.
 */

/** At most this many lines of question before the options: more is a program or prose, not a stem. */
const MAX_STEM_LINES = 3;

/** A plain substring search first: most notes hold no such block. */
export const mayHoldFencedQuestions = (text: string): boolean =>
  (text.includes('```') || text.includes('~~~')) &&
  (holdsOptionA(text) || /answer['"]?[ \t]*[:=]|答案[:：=]/i.test(text));

/**
 * Whether a line opens with option A (`A.`, `(A)`, `A：`), as `/^[ \t]*(?:[(（][ \t]*)?A[ \t]*[.、:：)）]/m`
 * finds: by each capital A, its mark looked for after it and the line's start before it. That pattern tried
 * every position of every note with a code block.
 */
function holdsOptionA(text: string): boolean {
  for (let at = text.indexOf('A'); at >= 0; at = text.indexOf('A', at + 1)) {
    let after = at + 1;
    while (isSpaceOrTab(text.charCodeAt(after))) after++;
    if (!isOptionMark(text.charCodeAt(after))) continue;
    let before = blanksBefore(text, at);
    if (startsLine(text, before)) return true;
    const c = text.charCodeAt(before - 1);
    if (c !== 0x28 && c !== 0xff08) continue; // ( or （
    before = blanksBefore(text, before - 1);
    if (startsLine(text, before)) return true;
  }
  return false;
}

const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;
/** `.` `、` `:` `：` `)` `）` */
const isOptionMark = (c: number): boolean =>
  c === 0x2e || c === 0x3001 || c === 0x3a || c === 0xff1a || c === 0x29 || c === 0xff09;

/** Indexes of the lines to blank when the block's content lines (from..to, exclusive) are one question. */
function questionLines(lines: readonly string[], from: number, to: number): number[] | null {
  const numbering: number[] = [];
  let stem = 0;
  let asks = false;
  let options = 0;
  let keyed = false;
  let labels: 'upper' | 'lower' = 'upper';
  for (let k = from; k < to; k++) {
    const line = (lines[k] as string).trim();
    if (line === '') continue;
    if (keyed) return null;
    const option = letteredOption(line);
    if (option && option.letter === String.fromCharCode(65 + options) && stem > 0) {
      if (options === 0) labels = labelCaseOf(line) ?? 'upper';
      options++;
      continue;
    }
    if (options >= 2 && keyOnLine(line, labels)) {
      keyed = true;
      continue;
    }
    if (options > 0) return null;
    if (stem === 0 && isNumberingOnly(line)) {
      numbering.push(k);
      continue;
    }
    stem++;
    if (stem > MAX_STEM_LINES) return null;
    asks ||= asksOrBlanks(line);
  }
  return keyed && asks ? numbering : null;
}

/** Info strings that say a block is text, not code in some language. */
const TEXT_INFO = /^(?:|te?xt|plain(?:text)?|md|markdown)$/i;

/**
 * A flashcard written in a code block to look like a terminal (`🗂️ Question:` … `📦 Answer:` …): a text block
 * opening with a question label, an answer label further down. It holds no code: it reads as those lines.
 */
function isQaCard(lines: readonly string[], open: number, close: number): boolean {
  if (
    !TEXT_INFO.test(
      (lines[open] as string)
        .trim()
        .replace(/^(?:`{3,}|~{3,})/, '')
        .trim(),
    )
  )
    return false;
  let k = open + 1;
  while (k < close && (lines[k] as string).trim() === '') k++;
  const asked = k < close ? questionLabel(lines[k] as string) : null;
  if (asked === null) return false;
  for (let n = k + 1; n < close; n++) if (answerLabel(lines[n] as string, asked.stop)) return true;
  return false;
}

/**
 * Text as Markdown that shows it as written: each character Markdown would read as syntax escaped. A backslash
 * escapes only ASCII punctuation (`\\`, `\'`): before a letter (`'\ucafe'`, `'\t'`) Markdown shows it as typed,
 * and escaping it there set the typed and the rendered option apart (two backslashes shown).
 */
const escapeMarkdown = (line: string): string => line.replace(/\\(?=[!-/:-@[-`{-~])|[`*_<>[\]]/g, '\\$&');

/** The line as the author typed it, before `escapeMarkdown`. */
export const unescapedMarkdown = (line: string): string => line.replace(/\\([\\`*_<>[\]])/g, '$1');

/** The lines with every fenced whole question unfenced (see above); the same array when there is none. */
export function unfencedQuestions(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const fence = fenceOf(lines[k] as string);
    if (!fence) continue;
    let close = k + 1;
    while (close < lines.length && !closesFence(lines[close] as string, fence)) close++;
    if (close >= lines.length) break;
    const numbering = questionLines(lines, k + 1, close) ?? (isQaCard(lines, k, close) ? [] : null);
    const judged = numbering ? null : judgementLines(lines, k, close);
    if (judged) {
      out ??= lines.slice();
      for (const [n, line] of judged.entries())
        out[k + n] = n < judged.length - 3 ? escapeMarkdown(line) : line;
    }
    if (numbering) {
      out ??= lines.slice();
      // What was code is now Markdown: its `\\`, `*`, `_`, `<` … must stay the characters they were.
      for (let n = k + 1; n < close; n++) out[n] = escapeMarkdown(out[n] as string);
      for (const n of [k, close, ...numbering]) out[n] = '';
    }
    k = close;
  }
  return out ?? lines;
}
