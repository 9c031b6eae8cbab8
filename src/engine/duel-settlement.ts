import type { DuelSettlement, DuelView } from './api.ts';
import { eloDeltas } from './elo.ts';
import type { EngineContext } from './engine-context.ts';
import type { DuelId, PlayerId } from './ids.ts';
import type { DuelAnswerRecord, DuelRecord, PlayerRecord } from './records.ts';
import { EngineError } from './result.ts';

/**
 * A player's tally: questions they finished (answered or timed out), correct ones, time used, and whether
 * they played at all (were served a question: pressed Play).
 */
export interface DuelTally {
  readonly done: number;
  readonly correct: number;
  readonly totalMs: number;
  readonly played: boolean;
}

/**
 * Time per question is answeredAt - servedAt, capped at the question's time limit; a time-out, and (at
 * expiry) a question never answered, counts as the full limit and wrong.
 */
export function tally(
  duel: DuelRecord,
  answers: readonly DuelAnswerRecord[],
  playerId: PlayerId,
  limitMs: number,
): DuelTally {
  const mine = answers.filter((a) => a.playerId === playerId && (a.answeredAt !== null || a.timedOut));
  let correct = 0;
  let totalMs = 0;
  for (const a of mine) {
    if (a.correct) correct += 1;
    const used =
      a.timedOut || a.answeredAt === null ? limitMs : a.answeredAt.getTime() - a.servedAt.getTime();
    totalMs += Math.min(limitMs, Math.max(0, used));
  }
  totalMs += (duel.questionIds.length - mine.length) * limitMs;
  const played = answers.some((a) => a.playerId === playerId);
  return { done: mine.length, correct, totalMs, played };
}

/**
 * A player who never played loses to one who did (whose time-outs would otherwise tie with the never-played
 * player's full-limit total). Else more correct answers win; equal correct, the smaller total time wins;
 * equal both, a draw.
 */
function winnerOf(duel: DuelRecord, challenger: DuelTally, opponent: DuelTally): PlayerId | null {
  if (challenger.played !== opponent.played) {
    return challenger.played ? duel.challengerId : duel.opponentId;
  }
  if (challenger.correct !== opponent.correct) {
    return challenger.correct > opponent.correct ? duel.challengerId : duel.opponentId;
  }
  if (challenger.totalMs !== opponent.totalMs) {
    return challenger.totalMs < opponent.totalMs ? duel.challengerId : duel.opponentId;
  }
  return null;
}

/** How a settled or expired duel ended, rebuilt from the store; null while it is not over (or declined). */
export async function duelSettlement(ctx: EngineContext, duelId: DuelId): Promise<DuelSettlement | null> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null || (duel.status !== 'settled' && duel.status !== 'expired')) return null;
  return describeSettlement(ctx, duel);
}

export async function duelView(ctx: EngineContext, duelId: DuelId): Promise<DuelView | null> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null) return null;
  return viewOf(ctx, duel);
}

export async function viewOf(ctx: EngineContext, duel: DuelRecord): Promise<DuelView> {
  const [answers, players] = await Promise.all([
    ctx.store.duelAnswers(duel.id),
    ctx.store.getPlayers([duel.challengerId, duel.opponentId]),
  ]);
  const challenger = players.find((p) => p.id === duel.challengerId);
  const opponent = players.find((p) => p.id === duel.opponentId);
  if (challenger === undefined || opponent === undefined) {
    throw new EngineError(
      'duel_player_missing',
      `duel ${duel.id} refers to a player the store does not have`,
    );
  }
  const done = (id: PlayerId) =>
    answers.filter((a) => a.playerId === id && (a.answeredAt !== null || a.timedOut)).length;
  return {
    duel,
    challenger,
    opponent,
    answers,
    progress: {
      challenger: done(duel.challengerId),
      opponent: done(duel.opponentId),
      total: duel.questionIds.length,
    },
  };
}

/**
 * Settles an active duel (both finished: 'played'; its time ran out: 'forfeit') with Elo, or expires it
 * unrated. The store's compare-and-set makes exactly one caller win; the others get the stored result.
 */
export function finish(
  ctx: EngineContext,
  duel: DuelRecord,
  reason: DuelSettlement['reason'],
): Promise<DuelSettlement | null> {
  return ctx.settling(() => finishNow(ctx, duel, reason));
}

