import type { Random } from '../engine/clock.ts';
import { fitOptions, fitStem } from './chat-fit.ts';
import type { Question, QuestionKind } from './question.ts';
import { seededRandom, shuffled } from './seeded-random.ts';
import { nearDuplicateKeys, normaliseKey, shortHash, words } from './text-normalise.ts';
import type { Card } from './types.ts';

export interface Draft {
  readonly kind: QuestionKind;
  /** Stable within the card: what the question is about ("fwd-<hash of term>"). */
  readonly variant: string;
  readonly stem: string;
  readonly correct: string;
  /** Candidates in preference order; the builder drops unusable ones and keeps up to `want`. */
  readonly distractors: readonly string[];
  readonly want?: number;
  /** At least this many options, or no question (2 for explicit either/or choices). */
  readonly minOptions?: number;
  readonly answer: string;
  readonly line: number;
  /** Skip the give-away check (the options come from the note itself, e.g. explicit choices). */
  readonly trusted?: boolean;
}

export function variantOf(prefix: string, text: string): string {
  return `${prefix}-${shortHash(text, 6)}`;
}

/** Per question, so adding a card elsewhere never reshuffles this one. */
export function randomFor(seed: string, questionId: string): Random {
  return seededRandom(`${seed}\u0000${questionId}`);
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'is',
  'are',
  'and',
  'or',
  'for',
  'on',
  'with',
  'as',
  'by',
  'it',
  'be',
  'that',
  'this',
  'which',
  'what',
  'how',
  'can',
  'you',
  '的',
  '是',
  '和',
  '在',
  '了',
  '与',
  '或',
  '中',
  '一个',
]);

// Options repeat across questions (terms, masked definitions): their rare words are kept, never mutated.
const rareCache = new Map<string, Set<string>>();

function rareWords(text: string): Set<string> {
  const cached = rareCache.get(text);
  if (cached) return cached;
  const found = rareWordsUncached(text);
  if (rareCache.size >= 20_000) rareCache.clear();
  rareCache.set(text, found);
  return found;
}

const rareWordsUncached = (text: string): Set<string> =>
  new Set(
    words(text).filter(
      (w) => !STOP.has(w) && (w.length >= 2 || /\p{Script=Han}/u.test(w) === false) && !/^\d+$/.test(w),
    ),
  );

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Gives the answer away when the right option is the only one sharing a rare word with the stem (words
 * every option shares do not count).
 */
export function givesAway(stem: string, correct: string, distractors: readonly string[]): boolean {
  // Options are short and repeat (cached word lists); the stem is only searched, never segmented.
  const first = rareWords(correct);
  const others = distractors.map(rareWords);
  const common: string[] = [];
  for (const w of first) if (others.every((s) => s.has(w))) common.push(w);
  // The stem is normalised only once some option has a word of its own to look for.
  let haystack: string | null = null;
  const shared = (set: Set<string>): boolean => {
    for (const w of set) {
      if (common.includes(w)) continue;
      // NFKC leaves ASCII as it is: most English stems need only the lower-casing.
      haystack ??= (NON_ASCII.test(stem) ? stem.normalize('NFKC') : stem).toLowerCase();
      if (inStem(haystack, w)) return true;
    }
    return false;
  };
  if (!shared(first)) return false;
  for (const set of others) if (shared(set)) return false;
  return true;
}

/** A Latin word must stand alone in the stem ("tag" is not in "tags"); Chinese words are substrings. */
function inStem(haystack: string, word: string): boolean {
  if (!/^[a-z0-9_-]+$/.test(word)) return haystack.includes(word);
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + word.length] ?? ' ';
    if (!/[a-z0-9_]/.test(before) && !/[a-z0-9_]/.test(after)) return true;
  }
  return false;
}

function isNearAny(keys: readonly string[], key: string): boolean {
  for (const k of keys) if (nearDuplicateKeys(k, key)) return true;
  return false;
}

export function buildQuestion(card: Card, draft: Draft, seed: string): Question | null {
  const id = `${card.id}:${draft.kind}:${draft.variant}`;
  const want = draft.want ?? 3;
  // `picked` starts with the right answer: it is the list the options are shuffled from.
  const picked: string[] = [draft.correct];
  const pickedKeys: string[] = [];
  const correctKey = normaliseKey(draft.correct);
  for (const d of draft.distractors) {
    if (picked.length > want) break;
    if (d.trim() === '') continue;
    const key = normaliseKey(d);
    if (nearDuplicateKeys(key, correctKey) || isNearAny(pickedKeys, key)) continue;
    picked.push(d);
    pickedKeys.push(key);
  }
  if (picked.length < (draft.minOptions ?? 3)) return null;
  const random = randomFor(seed, id);
  const order = shuffled(picked, random);
  const options = fitOptions(order);
  if (!options) return null;
  const correctIndex = order.indexOf(draft.correct);
  const stem = fitStem(draft.stem);
  if (!draft.trusted) {
    const wrong: string[] = [];
    for (let k = 0; k < options.length; k++) if (k !== correctIndex) wrong.push(options[k] as string);
    if (givesAway(stem, options[correctIndex] ?? '', wrong)) return null;
  }
  return {
    id,
    cardId: card.id,
    deck: card.deck,
    kind: draft.kind,
    lang: card.lang,
    stem,
    options,
    correctIndex,
    answer: draft.answer,
    source: { file: card.file, line: draft.line },
    sectionPath: card.sectionPath,
    tags: card.tags,
  };
}

export function flashcardOf(card: Card, stem: string): Question {
  return {
    id: `${card.id}:flashcard:0`,
    cardId: card.id,
    deck: card.deck,
    kind: 'flashcard',
    lang: card.lang,
    stem: fitStem(stem),
    options: [],
    correctIndex: null,
    answer: card.answer,
    source: { file: card.file, line: card.line },
    sectionPath: card.sectionPath,
    tags: card.tags,
  };
}

/** Distractor candidates in a reproducible, seed-dependent order. */
export function candidates<T>(pool: readonly T[], seed: string, salt: string): T[] {
  return shuffled(pool, seededRandom(`${seed}\u0000${salt}`));
}
