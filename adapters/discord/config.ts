import { z } from 'zod';

/**
 * The Discord adapter's environment. Every variable is optional here because Discord itself is optional:
 * `isDiscordConfigured` says whether to start it, `parseDiscordConfig` then insists on what it needs.
 * Messages name the variable so a bad `.env` line is found without reading code.
 */

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
});

export type DiscordEnv = z.infer<typeof discordEnvSchema>;

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  /** Undefined: discord.js's default (https://discord.com/api). */
  readonly apiUrl: string | undefined;
  readonly devGuildId: string | undefined;
  readonly dailyChannelId: string | undefined;
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
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid Discord configuration:\n- ${problems.join('\n- ')}`);
  }
  const data = parsed.data;
  return {
    token: data.DISCORD_TOKEN ?? '',
    applicationId: data.DISCORD_APPLICATION_ID ?? '',
    apiUrl: data.DISCORD_API_URL?.replace(/\/+$/, ''),
    devGuildId: data.DISCORD_DEV_GUILD_ID,
    dailyChannelId: data.DISCORD_DAILY_CHANNEL_ID,
  };
}
