import { latinRuns } from './command-facts.ts';
import { commandKey } from './command-key.ts';
import { hasHan, nearDuplicateKeys, normaliseKey, tidy } from './text-normalise.ts';
import type { Card } from './types.ts';

/**
 * Families of terms a deck itself shows to be siblings: the terms of one definition list, the first
 * column of a table, an enumeration ("pid、net、ipc、mnt", "OverlayFS, AUFS, Btrfs"), the short items of
 * one list, the subcommands of one program. A distractor for a term comes only from a family the term
 * belongs to, so "COPY" is never offered beside "pid namespace".
 */
export interface TermFamilies {
  readonly families: readonly (readonly string[])[];
  /** Per `normaliseKey` of a member, the families it belongs to. */
  readonly index: ReadonlyMap<string, ReadonlySet<number>>;
  /** Cards per file, the scale for `mentions`. */
  readonly cardCounts: ReadonlyMap<string, number>;
  /** Each file's cards, in order. */
  readonly cardsOfFile: ReadonlyMap<string, readonly Card[]>;
  /**
   * Per file, in how many cards each (lower-cased) term is a key term: counted for a file when a cloze of
   * it first asks (most files' sentences never get that far).
   */
  readonly termCards: Map<string, ReadonlyMap<string, TermCount>>;
  /** `siblingsOf` and `siblingKeysOf` per term, worked out once per deck. */
  readonly siblingCache: Map<string, Siblings>;
}

/** In how many cards a term is a key term, and the last card counted (each card counts once). */
interface TermCount {
  cards: number;
  last: number;
}

interface Siblings {
  readonly members: string[];
  readonly keys: readonly string[];
}

/** Other members of every family the term belongs to (the term and near-duplicates removed). */
export const siblingsOf = (f: TermFamilies, term: string): string[] => siblings(f, term).members;

/** `normaliseKey` of each of `siblingsOf(term)`, in the same order. */
export const siblingKeysOf = (f: TermFamilies, term: string): readonly string[] => siblings(f, term).keys;

/** In how many cards of the file the term is a key term (very common terms make poor blanks). */
export const mentions = (f: TermFamilies, term: string, file: string): number =>
  termCardsOf(f, file).get(term.toLowerCase())?.cards ?? 0;

function termCardsOf(f: TermFamilies, file: string): ReadonlyMap<string, TermCount> {
  let counts = f.termCards.get(file);
  if (!counts) {
    counts = countKeyTerms(f.cardsOfFile.get(file) ?? []);
    f.termCards.set(file, counts);
  }
  return counts;
}

/** Cards per file, the scale for `mentions`. */
export const cardsIn = (f: TermFamilies, file: string): number => f.cardCounts.get(file) ?? 0;

const MAX_MEMBER = 30;

export function buildTermFamilies(cards: readonly Card[]): TermFamilies {
  const found: FamiliesFound = { families: [], known: new Set<string>() };
  for (const card of cards) addFamiliesOf(found, card);
  const { families } = found;
  // Subcommands of one program ("docker pull", "docker tag" …), when the deck uses several.
  const keysByProgram = new Map<string, Set<string>>();
  for (const card of cards) addSubcommands(keysByProgram, card);
  for (const keys of keysByProgram.values()) if (keys.size >= 4) addFamily(found, [...keys]);
  const index = new Map<string, Set<number>>();
  for (let f = 0; f < families.length; f++) addToIndex(index, families[f] as string[], f);
  // Cards per file; which terms they hold is counted on first use (mentions).
  const cardCounts = new Map<string, number>();
  const cardsOfFile = new Map<string, Card[]>();
  for (const card of cards) addToFile(cardCounts, cardsOfFile, card);
  return {
    families,
    index,
    cardCounts,
    cardsOfFile,
    termCards: new Map<string, ReadonlyMap<string, TermCount>>(),
    siblingCache: new Map<string, Siblings>(),
  };
}

/** The families found so far, and the keys of those kept. */
interface FamiliesFound {
  readonly families: string[][];
  /**
   * A family seen again (the same list in another section or file) adds no sibling that its first copy
   * does not: kept once, so a term's sibling search does not grow with the number of copies.
   */
  readonly known: Set<string>;
}

