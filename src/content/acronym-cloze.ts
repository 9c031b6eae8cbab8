import { type GeneratedDraft, variantOf } from './question-builder.ts';
import { stripMarks } from './term-families.ts';
import { blankFor } from './term-mask.ts';
import { hasHan, hash32, normaliseKey } from './text-normalise.ts';
import type { Card, GlossaryEntry } from './types.ts';

/**
 * A glossary's acronym asked for one word of its expansion, among words of the table that start with the
 * same letter:
 *
 *     ARP: Address _____ Protocol          Resolution · Redundancy · Remote · Recover
 *
 * so the letters tell nothing and knowing the expansion does. The expansion is the term's meaning in a
 * table of two columns, its spelled-out name in one that gives several names (`| Abbr | Full name | … |`).
 */

/**
 * An acronym (two capitals or more) whose meaning starts with its first letter: among other meanings, the
 * initials pick the key out ("BDPU" / "Bridge Protocol Data Unit", even misspelt).
 */
export function spellsOut(term: string, meaning: string): boolean {
  const capitals = acronymLetters(term);
  const initial = /[A-Za-z]/.exec(meaning)?.[0]?.toUpperCase();
  return capitals.length >= 2 && initial === capitals[0];
}

/** The letters an acronym spells: its capitals, and a small letter that leads them ("eBGP" → EBGP). */
function acronymLetters(term: string): string {
  const lead = /^[a-z](?=[A-Z])/.exec(term)?.[0]?.toUpperCase() ?? '';
  return lead + term.replace(/[^A-Z]/g, '');
}

/** Words an acronym skips ("Point of Attachment" → PA). */
const UNSPELLED = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'over',
  'per',
  'the',
  'to',
  'via',
  'with',
]);

/**
 * The words of an expansion (by index) that stand for exactly one letter of the acronym. Matched from
 * either end: where the words run out of step with the letters, a word may stand for two of them
 * ("Link State Database" for LSDB, "Subnetwork" for the S and N of SNPA), and only that word can fill such
 * a blank, so it is not blanked; the words before it (from the start) or after it (from the end) are safe.
 */
function oneLetterWords(term: string, words: readonly string[]): Set<number> {
  const letters = acronymLetters(term);
  const units: { at: number; initial: string }[] = [];
  words.forEach((word, at) => {
    for (const part of word.split('-')) {
      const initial = /[A-Za-z]/.exec(part)?.[0];
      if (initial !== undefined && !UNSPELLED.has(part.toLowerCase()))
        units.push({ at, initial: initial.toUpperCase() });
    }
  });
  const n = units.length;
  const m = letters.length;
  const fromStart = units.map(() => false);
  for (let i = 0; i < n && i < m && units[i]?.initial === letters[i]; i++) fromStart[i] = true;
  const fromEnd = units.map(() => false);
  for (let i = n - 1; i >= 0 && m - (n - i) >= 0 && units[i]?.initial === letters[m - (n - i)]; i--)
    fromEnd[i] = true;
  const safe = new Set<number>();
  units.forEach((unit, i) => {
    const startSafe = fromStart[i] === true && (i + 1 < n ? fromStart[i + 1] === true : n === m);
    const endSafe = fromEnd[i] === true && (i > 0 ? fromEnd[i - 1] === true : n === m);
    if (startSafe || endSafe) safe.add(unit.at);
  });
  // A word split by hyphens stands for several letters: never one.
  const partsOf = new Map<number, number>();
  for (const unit of units) partsOf.set(unit.at, (partsOf.get(unit.at) ?? 0) + 1);
  for (const [at, parts] of partsOf) if (parts > 1) safe.delete(at);
  return safe;
}

/**
 * What a word's ending says of its kind: blind judges rejected "Network Address Television", "Access
 * Choose List", "Completely Security Officer" and "Humans Disk Drive". A distractor must read as the key's
 * kind in its place: no adverb, no bare verb, a plural only for a plural, an adjective (by its ending:
 * -ive, -al, -ous…) for an adjective, and no adjective for a noun (-tion, -ment…).
 */
const ADVERB = /[a-z]ly$/i;
const PLURAL = /[^su]s$/i;
const ADJECTIVE = /(?:al|ic|ive|ous|able|ible|ed|ent|ant|ary|ful|less)$/i;
const NOUN = /(?:tion|sion|ment|ity|ance|ence|ness|ure|er|or|ism|ist|cy|ship|age|ing)$/i;
/** Verbs an expansion may open with ("Bring Your Own Device"). */
const VERBS = new Set([
  'bring',
  'choose',
  'keep',
  'make',
  'take',
  'get',
  'find',
  'use',
  'run',
  'see',
  'know',
  'do',
]);
const kindOf = (word: string): 'adjective' | 'noun' | null =>
  NOUN.test(word) ? 'noun' : ADJECTIVE.test(word) ? 'adjective' : null;

