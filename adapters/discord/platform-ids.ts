import type { ChannelId, PlayerId, TenantId } from '../../src/engine/ids.ts';

/**
 * Discord ids qualified for the engine ("discord:G:U"), and message references kept in the store
 * ("channelId:messageId"). Only this adapter builds or splits them.
 */
export const tenantIdOf = (guildId: string): TenantId => `discord:${guildId}`;
export const channelIdOf = (guildId: string, channelId: string): ChannelId =>
  `discord:${guildId}:${channelId}`;
export const playerIdOf = (guildId: string, userId: string): PlayerId => `discord:${guildId}:${userId}`;

const SNOWFLAKE = /^\d{1,20}$/;

/** The Discord channel id inside an engine channel id, or null for another platform's channel. */
export function discordChannelOf(channelId: ChannelId): { guildId: string; channelId: string } | null {
  const [platform, guildId, channel, ...rest] = channelId.split(':');
  if (platform !== 'discord' || rest.length > 0 || guildId === undefined || channel === undefined)
    return null;
  if (!SNOWFLAKE.test(guildId) || !SNOWFLAKE.test(channel)) return null;
  return { guildId, channelId: channel };
}

/** The Discord user id inside an engine player id. */
export function discordUserOf(playerId: PlayerId): string | null {
  const [platform, , user, ...rest] = playerId.split(':');
  if (platform !== 'discord' || rest.length > 0 || user === undefined || !SNOWFLAKE.test(user)) return null;
  return user;
}

export const postRefOf = (channelId: string, messageId: string): string => `${channelId}:${messageId}`;

export function parsePostRef(postRef: string | null): { channelId: string; messageId: string } | null {
  if (postRef === null) return null;
  const [channelId, messageId, ...rest] = postRef.split(':');
  if (rest.length > 0 || channelId === undefined || messageId === undefined) return null;
  if (!SNOWFLAKE.test(channelId) || !SNOWFLAKE.test(messageId)) return null;
  return { channelId, messageId };
}