function addFamily(found: FamiliesFound, members: readonly string[]): void {
  const trimmed: string[] = [];
  for (const m of members) {
    const t = m.trim();
    if (t !== '' && t.length <= MAX_MEMBER) trimmed.push(t);
  }
  const clean = unique(trimmed);
  if (clean.length < 3) return;
  const key = clean.join('\u0001');
  if (found.known.has(key)) return;
  found.known.add(key);
  found.families.push(clean);
}

function addFamiliesOf(found: FamiliesFound, card: Card): void {
  for (const group of card.facts.definitions) addFamily(found, group.map(termOf));
  for (const table of card.facts.tables) addFamily(found, table.rows.map(firstCellOf));
  for (const list of card.facts.lists)
    if (list.items.every(isShortItem)) addFamily(found, list.items.map(itemTextOf));
  for (const sentence of card.facts.sentences)
    for (const e of enumerations(sentence.text)) addFamily(found, e);
}

function addSubcommands(keysByProgram: Map<string, Set<string>>, card: Card): void {
  for (const c of card.facts.commands) {
    const { program, key } = commandKey(c.command);
    if (key === program) continue;
    const set = keysByProgram.get(program) ?? new Set<string>();
    set.add(key);
    keysByProgram.set(program, set);
  }
}

function addToIndex(index: Map<string, Set<number>>, members: readonly string[], f: number): void {
  for (const m of members) {
    const key = normaliseKey(m);
    const set = index.get(key) ?? new Set<number>();
    set.add(f);
    index.set(key, set);
  }
}

function addToFile(cardCounts: Map<string, number>, cardsOfFile: Map<string, Card[]>, card: Card): void {
  cardCounts.set(card.file, (cardCounts.get(card.file) ?? 0) + 1);
  const cards = cardsOfFile.get(card.file);
  if (cards) cards.push(card);
  else cardsOfFile.set(card.file, [card]);
}

/** In how many of the cards each key term (inline code, bold, a Latin term in Chinese text) is, lower-cased. */
function countKeyTerms(cards: readonly Card[]): Map<string, TermCount> {
  // Count and last card in one entry: one lookup per mention, where two maps took four.
  const counts = new Map<string, TermCount>();
  for (let k = 0; k < cards.length; k++)
    for (const sentence of (cards[k] as Card).facts.sentences)
      for (const t of sentence.terms) {
        const term = t.text.toLowerCase();
        const count = counts.get(term);
        if (count === undefined) counts.set(term, { cards: 1, last: k });
        else if (count.last !== k) {
          count.cards++;
          count.last = k;
        }
      }
  return counts;
}

const termOf = (d: { readonly term: string }): string => stripMarks(d.term);
const firstCellOf = (r: { readonly cells: readonly string[] }): string => stripMarks(r.cells[0] ?? '');
const isShortItem = (i: { readonly text: string }): boolean => i.text.length <= 24;
const itemTextOf = (i: { readonly text: string }): string => stripMarks(i.text);

function siblings(f: TermFamilies, term: string): Siblings {
  const cached = f.siblingCache.get(term);
  if (cached) return cached;
  const found = siblingsUncached(f, term);
  f.siblingCache.set(term, found);
  return found;
}

function siblingsUncached(f: TermFamilies, term: string): Siblings {
  const { families, index } = f;
  const none = { members: [], keys: [] };
  const found = index.get(normaliseKey(term));
  if (!found) return none;
  // The family must spell the term exactly as the sentence does ("RUN" the instruction is not "run").
  const exact = tidy(term);
  if (![...found].some((f) => (families[f] ?? []).some((m) => tidy(m) === exact))) return none;
  const out: string[] = [];
  const outKeys: string[] = [];
  const termKey = normaliseKey(term);
  for (const f of [...found].sort((a, b) => a - b)) {
    for (const m of families[f] ?? []) {
      const key = normaliseKey(m);
      if (nearDuplicateKeys(key, termKey) || outKeys.some((o) => nearDuplicateKeys(o, key))) continue;
      out.push(m);
      outKeys.push(key);
    }
  }
  return { members: out, keys: outKeys };
}

