import type { Random } from '../engine/clock.ts';
import type { Candidate, CandidateOrigin, DistractorSource } from './candidate.ts';
import { fitStem, MAX_OPTION_LENGTH, optionsFit } from './chat-fit.ts';
import { isCatchAll } from './gate-checks/author-options.ts';
import { formDistance } from './gate-checks/form-tells.ts';
import type { Question, QuestionFrame, QuestionKind } from './question.ts';
import { seededRandom, shuffled } from './seeded-random.ts';
import { nearDuplicateKeys, normaliseKey, shortHash, words } from './text-normalise.ts';
import type { Card, TableFact } from './types.ts';

export interface Draft {
  readonly kind: QuestionKind;
  /** Stable within the card: what the question is about ("fwd-<hash of term>"). */
  readonly variant: string;
  readonly stem: string;
  readonly correct: string;
  /**
   * Candidates in preference order; the builder drops unusable ones and keeps up to `want`. Generators
   * may compute them on demand (a function, called once): a draft the gate drops on its stem never needs
   * them. (Not a getter: an object literal with a getter is a slow dictionary-mode object in V8.)
   */
  readonly distractors: readonly string[] | (() => readonly string[]);
  readonly want?: number;
  /** At least this many options, or no question (2 for explicit either/or choices). */
  readonly minOptions?: number;
  readonly answer: string;
  readonly line: number;
  /** The options come from the note itself (explicit choices): kept in the note's order of preference. */
  readonly trusted?: boolean;
  /** The generated wording around the stem, rendered by adapters in the player's language. */
  readonly frame?: QuestionFrame | null;
}

/** A generated draft: where it comes from, for the quality gate. */
export interface GeneratedDraft extends Draft {
  readonly origin: CandidateOrigin;
  readonly distractorSource: DistractorSource;
  readonly descriptionOf?: (option: string) => string | undefined;
  readonly namesOf?: (term: string) => readonly string[] | undefined;
  readonly table?: TableFact;
  readonly arguments?: string;
}

export function variantOf(prefix: string, text: string): string {
  return `${prefix}-${shortHash(text, 6)}`;
}

