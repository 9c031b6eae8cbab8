import type { Block } from './markdown-blocks.ts';
import { looksLikeQuestion, putsToJudgement } from './question-cues.ts';
import type { RawCard } from './raw-card.ts';

/**
 * True-or-false exercises whose author wrote the verdict as an answer rather than as options: the verdict
 * alone under the statement (`- False`, `**Answer:** True`, `答案：错误`, "False. Firewalls only …"), or
 * a mark closing the statement itself, as Chinese exam notes write their 判断题 (`进程是资源分配的基本单位。（√）`).
 * They are asked as the two-option choice they are: True / False (正确 / 错误 in a Chinese statement).
 */

export interface Verdict {
  readonly truth: boolean;
  /** What the author wrote after the verdict (the reason), or ''. */
  readonly explanation: string;
}

const TRUE_WORDS = new Set(['true', 't', '正确', '对', '√', '✓', '✔', '✅']);
const FALSE_WORDS = new Set(['false', 'f', '错误', '错', '×', '✗', '✘', '✖', '❌']);

/** Is this verdict (a word or a mark, any case) "true"? Every reader of verdicts asks here. */
export const saysTrue = (verdict: string): boolean => TRUE_WORDS.has(verdict.toLowerCase());

/**
 * Does a verdict answer this prompt? Yes when it is put to judgement, or states rather than asks: a question
 * answered "Yes, but…" or "对，因为…" is no true-or-false exercise.
 */
export const judgedByVerdict = (prompt: string): boolean =>
  putsToJudgement(prompt) || !looksLikeQuestion(prompt);

const LABEL =
  /^(?:\*\*|__)?\s*(?:answer|correct answer|答案|正确答案|参考答案)\s*(?:(?:\*\*|__)\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?/i;
const VERDICT_OPENING =
  /^(?:\*\*|__)?(true|false|正确|错误|对|错|√|×|✓|✗|✔|✘)(?:\*\*|__)?(?=$|[\s.。,，;；:：!！)）—–-])(?:\*\*|__)?[\s.。,，;；:：!！—–-]*/i;

/**
 * The verdict an answer opens with, the rest its explanation: `False`, `**False.** Because …`, `错误，因为…`,
 * `Answer: True`. A word that only starts with one (`错误处理…`, `Trueness`, `F1 score`) is none.
 */
export function verdictOf(answer: string): Verdict | null {
  const text = answer.trim().replace(LABEL, '');
  const m = VERDICT_OPENING.exec(text);
  if (m === null) return null;
  const word = (m[1] ?? '').toLowerCase();
  const truth = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : null;
  if (truth === null) return null;
  return { truth, explanation: text.slice(m[0].length).trim() };
}

const MARKS = /^(?:√|×|✓|✗|✔|✘|✖|✅|❌|对|错|正确|错误|T|F|True|False)$/iu;
const OPENING_BRACKETS = '(（[【';
const CLOSING_BRACKETS = new Set([')', '）', ']', '】']);
const SYMBOLS = new Set(['√', '×', '✓', '✗', '✔', '✘', '✖', '✅', '❌']);
const STOPS = '.。!！?？';

/**
 * A verdict closing the statement, in brackets: `（√）`, `(×)`, `（对）`, `(F)`, `(True)`. The letters T and F
 * (and the words) count only after the sentence's own end (`。(F)`), as an exam's key is written; a bare
 * `List(T)` is a name. Returns the statement without the mark.
 */
export function closingVerdict(text: string): { statement: string; truth: boolean } | null {
  // Read from the end, never searched for: a line of spaces must cost one pass, not one per space.
  const line = text.trimEnd();
  if (!CLOSING_BRACKETS.has(line.slice(-1))) return null;
  let open = -1;
  for (let k = line.length - 2; k >= Math.max(0, line.length - 12); k--)
    if (OPENING_BRACKETS.includes(line[k] as string)) {
      open = k;
      break;
    }
  if (open < 0) return null;
  const mark = line.slice(open + 1, -1).trim();
  if (!MARKS.test(mark)) return null;
  const before = line.slice(0, open).trimEnd();
  const stop = STOPS.includes(before.slice(-1)) && before !== '';
  if (!stop && !SYMBOLS.has(mark)) return null;
  if (before.replace(/[.。!！?？]$/, '').trim() === '') return null;
  return { statement: before.trim(), truth: saysTrue(mark) };
}

/** The two verdicts as options, true first: in Chinese, or in English. */
export const verdictWords = (han: boolean): [string, string] => (han ? ['正确', '错误'] : ['True', 'False']);

/** The two options, in the statement's language, and the index of the right one. */
export function verdictOptions(statement: string, truth: boolean): { options: string[]; correct: number } {
  return { options: verdictWords(/\p{Script=Han}/u.test(statement)), correct: truth ? 0 : 1 };
}

export interface JudgedStatement {
  readonly statement: string;
  readonly line: number;
  readonly sectionPath: readonly string[];
  readonly truth: boolean;
  /** Where the verdict stands, and the last line of what explains it. */
  readonly verdictLine: number;
  readonly answerEnd: number;
  readonly explanation: string;
  readonly explicitId: string | null;
}

/** The statement as a choice card between its two verdicts; the reveal is the verdict and its reason. */
export function judgementCard(judged: JudgedStatement): RawCard {
  const { options, correct } = verdictOptions(judged.statement, judged.truth);
  const key = `**${options[correct]}**`;
  return {
    kind: 'choice',
    prompt: judged.statement,
    line: judged.line,
    answerStart: judged.verdictLine,
    answerEnd: Math.max(judged.verdictLine, judged.answerEnd),
    answerText: judged.explanation === '' ? key : `${key}\n\n${judged.explanation}`,
    sectionPath: judged.sectionPath,
    blocks: [],
    explicitId: judged.explicitId,
    choice: { line: judged.verdictLine, options, correct: [correct], stem: judged.statement, letters: null },
  };
}

/** The words a block opens with: a paragraph's, or a one-item list's (`- False`): where a verdict stands. */
export function openingWords(block: Block): string {
  if (block.type === 'paragraph') return block.inline.text;
  if (block.type === 'list' && block.items.length === 1) return block.items[0]?.inlines[0]?.text ?? '';
  return '';
}
