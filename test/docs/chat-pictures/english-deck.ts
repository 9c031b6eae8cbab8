import path from 'node:path';
import type { Question } from '../../../src/content/question.ts';
import { loadDeck } from '../../../src/notes/load-notes.ts';

/** The English example deck the README's pictures are drawn from, so English readers can read them. */
export const ENGLISH_DECK = path.join(import.meta.dirname, '..', '..', '..', 'examples', 'english');

export async function englishQuestions(): Promise<readonly Question[]> {
  const deck = await loadDeck([ENGLISH_DECK]);
  return deck.questions;
}
