import { ChannelType, type Client, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { Clock } from '../../src/engine/clock.ts';

/**
 * What the adapter needs to know about a server it may not see. The gateway cache holds only the servers
 * of this process's shards, but the scheduler of any instance posts, reveals and announces for every
 * server (REST works for all of them): a server on another instance's shard is asked from REST
 * (GET /guilds/{id}, GET /channels/{id}) and the answer kept a while, since names, languages and owners
 * rarely change.
 */

export interface GuildFacts {
  readonly name: string;
  /** Discord's locale tag, e.g. zh-CN. */
  readonly preferredLocale: string | null;
  readonly ownerId: string | null;
}

export interface ChannelPlace {
  readonly guildId: string;
  readonly guildName: string;
  readonly channelName: string;
}

const MAX_REMEMBERED = 5_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export class GuildDirectory {
  private readonly remembered = new Map<string, { at: number; facts: Promise<GuildFacts | null> }>();

  constructor(
    private readonly deps: {
      readonly client: Client;
      readonly clock: Clock;
      readonly logger: Logger;
      /** How long a server's facts fetched from REST are trusted. */
      readonly ttlMs: number;
    },
  ) {}

  /** From the gateway cache when this process has the server's shard, else from REST; null if unknown. */
  async guild(guildId: string): Promise<GuildFacts | null> {
    const cached = this.deps.client.guilds.cache.get(guildId);
    // A server in an outage is in the cache without its details: REST may still know them.
    if (cached?.available)
      return { name: cached.name, preferredLocale: cached.preferredLocale, ownerId: cached.ownerId };
    const now = this.deps.clock.now().getTime();
    const known = this.remembered.get(guildId);
    if (known !== undefined && now - known.at < this.deps.ttlMs) return known.facts;
    const facts = this.fetchGuild(guildId);
    this.remembered.set(guildId, { at: now, facts });
    if (this.remembered.size > MAX_REMEMBERED) {
      const oldest = this.remembered.keys().next().value;
      if (oldest !== undefined) this.remembered.delete(oldest);
    }
    const found = await facts;
    // A failure is asked again next time rather than remembered.
    if (found === null && this.remembered.get(guildId)?.facts === facts) this.remembered.delete(guildId);
    return found;
  }

  /** The server and name of a text or announcement channel, or null when it is not one the bot can see. */
  async channel(channelId: string): Promise<ChannelPlace | null> {
    for (const guild of this.deps.client.guilds.cache.values()) {
      const channel = guild.channels.cache.get(channelId);
      if (channel !== undefined && isTextChannel(channel.type))
        return { guildId: guild.id, guildName: guild.name, channelName: channel.name };
    }
    let raw: unknown;
    try {
      raw = await this.deps.client.rest.get(Routes.channel(channelId));
    } catch (error) {
      this.deps.logger.debug({ err: error, channelId }, 'discord: channel lookup failed');
      return null;
    }
    const guildId = isRecord(raw) ? text(raw.guild_id) : null;
    const name = isRecord(raw) ? text(raw.name) : null;
    if (!isRecord(raw) || guildId === null || name === null || !isTextChannel(Number(raw.type))) return null;
    const guild = await this.guild(guildId);
    return { guildId, guildName: guild?.name ?? guildId, channelName: name };
  }

  private async fetchGuild(guildId: string): Promise<GuildFacts | null> {
    try {
      const raw = await this.deps.client.rest.get(Routes.guild(guildId));
      if (!isRecord(raw)) return null;
      return {
        name: text(raw.name) ?? guildId,
        preferredLocale: text(raw.preferred_locale),
        ownerId: text(raw.owner_id),
      };
    } catch (error) {
      this.deps.logger.debug({ err: error, guildId }, 'discord: server lookup failed');
      return null;
    }
  }
}

function isTextChannel(type: number): boolean {
  return type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement;
}
