/**
 * Discord API objects as the real gateway and REST API send them (API v10), with only the fields
 * discord.js reads. Kept apart from the servers so tests and the bench build the same shapes.
 */

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  /** The server's owner; default the bot itself. */
  readonly ownerId?: string;
  readonly preferredLocale?: string;
  readonly channels: readonly FakeChannel[];
}

/** Permission bits as decimal strings, the way Discord sends them. */
export const PERMISSIONS = {
  none: '0',
  /** View channel, send messages, use application commands. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  /** The member bits plus Manage Server. */
  manager: String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 5n)),
  /** What the bot is invited with: View Channel, Send Messages, Embed Links. */
  bot: String((1n << 10n) | (1n << 11n) | (1n << 14n)),
} as const;

/** Single permission bits, for tests that take one away. */
export const PERMISSION_BIT = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
} as const;

let snowflakeCounter = 0n;
/** Unique, increasing snowflake-shaped ids (18+ digits), so our id validation sees realistic values. */
export function nextSnowflake(): string {
  snowflakeCounter += 1n;
  return String(1_300_000_000_000_000_000n + BigInt(Date.now()) * 4096n + snowflakeCounter);
}

/**
 * Discord's sharding formula: a server's events go to shard `(guild_id >> 22) % shard_count`. Written out
 * here rather than taken from discord.js, so the fake checks the library instead of agreeing with it.
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * A fresh snowflake whose server would be on `shard` of `shardCount`. The bits above 22 are a timestamp
 * that nextSnowflake() moves only every second or so, so the id is shifted into a range (about 3 days
 * ahead) that nextSnowflake() does not reach during a test run, then stepped to the shard.
 */
export function snowflakeOnShard(shard: number, shardCount: number): string {
  const base = BigInt(nextSnowflake()) + (1n << 40n);
  const step = BigInt((shard - shardOfGuild(String(base), shardCount) + shardCount) % shardCount);
  return String(base + step * (1n << 22n));
}

export function userObject(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    global_name: user.username,
    discriminator: '0',
    avatar: null,
    bot: user.bot ?? false,
    public_flags: 0,
  };
}

export function memberObject(
  user: FakeUser,
  permissions: string,
  withUser: boolean,
): Record<string, unknown> {
  return {
    ...(withUser ? { user: userObject(user) } : {}),
    roles: [],
    nick: null,
    avatar: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions,
  };
}

export function channelObject(
  guildId: string,
  channel: FakeChannel,
  position: number,
): Record<string, unknown> {
  return {
    id: channel.id,
    type: 0,
    guild_id: guildId,
    name: channel.name,
    position,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
  };
}

export function guildObject(guild: FakeGuild, botUser: FakeUser): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    unavailable: false,
    owner_id: guild.ownerId ?? botUser.id,
    preferred_locale: guild.preferredLocale ?? 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: PERMISSIONS.member,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: guild.channels.map((c, i) => channelObject(guild.id, c, i)),
    threads: [],
    members: [memberObject(botUser, PERMISSIONS.member, true)],
    member_count: 3,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    premium_tier: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    system_channel_flags: 0,
    afk_timeout: 300,
  };
}

function isReference(value: unknown): value is { message_id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message_id' in value &&
    typeof (value as { message_id: unknown }).message_id === 'string'
  );
}

export function messageObject(input: {
  id: string;
  channelId: string;
  author: FakeUser;
  body: Record<string, unknown>;
  applicationId?: string;
  interactionId?: string;
  edited?: boolean;
  /** When the message was created; Discord's `timestamp`. */
  createdAt?: Date;
  attachments?: readonly {
    id: string;
    filename: string;
    description: string | null;
    contentType: string;
    bytes: Uint8Array;
  }[];
}): Record<string, unknown> {
  const body = input.body;
  return {
    id: input.id,
    channel_id: input.channelId,
    author: userObject(input.author),
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    flags: typeof body.flags === 'number' ? body.flags : 0,
    // A reply (19) keeps its reference, which is how a bot finds its own reply again.
    type: input.interactionId !== undefined ? 20 : isReference(body.message_reference) ? 19 : 0,
    ...(isReference(body.message_reference)
      ? {
          message_reference: {
            type: 0,
            message_id: body.message_reference.message_id,
            channel_id: input.channelId,
          },
        }
      : {}),
    timestamp: (input.createdAt ?? new Date()).toISOString(),
    edited_timestamp: input.edited ? new Date().toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: (input.attachments ?? []).map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.bytes.length,
      url: `https://cdn.discordapp.test/attachments/${input.channelId}/${a.id}/${a.filename}`,
      proxy_url: `https://media.discordapp.test/attachments/${input.channelId}/${a.id}/${a.filename}`,
      content_type: a.contentType,
      ...(a.description === null ? {} : { description: a.description }),
    })),
    pinned: false,
    ...(input.applicationId === undefined
      ? {}
      : { application_id: input.applicationId, webhook_id: input.applicationId }),
  };
}
