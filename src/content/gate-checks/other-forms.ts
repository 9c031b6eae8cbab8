import { distractorsOf, keyOf, optionsAreDescriptions, optionsAreNames } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { BLANKS } from './form-tells.ts';
import { type GateCheck, isAuthored, shownText } from './gate-check.ts';
import { namedConcepts } from './tech-glossary.ts';

/**
 * The question names its answer in another form than the key's own spelling: another word of the same
 * root ("vue-router" and Routing), the key as a part of an identifier ("HashSet" and Set), the term run
 * together in its description ("map-reduce" and "支持 mapreduce"), or a bracketed English gloss that
 * translates the Chinese key ("（`Consistency`）" and 一致性).
 */

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ions', 'ion', 'ed', 'es', 's', 'e'];

/** "routing" and "router" → "rout"; "reduce" → "reduc": a root to compare words by. */
function rootOf(word: string): string {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/** Latin words with identifiers split (camelCase, kebab-case, snake_case), lower-cased. */
function latinWords(text: string): string[] {
  return (
    stripMarks(text)
      .normalize('NFKC')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .match(/[a-z][a-z0-9]*/g) ?? []
  );
}

/** Two words of one root: the same word when short, else roots sharing all but their last letter or two. */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const ra = rootOf(a);
  const rb = rootOf(b);
  const shorter = Math.min(ra.length, rb.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && ra[common] === rb[common]) common++;
  return common === shorter;
}

const echoes = (option: string, words: readonly string[]): boolean =>
  latinWords(option).some((w) => words.some((s) => sameRoot(w, s)));

/** A name option: only the key has a word of the same root as a word of the stem. */
export function namesKeyByRoot(stem: string, key: string, distractors: readonly string[]): boolean {
  const words = latinWords(stem.replace(BLANKS, ' '));
  if (words.length === 0 || !echoes(key, words)) return false;
  return !distractors.some((d) => echoes(d, words));
}

const squeeze = (text: string): string =>
  stripMarks(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.·]+/g, '');

/** A description option: only the key holds the asked term, its words run together or apart. */
export function describesByName(term: string, key: string, distractors: readonly string[]): boolean {
  const t = squeeze(term);
  if (t.length < 4 || !/[a-z]/.test(t)) return false;
  return squeeze(key).includes(t) && !distractors.some((d) => squeeze(d).includes(t));
}

/** A bracketed Latin gloss in the stem ("（`Consistency`）") that translates the Chinese key. */
export function glossTranslatesKey(stem: string, key: string): boolean {
  const keyConcepts = namedConcepts(stripMarks(key)).han;
  if (keyConcepts.size === 0) return false;
  for (const m of stem.matchAll(/[(（]\s*`?([A-Za-z][A-Za-z\s-]*?)`?\s*[)）]/gu)) {
    const gloss = namedConcepts(m[1] ?? '');
    for (const c of gloss.latin.keys()) if (keyConcepts.has(c)) return true;
  }
  return false;
}

export const OTHER_FORM_CHECKS: readonly GateCheck[] = [
  {
    code: 'key-in-stem',
    reads: 'options',
    fails: (c) => {
      if (isAuthored(c)) return false;
      if (optionsAreNames(c))
        return (
          namesKeyByRoot(shownText(c), keyOf(c), distractorsOf(c)) ||
          glossTranslatesKey(shownText(c), keyOf(c))
        );
      return optionsAreDescriptions(c) && describesByName(c.question.stem, keyOf(c), distractorsOf(c));
    },
  },
];
