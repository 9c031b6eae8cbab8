import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded, type Question } from '../../src/content/question.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SEED_PATH = 'content/docker-interview-zh.md';
export const JAVAGUIDE_PATH = 'test/fixtures/content/corpora/javaguide-java-basic-questions-01.zh.md';
export const REACT_PATH = 'test/fixtures/content/corpora/reactjs-interview-questions.en.md';
export const STYLES_PATH = 'test/fixtures/content/styles/english-styles.md';
export const SYSADMIN_PATH = 'test/fixtures/content/corpora/test-your-sysadmin-skills.en.md';
export const OBSIDIAN_DOCS = 'test/fixtures/content/corpora/obsidian-spaced-repetition-docs';

/** A fixture of test/fixtures/content/styles by name. */
export const stylePath = (name: string): string => `test/fixtures/content/styles/${name}`;

export function readRepoFile(relative: string): string {
  return readFileSync(path.join(root, relative), 'utf8');
}

const cache = new Map<string, Deck>();

/** One deck per note file, built once per test file. */
export function deckOf(relative: string, seed?: string): Deck {
  const key = `${relative}\u0000${seed ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const deck = buildDeck(
    [{ path: relative, text: readRepoFile(relative) }],
    seed === undefined ? {} : { seed },
  );
  cache.set(key, deck);
  return deck;
}

/** A deck's auto-graded questions in note order. */
function gradedInOrder(deck: Deck): Question[] {
  return deck.questions.filter(isAutoGraded).sort((a, b) => a.source.line - b.source.line);
}

/** Each auto-graded question as [stem, key], in note order. */
export const gradedKeys = (deck: Deck): [string, string | undefined][] =>
  gradedInOrder(deck).map((q) => [q.stem, q.options[q.correctIndex ?? -1]]);

/** Each auto-graded question as [stem, options, key], in note order. */
export const gradedOptions = (deck: Deck): [string, readonly string[], string | undefined][] =>
  gradedInOrder(deck).map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]]);

/** The deck of one note written in a test. */
export const noteDeck = (text: string, path = 'notes.md'): Deck => buildDeck([{ path, text }]);

/** Each auto-graded question of one note as [kind, key]. */
export const askedOf = (text: string): [string, string | undefined][] =>
  noteDeck(text)
    .questions.filter((q) => q.kind !== 'flashcard')
    .map((q) => [q.kind, q.options[q.correctIndex ?? -1]]);

/** Each choice question of one note as [stem, key]. */
export const choicesOf = (text: string): [string, string | undefined][] =>
  noteDeck(text)
    .questions.filter((q) => q.kind === 'choice')
    .map((q) => [q.stem, q.options[q.correctIndex ?? -1]]);
