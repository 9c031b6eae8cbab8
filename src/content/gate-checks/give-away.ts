import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan, normaliseKey, words } from '../text-normalise.ts';
import { BLANKS } from './form-tells.ts';
import { type GateCheck, isAuthored, shownOrAlone, shownText } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * The answer is not in the question: not the key itself, nor a spelling of it (another case, a plural,
 * its abbreviation or expansion, the gloss in its brackets), nor a gloss printed beside its blank, nor a
 * rare word only the key shares with the stem.
 */

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern that finds a needle as a whole word (compiled once per needle). */
const wordPattern = memoText((needle: string): RegExp | null => {
  const n = needle.trim();
  if (n.length < 2) return null;
  const before = /^[A-Za-z0-9_]/.test(n) ? '(?<![A-Za-z0-9_])' : '';
  const after = /[A-Za-z0-9_]$/.test(n) ? '(?![A-Za-z0-9_])' : '';
  return new RegExp(`${before}${escapeRegExp(n)}${after}`, 'iu');
});

/** Whole-word, case-insensitive: "net" is not in "network"; Chinese has no spaces, so it is a substring. */
export function mentions(haystack: string, needle: string): boolean {
  const pattern = wordPattern(needle);
  if (pattern === null) return false;
  // Most needles are not in the text at all: a plain search first spares the pattern.
  if (!lowered(haystack).includes(lowered(needle.trim()))) return false;
  return pattern.test(haystack);
}

/** The ways a key may be spelled in a stem. */
const spellingsOf = memoText(spellings);

function spellings(key: string): string[] {
  const plain = stripMarks(key).normalize('NFKC').trim();
  const out = new Set<string>([plain]);
  // "Docker 镜像(Images)", "JIT（即时编译）": each side of the gloss.
  const gloss = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/u.exec(plain);
  if (gloss) {
    out.add((gloss[1] ?? '').trim());
    out.add((gloss[2] ?? '').trim());
  }
  for (const s of [...out]) {
    if (/^[A-Za-z][A-Za-z-]*$/.test(s.split(' ').pop() ?? '')) {
      out.add(`${s}s`);
      out.add(`${s}es`);
      if (/[^s]s$/.test(s) && s.length > 3) out.add(s.slice(0, -1));
    }
    const acronym = initials(s);
    if (acronym) out.add(acronym);
  }
  return [...out].filter((s) => s.length >= 2);
}

/** "Just In Time" → "JIT"; null for one word or non-Latin words. */
function initials(phrase: string): string | null {
  const parts = phrase.split(/[\s-]+/).filter((p) => /^[A-Za-z]/.test(p));
  if (parts.length < 2 || parts.length !== phrase.split(/[\s-]+/).length) return null;
  return parts.map((p) => p[0]).join('');
}

