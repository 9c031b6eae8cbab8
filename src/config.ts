import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import {
  type DiscordConfig,
  discordEnvSchema,
  isDiscordConfigured,
  parseDiscordConfig,
} from '../adapters/discord/config.ts';
import {
  isSlackConfigured,
  parseSlackConfig,
  type SlackConfig,
  slackEnvSchema,
} from '../adapters/slack/config.ts';
import { ConfigError, type ConfigProblem } from './config/config-error.ts';
import { coreEnvSchema, type LOG_LEVELS, type TERMINAL_MODES } from './config/core-env-schema.ts';
import type { Lang } from './content/question.ts';
import { isValidTimezone } from './engine/calendar.ts';
import type { DatabaseTimeouts } from './store/database-timeouts.ts';

/**
 * The one schema for every environment variable notequiz reads: the core ones plus each adapter's.
 * `notequiz config check`, `.env.example` and docs/configuration.md are all checked against it.
 */
export const envSchema = coreEnvSchema.extend(slackEnvSchema.shape).extend(discordEnvSchema.shape);
export type EnvName = keyof typeof envSchema.shape;
export const ENV_NAMES = Object.keys(envSchema.shape) as EnvName[];

export type Env = Readonly<Record<string, string | undefined>>;

export interface AppConfig {
  readonly databaseUrl: string;
  readonly databaseTimeouts: DatabaseTimeouts;
  readonly contentDir: string;
  /** null: unset, so main picks (info, or warn when only the terminal chat runs). */
  readonly logLevel: (typeof LOG_LEVELS)[number] | null;
  readonly logPretty: boolean;
  /** null: the screen (see logDestination in main.ts). */
  readonly logFile: string | null;
  /** null: the ops server runs only when a chat platform does (on 8080). */
  readonly port: number | null;
  readonly defaultTimezone: string;
  /**
   * The terminal chat's channel zone: DEFAULT_TIMEZONE when set, else the machine's `TZ` (an IANA name),
   * so a person at a terminal reads their own clock; else UTC.
   */
  readonly terminalTimezone: string;
  /** null: follow the notes' language. */
  readonly defaultLang: Lang | null;
  readonly dailyPostTime: string;
  readonly dailyCloseTime: string;
  readonly duelExpiryHours: number;
  readonly instanceId: string;
  readonly terminal: (typeof TERMINAL_MODES)[number];
  /** The terminal player's name: NOTEQUIZ_PLAYER, else $USER, else "player". */
  readonly playerName: string;
  readonly shutdownTimeoutMs: number;
  /** null when SLACK_BOT_TOKEN is not set. */
  readonly slack: SlackConfig | null;
  /** null when DISCORD_TOKEN is not set. */
  readonly discord: DiscordConfig | null;
}

export const DEFAULT_OPS_PORT = 8080;

export function describeVariable(name: string): string {
  const schema = (envSchema.shape as Record<string, z.ZodType>)[name];
  return schema?.description ?? '';
}

/** Every known variable that has a non-blank value; blank counts as unset so defaults apply. */
export function pickEnv(env: Env): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of ENV_NAMES) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') picked[name] = value;
  }
  return picked;
}

function problem(variable: string, message: string): ConfigProblem {
  const text = message.startsWith(variable) ? message : `${variable}: ${message}`;
  return { variable, message: text, hint: describeVariable(variable) };
}

/** Adapters throw plain errors naming their variables; turn each named problem into a ConfigProblem. */
function adapterProblems(error: unknown, prefix: 'SLACK_' | 'DISCORD_'): ConfigProblem[] {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.replace(/^-\s*/, '').trim())
    .filter((line) => line.startsWith(prefix));
  const fallback = `${prefix}*`;
  if (lines.length === 0) return [problem(fallback, text)];
  return lines.map((line) => problem(/^[A-Z_]+/.exec(line)?.[0] ?? fallback, line));
}

/**
 * Validates the environment once. Returns the typed configuration, or throws a ConfigError whose message
 * names every missing or malformed variable and says what it is for. Never includes a secret's value.
 */
export function loadConfig(env: Env): AppConfig {
  const picked = pickEnv(env);
  const parsed = envSchema.safeParse(picked);
  const problems: ConfigProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(problem(String(issue.path[0] ?? 'environment'), issue.message));
  }
  let slack: SlackConfig | null = null;
  let discord: DiscordConfig | null = null;
  if (isSlackConfigured(picked)) {
    try {
      slack = parseSlackConfig(picked);
    } catch (error) {
      problems.push(...adapterProblems(error, 'SLACK_'));
    }
  }
  if (isDiscordConfigured(picked)) {
    try {
      discord = parseDiscordConfig(picked);
    } catch (error) {
      problems.push(...adapterProblems(error, 'DISCORD_'));
    }
  }
  const unique = problems.filter(
    (p, i) => problems.findIndex((q) => q.variable === p.variable && sameText(q.message, p.message)) === i,
  );
  if (!parsed.success || unique.length > 0) throw new ConfigError(unique);
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      transactionMs: e.DATABASE_TRANSACTION_TIMEOUT_MS,
    },
    contentDir: e.CONTENT_DIR,
    logLevel: e.LOG_LEVEL ?? null,
    logPretty: e.LOG_PRETTY,
    logFile: e.LOG_FILE ?? null,
    port: e.PORT ?? null,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    terminalTimezone: picked.DEFAULT_TIMEZONE === undefined ? terminalZoneOf(env.TZ) : e.DEFAULT_TIMEZONE,
    defaultLang: e.DEFAULT_LANG ?? null,
    dailyPostTime: e.DAILY_POST_TIME,
    dailyCloseTime: e.DAILY_CLOSE_TIME,
    duelExpiryHours: e.DUEL_EXPIRY_HOURS,
    // Containers often share a pid (1), and sometimes a host name: a random suffix keeps leases apart.
    instanceId: e.INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    terminal: e.NOTEQUIZ_TERMINAL,
    playerName: e.NOTEQUIZ_PLAYER ?? terminalUserName(env.USER ?? env.USERNAME),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    slack,
    discord,
  };
}

/** `TZ` as an IANA zone (a leading ":" is the C library's "file" marker); anything else is UTC. */
function terminalZoneOf(tz: string | undefined): string {
  const zone = tz?.trim().replace(/^:/, '') ?? '';
  return zone !== '' && isValidTimezone(zone) ? zone : 'UTC';
}

function sameText(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^[A-Z_]+:\s*/, '');
  return strip(a) === strip(b);
}

/** $USER as a terminal player name: one word; anything unusable falls back to "player". */
export function terminalUserName(user: string | undefined): string {
  const cleaned = (user ?? '')
    .trim()
    .replace(/[^\p{L}\p{N}_.-]+/gu, '')
    .slice(0, 32);
  return cleaned === '' ? 'player' : cleaned;
}

/**
 * Node 20 reads .env itself (no dotenv). Variables already in the environment win over the file, so a
 * deployment's real environment is never overridden by a stray .env. Returns the file it read, if any.
 */
export function loadEnvFileIfPresent(cwd: string = process.cwd(), file = '.env'): string | null {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) return null;
  process.loadEnvFile(full);
  return full;
}

export { ConfigError, type ConfigProblem } from './config/config-error.ts';
