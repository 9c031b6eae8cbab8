import { distractorsOf, keyOf, optionsAreDescriptions, optionsAreNames } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { BLANKS } from './form-tells.ts';
import { type GateCheck, isAuthored, shownText } from './gate-check.ts';
import { memoText } from './memo-text.ts';
import { identifierWords, namedConcepts } from './tech-glossary.ts';

/**
 * The question names its answer in another form than the key's own spelling: another word of the same
 * root ("vue-router" and Routing), the key as a part of an identifier ("HashSet" and Set), the term run
 * together in its description ("map-reduce" and "支持 mapreduce"), or a bracketed English gloss that
 * translates the Chinese key ("（`Consistency`）" and 一致性).
 */

const SUFFIXES = [
  'abilities',
  'ability',
  'ibility',
  'ility',
  'ations',
  'ation',
  'ings',
  'ing',
  'ers',
  'er',
  'ions',
  'ion',
  'able',
  'ible',
  'ity',
  'ed',
  'es',
  's',
  'e',
];

/**
 * "routing" and "router" → "rout"; "reduce" → "reduc": a root to compare words by, as its length (the
 * root is the word's start; compared in place, no copy is made).
 */
function rootLengthOf(word: string): number {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.length - suffix.length;
  return word.length;
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

/** Something the key holds (a word, a root, a part) that no distractor holds. */
export function heldAlone(mine: ReadonlySet<string>, theirs: readonly ReadonlySet<string>[]): boolean {
  for (const w of mine) if (!theirs.some((t) => t.has(w))) return true;
  return false;
}

/**
 * A word mathematics writes clipped (`O(log n)` and "Logarithmic", `exp` and "exponential"): a player reads
 * one as the other. Only these: "job" does not clip "jobless", nor "cat" "category".
 */
const CLIPPED = new Set(['log', 'exp', 'avg', 'abs', 'mod', 'sqrt', 'ln']);
const clipped = (short: string, long: string): boolean =>
  CLIPPED.has(short) && long.length >= short.length + 4 && long.startsWith(short === 'ln' ? 'log' : short);

/** A numeronym and the word it counts the letters of: `k8s` and kubernetes, `i18n` and internationalization. */
function numeronym(short: string, long: string): boolean {
  if (short.length > 5 || long.length < 5) return false;
  const m = /^([a-z])(\d{1,2})([a-z])$/.exec(short);
  return m !== null && long.length === Number(m[2]) + 2 && long.endsWith(m[3] as string);
}

/** A word of three letters or more and its plural ("pod" and "pods", "box" and "boxes"). */
const pluralOf = (word: string, plural: string): boolean =>
  word.length >= 3 && (plural === `${word}s` || plural === `${word}es`);

/**
 * Two words of one root: the same word or its plural when short (a task's "Pods" and `kubectl get pod`;
 * short words have no root to cut), else roots sharing all but their last letter or two.
 */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  // Each way below needs the same first letter (a plural, a shared root): most pairs differ at once.
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  if (numeronym(a, b) || numeronym(b, a)) return true;
  if (a.length < 4 || b.length < 4) return pluralOf(a, b) || pluralOf(b, a) || clipped(a, b) || clipped(b, a);
  // "analyzing" and "analysis": one root in either spelling.
  if (a.includes('yz') !== b.includes('yz')) return sameRoot(a.replace('yz', 'ys'), b.replace('yz', 'ys'));
  const shorter = Math.min(rootLengthOf(a), rootLengthOf(b));
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common === shorter;
}

/** Words that name no topic, however long: an option sharing them with the stem says nothing. */
const PLAIN_WORDS = new Set(
  `a an the of to in on at by for as is are was be it its or and not no can you all any one two
  with that this these those from used uses using when which what have into more than each other also
  only will your they them there some such like make does been were above below following`.split(/\s+/),
);

const saysSomething = (w: string): boolean => !PLAIN_WORDS.has(w);

/**
 * The stem's words a reader would match an option's words against: each word, and each two or three in
 * a row run together ("map-reduce" → mapreduce), so a key that runs the stem's term together is seen.
 */
export const stemWordsOf = memoText((stem: string): readonly string[] => {
  const words = latinWords(stem.replace(BLANKS, ' ')).filter(saysSomething);
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) {
    const two = `${words[i]}${words[i + 1]}`;
    if (two.length >= 6) out.push(two);
    const third = words[i + 2];
    if (third !== undefined && two.length + third.length >= 8) out.push(two + third);
  }
  return out;
});

