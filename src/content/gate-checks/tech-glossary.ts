import { simplifiedHan } from '../simplified-han.ts';
import { hasHan } from '../text-normalise.ts';
import { GLOSSARY } from './glossary-words.ts';
import { memoText } from './memo-text.ts';

/** Concepts of programming and operations, found in English and Chinese text (see glossary-words.ts). */

/** Latin spelling → the concepts it names; Chinese rendering → the concepts it names. */
interface Lexicon {
  readonly byEnglish: ReadonlyMap<string, readonly string[]>;
  readonly byChinese: ReadonlyMap<string, readonly string[]>;
}

function addTo(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

const LEXICON: Lexicon = (() => {
  const byEnglish = new Map<string, string[]>();
  const byChinese = new Map<string, string[]>();
  for (const line of GLOSSARY.split('\n')) {
    const [latin, han] = line.split('|');
    if (!latin || !han) continue;
    const spellings = latin.trim().split(/\s+/);
    const concept = spellings[0] as string;
    for (const s of spellings) addTo(byEnglish, s, concept);
    for (const h of han.trim().split(/\s+/)) addTo(byChinese, h, concept);
  }
  return { byEnglish, byChinese };
})();

/** Chinese renderings, longest first: "虚拟机" is found before "机器" is tried. */
const CHINESE_PATTERN = new RegExp(
  [...LEXICON.byChinese.keys()].sort((a, b) => b.length - a.length).join('|'),
  'gu',
);

/** Prefixes identifiers glue to a word: onmessage, getLast, isEmpty, removeFirst, useId. */
const IDENTIFIER_PREFIXES = ['on', 'get', 'set', 'is', 'has', 'add', 'remove', 'use', 'to', 'un', 're'];

/**
 * The words inside identifiers and phrases: camelCase, snake_case, kebab-case and dotted names split,
 * lower-cased, with a glued prefix split off a known word ("onmessage" → on, message).
 */
export const identifierWords = memoText((text: string): readonly string[] => {
  const spaced = text
    .normalize('NFKC')
    // "IDs", "CAs", "URLs": a plural of capitals is one word, not "I Ds".
    .replace(/\b([A-Z]{2,})s\b/g, (_, caps: string) => `${caps.toLowerCase()}s`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  const out: string[] = [];
  for (const w of spaced.match(/[a-z][a-z0-9]*/g) ?? []) {
    out.push(w);
    for (const p of IDENTIFIER_PREFIXES) {
      const rest = w.slice(p.length);
      if (w.startsWith(p) && rest.length >= 3 && LEXICON.byEnglish.has(singular(rest))) out.push(p, rest);
    }
    out.push(...gluedPair(w));
  }
  return out;
});

/**
 * Two known words run together in lower case ("methodref" → method, ref; "fieldref" → field, ref), as
 * class-file and API names glue them: each part of three letters or more.
 */
function gluedPair(word: string): readonly string[] {
  if (word.length < 6 || LEXICON.byEnglish.has(word)) return [];
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (LEXICON.byEnglish.has(head) && LEXICON.byEnglish.has(singular(tail))) return [head, tail];
  }
  return [];
}

/** "queues" → "queue", "deleted" → "delete", "stopping" → "stop"-ish: enough to find a glossary spelling. */
function singular(word: string): string {
  if (LEXICON.byEnglish.has(word)) return word;
  for (const [suffix, put] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) {
      const base = word.slice(0, -suffix.length) + put;
      if (LEXICON.byEnglish.has(base)) return base;
      // "stopping" → "stop", "planned" → "plan": the consonant doubled before the ending.
      const undoubled = base.slice(0, -1);
      if (put === '' && /([b-df-hj-np-tv-z])\1$/.test(base) && LEXICON.byEnglish.has(undoubled))
        return undoubled;
    }
  }
  return word;
}

/** One concept found in a text, with where it ends (to read Chinese compounds in order). */
export interface Mention {
  readonly concept: string;
  readonly end: number;
}

/**
 * The glossary concepts a text names, in either language: Latin words by their spelling (identifiers
 * split), Chinese by its renderings (longest first; a shorter rendering inside a longer found one is the
 * same mention, except where both are listed: "虚拟机" gives virtual and machine).
 */
export const conceptsOf = memoText((text: string): readonly Mention[] => {
  const out: Mention[] = [];
  const words = identifierWords(text);
  words.forEach((w, i) => {
    for (const c of LEXICON.byEnglish.get(singular(w)) ?? []) out.push({ concept: c, end: -1 - i });
  });
  if (!hasHan(text)) return out;
  // One pass: the alternation tries the longest renderings first, so "虚拟机" wins over "机器"'s "机".
  // The renderings are Simplified: a Traditional text is read as its Simplified characters.
  for (const m of simplifiedHan(text).matchAll(CHINESE_PATTERN)) {
    const end = (m.index ?? 0) + m[0].length;
    for (const c of LEXICON.byChinese.get(m[0]) ?? []) out.push({ concept: c, end });
  }
  return out;
});

/**
 * The concepts a text names, each with how: by a Chinese rendering ("han") or by the English words it is
 * spelled with (two English texts share a concept only through the same word: "put" is not "push").
 */
export interface NamedConcepts {
  readonly han: ReadonlySet<string>;
  /** Concept → the English spellings used for it. */
  readonly latin: ReadonlyMap<string, ReadonlySet<string>>;
}

export const namedConcepts = memoText((text: string): NamedConcepts => {
  const words = identifierWords(text);
  const han = new Set<string>();
  const latin = new Map<string, Set<string>>();
  for (const m of conceptsOf(text)) {
    if (m.end >= 0) {
      han.add(m.concept);
      continue;
    }
    const spelling = singular(words[-1 - m.end] ?? '');
    const set = latin.get(m.concept);
    if (set) set.add(spelling);
    else latin.set(m.concept, new Set([spelling]));
  }
  return { han, latin };
});

/**
 * The concepts both texts name, as "t:" where one names it in Chinese and the other in English (a
 * translation) and "c:" where both use the same script.
 */
export function sharedConcepts(stem: NamedConcepts, option: NamedConcepts, out: Set<string>): void {
  for (const c of option.han) {
    if (stem.han.has(c)) out.add(`c:${c}`);
    else if (stem.latin.has(c)) out.add(`t:${c}`);
  }
  for (const [c, spellings] of option.latin) {
    if (stem.han.has(c)) out.add(`t:${c}`);
    else {
      const theirs = stem.latin.get(c);
      if (theirs && [...spellings].some((w) => theirs.has(w))) out.add(`c:${c}`);
    }
  }
}
