import type { Question } from '../content/question.ts';
import type { Actor, Place } from './api.ts';
import type { BoundedMemo } from './bounded-memo.ts';
import { cleanName, nameFromId } from './clean-name.ts';
import type { Clock, Random } from './clock.ts';
import type { EngineSettings } from './engine-settings.ts';
import type { QuestionBank } from './question-bank.ts';
import type { ChannelRecord, RoundRecord, StreakRecord } from './records.ts';
import type { StorePort } from './store-port.ts';

/** What every command of the engine shares: its ports, settings and the live question bank. */
export interface EngineContext {
  readonly store: StorePort;
  readonly clock: Clock;
  readonly random: Random;
  readonly settings: EngineSettings;
  bank(): QuestionBank;
  /** Resolves once the initial question set is in the store (rounds reference stored snapshots). */
  ready(): Promise<void>;
  newId(prefix: string): string;
  /** What this process last wrote for a tenant / player name, to skip identical rewrites on hot paths. */
  readonly written: BoundedMemo<{ readonly value: string; readonly at: number }>;
  /**
   * The streak this process last wrote per player and channel (null: none), to compute the next one without
   * reading it first; the store's compare-and-set catches a change made elsewhere (see submitAnswer).
   */
  readonly streaks: BoundedMemo<StreakRecord | null>;
  /** The channel's daily round date before a given one: fixed once that round exists. */
  readonly previousDates: BoundedMemo<string | null>;
  /** Rounds this process read or closed lately, for the answer path (see roundForAnswer). */
  readonly rounds: BoundedMemo<{ readonly round: RoundRecord; readonly at: number }>;
  /** Serialises duel settlements (read ratings, write ratings) within this process. */
  readonly settling: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Ids from the clock and the injected random: unique enough across processes, repeatable in tests. */
export function idMaker(clock: Clock, random: Random): (prefix: string) => string {
  return (prefix) => {
    let tail = '';
    for (let i = 0; i < 3; i += 1)
      tail += Math.floor(random() * 36 ** 5)
        .toString(36)
        .padStart(5, '0');
    return `${prefix}_${clock.now().getTime().toString(36)}${tail}`;
  };
}

/**
 * Refreshes tenant and player from what the platform just told us (names change; ids do not), names
 * cleaned first (clean-name.ts). A name this process already wrote is not written again, so a burst of
 * answers costs no extra writes.
 */
export async function touchActor(ctx: EngineContext, actor: Actor): Promise<void> {
  const tenantKey = `t\u0000${actor.tenantId}`;
  const tenantName = cleanName(actor.tenantName, nameFromId(actor.tenantId));
  if (!recentlyWritten(ctx, tenantKey, tenantName)) {
    await ctx.store.upsertTenant({ id: actor.tenantId, name: tenantName });
    ctx.written.set(tenantKey, { value: tenantName, at: ctx.clock.now().getTime() });
  }
  const playerKey = `p\u0000${actor.playerId}`;
  const displayName = cleanName(actor.displayName, nameFromId(actor.playerId));
  const playerValue = `${actor.isBot === true ? 'bot' : 'person'}\u0000${displayName}`;
  if (!recentlyWritten(ctx, playerKey, playerValue)) {
    await ctx.store.upsertPlayer({
      id: actor.playerId,
      tenantId: actor.tenantId,
      displayName,
      isBot: actor.isBot ?? false,
    });
    ctx.written.set(playerKey, { value: playerValue, at: ctx.clock.now().getTime() });
  }
}

/** Forgets a written player name, after writing one from somewhere else (a duel opponent's mention). */
export function forgetPlayer(ctx: EngineContext, playerId: string): void {
  ctx.written.set(`p\u0000${playerId}`, { value: '', at: 0 });
}

/**
 * Another process may have written a different name since; rewriting at least every few minutes keeps
 * the stored name converging on what the platform says now.
 */
const REWRITE_AFTER_MS = 5 * 60 * 1000;
function recentlyWritten(ctx: EngineContext, key: string, value: string): boolean {
  const written = ctx.written.get(key);
  return (
    written !== undefined &&
    written.value === value &&
    ctx.clock.now().getTime() - written.at < REWRITE_AFTER_MS
  );
}

export async function touchPlace(ctx: EngineContext, tenantId: string, place: Place): Promise<ChannelRecord> {
  return ctx.store.upsertChannel({
    id: place.channelId,
    tenantId,
    name: cleanName(place.channelName, nameFromId(place.channelId)),
    timezone: ctx.settings.defaultTimezone,
  });
}

/** The zone a channel's days are counted in: its schedule's, else its own. */
export function channelZone(channel: ChannelRecord): string {
  return channel.schedule?.timezone ?? channel.timezone;
}

/**
 * A round's question: the live one (the store holds the same content, updated in place), else the stored
 * snapshot of a retired question, so an open round survives a reload that removed its card.
 */
export async function questionOf(ctx: EngineContext, questionId: string): Promise<Question | null> {
  const live = ctx.bank().byId(questionId);
  if (live !== undefined) return live;
  return (await ctx.store.getQuestion(questionId))?.question ?? null;
}

/**
 * How long a remembered round is trusted. Everything the answer path checks is fixed once a round exists
 * except its status, and a round only closes early in the process that closes it (which updates the memo)
 * or at its close time (checked against the clock on every answer); the short limit bounds what a close
 * made early by another process could miss. "One answer per player" stays the store's own check.
 */
const ROUND_TRUSTED_MS = 5_000;

/** A round for an answer: remembered for a burst of clicks on the same round, else read from the store. */
export async function roundForAnswer(ctx: EngineContext, roundId: string): Promise<RoundRecord | null> {
  const now = ctx.clock.now().getTime();
  const held = ctx.rounds.get(roundId);
  if (held !== undefined && now - held.at < ROUND_TRUSTED_MS && now >= held.at) return held.round;
  const round = await ctx.store.getRound(roundId);
  if (round !== null) rememberRound(ctx, round);
  return round;
}

/** Called with the store's latest copy after this process changes a round (closing it). */
export function rememberRound(ctx: EngineContext, round: RoundRecord): void {
  ctx.rounds.set(round.id, { round, at: ctx.clock.now().getTime() });
}