/** Prefixes event handlers and accessors glue to a word in lower case: onopen, getvalue, isempty. */
const GLUED_PREFIX = /^(?:on|get|set|is|has|use)([a-z]{4,})$/;

/** An option's words, with a glued identifier prefix split off ("onopen" → on, open). */
const optionWords = memoText((option: string): readonly string[] => {
  const words = latinWords(option);
  const out = [...words, ...identifierWords(stripMarks(option)).filter((w) => w.length >= 4)];
  for (const w of words) {
    const rest = GLUED_PREFIX.exec(w)?.[1];
    if (rest) out.push(rest);
  }
  return out;
});

/**
 * Two long words that open alike ("electrolyte" and "electricity", "computer" and "computation"): of no
 * one root by their suffixes, yet a player hears the one in the other. So does a compound or a borrowing
 * that holds the other's opening ("Realpolitik" and "politics").
 */
function soundsAlike(a: string, b: string): boolean {
  if (a.length < 7 || b.length < 7) return false;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return a.includes(b.slice(0, 6)) || b.includes(a.slice(0, 6));
  let common = 0;
  while (common < a.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common >= 6;
}

/** Words a player hears as one: the same root, or sounding alike. */
const alike = (a: string, b: string): boolean => sameRoot(a, b) || soundsAlike(a, b);

/** The stem words an option has a word of the same root for (see sameRoot), or runs together. */
export function echoedBy(option: string, words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of optionWords(option)) {
    if (!saysSomething(w)) continue;
    for (const s of words) if (alike(w, s)) out.add(s);
  }
  return out;
}

/**
 * A name option: the key has a word of the same root as a word of the stem that no distractor has
 * ("catch JavaScript errors" and Error Boundaries, although React Server Components shares "components";
 * "HashSet …" and Set, although Map shares HashMap's "map"; "map-reduce" and 支持 mapreduce). A word every
 * option shares is the family's, and says nothing.
 */
export function namesKeyByRoot(stem: string, key: string, distractors: readonly string[]): boolean {
  const words = stemWordsOf(stem);
  if (words.length === 0) return false;
  const mine = echoedBy(key, words);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => echoedBy(d, words));
  return heldAlone(mine, theirs);
}

/**
 * Only the key echoes the stem at all: a word of the same root, no distractor any. For options written as
 * sentences (an author's), which share some word with a long stem by chance: one word of the key alone is
 * no tell while a distractor echoes another.
 */
export function onlyKeyEchoes(stem: string, key: string, distractors: readonly string[]): boolean {
  const words = stemWordsOf(stem);
  if (words.length === 0 || echoedBy(key, words).size === 0) return false;
  return distractors.every((d) => echoedBy(d, words).size === 0);
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

/**
 * A description option: the key has a word of the same root as a word of the asked name that no distractor
 * has (`onopen` and "…is opened", beside "…is closed"): the player matches the verb, not the fact.
 */
export function describesByRoot(term: string, key: string, distractors: readonly string[]): boolean {
  const mine = echoedBy(term, stemWordsOf(key));
  if (mine.size === 0) return false;
  const named = new Set<string>();
  for (const w of optionWords(term)) for (const k of mine) if (alike(w, k)) named.add(w);
  const theirs = distractors.map((d) => {
    const found = new Set<string>();
    for (const w of echoedBy(term, stemWordsOf(d)))
      for (const t of optionWords(term)) if (alike(t, w)) found.add(t);
    return found;
  });
  return heldAlone(named, theirs);
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

/** The words a long closed compound ends or starts with ("deadlock" → lock, "firewall" → fire, wall). */
function compoundParts(word: string): readonly string[] {
  if (word.length < 7) return [];
  const out: string[] = [];
  for (let cut = 3; cut <= word.length - 3; cut++) out.push(word.slice(0, cut), word.slice(cut));
  return out.filter((p) => p.length >= 4);
}

/** An option's words that are a part of one of the name's compound words (by their roots). */
function partsNamed(name: string, option: string): Set<string> {
  const out = new Set<string>();
  const parts = optionWords(name).flatMap(compoundParts);
  if (parts.length === 0) return out;
  for (const w of optionWords(option)) {
    if (!saysSomething(w) || w.length < 4) continue;
    const root = w.slice(0, rootLengthOf(w));
    if (parts.some((p) => p === w || p === root)) out.add(root);
  }
  return out;
}

/**
 * A description option: only the key holds a part of the asked name's compound ("Deadlock" and "…waits
 * for each other's locks"): the player matches the part, not the fact.
 */
export function describesByPart(term: string, key: string, distractors: readonly string[]): boolean {
  const mine = partsNamed(term, key);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => partsNamed(term, d));
  return heldAlone(mine, theirs);
}

/**
 * A name option: the description holds a part of the key's compound ("…wait for each other's locks" and
 * Deadlock) that is no part of a distractor's.
 */
export function namesKeyByPart(stem: string, key: string, distractors: readonly string[]): boolean {
  const mine = partsNamed(key, stem);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => partsNamed(d, stem));
  return heldAlone(mine, theirs);
}