/** The words of the shorter text stand, in order and together, in the longer one. */
export function nestedPhrases(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === wb.length || wa.length === 0 || wb.length === 0) return false;
  const [inner, outer] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  for (let start = 0; start + inner.length <= outer.length; start++) {
    let k = 0;
    while (k < inner.length && outer[start + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

/** "git bisect good" → "git bisect": the group of a three-word (or longer) lower-case command. */
function commandGroupOf(option: string): string | null {
  const words = option.trim().split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^[a-z][\w.-]*$/.test(w))) return null;
  return `${words[0]} ${words[1]}`;
}

/** Per question, so adding a card elsewhere never reshuffles this one. */
function randomFor(seed: string, questionId: string): Random {
  return seededRandom(`${seed}\u0000${questionId}`);
}

const flat = (text: string): string =>
  /\s\s|[\n\t\r]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
const asWritten = (text: string): string => text;
const sameText = (a: string, b: string): boolean => a === b;

/** A candidate distractor: its text, its key, how unlike the key it looks, and its place in the pool. */
interface Usable {
  readonly text: string;
  readonly key: string;
  readonly rank: number;
  readonly at: number;
}

/**
 * Options for a draft: the key and up to `want` distractors, none a near-duplicate of another, preferring
 * those that look like the key (the same blanks, code, brackets, script, length) so no option stands out
 * by its form. Shuffled per question. Null when there are too few. In parts, each small: V8 compiles one
 * long function afresh whenever a part of it meets a new shape.
 */
function pickOptions(
  card: Card,
  draft: Draft,
  seed: string,
  id: string,
): Question | 'too-few-options' | 'option-too-long' {
  const correct = flat(draft.correct);
  if (correct.length > MAX_OPTION_LENGTH) return 'option-too-long';
  const pool = typeof draft.distractors === 'function' ? draft.distractors() : draft.distractors;
  const picked = pickedOptions(draft, correct, usableOf(draft, correct, pool));
  if (picked.length < (draft.minOptions ?? 3)) return 'too-few-options';
  // The author's question is asked with all of the author's options or not at all.
  if (draft.trusted && pool.some(isTooLong)) return 'option-too-long';
  // "All of the above" and its kind speak of the options before them: they stay last, in their order.
  const mixed = shuffled(picked, randomFor(seed, id));
  const options = [...mixed.filter(isNotCatchAll), ...mixed.filter(isCatchAll)];
  if (!optionsFit(options)) return 'too-few-options';
  return questionOf(card, draft, id, options, options.indexOf(correct));
}

/** The question a draft of this card asks with these options: one shape for the gate's checks and the deck. */
export function questionOf(
  card: Card,
  draft: Draft,
  id: string,
  options: readonly string[],
  correctIndex: number,
): Question {
  return {
    id,
    cardId: card.id,
    deck: card.deck,
    kind: draft.kind,
    lang: card.lang,
    stem: fitStem(draft.stem),
    frame: draft.frame ?? null,
    options,
    correctIndex,
    answer: draft.answer,
    source: { file: card.file, line: draft.line },
    sectionPath: card.sectionPath,
    tags: card.tags,
  };
}

const isTooLong = (d: string): boolean => flat(d).length > MAX_OPTION_LENGTH;
const isNotCatchAll = (o: string): boolean => !isCatchAll(o);

/**
 * The author's own options merge only when they are the same text (`$?` and `$!` stay apart); generated
 * ones also when a player could not tell them apart.
 */
const keyOfOption = (draft: Draft): ((text: string) => string) => (draft.trusted ? asWritten : normaliseKey);
const alikeOf = (draft: Draft): ((a: string, b: string) => boolean) =>
  draft.trusted ? sameText : nearDuplicateKeys;

/** The pool's usable candidates, those most like the key first (ties in the pool's seeded order). */
function usableOf(draft: Draft, correct: string, pool: readonly string[]): Usable[] {
  const want = draft.want ?? 3;
  const keyOf = keyOfOption(draft);
  const alike = alikeOf(draft);
  const correctKey = keyOf(correct);
  const usable: Usable[] = [];
  // The first few usable candidates, in their seeded order, are enough to find look-alikes among: a big
  // family need not be searched whole for every question. The author's own options are all kept.
  const enough = draft.trusted ? pool.length : Math.max(want * 4, 12);
  for (let at = 0; at < pool.length && usable.length < enough; at++) {
    const text = flat(pool[at] ?? '');
    if (text === '' || text.length > MAX_OPTION_LENGTH) continue;
    const key = keyOf(text);
    if (alike(key, correctKey)) continue;
    usable.push({ text, key, rank: draft.trusted ? 0 : formDistance(correct, text), at });
  }
  // Stable: candidates arrive in a seeded order, which breaks ties.
  return usable.sort(byRankThenPlace);
}

const byRankThenPlace = (a: Usable, b: Usable): number => a.rank - b.rank || a.at - b.at;

/** The key first, then the distractors picked from the usable ones. */
function pickedOptions(draft: Draft, correct: string, usable: readonly Usable[]): string[] {
  const want = draft.want ?? 3;
  const alike = alikeOf(draft);
  const picked: string[] = [correct];
  const pickedKeys: string[] = [];
  const keyGroup = commandGroupOf(correct);
  const groups = new Set<string>();
  const clustered: Usable[] = [];
  for (const u of usable) {
    if (picked.length > want) break;
    if (pickedKeys.some((k) => alike(k, u.key))) continue;
    // "Docker Hub" beside "Docker": one is a broader or narrower name for the other, both may be right.
    if (!draft.trusted && picked.some((p) => nestedPhrases(p, u.text))) continue;
    // One distractor per group of subcommands the key is not in: three `git bisect …` beside `git status`
    // make the key the odd one out.
    const group = draft.trusted ? null : commandGroupOf(u.text);
    if (group !== null && group !== keyGroup && groups.has(group)) {
      clustered.push(u);
      continue;
    }
    if (group !== null) groups.add(group);
    picked.push(u.text);
    pickedKeys.push(u.key);
  }
  // Too few without them: a cluster beside the key is still better than no question at all only if the
  // question keeps its minimum of options (the gate's odd-one-out check judges it then).
  for (const u of clustered) {
    if (picked.length >= (draft.minOptions ?? 3)) break;
    picked.push(u.text);
    pickedKeys.push(u.key);
  }
  return picked;
}

/** A question from the note's own options (explicit choices): no generated distractors to judge. */
export function buildQuestion(card: Card, draft: Draft, seed: string): Question | null {
  const built = pickOptions(card, draft, seed, `${card.id}:${draft.kind}:${draft.variant}`);
  return typeof built === 'string' ? null : built;
}

/**
 * A generated candidate for the quality gate, or why none could be built: too few usable distractors, or a
 * key too long to read in chat.
 */
export function buildCandidate(
  card: Card,
  draft: GeneratedDraft,
  seed: string,
): Candidate | 'too-few-options' | 'option-too-long' {
  const question = pickOptions(card, draft, seed, `${card.id}:${draft.kind}:${draft.variant}`);
  if (typeof question === 'string') return question;
  return {
    card,
    origin: draft.origin,
    distractorSource: draft.distractorSource,
    question,
    ...(draft.descriptionOf ? { descriptionOf: draft.descriptionOf } : {}),
    ...(draft.namesOf ? { namesOf: draft.namesOf } : {}),
    ...(draft.table ? { table: draft.table } : {}),
    ...(draft.arguments !== undefined ? { arguments: draft.arguments } : {}),
  };
}

/** Every card's own question; an explain card's title is framed ("Explain: …") by the adapters. */
/** `stem` replaces the card's prompt (an author's choice shown with its options to think about). */
export function flashcardOf(card: Card, stem: string = card.prompt): Question {
  return {
    id: `${card.id}:flashcard:0`,
    cardId: card.id,
    deck: card.deck,
    kind: 'flashcard',
    lang: card.lang,
    stem: fitStem(stem),
    frame:
      card.kind === 'explain'
        ? { kind: 'explain' }
        : card.kind === 'term'
          ? { kind: 'what-is', context: '' }
          : null,
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
