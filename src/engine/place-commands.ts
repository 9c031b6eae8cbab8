import type { Lang } from '../content/question.ts';
import type { Actor, Place } from './api.ts';
import { isValidTime, isValidTimezone } from './calendar.ts';
import { cleanName, nameFromId } from './clean-name.ts';
import { type EngineContext, touchPlace } from './engine-context.ts';
import type { ChannelId, TenantId } from './ids.ts';
import type { ChannelRecord, ChannelSchedule } from './records.ts';
import { EngineError } from './result.ts';

export async function ensurePlace(
  ctx: EngineContext,
  actor: Pick<Actor, 'tenantId' | 'tenantName'>,
  place: Place,
): Promise<ChannelRecord> {
  await ctx.store.upsertTenant({
    id: actor.tenantId,
    name: cleanName(actor.tenantName, nameFromId(actor.tenantId)),
  });
  return touchPlace(ctx, actor.tenantId, place);
}

/** Adapters validate what people type; a bad schedule reaching here is a bug, so it throws. */
export async function setSchedule(
  ctx: EngineContext,
  channelId: ChannelId,
  schedule: ChannelSchedule | null,
): Promise<ChannelRecord> {
  if (schedule !== null) {
    const badDay = schedule.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7);
    if (!isValidTime(schedule.postTime) || !isValidTime(schedule.closeTime) || badDay) {
      throw new EngineError('invalid_schedule', `invalid schedule times or weekdays for ${channelId}`);
    }
    if (!isValidTimezone(schedule.timezone)) {
      throw new EngineError('invalid_timezone', `unknown timezone ${schedule.timezone}`);
    }
  }
  return ctx.store.setChannelSchedule(channelId, schedule, null);
}

export async function pauseSchedule(
  ctx: EngineContext,
  channelId: ChannelId,
  reason: string | null,
): Promise<ChannelRecord | null> {
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null || channel.schedule === null) return null;
  return ctx.store.setChannelSchedule(channelId, { ...channel.schedule, paused: true }, reason);
}

export async function resumeSchedule(
  ctx: EngineContext,
  channelId: ChannelId,
): Promise<ChannelRecord | null> {
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null || channel.schedule === null) return null;
  return ctx.store.setChannelSchedule(channelId, { ...channel.schedule, paused: false }, null);
}

export async function setTenantLang(
  ctx: EngineContext,
  tenantId: TenantId,
  lang: Lang | null,
): Promise<void> {
  await ctx.store.setTenantLang(tenantId, lang);
}

export async function tenantLang(ctx: EngineContext, tenantId: TenantId): Promise<Lang | null> {
  return (await ctx.store.getTenant(tenantId))?.lang ?? null;
}
