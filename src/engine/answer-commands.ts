import { isAutoGraded, type Question } from '../content/question.ts';
import type { Actor, AnswerOutcome, AnswerRejection, Place } from './api.ts';
import {
  type EngineContext,
  questionOf,
  rememberRound,
  roundForAnswer,
  touchActor,
} from './engine-context.ts';
import type { RoundId } from './ids.ts';
import {
  type AnswerRecord,
  joinSectionPath,
  type RoundRecord,
  type SelfGrade,
  type StreakRecord,
} from './records.ts';
import { ok, type Result, reject } from './result.ts';
import { gradeForAnswer, review } from './review-scheduling.ts';
import { pointsFor } from './scoring.ts';
import { nextStreak } from './streaks.ts';

type Response = { kind: 'choice'; choice: number } | { kind: 'grade'; grade: SelfGrade };

/** answer() for auto-graded questions, selfGrade() for flashcards: one path, so the rules cannot drift. */
export async function submitAnswer(
  ctx: EngineContext,
  actor: Actor,
  place: Place | null,
  roundId: RoundId,
  response: Response,
): Promise<Result<AnswerOutcome, AnswerRejection>> {
  const round = await roundForAnswer(ctx, roundId);
  if (round === null || round.kind === 'duel') return reject('round_not_found');
  if (round.tenantId !== actor.tenantId) return reject('wrong_tenant');
  if (!sameChannel(round, place)) return reject('wrong_channel');
  if (round.kind === 'practice' && round.ownerId !== actor.playerId) return reject('not_your_round');
  const now = ctx.clock.now();
  if (round.status === 'closed' || (round.closesAt !== null && round.closesAt.getTime() <= now.getTime())) {
    // A practice round closes because its owner answered: a second answer is "already answered", as for
    // any round, and changes nothing (the owner check above keeps everyone else on their own rejection).
    if (round.kind === 'practice' && (await ctx.store.getAnswer(round.id, actor.playerId)) !== null) {
      return reject('already_answered');
    }
    return reject('round_closed');
  }
  const question = await questionOf(ctx, round.questionId);
  if (question === null) return reject('round_not_found');
  const graded = isAutoGraded(question);
  if (response.kind === 'choice' && !graded) return reject('is_a_flashcard');
  if (response.kind === 'grade' && graded) return reject('not_a_flashcard');
  if (response.kind === 'choice' && !isValidChoice(response.choice, question))
    return reject('choice_out_of_range');

  const choice = response.kind === 'choice' ? response.choice : null;
  const correct =
    response.kind === 'choice' ? response.choice === question.correctIndex : response.grade !== 'again';
  const selfGrade = response.kind === 'grade' ? response.grade : null;
  const latencyMs = Math.max(0, now.getTime() - round.opensAt.getTime());
  const points = pointsFor(ctx.settings, round.kind, correct, latencyMs, selfGrade !== null);
  const record: AnswerRecord = {
    roundId: round.id,
    playerId: actor.playerId,
    tenantId: round.tenantId,
    channelId: round.channelId,
    roundKind: round.kind,
    questionId: question.id,
    section: joinSectionPath(question.sectionPath),
    choice,
    correct,
    selfGrade,
    points,
    latencyMs,
    answeredAt: now,
  };
  const streak = await streakAfter(ctx, round, actor.playerId, correct);
  // The player's name and the answer are independent writes, made at once: a click then waits for one
  // write, not two in turn (and the store may commit both together). The store decides "first answer wins"
  // atomically; checking getAnswer first would race.
  const [, stored] = await Promise.all([
    touchActor(ctx, actor),
    ctx.store.recordAnswer(record, streak ?? undefined),
  ]);
  if (stored.outcome === 'duplicate') return reject('already_answered');

  // Review scheduling follows what a player practises and grades themself; the daily question is a shared
  // competition and stays out of it (which also keeps the busiest write path short).
  if (round.kind === 'practice' || selfGrade !== null) {
    const reviews = await ctx.store.getReviews(actor.playerId);
    const previous = reviews.find((r) => r.cardId === question.cardId) ?? null;
    const grade = selfGrade ?? gradeForAnswer(correct);
    await ctx.store.upsertReview(review(previous, actor.playerId, question.cardId, grade, now));
  }
  // A practice round is one question for one player: done once answered.
  let finalRound = round;
  if (round.kind === 'practice') {
    finalRound = (await ctx.store.closeRound(round.id, now)).round;
    rememberRound(ctx, finalRound);
  }
  return ok({
    round: finalRound,
    question,
    choice,
    correct,
    points,
    streak,
    answersSoFar: stored.answersInRound,
  });
}

function sameChannel(round: RoundRecord, place: Place | null): boolean {
  if (round.kind === 'daily') return place !== null && place.channelId === round.channelId;
  // Practice may move between a DM and a channel only when one side has no channel.
  return round.channelId === null || place === null || place.channelId === round.channelId;
}

function isValidChoice(choice: number, question: Question): boolean {
  return Number.isInteger(choice) && choice >= 0 && choice < question.options.length;
}

async function streakAfter(
  ctx: EngineContext,
  round: RoundRecord,
  playerId: string,
  correct: boolean,
): Promise<StreakRecord | null> {
  if (round.kind !== 'daily' || round.channelId === null || round.localDate === null) return null;
  const previous = await ctx.store.getStreak(playerId, round.channelId);
  // An older round still open (its close time is tomorrow) must not rewind a streak already past it.
  if (previous?.lastDate != null && previous.lastDate > round.localDate) return previous;
  const dateKey = `${round.channelId}\u0000${round.localDate}`;
  let previousDate = ctx.previousDates.get(dateKey);
  if (previousDate === undefined) {
    previousDate = await ctx.store.previousDailyDate(round.channelId, round.localDate);
    ctx.previousDates.set(dateKey, previousDate);
  }
  return nextStreak(previous, playerId, round.channelId, round.localDate, previousDate, correct);
}
