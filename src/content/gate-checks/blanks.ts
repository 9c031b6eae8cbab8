import { distractorsOf, keyOf } from '../candidate.ts';
import { BLANKS } from './form-tells.ts';
import { type GateCheck, shownText } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * Blanks a player can fill: at most two in any text, and each covering a whole term. Latin words are
 * told apart by their letters; Chinese ones by ICU's word segments, where a lone character that is no
 * function word ("度" after 时间＿＿＿, "端" after 客户) is a piece of the hidden word.
 */

const MAX_BLANKS = 2;

export function blankCount(text: string): number {
  // Most texts have no blank at all: a plain search spares the match array.
  if (!text.includes('＿＿＿') && !text.includes('_____')) return 0;
  return (text.match(BLANKS) ?? []).length;
}

/**
 * Characters that stand alone as words (particles, prepositions, measure words, common verbs): a blank
 * beside one of them still covers a whole word ("有＿＿＿且", "基于＿＿＿的").
 */
const FUNCTION_CHARACTERS = new Set(
  '的了是有且和与在为及或被把将对从向让使用以于中上下里内外个种等也都就还又而并即则但若如比跟同给按据由自到去来时后前之其这那该各每所可能会要需不没无非很更最已正着过地得吗呢吧啊、，。；：！？'.split(
    '',
  ),
);

const HAN_CHAR = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The ICU word right after (or right before) a position, from a short window of the text. */
function wordAfter(text: string, at: number): string {
  for (const { segment } of segmenter.segment(text.slice(at, at + 8))) return segment;
  return '';
}

function wordBefore(text: string, at: number): string {
  let last = '';
  for (const { segment } of segmenter.segment(text.slice(Math.max(0, at - 8), at))) last = segment;
  return last;
}

const isLatinWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** A lone Han character that is no function word: the rest of a word the blank cut. */
const isWordPiece = (word: string): boolean =>
  [...word].length === 1 && HAN_CHAR.test(word) && !FUNCTION_CHARACTERS.has(word);

/** Some blank of the text cuts a word: letters glued to it, or a dangling piece of a Chinese word. */
const splitsWord = memoText(cutsAWord);

function cutsAWord(text: string): boolean {
  for (const m of text.matchAll(BLANKS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if (isLatinWordChar(before) || isLatinWordChar(after)) return true;
    // "React.StrictMode" with "React" hidden, "styled-components" with both halves hidden.
    if ((before === '.' || before === '-') && isLatinWordChar(text[start - 2])) return true;
    if ((after === '.' || after === '-') && isLatinWordChar(text[end + 1])) return true;
    if (after !== undefined && HAN_CHAR.test(after) && isWordPiece(wordAfter(text, end))) return true;
    if (before !== undefined && HAN_CHAR.test(before) && isWordPiece(wordBefore(text, start))) return true;
  }
  return false;
}

export const BLANK_CHECKS: readonly GateCheck[] = [
  {
    code: 'too-many-blanks',
    reads: 'stem',
    fails: (c) => [shownText(c), keyOf(c)].some((t) => blankCount(t) > MAX_BLANKS),
  },
  {
    code: 'blank-splits-word',
    reads: 'stem',
    fails: (c) => [c.question.stem, keyOf(c)].some(splitsWord),
  },
  {
    code: 'too-many-blanks',
    reads: 'options',
    fails: (c) => distractorsOf(c).some((t) => blankCount(t) > MAX_BLANKS),
  },
  {
    code: 'blank-splits-word',
    reads: 'options',
    fails: (c) => distractorsOf(c).some(splitsWord),
  },
];