function sameShape(key: string, other: string): boolean {
  if (ADVERB.test(other) !== ADVERB.test(key) || PLURAL.test(other) !== PLURAL.test(key)) return false;
  // "___ Your Own Device" takes a verb only: a verb among nouns is the key, a noun among verbs is not.
  if (VERBS.has(other.toLowerCase()) !== VERBS.has(key.toLowerCase())) return false;
  // An adjective ("Additive") takes adjectives only; a noun ("Translation") takes no adjective (most nouns
  // have no telling ending: "Network", "Drive").
  const mine = kindOf(key);
  const theirs = kindOf(other);
  return mine === 'adjective' ? theirs === 'adjective' : mine === null || theirs !== 'adjective';
}

/** Words worth a blank: letters only (no hyphens, digits or capitals run together), three or more. */
const WORD = /^(?:[A-Z][a-z]{2,}|[a-z]{3,})$/;
const FUNCTION_WORDS = new Set(['and', 'the', 'for', 'with', 'over', 'from', 'into', 'via', 'per', 'again']);
/** Enough look-alike words to pick three distractors from, after the ones the stem itself uses. */
const POOL = 12;

interface WordIndex {
  /** Per first letter and case ("R", "r"): words of the column, in table order, each once. */
  readonly byLetter: Map<string, string[]>;
  /** Neighbouring words of the meanings, lower case ("differential services"). */
  readonly pairs: Set<string>;
  /** In how many meanings a word (lower case) stands: a word most entries share tells little. */
  readonly spread: Map<string, number>;
  /** Every meaning, normalised: a distractor must not make another entry's expansion. */
  readonly meanings: Set<string>;
  /**
   * Words (lower case) that end an expansion ("Protocol", "Switching"), and words that stand before
   * another ("Synchronous", "Designated"): a blank at the end of a name is filled from the first, one
   * inside it from the second, so no option is a word that cannot stand there.
   */
  readonly last: Set<string>;
  readonly inner: Set<string>;
  /** People's names an acronym is made of ("Rivest, Shamir, & Adleman"): never a blank nor a distractor. */
  readonly names: Set<string>;
}

/**
 * An expansion that lists people: "Rivest, Shamir, & Adleman" (an ampersand, and no word with the ending
 * of a common noun or adjective: "Authentication, Authorization and Accounting" lists no people).
 */
const NAME_LIST = /^(?:[A-Z][a-z]+,\s*)*[A-Z][a-z]+,?\s*&\s*[A-Z][a-z]+$/;
const isNameList = (meaning: string): boolean =>
  NAME_LIST.test(meaning) && !(meaning.match(/[A-Za-z]+/g) ?? []).some((w) => kindOf(w) !== null);

/**
 * Where a table writes its expansions: its meanings (`| ARP | Address Resolution Protocol |`), or among
 * the other names of a table of several columns.
 */
export type ExpansionColumn = 'definitions' | 'names';

/** The spelled-out name among a term's other names: Latin words whose initials start the acronym. */
export function expansionOf(entry: GlossaryEntry): string | undefined {
  const term = stripMarks(entry.term);
  return entry.names?.find((n) => !hasHan(n) && spellsOut(term, n));
}

const expansionsOf = (entry: GlossaryEntry, column: ExpansionColumn): readonly string[] => {
  if (column === 'definitions') return entry.definitions;
  const expansion = expansionOf(entry);
  return expansion === undefined ? [] : [expansion];
};

// One index per table and column, shared by its cards: rebuilding it per card would be quadratic in the table.
const indexes: Record<ExpansionColumn, WeakMap<readonly GlossaryEntry[], WordIndex>> = {
  definitions: new WeakMap(),
  names: new WeakMap(),
};

