import { distance } from 'fastest-levenshtein';

/**
 * Text comparisons that must survive the typographic noise of real notes: full-width `？：（）`, an en dash
 * where a hyphen was meant, a ⭐️ in front of a heading, double spaces.
 */

const PUNCT_OR_SPACE = /(?:[\p{P}\p{S}\p{Z}\s]|\u200d|\ufe0f)+/gu;

/** NFKC, lower case, and no punctuation, symbols or whitespace: the key two spellings of one text share. */
const keyCache = new Map<string, string>();

/** Long texts (definitions, table rows) come back too, but fewer: a smaller cache of their own. */
const longKeyCache = new Map<string, string>();

export function normaliseKey(text: string): string {
  if (text.length > 200) {
    const known = longKeyCache.get(text);
    if (known !== undefined) return known;
    const key = keyOf(text);
    if (text.length <= 2000) {
      if (longKeyCache.size >= 2_000) longKeyCache.clear();
      longKeyCache.set(text, key);
    }
    return key;
  }
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = keyOf(text);
  if (keyCache.size >= 50_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/**
 * The key itself. ASCII text (most English notes) needs no NFKC (it leaves ASCII as it is) and no Unicode
 * classes: every printable ASCII character other than a letter or digit is punctuation, a symbol or a
 * space. Text that is already a key (lower-case letters and digits) comes back as it is.
 */
function keyOf(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.normalize('NFKC').toLowerCase().replace(PUNCT_OR_SPACE, '');
    if (clean && !((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || isKeptControl(c))) clean = false;
  }
  return clean ? text : text.toLowerCase().replace(ASCII_DROPPED, '');
}

/** Control characters other than whitespace (DEL too) are neither punctuation nor space: the pattern keeps them. */
const isKeptControl = (c: number): boolean => (c < 32 && !(c >= 9 && c <= 13)) || c === 127;

/** What the pattern drops of lower-cased ASCII: whitespace, punctuation and symbols. */
const ASCII_DROPPED = /[\t-\r -/:-@[-`{-~]/g;

/** For display and matching: NFKC with runs of whitespace collapsed. */
export function tidy(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** 1 for equal keys, 0 for nothing in common (Levenshtein on normalised keys). */
export function similarity(a: string, b: string): number {
  const x = normaliseKey(a);
  const y = normaliseKey(b);
  if (x === y) return 1;
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

/** Two option texts a player could not tell apart, or where one merely extends the other. */
export function nearDuplicate(a: string, b: string): boolean {
  return nearDuplicateKeys(normaliseKey(a), normaliseKey(b));
}

/** `nearDuplicate` on keys already made by `normaliseKey` (long texts are not memoised: key them once). */
export function nearDuplicateKeys(x: string, y: string): boolean {
  if (x === '' || y === '') return true;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const longest = Math.max(x.length, y.length);
  // The edit distance is at least the length difference: far apart in length, far apart in text.
  if (Math.abs(x.length - y.length) > 0.2 * longest) return false;
  // It is also at least the count of characters one text has more of: most different options of a
  // similar length (two definitions) are told apart by that linear count, without the quadratic distance.
  if (5 * bagDistance(x, y) > longest) return false;
  return 1 - distance(x, y) / longest >= 0.8;
}

/** Per UTF-16 unit, how many more times it occurs in one text than the other (zeroed after each use). */
const unitCounts = new Int32Array(65536);

/** max(units x has more of, units y has more of): a lower bound of the edit distance. */
function bagDistance(x: string, y: string): number {
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    unitCounts[c] = (unitCounts[c] ?? 0) + 1;
  }
  for (let i = 0; i < y.length; i++) {
    const c = y.charCodeAt(i);
    unitCounts[c] = (unitCounts[c] ?? 0) - 1;
  }
  // Each unit settled once: zeroed as it is counted, so the second text's pass skips the first's.
  let more = 0;
  let fewer = 0;
  for (let pass = 0; pass < 2; pass++) {
    const text = pass === 0 ? x : y;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const n = unitCounts[c] ?? 0;
      if (n > 0) more += n;
      else if (n < 0) fewer -= n;
      unitCounts[c] = 0;
    }
  }
  return Math.max(more, fewer);
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

const wordCache = new Map<string, readonly string[]>();
const WORD_CACHE_LIMIT = 20_000;

/** Words (Chinese split by ICU's dictionary), lower-cased, without punctuation. Memoised: options repeat. */
export function words(text: string): readonly string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const out: string[] = [];
  for (const part of wordSegmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (part.isWordLike) out.push(part.segment);
  }
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, out);
  return out;
}

/** The first 32 bits of `shortHash` as a number (no hex round trip: seeding a shuffle needs only this). */
export function hash32(text: string): number {
  let h1 = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h1;
}

/** A short, stable hash (FNV-1a, 32 bit, hex) for ids and variant names. */
export function shortHash(text: string, length = 8): string {
  // Up to 8 digits come from the first half alone: no second hash, no 16-digit string to cut.
  if (length >= 1 && length <= 8) {
    return (hash32(text) >>> (4 * (8 - length))).toString(16).padStart(length, '0');
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, length);
}

export const HAN = /\p{Script=Han}/u;

/**
 * Per UTF-16 unit of the Basic Multilingual Plane from U+2E80 on (no Han script before it): 1 when it is
 * a Han character, 2 when not, 0 until first seen. Filled by HAN itself, so the answer is the regex's.
 */
const hanUnits = new Uint8Array(0x10000);

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * `HAN.test(text)`, unit by unit: the regex's cost per call (one per line, sentence and option) showed in
 * profiles. A character outside the plane (a surrogate pair) is left to the regex.
 */
export function hasHan(text: string): boolean {
  // A string of Latin-1 only (most English text) holds no Han, and V8 answers this pattern for it at once,
  // without reading a character: the loop below would read them all.
  if (!BEYOND_LATIN1.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (HAN.test(text.slice(i, i + 2))) return true;
      continue;
    }
    let known = hanUnits[c] as number;
    if (known === 0) {
      known = HAN.test(String.fromCharCode(c)) ? 1 : 2;
      hanUnits[c] = known;
    }
    if (known === 1) return true;
  }
  return false;
}

/** A name's words, lower case, spaced at both ends: `" general journal "`, so a whole-word search is a substring search. */
const spaced = new Map<string, string>();
export const spacedWords = (name: string): string => {
  const known = spaced.get(name);
  if (known !== undefined) return known;
  if (spaced.size >= 20_000) spaced.clear();
  const words = ` ${name
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  spaced.set(name, words);
  return words;
};

/**
 * One name holds the other as whole words ("Journal" and "General Journal", "Key" and "Primary Key"): the one
 * is a kind of the other, and a definition of either fits both, so neither is the other's distractor.
 */
export function namesNested(a: string, b: string): boolean {
  const x = spacedWords(a);
  const y = spacedWords(b);
  return x.trim() !== '' && y.trim() !== '' && x !== y && (x.includes(y) || y.includes(x));
}
