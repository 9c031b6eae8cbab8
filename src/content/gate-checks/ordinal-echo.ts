import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';

/**
 * Options that differ only by a number ("第一范式", "第二范式", "第三范式"; "Layer 2", "Layer 3") asked
 * with that number in the stem ("1NF 是对属性的原子性约束"): the player matches the digit and is done.
 */

const HAN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** One number in an option: digits, a Chinese numeral (第三, 三层), an English ordinal or number word. */
const NUMBER =
  /\d+|[一二两三四五六七八九十]|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|five|six|seven|eight|nine|ten)\b/giu;

function numberOf(token: string): number {
  const lower = token.toLowerCase();
  return HAN_DIGITS[lower] ?? ENGLISH_ORDINALS[lower] ?? Number(lower);
}

/** The option split around its one number: the frame and the value, or null (none, or several). */
function numbered(option: string): { frame: string; value: number } | null {
  const text = stripMarks(option).trim();
  const found = [...text.matchAll(NUMBER)];
  if (found.length !== 1) return null;
  const m = found[0] as RegExpMatchArray;
  const at = m.index ?? 0;
  return {
    frame: `${text.slice(0, at)}#${text.slice(at + m[0].length)}`.toLowerCase(),
    value: numberOf(m[0]),
  };
}

/**
 * The numbers the stem writes as digits or ordinals (第三, third). Counting words are prose ("one request",
 * 一种, 一个) far more often than a name, so they are not read there.
 */
const STEM_NUMBER =
  /\d+|(?<=第)[一二两三四五六七八九十]|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/giu;

function stemNumbers(stem: string): ReadonlySet<number> {
  return new Set([...stem.matchAll(STEM_NUMBER)].map((m) => numberOf(m[0])));
}

/** The number a description opens with, in its first few characters (`3NF 是…`, "Layer 2 devices…"). */
function leadNumber(option: string): number | null {
  const head = stripMarks(option).trim().slice(0, 8);
  const m = head.match(NUMBER);
  return m ? numberOf(m[0]) : null;
}

/**
 * The other direction: a short name with one number (「第三范式」, "Layer 3") asked against descriptions
 * that each open with their own number (`3NF 是…`, `2NF 是…`): only the key opens with the name's.
 */
function openingEchoesName(candidate: Candidate): boolean {
  const stem = stripMarks(candidate.question.stem).trim();
  if (stem.length > 24) return false;
  const inStem = [...stem.matchAll(NUMBER)].map((m) => numberOf(m[0]));
  if (inStem.length !== 1) return false;
  const value = inStem[0] as number;
  const key = leadNumber(keyOf(candidate));
  const others = distractorsOf(candidate).map(leadNumber);
  return key === value && others.every((o) => o !== null && o !== value);
}

function fails(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  if (openingEchoesName(candidate)) return true;
  const key = numbered(keyOf(candidate));
  if (!key) return false;
  const others = distractorsOf(candidate).map(numbered);
  // Siblings by their number only: every option the same frame, each its own value.
  if (others.some((o) => o === null || o.frame !== key.frame || o.value === key.value)) return false;
  // The stem only: a context line that counts the options ("三个范式") names no one of them.
  const said = stemNumbers(candidate.question.stem);
  return said.has(key.value) && !others.some((o) => o !== null && said.has(o.value));
}

export const ORDINAL_ECHO_CHECKS: readonly GateCheck[] = [
  { code: 'key-echoes-stem', reads: 'options', fails },
];
