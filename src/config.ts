import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config/config-error.ts';
import { coreEnvSchema, type LOG_LEVELS } from './config/core-env-schema.ts';
import type { Lang } from './content/question.ts';
import { isValidTimezone } from './engine/calendar.ts';
import type { PlatformSetting } from './platforms/platform.ts';
import { PLATFORMS } from './platforms/platforms.ts';
import type { DatabaseTimeouts } from './store/database-timeouts.ts';

/**
 * The one schema for every environment variable notequiz reads: the core ones plus each adapter's.
 * `notequiz config check`, `.env.example` and docs/configuration.md are all checked against it.
 */
export const envSchema: z.ZodObject<z.ZodRawShape> = coreEnvSchema.extend(
  Object.fromEntries(PLATFORMS.flatMap((platform) => Object.entries(platform.envSchema.shape))),
);
export const ENV_NAMES: readonly string[] = Object.keys(envSchema.shape);

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
  /** Players' reports that take a question out of play (0: never automatically). */
  readonly suppressAfterReports: number;
  readonly instanceId: string;
  readonly shutdownTimeoutMs: number;
  /** Every platform in PLATFORMS with its settings, in that order; each says whether it runs. */
  readonly platforms: readonly PlatformSetting[];
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
function adapterProblems(error: unknown, variables: readonly string[]): ConfigProblem[] {
  const text = error instanceof Error ? error.message : String(error);
  const named = text
    .split('\n')
    .map((line) => line.replace(/^-\s*/, '').trim())
    .map((line) => ({ line, variable: /^[A-Z_]+/.exec(line)?.[0] ?? '' }))
    .filter(({ variable }) => variables.includes(variable));
  if (named.length === 0) return [problem(variables[0] ?? 'environment', text)];
  return named.map(({ line, variable }) => problem(variable, line));
}

/**
 * Validates the environment once. Returns the typed configuration, or throws a ConfigError whose message
 * names every missing or malformed variable and says what it is for. Never includes a secret's value.
 */
export function loadConfig(env: Env): AppConfig {
  const picked = pickEnv(env);
  // Every variable's own syntax, platforms' included (a bad SLACK_PORT is reported even with Slack off);
  // the core's typed values come from the core schema, each platform's from its descriptor.
  const checked = envSchema.safeParse(picked);
  const parsed = coreEnvSchema.safeParse(picked);
  const problems: ConfigProblem[] = [];
  if (!checked.success) {
    for (const issue of checked.error.issues)
      problems.push(problem(String(issue.path[0] ?? 'environment'), issue.message));
  }
  const platforms: PlatformSetting[] = [];
  for (const platform of PLATFORMS) {
    try {
      platforms.push(platform.settle(picked, env));
    } catch (error) {
      problems.push(...adapterProblems(error, Object.keys(platform.envSchema.shape)));
    }
  }
  const unique = problems.filter(
    (p, i) => problems.findIndex((q) => q.variable === p.variable && sameText(q.message, p.message)) === i,
  );
  if (!parsed.success || !checked.success || unique.length > 0) throw new ConfigError(unique);
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
    suppressAfterReports: e.SUPPRESS_AFTER_REPORTS,
    // Containers often share a pid (1), and sometimes a host name: a random suffix keeps leases apart.
    instanceId: e.INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    platforms,
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
