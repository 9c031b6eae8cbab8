import { isAutoGraded } from '../content/question.ts';
import type { Actor, DuelRejection, DuelView, Place } from './api.ts';
import { cleanName, nameFromId } from './clean-name.ts';
import { duelRoundId, viewOf } from './duel-settlement.ts';
import { type EngineContext, forgetPlayer, touchActor, touchPlace } from './engine-context.ts';
import type { DuelId, PlayerId } from './ids.ts';
import { inPlay } from './question-flag-commands.ts';
import type { DuelRecord, RoundRecord } from './records.ts';
import { ok, type Result, reject } from './result.ts';
import { sample } from './weighted-pick.ts';

export async function challenge(
  ctx: EngineContext,
  actor: Actor,
  place: Place,
  opponent: { playerId: PlayerId; displayName: string; isBot: boolean },
  options: { questions: number; topic?: string },
): Promise<Result<DuelView, DuelRejection>> {
  await ctx.ready();
  const { duelMinQuestions: min, duelMaxQuestions: max } = ctx.settings;
  const count = options.questions;
  if (!Number.isInteger(count) || count < min || count > max) return reject('invalid_question_count');
  if (opponent.isBot) return reject('opponent_is_bot');
  if (opponent.playerId === actor.playerId) return reject('self_challenge');
  const topical = ctx.bank().questionsFor(options.topic);
  if (topical === null) return reject('unknown_topic', options.topic);
  // Duels are scored, so only auto-graded questions; a flashcard cannot be compared between two people.
  const pool = (await inPlay(ctx, actor.tenantId, topical)).filter(isAutoGraded);
  if (pool.length < count) return reject('not_enough_questions');

  await touchActor(ctx, actor);
  await touchPlace(ctx, actor.tenantId, place);
  await ctx.store.upsertPlayer({
    id: opponent.playerId,
    tenantId: actor.tenantId,
    displayName: cleanName(opponent.displayName, nameFromId(opponent.playerId)),
    isBot: false,
  });
  forgetPlayer(ctx, opponent.playerId);
  const now = ctx.clock.now();
  // The duel names the section(s) the typed topic chose, as practice and leaderboards do.
  const topic =
    options.topic === undefined || options.topic.trim() === ''
      ? null
      : ctx.bank().resolveTopic(options.topic).join(', ');
  const duel: DuelRecord = {
    id: ctx.newId('duel'),
    tenantId: actor.tenantId,
    channelId: place.channelId,
    challengerId: actor.playerId,
    opponentId: opponent.playerId,
    topic,
    questionIds: sample(pool, count, ctx.random).map((q) => q.id),
    status: 'pending',
    createdAt: now,
    expiresAt: new Date(now.getTime() + ctx.settings.duelExpiryMs),
    acceptedAt: null,
    settledAt: null,
    winnerId: null,
    challengerRatingDelta: null,
    opponentRatingDelta: null,
    postRef: null,
  };
  // The store refuses a second open duel between the same two people, in either direction.
  if ((await ctx.store.createDuel(duel)) === 'open_duel_exists') return reject('open_duel_exists');
  // Each duel question is also a round, so duel answers count in leaderboards and stats like any other.
  for (const [index, questionId] of duel.questionIds.entries()) {
    await ctx.store.createRound(duelRound(duel, index, questionId));
  }
  return ok(await viewOf(ctx, duel));
}

function duelRound(duel: DuelRecord, index: number, questionId: string): RoundRecord {
  return {
    id: duelRoundId(duel.id, index),
    tenantId: duel.tenantId,
    channelId: duel.channelId,
    kind: 'duel',
    questionId,
    ownerId: null,
    localDate: null,
    opensAt: duel.createdAt,
    closesAt: null,
    status: 'open',
    postRef: null,
    late: false,
    resultsPostedAt: null,
  };
}

/** Only the opponent answers a challenge; acceptance starts a fresh `duelExpiryMs` window to play in. */
export async function respondToDuel(
  ctx: EngineContext,
  actor: Actor,
  duelId: DuelId,
  accept: boolean,
): Promise<Result<DuelView, DuelRejection>> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null) return reject('duel_not_found');
  if (duel.tenantId !== actor.tenantId) return reject('wrong_tenant');
  if (duel.opponentId !== actor.playerId) return reject('not_opponent');
  if (duel.status !== 'pending') return reject('duel_not_pending');
  const now = ctx.clock.now();
  if (duel.expiresAt.getTime() <= now.getTime()) return reject('duel_expired');
  await touchActor(ctx, actor);
  const patch: Partial<DuelRecord> = accept
    ? { status: 'active', acceptedAt: now, expiresAt: new Date(now.getTime() + ctx.settings.duelExpiryMs) }
    : { status: 'declined', settledAt: now };
  const moved = await ctx.store.transitionDuel(duelId, ['pending'], patch);
  if (moved === null) return reject('duel_not_pending');
  return ok(await viewOf(ctx, moved));
}

/**
 * The challenger takes back a challenge nobody has answered yet. An adapter does this when it could not show
 * the challenge to the opponent (the channel refused the post), so that it does not block the pair until it
 * expires. It ends like an unanswered challenge that ran out: expired, unrated, no scores.
 */
export async function withdrawChallenge(
  ctx: EngineContext,
  actor: Actor,
  duelId: DuelId,
): Promise<Result<DuelView, DuelRejection>> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null) return reject('duel_not_found');
  if (duel.tenantId !== actor.tenantId) return reject('wrong_tenant');
  if (duel.challengerId !== actor.playerId) return reject('not_challenger');
  if (duel.status !== 'pending') return reject('duel_not_pending');
  const moved = await ctx.store.transitionDuel(duelId, ['pending'], {
    status: 'expired',
    settledAt: ctx.clock.now(),
  });
  if (moved === null) return reject('duel_not_pending');
  return ok(await viewOf(ctx, moved));
}

export async function setDuelPostRef(ctx: EngineContext, duelId: DuelId, postRef: string): Promise<void> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null) return;
  await ctx.store.transitionDuel(duelId, [duel.status], { postRef });
}
