import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { BLANKS } from './form-tells.ts';
import type { GateCheck } from './gate-check.ts';

/**
 * A cloze (or a which-term question's masked description) whose grammar picks the key: "an _____" before
 * the only option that opens with a vowel, "_____ are" or "_____ create" before the only plural, a
 * description that opens "Are …" beside the only plural term. And a cloze with too little around its blank to be answered from
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
  // A description written without its subject ("Are an executable unit of software…"): the term it leaves
  // out stands before it, as a blank would.
  if (at < 0) return /^[`*\s]*(?:are|were|have)\s/i.test(stem) ? looksPlural : null;
  const before = stem.slice(0, at);
  const after = stem.slice(at).replace(BLANKS, '');
  if (/\ban\s*[`*]*$/i.test(before)) return startsWithVowelSound;
  if (/\ba\s*[`*]*$/i.test(before)) return (o) => !startsWithVowelSound(o);
  if (/^[`*\s]*(?:are|were|have)\b/i.test(after)) return looksPlural;
  // "_____ create code…": a verb without the singular -s agrees only with a plural subject. Only where the
  // blank opens the sentence (it is the subject) and the next word is no auxiliary, adverb or noun-ish word.
  if (/^\s*(?:>\s*)?$/.test(before) && pluralVerbFollows(after)) return looksPlural;
  // "_____ is when …": names end in s while singular (Kubernetes, Jenkins, Btrfs), but a phrase ending in a
  // common noun in the plural ("Model training algorithms") is no subject of "is".
  if (/^[`*\s]*(?:is|was|has|does)\b/i.test(after)) return (o) => !endsInCommonPlural(o);
  return null;
}

/** The option is a phrase whose last word is a common noun in the plural (-s, not -ss/-us/-is/-ics/-ies/-news). */
const endsInCommonPlural = (option: string): boolean => {
  const words = stripMarks(option).trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  // A phrase: a word alone in lower case is often a name (btrfs, zfs, jenkins).
  return (
    words.length >= 2 && /^[a-z]*[aeiouy][a-z]*[a-z]s$/.test(last) && !/(?:ss|us|is|ics|ies|news)$/.test(last)
  );
};

/** Words after a subject that agree with either number: modals, past forms, adverbs, conjunctions. */
const EITHER_NUMBER =
  /^(?:can|could|will|would|shall|should|may|might|must|did|had|also|always|often|only|never|just|then|and|or|but|of|in|on|for|to|with|by|as|at|from|that|which|who|not|too|usually|generally|mainly|simply|still|already|really|first|all|both)$/i;

/**
 * The blank is followed by a present verb in its plural form ("create", "allow"): a lower-case word not
 * ending in -s, -ed, -ing or -ly and not one that agrees with either number.
 */
function pluralVerbFollows(after: string): boolean {
  const word = /^[`*\s]*([a-z]+)\b/.exec(after)?.[1];
  if (word === undefined || word.length < 3) return false;
  return !/(?:s|ed|ing|ly)$/.test(word) && !EITHER_NUMBER.test(word);
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

/** A stem with the key blanked out of a sentence: a cloze, or a which-term question's masked description. */
const blanksKey = (candidate: Candidate): boolean =>
  isCloze(candidate) || candidate.origin === 'definition-reverse' || candidate.origin === 'subject-reverse';

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
      blanksKey(candidate) &&
      grammarPicksKey(candidate.question.stem, keyOf(candidate), distractorsOf(candidate)),
  },
];
