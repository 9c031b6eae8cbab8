import { latinRuns } from './command-facts.ts';
import { commandKey } from './command-key.ts';
import { HAN, nearDuplicateKeys, normaliseKey, tidy } from './text-normalise.ts';
import type { Card } from './types.ts';

/**
 * Families of terms a deck itself shows to be siblings: the terms of one definition list, the first
 * column of a table, an enumeration ("pid、net、ipc、mnt", "OverlayFS, AUFS, Btrfs"), the short items of
 * one list, the subcommands of one program. A distractor for a term comes only from a family the term
 * belongs to, so "COPY" is never offered beside "pid namespace".
 */
export interface TermFamilies {
  /** Other members of every family the term belongs to (the term and near-duplicates removed). */
  siblingsOf(term: string): string[];
  /** `normaliseKey` of each of `siblingsOf(term)`, in the same order. */
  siblingKeysOf(term: string): readonly string[];
  /** In how many cards of the file the term is a key term (very common terms make poor blanks). */
  mentions(term: string, file: string): number;
  /** Cards per file, the scale for `mentions`. */
  cardsIn(file: string): number;
}

const MAX_MEMBER = 30;

export function buildTermFamilies(cards: readonly Card[]): TermFamilies {
  const families: string[][] = [];
  // A family seen again (the same list in another section or file) adds no sibling that its first copy
  // does not: kept once, so a term's sibling search does not grow with the number of copies.
  const known = new Set<string>();
  const add = (members: readonly string[]): void => {
    const trimmed: string[] = [];
    for (const m of members) {
      const t = m.trim();
      if (t !== '' && t.length <= MAX_MEMBER) trimmed.push(t);
    }
    const clean = unique(trimmed);
    if (clean.length < 3) return;
    const key = clean.join('\u0001');
    if (known.has(key)) return;
    known.add(key);
    families.push(clean);
  };
  for (const card of cards) {
    for (const group of card.facts.definitions) add(group.map((d) => stripMarks(d.term)));
    for (const table of card.facts.tables) add(table.rows.map((r) => stripMarks(r.cells[0] ?? '')));
    for (const list of card.facts.lists)
      if (list.items.every((i) => i.text.length <= 24)) add(list.items.map((i) => stripMarks(i.text)));
    for (const sentence of card.facts.sentences) for (const e of enumerations(sentence.text)) add(e);
  }
  // Subcommands of one program ("docker pull", "docker tag" …), when the deck uses several.
  const keysByProgram = new Map<string, Set<string>>();
  for (const card of cards) {
    for (const c of card.facts.commands) {
      const { program, key } = commandKey(c.command);
      if (key === program) continue;
      const set = keysByProgram.get(program) ?? new Set<string>();
      set.add(key);
      keysByProgram.set(program, set);
    }
  }
  for (const keys of keysByProgram.values()) if (keys.size >= 4) add([...keys]);
  const index = new Map<string, Set<number>>();
  families.forEach((members, f) => {
    for (const m of members) {
      const key = normaliseKey(m);
      const set = index.get(key) ?? new Set<number>();
      set.add(f);
      index.set(key, set);
    }
  });
  // Per file: in how many cards a term is a key term (inline code, bold, a Latin term in Chinese text).
  const cardCounts = new Map<string, number>();
  const termCards = new Map<string, Map<string, number>>();
  for (const card of cards) {
    cardCounts.set(card.file, (cardCounts.get(card.file) ?? 0) + 1);
    let counts = termCards.get(card.file);
    if (!counts) {
      counts = new Map<string, number>();
      termCards.set(card.file, counts);
    }
    const seen = new Set<string>();
    for (const sentence of card.facts.sentences)
      for (const t of sentence.terms) seen.add(t.text.toLowerCase());
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const siblingCache = new Map<string, { members: string[]; keys: readonly string[] }>();
  const siblings = (term: string): { members: string[]; keys: readonly string[] } => {
    const cached = siblingCache.get(term);
    if (cached) return cached;
    const found = siblingsUncached(term);
    siblingCache.set(term, found);
    return found;
  };
  return {
    cardsIn: (file) => cardCounts.get(file) ?? 0,
    siblingsOf: (term) => siblings(term).members,
    siblingKeysOf: (term) => siblings(term).keys,
    mentions: (term, file) => termCards.get(file)?.get(term.toLowerCase()) ?? 0,
  };

  function siblingsUncached(term: string): { members: string[]; keys: readonly string[] } {
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

function enumerationsOf(text: string): readonly (readonly string[])[] {
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
  if (HAN.test(flat)) {
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