function indexOf(entries: readonly GlossaryEntry[], column: ExpansionColumn): WordIndex {
  let index = indexes[column].get(entries);
  if (index) return index;
  const byLetter = new Map<string, string[]>();
  const seen = new Set<string>();
  const spread = new Map<string, number>();
  const meanings = new Set<string>();
  const pairs = new Set<string>();
  const last = new Set<string>();
  const inner = new Set<string>();
  const names = new Set<string>();
  for (const e of entries)
    for (const meaning of expansionsOf(e, column)) {
      meanings.add(normaliseKey(meaning));
      if (isNameList(meaning.trim())) {
        for (const w of meaning.match(/[A-Z][a-z]+/g) ?? []) names.add(w);
        continue;
      }
      const plain = meaning.split(/\s+/).map((w) => w.replace(/[,.;:]$/, '').toLowerCase());
      for (const [k, w] of plain.entries()) (k === plain.length - 1 ? last : inner).add(w);
      const split = meaning.toLowerCase().split(/\s+/);
      for (let k = 1; k < split.length; k++) pairs.add(`${split[k - 1]} ${split[k]}`);
      const own = new Set<string>();
      for (const w of meaning.split(/\s+/)) {
        const word = w.replace(/[,.;:]$/, '');
        if (!WORD.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) continue;
        const lower = word.toLowerCase();
        if (!own.has(lower)) spread.set(lower, (spread.get(lower) ?? 0) + 1);
        own.add(lower);
        if (seen.has(word)) continue;
        seen.add(word);
        const letter = word[0] as string;
        const list = byLetter.get(letter);
        if (list) list.push(word);
        else byLetter.set(letter, [word]);
      }
    }
  for (const list of byLetter.values()) {
    const kept = list.filter((w) => !names.has(w));
    list.splice(0, list.length, ...kept);
  }
  index = { byLetter, pairs, spread, meanings, last, inner, names };
  indexes[column].set(entries, index);
  return index;
}

/** One word of the expansion blanked, among words of the column with the same first letter and case. */
export function expansionCloze(
  card: Card,
  seed: string,
  term: string,
  meaning: string,
  entries: readonly GlossaryEntry[],
  column: ExpansionColumn,
): GeneratedDraft | null {
  const index = indexOf(entries, column);
  const words = meaning.split(/\s+/);
  const own = new Set(words.map((w) => w.toLowerCase().replace(/[,.;:]$/, '')));
  const oneLetter = oneLetterWords(term, words);
  let best: { at: number; word: string; pool: string[]; spread: number } | null = null;
  words.forEach((raw, at) => {
    const word = raw.replace(/[,.;:]$/, '');
    if (!WORD.test(word) || FUNCTION_WORDS.has(word.toLowerCase()) || !oneLetter.has(at)) return;
    if (index.names.has(word)) return;
    const place = at === words.length - 1 ? index.last : index.inner;
    const pool: string[] = [];
    const letter = index.byLetter.get(word[0] as string) ?? [];
    // From a seeded place in the column, so a big glossary's questions do not all draw its first words.
    const from = letter.length === 0 ? 0 : hash32(`${seed}\u0000${card.id}`) % letter.length;
    for (let n = 0; n < letter.length && pool.length < POOL; n++) {
      const other = letter[(from + n) % letter.length] as string;
      if (own.has(other.toLowerCase())) continue;
      // "Network Attached Server" is no entry's expansion, but a swap that spells another entry is, and
      // so, nearly, is one beside a word the table puts it next to ("Differential Services Code Point").
      const swapped = words.map((w, k) => (k === at ? raw.replace(word, other) : w)).join(' ');
      if (index.meanings.has(normaliseKey(swapped))) continue;
      const lower = other.toLowerCase();
      if (!place.has(lower) || !sameShape(word, other)) continue;
      const before = words[at - 1]?.toLowerCase();
      const after = words[at + 1]?.toLowerCase();
      if (
        (before && index.pairs.has(`${before} ${lower}`)) ||
        (after && index.pairs.has(`${lower} ${after}`))
      )
        continue;
      pool.push(other);
    }
    if (pool.length < 3) return;
    const spread = index.spread.get(word.toLowerCase()) ?? 1;
    if (!best || spread < best.spread) best = { at, word, pool, spread };
  });
  const chosen = best as { at: number; word: string; pool: string[]; spread: number } | null;
  if (!chosen) return null;
  const blank = blankFor(card.lang);
  const masked = words.map((w, k) => (k === chosen.at ? w.replace(chosen.word, blank) : w)).join(' ');
  return {
    kind: 'cloze',
    origin: 'acronym',
    distractorSource: 'same-column',
    variant: variantOf('acr', normaliseKey(term)),
    stem: `${card.prompt}: ${masked}`,
    frame: { kind: 'cloze' },
    correct: chosen.word,
    distractors: chosen.pool,
    answer: `${card.prompt}: ${meaning}`,
    line: card.line,
  };
}
