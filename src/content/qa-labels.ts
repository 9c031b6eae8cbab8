import { isAnswerLabelAlone, letteredOption, optionLetterAlone } from './choice-syntax.ts';
import { withoutLeadingPictographs } from './prompt-text.ts';

/**
 * The labels of Q&A notes, where each question and its answer open a line of their own:
 *
 *     Q: What is a Pod?                   **Question 3:** …        问：Redis 为什么快？
 *     A: The smallest deployable unit…    **Answer:** …            答：数据在内存中…
 *
 * `Q.` / `A.` pair too, but only with each other: `A.` alone is option A of a multiple choice.
 */

/** How the question's label ends: a colon (`Q:`, `问：`) or a full stop (`Q.`, which alone lets `A.` answer). */
export type LabelStop = 'colon' | 'dot';

export interface LineLabel {
  /** What follows the label on its line. */
  readonly rest: string;
  readonly stop: LabelStop;
  /** The label opened bold that wraps the whole line (`**Q: What is X?**`): the closing `**` is at its end. */
  readonly boldOpen: boolean;
}

/**
 * A few words, perhaps in bold, then a colon or a full stop: `Q:`, `**Q:**`, `**Q**:`, `Question 3:`, `答：`.
 * The words hold no stop, so a sentence ("e.g. …", "Note: …") is told apart by its words below.
 */
// Each run of spaces is matched once (`[ \t]*(?:(\*\*)[ \t]*)?`, never `[ \t]*(\*\*)?[ \t]*`): two runs that
// can split one stretch of tabs between them try every split, and a line of 50 000 tabs took seconds.
const LABEL =
  /^(\*\*|__)?[ \t]*([^\s:：.．*_][^:：.．*_\n]{0,14}?)[ \t]*(?:(\*\*|__)[ \t]*)?([:：]|[.．](?=\s|\*\*|__|$))[ \t]*(?:(\*\*|__)[ \t]*)?/;

const QUESTION_WORDS = /^(?:Q|Q\s?#?\d{1,4}|[Qq]uestion(?:\s?#?\d{1,4})?|QUESTION|问|问题\s?\d{0,4})$/;
const ANSWER_WORDS = /^(?:A|A\s?#?\d{1,4}|[Aa]ns|[Aa]nswer\s?#?\d{1,4}|答|回答|解答)$/;

/** The line trimmed, without pictographs before its label (`🗂️  Question:`, `📦  Answer:`). */
const bareLine = (line: string): string => withoutLeadingPictographs(line.trim());

function splitLabel(line: string, words: (word: string) => boolean): (LineLabel & { word: string }) | null {
  const trimmed = bareLine(line);
  const m = LABEL.exec(trimmed);
  const word = m?.[2];
  if (!m || word === undefined || !words(word)) return null;
  const boldOpen = m[1] !== undefined && m[3] === undefined && m[5] === undefined;
  return {
    word,
    rest: trimmed.slice(m[0].length).trim(),
    stop: m[4] === ':' || m[4] === '：' ? 'colon' : 'dot',
    boldOpen,
  };
}

const isQuestionWord = (w: string): boolean => QUESTION_WORDS.test(w);
const isAnswerWord = (w: string): boolean => ANSWER_WORDS.test(w) || isAnswerLabelAlone(w);

/** The first character of LABEL's words in a trimmed line: after a `**` or `__` and spaces, if those open it. */
function labelWordStart(trimmed: string): number {
  let at = 0;
  const c = trimmed.charCodeAt(0);
  if ((c === 0x2a || c === 0x5f) && trimmed.charCodeAt(1) === c) {
    at = 2;
    while (trimmed.charCodeAt(at) === 0x20 || trimmed.charCodeAt(at) === 0x09) at++;
  }
  return trimmed.charCodeAt(at);
}

/** The question label opening a line, or null. Only a bare `Q` may end in a full stop (`Q.`; `Q1.` numbers). */
export function questionLabel(line: string): LineLabel | null {
  // Every question word opens with Q, q or 问: most lines are passed over on that one character.
  const first = labelWordStart(bareLine(line));
  if (first !== 0x51 && first !== 0x71 && first !== 0x95ee) return null;
  const label = splitLabel(line, isQuestionWord);
  if (!label || (label.stop === 'dot' && label.word !== 'Q')) return null;
  return { rest: label.rest, stop: label.stop, boldOpen: label.boldOpen };
}

/** Whether the answer label is the letter `A` (which is also how option A is written). */
export interface AnswerLabel extends LineLabel {
  readonly letter: boolean;
}

/**
 * The answer label opening a line, after a question labelled with `asked`, or null: `A:`, `A1:`, `Answer:`,
 * `答：`, `答案：`, `回答：`, `参考答案：`; `A.` only after `Q.`.
 */
export function answerLabel(line: string, asked: LabelStop): AnswerLabel | null {
  const label = splitLabel(line, isAnswerWord);
  if (!label) return null;
  const letter = /^A(?:\s?#?\d{1,4})?$/.test(label.word);
  if (label.stop === 'dot' && !(asked === 'dot' && label.word === 'A')) return null;
  return { rest: label.rest, stop: label.stop, boldOpen: label.boldOpen, letter };
}

/** A line that opens a lettered option with the given letter (`B. …`, `B)`, `(B)`, `B:` or `B.` alone). */
export function opensOption(line: string, letter: string): boolean {
  return letteredOption(line)?.letter === letter || optionLetterAlone(line) === letter;
}

/** A line that opens any lettered option. */
export function isOptionLine(line: string): boolean {
  return letteredOption(line) !== null || optionLetterAlone(line) !== null;
}

/** Text that opened bold with its label, without the closing `**` at its end. */
export function closeBold(text: string, boldOpen: boolean): string {
  if (!boldOpen) return text;
  const t = text.trimEnd();
  return t.endsWith('**') || t.endsWith('__') ? t.slice(0, -2).trim() : text;
}