/** `DNS (Domain Name System)`, `Domain Name System (DNS)`: an acronym the stem spells out in brackets. */
const EXPANDED =
  /\b[A-Z][A-Za-z0-9]{1,7}\s*[(（]([A-Za-z][A-Za-z -]{5,80})[)）]|\b((?:[A-Z][a-z]+[ -]){1,6}[A-Z][a-z]+)\s*[(（][A-Z][A-Za-z0-9]{1,7}[)）]/g;

/** The words of the stem's expansions of acronyms, none when it spells out none. */
function expansionWords(stem: string): readonly string[] {
  const out: string[] = [];
  for (const m of stem.matchAll(EXPANDED)) out.push(...latinWords(m[1] ?? m[2] ?? '').filter(saysSomething));
  return out;
}

/**
 * The stem spells out the acronym it asks about ("ICMP (Internet Control Message Protocol)") and only the
 * key repeats a word of that expansion ("…communicate error messages"): the name answers the question.
 */
export function keyEchoesExpansion(stem: string, key: string, distractors: readonly string[]): boolean {
  const words = expansionWords(stem);
  if (words.length === 0) return false;
  const mine = echoedBy(key, words);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => echoedBy(d, words));
  return heldAlone(mine, theirs);
}

const HAN_DIGITS = '零一二三四五六七八九';

/** A Chinese numeral up to 99 as a number: 十八 → 18, 二十 → 20, 五 → 5; else NaN. */
function hanNumber(text: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return Number.NaN;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? HAN_DIGITS.indexOf(tens) : Number.NaN;
  return (tens ? HAN_DIGITS.indexOf(tens) : 1) * 10 + (units ? HAN_DIGITS.indexOf(units) : 0);
}

/**
 * The numbers of two digits or more a text names, in digits or Chinese numerals ("十八以上", "年满18周岁"): a
 * lone digit matches by chance too often ("HTTP/2" beside a "2" in the stem).
 */
const numbersOf = memoText((text: string): ReadonlySet<number> => {
  const out = new Set<number>();
  for (const d of text.match(/\d{2,6}/g) ?? []) out.add(Number(d));
  for (const h of text.match(/[一二三四五六七八九十]{1,3}/g) ?? []) {
    const n = hanNumber(h);
    if (n >= 10) out.add(n);
  }
  return out;
});

/**
 * Options told apart by their numbers ("十八以上", "十四以上", "五年以内"), the stem naming the key's alone
 * ("都是年满18周岁后犯罪"): the player matches the number, not the fact.
 */
export function keyNumberInStem(stem: string, key: string, distractors: readonly string[]): boolean {
  const mine = numbersOf(stripMarks(key));
  if (mine.size === 0) return false;
  const said = numbersOf(stripMarks(stem));
  const allSaid = (numbers: ReadonlySet<number>): boolean => [...numbers].every((n) => said.has(n));
  return (
    allSaid(mine) &&
    distractors.every((d) => numbersOf(stripMarks(d)).size === 0 || !allSaid(numbersOf(stripMarks(d))))
  );
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
          keyNumberInStem(shownText(c), keyOf(c), distractorsOf(c)) ||
          namesKeyByPart(shownText(c), keyOf(c), distractorsOf(c)) ||
          glossTranslatesKey(shownText(c), keyOf(c))
        );
      if (!optionsAreDescriptions(c)) return false;
      const term = c.question.stem;
      return (
        describesByName(term, keyOf(c), distractorsOf(c)) ||
        describesByRoot(term, keyOf(c), distractorsOf(c)) ||
        describesByPart(term, keyOf(c), distractorsOf(c))
      );
    },
  },
];