async function finishNow(
  ctx: EngineContext,
  duel: DuelRecord,
  reason: DuelSettlement['reason'],
): Promise<DuelSettlement | null> {
  const now = ctx.clock.now();
  const from =
    reason === 'played' || reason === 'forfeit' ? (['active'] as const) : (['pending', 'active'] as const);
  let finished: DuelRecord | null;
  if (reason === 'expired') {
    finished = await ctx.store.finishDuel(duel.id, from, { status: 'expired', settledAt: now }, []);
  } else {
    const answers = await ctx.store.duelAnswers(duel.id);
    const limit = ctx.settings.duelQuestionTimeMs;
    const winnerId = winnerOf(
      duel,
      tally(duel, answers, duel.challengerId, limit),
      tally(duel, answers, duel.opponentId, limit),
    );
    const players = await ctx.store.getPlayers([duel.challengerId, duel.opponentId]);
    const challenger = requirePlayer(players, duel.challengerId);
    const opponent = requirePlayer(players, duel.opponentId);
    const score = winnerId === null ? 0.5 : winnerId === duel.challengerId ? 1 : 0;
    const deltas = eloDeltas(challenger.rating, opponent.rating, score, ctx.settings.eloK);
    finished = await ctx.store.finishDuel(
      duel.id,
      from,
      {
        status: reason === 'played' ? 'settled' : 'expired',
        settledAt: now,
        winnerId,
        challengerRatingDelta: deltas.challenger,
        opponentRatingDelta: deltas.opponent,
      },
      [
        { playerId: challenger.id, ratingDelta: deltas.challenger },
        { playerId: opponent.id, ratingDelta: deltas.opponent },
      ],
    );
  }
  if (finished === null) return null;
  for (let i = 0; i < finished.questionIds.length; i += 1) {
    const round = await ctx.store.getRound(duelRoundId(finished.id, i));
    if (round !== null) await ctx.store.closeRound(round.id, now);
  }
  return describeSettlement(ctx, finished);
}

/** The settlement of a finished duel, rebuilt from what the store holds. */
async function describeSettlement(ctx: EngineContext, duel: DuelRecord): Promise<DuelSettlement> {
  const answers = await ctx.store.duelAnswers(duel.id);
  const players = await ctx.store.getPlayers([duel.challengerId, duel.opponentId]);
  const limit = ctx.settings.duelQuestionTimeMs;
  const c = tally(duel, answers, duel.challengerId, limit);
  const o = tally(duel, answers, duel.opponentId, limit);
  const rated = duel.challengerRatingDelta !== null;
  return {
    duel,
    challenger: {
      player: requirePlayer(players, duel.challengerId),
      correct: c.correct,
      done: c.done,
      played: c.played,
      totalMs: c.totalMs,
      ratingDelta: duel.challengerRatingDelta ?? 0,
    },
    opponent: {
      player: requirePlayer(players, duel.opponentId),
      correct: o.correct,
      done: o.done,
      played: o.played,
      totalMs: o.totalMs,
      ratingDelta: duel.opponentRatingDelta ?? 0,
    },
    winnerId: duel.winnerId,
    reason: duel.status === 'settled' ? 'played' : rated ? 'forfeit' : 'expired',
  };
}

/**
 * Expiry: a pending duel nobody accepted, or an active one where nobody pressed Play, expires unrated. An
 * active duel that anyone played is settled by forfeit: every unanswered question counts as a time-out,
 * then the usual rule (winnerOf: who played beats who did not; more correct; less time) decides, and it is
 * rated. One where both had finished (the settlement was lost to a crash) is settled as played.
 */
export async function expireDuels(ctx: EngineContext): Promise<DuelSettlement[]> {
  const now = ctx.clock.now();
  const due = await ctx.store.listDuelsToExpire(['pending', 'active'], now);
  const out: DuelSettlement[] = [];
  for (const duel of due) {
    const answers = duel.status === 'active' ? await ctx.store.duelAnswers(duel.id) : [];
    const done = answers.filter((a) => a.answeredAt !== null || a.timedOut).length;
    // Both finished but the settlement never ran (a crash after the last answer): settle as played.
    const reason =
      answers.length === 0 ? 'expired' : done === 2 * duel.questionIds.length ? 'played' : 'forfeit';
    const settlement = await finish(ctx, duel, reason);
    if (settlement !== null) out.push(settlement);
  }
  return out;
}

export function duelRoundId(duelId: DuelId, index: number): string {
  return `duel:${duelId}:${index}`;
}

/** The duel a duel question's round belongs to (duelRoundId read back); null for any other round id. */
export function duelIdOfRound(roundId: string): DuelId | null {
  const match = /^duel:(.+):\d+$/.exec(roundId);
  return match?.[1] ?? null;
}

function requirePlayer(players: readonly PlayerRecord[], id: PlayerId): PlayerRecord {
  const player = players.find((p) => p.id === id);
  if (player === undefined)
    throw new EngineError('duel_player_missing', `player ${id} is missing from the store`);
  return player;
}
