import { ChannelType, type Guild } from 'discord.js';
import type { Logger } from 'pino';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { GuildDirectory } from './guild-directory.ts';
import { channelIdOf, tenantIdOf } from './platform-ids.ts';

/**
 * What follows a server joining or leaving. GUILD_DELETE without `unavailable` means the bot was removed
 * (kicked, or the server deleted): its daily schedules stop, so the scheduler does not post into the
 * void. An outage (`unavailable: true`) arrives as a different event and changes nothing.
 */

export const REMOVED_REASON = 'guild_removed';

/** An engine that can pause a whole tenant at once (StorePort.pauseTenantSchedules behind it). */
interface TenantPausing {
  pauseTenantSchedules(tenantId: string, reason: string): Promise<number>;
}

const canPauseTenant = (engine: QuizEngine): engine is QuizEngine & TenantPausing =>
  'pauseTenantSchedules' in engine && typeof engine.pauseTenantSchedules === 'function';

/**
 * The text channels of every server, as Discord last described them. discord.js empties a guild's channel
 * cache before it emits guildDelete, so the list must be kept from GUILD_CREATE on.
 */
export class GuildChannelBook {
  private readonly channels = new Map<string, Set<string>>();

  remember(guild: Guild): void {
    const ids = new Set<string>();
    for (const channel of guild.channels.cache.values()) {
      if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement)
        ids.add(channel.id);
    }
    this.channels.set(guild.id, ids);
  }

  add(guildId: string, channelId: string): void {
    this.channels.get(guildId)?.add(channelId);
  }

  take(guildId: string): string[] {
    const ids = [...(this.channels.get(guildId) ?? [])];
    this.channels.delete(guildId);
    return ids;
  }
}

export async function pauseRemovedGuild(
  engine: QuizEngine,
  guildId: string,
  channelIds: readonly string[],
  logger: Logger,
): Promise<number> {
  const tenantId = tenantIdOf(guildId);
  if (canPauseTenant(engine)) {
    const paused = await engine.pauseTenantSchedules(tenantId, REMOVED_REASON);
    logger.info({ guildId, paused }, 'discord: removed from a server; its schedules are paused');
    return paused;
  }
  // Without a tenant-wide pause in the engine API, pause the channels Discord told us the server had.
  let paused = 0;
  for (const channelId of channelIds) {
    const record = await engine.pauseSchedule(channelIdOf(guildId, channelId), REMOVED_REASON);
    if (record?.schedule) paused += 1;
  }
  logger.info({ guildId, paused }, 'discord: removed from a server; its schedules are paused');
  return paused;
}

/**
 * DISCORD_DAILY_CHANNEL_ID: give that channel the default schedule once, unless it already has one. Every
 * instance does this at start-up, whichever shard the channel's server is on (the directory asks REST for a
 * server this process does not see); two doing it at once write the same schedule.
 */
export async function ensureDailyChannel(
  engine: QuizEngine,
  directory: GuildDirectory,
  channelId: string,
  defaults: { postTime: string; closeTime: string },
  logger: Logger,
): Promise<void> {
  const place = await directory.channel(channelId);
  if (place === null) {
    logger.warn(
      { channelId },
      'discord: DISCORD_DAILY_CHANNEL_ID is not a text channel of any server the bot is in',
    );
    return;
  }
  const record = await engine.ensurePlace(
    { tenantId: tenantIdOf(place.guildId), tenantName: place.guildName },
    { channelId: channelIdOf(place.guildId, channelId), channelName: place.channelName },
  );
  if (record.schedule !== null) return;
  await engine.setSchedule(record.id, {
    postTime: defaults.postTime,
    closeTime: defaults.closeTime,
    timezone: record.timezone,
    weekdays: [1, 2, 3, 4, 5],
    paused: false,
  });
  logger.info({ channelId }, 'discord: daily question scheduled in DISCORD_DAILY_CHANNEL_ID');
}
