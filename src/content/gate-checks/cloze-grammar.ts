import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { BLANKS } from './form-tells.ts';
import type { GateCheck } from './gate-check.ts';

/**
 * A cloze whose grammar picks the key: "an _____" before the only option that opens with a vowel,
 * "_____ are" after the only plural. And a cloze with too little around its blank to be answered from
 * anything but a guess.
 */

const startsWithVowelSound = (option: string): boolean => /^[aeiou]/i.test(stripMarks(option).trim());

/** Plural by its form: "Reducers", "CAs"; not "class", "status", "Redux". */
const looksPlural = (option: string): boolean => {
  const last = stripMarks(option).trim().split(/\s+/).pop() ?? '';
  return /[a-z]{2}s$|[A-Z]{2,}s$/.test(last) && !/(?:ss|us|is)$/.test(last);
};

/** The options split by what the grammar around the blank asks of them: true where it fits. */
function grammarFits(stem: string): ((option: string) => boolean) | null {
  const at = stem.search(BLANKS);
  if (at < 0) return null;
  const before = stem.slice(0, at);
  const after = stem.slice(at).replace(BLANKS, '');
  if (/\ban\s*[`*]*$/i.test(before)) return startsWithVowelSound;
  if (/\ba\s*[`*]*$/i.test(before)) return (o) => !startsWithVowelSound(o);
  if (/^[`*\s]*(?:are|were|have)\b/i.test(after)) return looksPlural;
  // Not "is": names end in s while singular (Kubernetes, Jenkins, Btrfs).
  return null;
}

/** The grammar fits the key and rules out at least one distractor. */
export function grammarPicksKey(stem: string, key: string, distractors: readonly string[]): boolean {
  const fits = grammarFits(stem);
  if (fits === null || !fits(key)) return false;
  return distractors.some((d) => !fits(d));
}

/** Words (Latin) or characters (Han) around the blank, stop words aside. */
export function contextSize(stem: string): number {
  const text = stem.replace(BLANKS, ' ');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []).length;
  return latin + Math.floor(han / 2);
}

/** The fewest words (two Chinese characters count as one) around a blank that can settle it. */
const MIN_CONTEXT = 5;

const isCloze = (candidate: Candidate): boolean => candidate.origin === 'cloze';

export const CLOZE_GRAMMAR_CHECKS: readonly GateCheck[] = [
  {
    code: 'cloze-too-short',
    reads: 'stem',
    fails: (candidate) => isCloze(candidate) && contextSize(candidate.question.stem) < MIN_CONTEXT,
  },
  {
    code: 'grammar-tell',
    reads: 'options',
    fails: (candidate) =>
      isCloze(candidate) &&
      grammarPicksKey(candidate.question.stem, keyOf(candidate), distractorsOf(candidate)),
  },
];
