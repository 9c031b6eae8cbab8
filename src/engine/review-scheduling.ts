import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { z } from 'zod';
import type { PlayerId } from './ids.ts';
import type { ReviewRecord, SelfGrade } from './records.ts';

/**
 * Per-player review scheduling with FSRS (ts-fsrs, default parameters, no fuzz so tests are repeatable).
 * A card's state is stored as the library's own card JSON; the due date is copied out so the store can
 * sort and count due reviews without parsing it.
 */
const scheduler = fsrs({ enable_fuzz: false });

const GRADE: Record<SelfGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** Auto-graded answers feed the same schedule: correct counts as "good", wrong as "again". */
export function gradeForAnswer(correct: boolean): SelfGrade {
  return correct ? 'good' : 'again';
}

const storedCard = z.object({
  due: z.coerce.date(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(State),
  last_review: z.coerce.date().optional(),
});

function parseCard(review: ReviewRecord | null, now: Date): Card {
  if (review === null) return createEmptyCard(now);
  const parsed = storedCard.safeParse(JSON.parse(review.state));
  // A state we cannot read (hand-edited, an older library) restarts the card rather than failing the answer.
  return parsed.success ? parsed.data : createEmptyCard(now);
}

export function review(
  previous: ReviewRecord | null,
  playerId: PlayerId,
  cardId: string,
  grade: SelfGrade,
  now: Date,
): ReviewRecord {
  const card = parseCard(previous, now);
  const next = scheduler.next(card, now, GRADE[grade]).card;
  return { playerId, cardId, due: next.due, state: JSON.stringify(next) };
}
