import { SnowflakeUtil } from 'discord.js';
import type { Random } from '../../src/engine/clock.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import type { SimWorkspace } from './fake-slack-workspaces.ts';

/**
 * Who the simulated bot serves: Slack workspaces (each installed by OAuth, with its own bot token and a
 * home timezone) with their quiz channels, and Discord servers with one quiz channel each, spread over
 * the bot's shards as Discord spreads them: shard = (guild_id >> 22) % shard_count. Schedules cluster
 * the way teams pick them (most at 09:00 local on weekdays), so some minutes carry hundreds of posts.
 */
export interface SimChannel {
  /** The engine's id: slack:T…:C… or discord:<guild>:<channel>. */
  readonly id: string;
  readonly platform: 'slack' | 'discord';
  /** The platform's own channel id. */
  readonly localId: string;
  /** slack:T… or discord:<guild>. */
  readonly tenantId: string;
  /** The Slack workspace (T…) or Discord server id. */
  readonly teamId: string;
  readonly schedule: ChannelSchedule;
  /** The Discord shard that gets this server's events; null on Slack. */
  readonly shard: number | null;
}

export interface SimPopulation {
  readonly workspaces: readonly SimWorkspace[];
  readonly channels: readonly SimChannel[];
  readonly shardCount: number;
}

/** Six zones: every extra zone or time is more instants to visit, and each visit is a pass of every instance. */
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
] as const;
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function slackSchedule(random: Random, homeZone: string): ChannelSchedule {
  const [postTime, closeTime] = pickWeighted(random, [
    [['09:00', '17:00'], 70],
    [['10:00', '17:00'], 20],
    // Overnight: closes the next morning (calendar.ts: a close time not after the post time is next day).
    [['13:15', '09:00'], 10],
  ] as const);
  return {
    timezone: random() < 0.8 ? homeZone : (ZONES[Math.floor(random() * ZONES.length)] ?? 'UTC'),
    postTime,
    closeTime,
    weekdays: random() < 0.7 ? WEEKDAYS : EVERY_DAY,
    paused: false,
  };
}

function discordSchedule(random: Random): ChannelSchedule {
  const [postTime, closeTime] = pickWeighted(random, [
    [['18:00', '22:00'], 70],
    [['20:00', '12:00'], 30],
  ] as const);
  return {
    timezone: ZONES[Math.floor(random() * ZONES.length)] ?? 'UTC',
    postTime,
    closeTime,
    weekdays: random() < 0.6 ? EVERY_DAY : [5, 6, 7],
    paused: false,
  };
}

/** A snowflake whose time part is `index` ms after `origin`: consecutive ids fall on consecutive shards. */
function snowflakeAt(origin: number, index: number): string {
  return SnowflakeUtil.generate({ timestamp: origin + index }).toString();
}

export function buildPopulation(options: {
  readonly workspaces: number;
  readonly slackChannels: number;
  readonly guilds: number;
  readonly shardCount: number;
  readonly random: Random;
}): SimPopulation {
  const { random } = options;
  // Workspaces differ in size (weights 1 to 5): a few big ones carry many channels at the same minute.
  const weights = Array.from({ length: options.workspaces }, (_, w) => 1 + (w % 5));
  const total = weights.reduce((a, b) => a + b, 0);
  const channels: SimChannel[] = [];
  const workspaces: SimWorkspace[] = [];
  let next = 0;
  for (let w = 0; w < options.workspaces; w++) {
    const teamId = `T${String(w + 1).padStart(5, '0')}`;
    const homeZone = ZONES[w % ZONES.length] ?? 'UTC';
    const share =
      w === options.workspaces - 1
        ? options.slackChannels - next
        : Math.round((options.slackChannels * (weights[w] ?? 1)) / total);
    const locals: string[] = [];
    for (let c = 0; c < share && next < options.slackChannels; c++, next++) {
      const localId = `C${String(next + 1).padStart(7, '0')}`;
      locals.push(localId);
      channels.push({
        id: `slack:${teamId}:${localId}`,
        platform: 'slack',
        localId,
        tenantId: `slack:${teamId}`,
        teamId,
        schedule: slackSchedule(random, homeZone),
        shard: null,
      });
    }
    workspaces.push({ teamId, token: `xoxb-${teamId}-${(w * 7919).toString(36)}`, channels: locals });
  }
  const guildOrigin = Date.UTC(2021, 0, 1);
  const channelOrigin = Date.UTC(2022, 0, 1);
  for (let g = 0; g < options.guilds; g++) {
    const guildId = snowflakeAt(guildOrigin, g);
    const localId = snowflakeAt(channelOrigin, g);
    const shard = shardOf(guildId, options.shardCount);
    channels.push({
      id: `discord:${guildId}:${localId}`,
      platform: 'discord',
      localId,
      tenantId: `discord:${guildId}`,
      teamId: guildId,
      schedule: discordSchedule(random),
      shard,
    });
  }
  return { workspaces, channels, shardCount: options.shardCount };
}

/** Discord's shard of a server, as the gateway assigns it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
