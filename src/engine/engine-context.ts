import type { Question } from '../content/question.ts';
import type { Actor, Place } from './api.ts';
import type { Clock, Random } from './clock.ts';
import type { EngineSettings } from './engine-settings.ts';
import type { QuestionBank } from './question-bank.ts';
import type { ChannelRecord, PlayerRecord } from './records.ts';
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

/** Refreshes tenant and player from what the platform just told us (names change; ids do not). */
export async function touchActor(ctx: EngineContext, actor: Actor): Promise<PlayerRecord> {
  await ctx.store.upsertTenant({ id: actor.tenantId, name: actor.tenantName });
  return ctx.store.upsertPlayer({
    id: actor.playerId,
    tenantId: actor.tenantId,
    displayName: actor.displayName,
    isBot: actor.isBot ?? false,
  });
}

export async function touchPlace(ctx: EngineContext, tenantId: string, place: Place): Promise<ChannelRecord> {
  return ctx.store.upsertChannel({
    id: place.channelId,
    tenantId,
    name: place.channelName,
    timezone: ctx.settings.defaultTimezone,
  });
}

/** The zone a channel's days are counted in: its schedule's, else its own. */
export function channelZone(channel: ChannelRecord): string {
  return channel.schedule?.timezone ?? channel.timezone;
}

/** The stored snapshot of a question (survives reloads), else the live one. */
export async function questionOf(ctx: EngineContext, questionId: string): Promise<Question | null> {
  const stored = await ctx.store.getQuestion(questionId);
  return stored?.question ?? ctx.bank().byId(questionId) ?? null;
}
