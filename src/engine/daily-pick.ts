import type { Question } from '../content/question.ts';
import type { Random } from './clock.ts';
import { scoredFirst } from './scored-first.ts';
import { weightedPick } from './weighted-pick.ts';

/**
 * The question of the day for a channel:
 * 1. only questions asked the fewest times in this channel so far, so nothing repeats until every
 *    question has been asked (then a new cycle starts);
 * 2. among those, auto-graded kinds when there are any (a flashcard cannot be scored);
 * 3. weighted towards what the team gets wrong: weight = 1 + 2 * (1 - accuracy), with accuracy smoothed
 *    as (correct + 1) / (answered + 2), so an unseen question weighs 2, one always missed nearly 3 and
 *    one always right nearly 1.
 * Candidates are ordered by id before the draw, so the pick depends only on the Random.
 */
export function pickDailyQuestion(
  questions: readonly Question[],
  usedIds: readonly string[],
  accuracy: ReadonlyMap<string, { answered: number; correct: number }>,
  random: Random,
): Question | undefined {
  if (questions.length === 0) return undefined;
  const uses = new Map<string, number>();
  for (const id of usedIds) uses.set(id, (uses.get(id) ?? 0) + 1);
  const pool = scoredFirst(questions);
  // Flashcards join only when no auto-graded question exists, so the cycle is over the pool itself.
  const fewest = Math.min(...pool.map((q) => uses.get(q.id) ?? 0));
  const candidates = pool
    .filter((q) => (uses.get(q.id) ?? 0) === fewest)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return weightedPick(candidates, (q) => teamWeight(accuracy.get(q.id)), random);
}

export function teamWeight(stat: { answered: number; correct: number } | undefined): number {
  const answered = stat?.answered ?? 0;
  const correct = stat?.correct ?? 0;
  const smoothed = (correct + 1) / (answered + 2);
  return 1 + 2 * (1 - smoothed);
}
