import { looksLikeQuestion } from './question-cues.ts';

/**
 * A question and its answer on one line, the question in bold and the answer after it:
 *
 *     1. **What is a goroutine?** A lightweight thread managed by the Go runtime.
 *     3. [并发] **channel 有什么用？** 用于 goroutine 之间通信。
 *
 * A category tag in brackets may come first: the topic the question files under, not words of it. The
 * bold span must ask (looksLikeQuestion): `**Pods** are the smallest unit` is a term and a sentence about
 * it, not a question and its answer; and before a colon it must end in a question mark, for a list of
 * aspects (`1. **是否开源**：…`, `2. **是否免费**：…`) is labels and their values. Read from an item's first line, in the light Markdown of
 * inline-text.ts or as the author typed it (then bold may be `__`).
 */
export interface BoldQuestionLine {
  /** The bracketed tag before the question (`并发`), or null. */
  readonly tag: string | null;
  readonly question: string;
  /** The rest of the line: never empty. */
  readonly answer: string;
}

const BOLD_QUESTION =
  /^(?:[[【]([^\][【】\n]{1,24})[\]】][ \t]*)?(\*\*|__)(\S(?:[^\n]*?\S)?)\2[ \t]*([:：]|[-–—](?=[ \t]))?[ \t]*(\S[^\n]*)$/;

/** A box (`[ ]`, `[x]`) opens a task item, not a tag. */
const BOX = /^(?:|x|X)$/;

export function boldQuestionLine(line: string): BoldQuestionLine | null {
  const text = line.trim();
  // Cheap first: the line opens with the bold or the tag.
  const c = text.charCodeAt(0);
  if (c !== 42 && c !== 95 && c !== 91 && c !== 0x3010) return null;
  const m = BOLD_QUESTION.exec(text);
  if (m === null) return null;
  const tag = m[1]?.trim() ?? null;
  const question = (m[3] as string).trim();
  if ((tag !== null && BOX.test(tag)) || !looksLikeQuestion(question)) return null;
  // `**是否开源**：OpenJDK 是…`: a label and its value, as a comparison lists them; a question asks outright.
  if (m[4] !== undefined && /[:：]/.test(m[4]) && !/[?？]$/.test(question)) return null;
  return { tag, question, answer: (m[5] as string).trim() };
}
