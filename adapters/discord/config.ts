import { z } from 'zod';
import { MAX_SHARD_COUNT, parseShardIds, type ShardPlan, SINGLE_SHARD } from './shard-plan.ts';

/**
 * The Discord adapter's environment. Every variable is optional here because Discord itself is optional:
 * `isDiscordConfigured` says whether to start it, `parseDiscordConfig` then insists on what it needs.
 * Messages name the variable so a bad `.env` line is found without reading code.
 */

/** Discord's global rate limit: requests per second per bot, across every process that uses its token. */
export const DISCORD_GLOBAL_LIMIT = 50;

const snowflake = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, { error: `${name} must be a Discord id (a snowflake: 17 to 20 digits)` });

export const discordEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, {
      error: 'DISCORD_TOKEN must be a bot token (three dot-separated parts, from the Developer Portal > Bot)',
    })
    .optional()
    .describe(
      'Bot token from the Discord Developer Portal (Bot > Reset Token). Enables the Discord adapter.',
    ),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID')
    .optional()
    .describe('Application id (Developer Portal > General Information); needed to register slash commands.'),
  DISCORD_API_URL: z
    .url({
      protocol: /^https?$/,
      error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api',
    })
    .optional()
    .describe(
      'Base URL of the Discord REST API, default https://discord.com/api. For proxies and tests: the gateway URL is also asked from it (GET /gateway/bot).',
    ),
  DISCORD_DEV_GUILD_ID: snowflake('DISCORD_DEV_GUILD_ID')
    .optional()
    .describe(
      'Development server id: `notequiz discord register` registers commands there (instant) instead of globally.',
    ),
  DISCORD_DAILY_CHANNEL_ID: snowflake('DISCORD_DAILY_CHANNEL_ID')
    .optional()
    .describe(
      'Channel that gets the question of the day with the default schedule, without running /quiz-admin schedule.',
    ),
  DISCORD_SHARD_COUNT: z
    .string()
    .trim()
    .refine(
      (text) =>
        text === 'auto' || (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_SHARD_COUNT),
      { error: `DISCORD_SHARD_COUNT must be auto or a whole number from 1 to ${MAX_SHARD_COUNT}` },
    )
    .optional()
    .describe(
      'Total number of gateway shards of the bot, the same on every instance, or auto (the count Discord recommends, all run here). Default 1.',
    ),
  DISCORD_SHARD_IDS: z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const parsed = parseShardIds(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `DISCORD_SHARD_IDS ${parsed.problem}` });
    })
    .optional()
    .describe(
      'Shards this instance runs, such as 0,1 or 0-3 (needs a numeric DISCORD_SHARD_COUNT). Default all of them.',
    ),
  DISCORD_REST_REQUESTS_PER_SECOND: z
    .string()
    .trim()
    .refine((text) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= DISCORD_GLOBAL_LIMIT, {
      error: `DISCORD_REST_REQUESTS_PER_SECOND must be a whole number from 1 to ${DISCORD_GLOBAL_LIMIT}`,
    })
    .optional()
    .describe(
      `REST requests per second this instance sends at most. Discord allows a bot ${DISCORD_GLOBAL_LIMIT} per second in all, whichever process sends them: with N instances running Discord, give each ${DISCORD_GLOBAL_LIMIT}/N (rounded down). Default ${DISCORD_GLOBAL_LIMIT}.`,
    ),
});

export type DiscordEnv = z.infer<typeof discordEnvSchema>;

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  /** Undefined: discord.js's default (https://discord.com/api). */
  readonly apiUrl: string | undefined;
  readonly devGuildId: string | undefined;
  readonly dailyChannelId: string | undefined;
  /** The gateway shards this process runs; left out, one shard (SINGLE_SHARD). */
  readonly shards?: ShardPlan;
  /** This process's share of the bot's global REST limit; left out, all of it. */
  readonly restRequestsPerSecond?: number;
}

/** True when a token is present: the composition root starts the adapter only then. */
export function isDiscordConfigured(env: Record<string, string | undefined>): boolean {
  const token = env.DISCORD_TOKEN;
  return typeof token === 'string' && token.trim() !== '';
}

/** Validates the DISCORD_* variables; throws an Error whose message names each bad variable. */
export function parseDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(discordEnvSchema.shape)) {
    const value = env[key];
    // An empty line in .env (`DISCORD_API_URL=`) means "not set", not "malformed".
    if (value !== undefined && value.trim() !== '') picked[key] = value;
  }
  const parsed = discordEnvSchema.safeParse(picked);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  if (picked.DISCORD_TOKEN === undefined)
    problems.push('DISCORD_TOKEN is required to start the Discord adapter');
  if (picked.DISCORD_APPLICATION_ID === undefined)
    problems.push(
      'DISCORD_APPLICATION_ID is required (Developer Portal > General Information > Application ID)',
    );
  const shards = shardPlanOf(picked.DISCORD_SHARD_COUNT, picked.DISCORD_SHARD_IDS, problems);
  if (!parsed.success || problems.length > 0 || shards === null) {
    throw new Error(`Invalid Discord configuration:\n- ${problems.join('\n- ')}`);
  }
  const data = parsed.data;
  return {
    token: data.DISCORD_TOKEN ?? '',
    applicationId: data.DISCORD_APPLICATION_ID ?? '',
    apiUrl: data.DISCORD_API_URL?.replace(/\/+$/, ''),
    devGuildId: data.DISCORD_DEV_GUILD_ID,
    dailyChannelId: data.DISCORD_DAILY_CHANNEL_ID,
    shards,
    restRequestsPerSecond:
      data.DISCORD_REST_REQUESTS_PER_SECOND === undefined
        ? DISCORD_GLOBAL_LIMIT
        : Number(data.DISCORD_REST_REQUESTS_PER_SECOND),
  };
}

/**
 * The plan from the two shard variables, or null with the reasons in `problems`. A shard list needs a fixed
 * total: every instance must split the servers by the same count, and `auto` could differ between them.
 */
function shardPlanOf(
  countText: string | undefined,
  idsText: string | undefined,
  problems: string[],
): ShardPlan | null {
  const count = countText?.trim();
  const ids = idsText === undefined ? null : parseShardIds(idsText);
  if (ids !== null && !ids.ok) return null; // the schema reported it
  if (count === undefined) {
    if (ids === null) return SINGLE_SHARD;
    problems.push(
      'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT, the total number of shards (the same on every instance)',
    );
    return null;
  }
  if (count === 'auto') {
    if (ids === null) return { kind: 'auto' };
    problems.push(
      'DISCORD_SHARD_IDS needs a number in DISCORD_SHARD_COUNT, not auto: every instance must split the servers by the same total',
    );
    return null;
  }
  const total = Number(count);
  if (!Number.isInteger(total) || total < 1 || total > MAX_SHARD_COUNT) return null; // the schema reported it
  if (ids === null) return { kind: 'fixed', count: total, ids: Array.from({ length: total }, (_, i) => i) };
  const outside = ids.ids.filter((id) => id >= total);
  if (outside.length > 0) {
    problems.push(
      `DISCORD_SHARD_IDS lists shard ${outside.join(', ')}, but with DISCORD_SHARD_COUNT=${total} the shards are 0 to ${total - 1}`,
    );
    return null;
  }
  return { kind: 'fixed', count: total, ids: ids.ids };
}
