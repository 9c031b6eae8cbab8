import type { Question } from '../content/question.ts';
import type { Random } from './clock.ts';
import type { ReviewRecord } from './records.ts';
import { scoredFirst } from './scored-first.ts';

/**
 * Practice order for one player: cards due for review first (most overdue first), then cards the player
 * has never seen (at random), then the card due soonest, so practice never runs dry. Of the card's
 * questions, one with buttons whenever the card has one: its flashcard is for cards with nothing else.
 */
export function pickPracticeQuestion(
  questions: readonly Question[],
  reviews: readonly ReviewRecord[],
  now: Date,
  random: Random,
): Question | undefined {
  if (questions.length === 0) return undefined;
  const byCard = new Map<string, Question[]>();
  for (const q of questions) {
    const list = byCard.get(q.cardId) ?? [];
    list.push(q);
    byCard.set(q.cardId, list);
  }
  const reviewed = reviews.filter((r) => byCard.has(r.cardId)).sort(byDueThenCard);
  const due = reviewed.find((r) => r.due.getTime() <= now.getTime());
  const seen = new Set(reviewed.map((r) => r.cardId));
  const fresh = [...byCard.keys()].filter((cardId) => !seen.has(cardId)).sort();
  const cardId =
    due?.cardId ??
    (fresh.length > 0 ? fresh[Math.floor(random() * fresh.length)] : undefined) ??
    reviewed[0]?.cardId;
  if (cardId === undefined) return undefined;
  const options = scoredFirst(byCard.get(cardId) ?? []);
  return options[Math.floor(random() * options.length)];
}

function byDueThenCard(a: ReviewRecord, b: ReviewRecord): number {
  return a.due.getTime() - b.due.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}