/** An all-capitals key ("JIT", "CNAME") spelled out in the stem ("Just in Time", "Canonical Name"). */
function expandsAcronym(haystack: string, key: string): boolean {
  const acronym = stripMarks(key).trim();
  if (acronym.length > 6 || !/^[A-Z]{2,6}$/.test(acronym)) return false;
  const latin = haystack.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const letters = acronym.toLowerCase();
  for (let i = 0; i + letters.length <= latin.length; i++) {
    let k = 0;
    while (k < letters.length && latin[i + k]?.[0]?.toLowerCase() === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

/**
 * Some spelling of the key shows in the text the player reads. A short key must stand as a word ("NS" is
 * not in "DNS"); a longer one gives itself away inside a word too ("Journal" in "journaling", "exec" in
 * "execute", "Metadata" in `generateMetadata`).
 */
function keyInStem(haystack: string, key: string): boolean {
  const text = readable(haystack);
  return (
    spellingsOf(key).some((s) => {
      const k = normaliseKey(s);
      return k.length < 4 ? mentions(text, s) : squeezed(text).includes(k);
    }) || acronymsOf(key).some((a) => expandsAcronym(text, a))
  );
}

/** The key's words in capitals ("Faster TTFB" → TTFB): each may be spelled out in the stem. */
function acronymsOf(key: string): string[] {
  return stripMarks(key).match(/\b[A-Z]{2,6}\b/g) ?? [];
}

/** The stem without its blanks, as a reader sees it; and that text keyed (no case, spaces or marks). */
const readable = memoText((haystack: string): string => haystack.replace(BLANKS, ' ').normalize('NFKC'));
const squeezed = memoText(normaliseKey);
const lowered = memoText((text: string): string => text.toLowerCase());

/** A blank inside brackets, or followed by them: the brackets gloss what the blank hides. */
function glossedBlank(text: string): boolean {
  if (!/[(（]/.test(text)) return false;
  for (const m of text.matchAll(BLANKS)) {
    const start = m.index ?? 0;
    const after = text.slice(start + m[0].length).replace(/^[`*\s]+/, '');
    if (/^[(（]/.test(after)) return true;
    const before = text.slice(0, start);
    const opened = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
    const closed = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
    if (opened > closed) return true;
  }
  return false;
}

const STOP = new Set(
  'the a an of to in is are and or for on with as by it be that this which what how can you 的 是 和 在 了 与 或 中 一个'.split(
    ' ',
  ),
);

/** "useDeferredValue" → "use Deferred Value": the words a reader sees inside an identifier. */
const splitCamel = (text: string): string => text.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

/** Words of an option that could point at the stem: not stop words, not lone Latin letters, not numbers. */
const rareCache = new Map<string, Set<string>>();

function rareWords(text: string): Set<string> {
  const cached = rareCache.get(text);
  if (cached) return cached;
  const found = new Set(
    words(splitCamel(text)).filter((w) => !STOP.has(w) && (w.length >= 2 || hasHan(w)) && !/^\d+$/.test(w)),
  );
  if (rareCache.size >= 20_000) rareCache.clear();
  rareCache.set(text, found);
  return found;
}

/** Two Latin words of one stem ("defer" and "deferred", "renderer" and "rendering", "algorithm(s)"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.75 * shorter;
}

/**
 * The stem's Latin words (identifiers split): each word, the words by their first five letters, and the
 * words it abbreviates before a number or a full stop ("Cat 3, Cat 5" → cat).
 */
interface LatinIndex {
  readonly words: ReadonlySet<string>;
  readonly byPrefix: ReadonlyMap<string, readonly string[]>;
  readonly abbreviations: readonly string[];
}

/** A capitalised short word right before a number or a full stop ("Cat 5", "Max 10", "Dept."). */
const ABBREVIATION = /\b([A-Z][a-z]{2,3})(?:\.|\s+\d)/g;

/**
 * The other number of a Latin or Greek noun, as notes write them ("media" and "medium", "criteria" and
 * "criterion", "indices" and "index", "analyses" and "analysis"): a plural that no added -s makes.
 */
function latinNumberForms(word: string): readonly string[] {
  if (word.length < 4) return [];
  const out: string[] = [];
  for (const swap of LATIN_NUMBER_SWAPS) {
    const from = swap[0];
    if (word.endsWith(from))
      for (let k = 1; k < swap.length; k++) out.push(word.slice(0, -from.length) + swap[k]);
  }
  return out;
}

/** An ending, and what it becomes in the other number, in the order tried. */
const LATIN_NUMBER_SWAPS: readonly (readonly [string, ...string[]])[] = [
  ['ia', 'ium'],
  ['ium', 'ia'],
  ['a', 'um', 'on'],
  ['um', 'a'],
  ['on', 'a'],
  ['ices', 'ix', 'ex'],
  ['ix', 'ices'],
  ['ex', 'ices'],
  ['ses', 'sis'],
  ['sis', 'ses'],
];

const latinIndexOf = memoText((haystack: string): LatinIndex => {
  const found = new Set(
    splitCamel(haystack)
      .toLowerCase()
      .match(/[a-z][a-z0-9_-]*/g) ?? [],
  );
  const byPrefix = new Map<string, string[]>();
  for (const w of found) {
    if (w.length < 5) continue;
    const list = byPrefix.get(w.slice(0, 5));
    if (list) list.push(w);
    else byPrefix.set(w.slice(0, 5), [w]);
  }
  const abbreviations = [...haystack.matchAll(ABBREVIATION)].map((m) => (m[1] ?? '').toLowerCase());
  return { words: found, byPrefix, abbreviations };
});

/** A Latin word of an option appears in the stem as itself or a word of the same stem; Chinese words as substrings. */
function inStem(haystack: string, latin: LatinIndex, word: string): boolean {
  if (!/^[a-z0-9_-]+$/.test(word)) return haystack.includes(word);
  if (latin.words.has(word)) return true;
  // An option's plural against the stem's singular ("Render Props" and "a prop").
  if (word.length > 3 && word.endsWith('s') && latin.words.has(word.slice(0, -1))) return true;
  // "Media" against "medium", "Category" against "Cat 5".
  if (latinNumberForms(word).some((w) => latin.words.has(w))) return true;
  if (latin.abbreviations.some((a) => word.length >= a.length + 3 && word.startsWith(a))) return true;
  // Words of one stem share at least their first five letters (see sameStem).
  if (word.length < 5) return false;
  return (latin.byPrefix.get(word.slice(0, 5)) ?? []).some((w) => sameStem(w, word));
}

/**
 * Gives the answer away when the right option shares more of the stem's rare words than any other option
 * does, and at least one (a key that alone shares a word, or shares "derived" and "state" where another
 * option shares only "before"). Words every option shares do not count.
 */
export function givesAway(stem: string, correct: string, distractors: readonly string[]): boolean {
  const first = rareWords(correct);
  const others = distractors.map(rareWords);
  const common: string[] = [];
  for (const w of first) if (others.every((s) => s.has(w))) common.push(w);
  const haystack = stem.normalize('NFKC').toLowerCase();
  const latin = latinIndexOf(stem.normalize('NFKC'));
  const mine = sharedCount(first, common, haystack, latin);
  if (mine === 0) return false;
  for (const set of others) {
    const theirs = sharedCount(set, common, haystack, latin);
    if (theirs > 0 && (mine < 2 || theirs >= mine)) return false;
  }
  return true;
}

/** How many of the option's rare words (those not every option has) the stem holds. */
function sharedCount(
  set: Set<string>,
  common: readonly string[],
  haystack: string,
  latin: LatinIndex,
): number {
  let n = 0;
  for (const w of set) if (!common.includes(w) && inStem(haystack, latin, w)) n++;
  return n;
}

const generated = (candidate: Candidate): boolean => !isAuthored(candidate);

/**
 * A short name of one Latin word (a command: `cat`, `grep`) inside a longer word of the text, the way
 * "concatenate" holds cat: read aloud, the option names the term. Three letters at least, so `ls` in "else"
 * is nothing.
 */
function hidesName(text: string, name: string): boolean {
  const plain = stripMarks(name).trim().toLowerCase();
  if (!/^[a-z][a-z0-9]{2,11}$/.test(plain)) return false;
  return (text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).some(
    (word) => word !== plain && word.length > plain.length && word.includes(plain),
  );
}

export const GIVE_AWAY_CHECKS: readonly GateCheck[] = [
  {
    code: 'key-in-stem',
    reads: 'stem',
    fails: (candidate) =>
      generated(candidate) && optionsAreNames(candidate) && keyInStem(shownText(candidate), keyOf(candidate)),
  },
  {
    code: 'key-gloss',
    reads: 'stem',
    fails: (candidate) => {
      if (!generated(candidate)) return false;
      if (glossedBlank(candidate.question.stem)) return true;
      // "What is Aufs?" answered by "＿＿＿(Another Union File System)…": the key spells the name out.
      if (!optionsAreDescriptions(candidate)) return false;
      const key = keyOf(candidate);
      if (glossedBlank(key) || expandsAcronym(key, candidate.question.stem)) return true;
      // "What is “cat”?" answered by "…view, create, concatenate the files": the name hides in a word only
      // the key has.
      const term = candidate.question.stem;
      return hidesName(key, term) && !distractorsOf(candidate).some((d) => hidesName(d, term));
    },
  },
  {
    code: 'give-away',
    reads: 'options',
    fails: (candidate) => {
      if (!generated(candidate)) return false;
      const key = keyOf(candidate);
      const distractors = distractorsOf(candidate);
      return shownOrAlone(candidate, (text) => givesAway(text, key, distractors));
    },
  },
];