export function stripMarks(text: string): string {
  // Most terms carry no marks: skip the two replaces (and their copies) for those.
  if (!text.includes('*') && !text.includes('`')) return text.trim();
  return text.replace(/\*\*/g, '').replace(/`/g, '').trim();
}

function unique(items: readonly string[]): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const i of items) {
    const key = normaliseKey(i);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(i);
  }
  return out;
}

/**
 * Enumerations inside a sentence: items joined by 、, or Latin-script names joined by commas and
 * "and/和/或/等". Read from the sentence's text, after Markdown parsing.
 */
export function enumerations(text: string): readonly (readonly string[])[] {
  return enumerationsOf(text);
}

// Sentences come back on every reload of unchanged notes (and in every copy of a repeated file).
const enumerationCache = new Map<string, readonly (readonly string[])[]>();

const NO_ENUMERATIONS: readonly (readonly string[])[] = [];

function enumerationsOf(text: string): readonly (readonly string[])[] {
  // Both kinds need a 、 or a Han character (backticks and bold marks aside): English sentences have
  // neither, and are not worth a lookup keyed by their whole text.
  if (!text.includes('、') && !hasHan(text)) return NO_ENUMERATIONS;
  const known = enumerationCache.get(text);
  if (known) return known;
  const found = enumerationsUncached(text);
  if (enumerationCache.size >= 20_000) enumerationCache.clear();
  enumerationCache.set(text, found);
  return found;
}

function enumerationsUncached(text: string): string[][] {
  const out: string[][] = [];
  const flat = text.includes('`') || text.includes('*') ? text.replace(/`/g, '').replace(/\*\*/g, '') : text;
  // 、-separated runs (Chinese lists): each item is the text between separators, trimmed to a short tail/head.
  if (flat.includes('、')) {
    const parts = flat.split('、');
    const isItem = (i: string): boolean =>
      i.length > 0 && i.length <= 16 && !/[，。：:；;\s]{2}|[，。：:；;]/.test(i);
    let run: string[] = [tail(parts[0] ?? '').trim()];
    const flush = (): void => {
      const good = run.filter(isItem);
      if (good.length >= 3) out.push(good);
    };
    for (let k = 1; k < parts.length; k++) {
      const part = (parts[k] ?? '').trim();
      if (k < parts.length - 1 && isItem(part)) {
        run.push(part);
        continue;
      }
      run.push(head(part));
      flush();
      run = [tail(part).trim()];
    }
  }
  // Latin names joined by commas/and inside Chinese (or any) text.
  if (hasHan(flat)) {
    const runs = latinRuns(flat);
    const joined: string[] = [];
    let cursor = 0;
    let previousEnd = -1;
    for (const run of runs) {
      const at = flat.indexOf(run, cursor);
      if (at < 0) continue;
      const gap = previousEnd < 0 ? '' : flat.slice(previousEnd, at);
      const joins = previousEnd >= 0 && /^[\s,，、和与或及等and]*$/i.test(gap) && gap.trim() !== '';
      if (!joins && joined.length >= 3) out.push([...joined]);
      if (!joins) joined.length = 0;
      for (const piece of run.split(/\s*,\s*|\s+and\s+|\s+or\s+/)) if (piece !== '') joined.push(piece);
      cursor = at + run.length;
      previousEnd = cursor;
    }
    if (joined.length >= 3) out.push(joined);
  }
  return out;
}

/** Last item-like stretch before the first separator ("…事件是：attach" → "attach"). */
function tail(text: string): string {
  let cut = -1;
  for (const lead of ENUMERATION_LEADS) {
    const at = text.lastIndexOf(lead);
    if (at >= 0) cut = Math.max(cut, at + lead.length);
  }
  return cut >= 0 ? text.slice(cut) : text;
}

/** What introduces the first item of a 、 list ("包括String、Hash、List"; 如 covers 例如, 比如, 诸如): the item starts after it. */
const ENUMERATION_LEADS = ['：', ':', '，', '如', '是', '（', '(', '包括', '包含'];

/** First item-like stretch after the last separator ("user等 namespace…" → "user"). */
function head(text: string): string {
  const m = /^[^，。：:；;（(等\s）)]+/.exec(text.trim());
  return m ? m[0] : '';
}
