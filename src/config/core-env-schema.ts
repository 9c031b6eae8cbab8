import { z } from 'zod';
import { isValidTime, isValidTimezone } from '../engine/calendar.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../engine/engine-settings.ts';
import { DEFAULT_DATABASE_TIMEOUTS } from '../store/database-timeouts.ts';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../store/database-url.ts';

/**
 * The variables notequiz itself reads (the adapters add SLACK_* and DISCORD_*). Every value arrives as a
 * string; an empty line in .env counts as unset (loadConfig removes it before parsing), so defaults apply.
 * Each message starts with the variable's name so a bad .env line is found without reading code.
 */

const localTime = (name: string, fallback: string) =>
  z
    .string()
    .trim()
    .refine(isValidTime, { error: `${name} must be a 24-hour local time "HH:MM", such as ${fallback}` })
    .default(fallback);

/** The longest delay a Node timer holds (2^31-1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A duration in milliseconds that a timer will wait for, from `min` up to MAX_TIMER_MS. */
export const milliseconds = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int({ error: `${name} must be a whole number of milliseconds` })
    .min(min, { error: `${name} must be ${min} or more` })
    .max(MAX_TIMER_MS, {
      error: `${name} must be at most ${MAX_TIMER_MS} (about 24.8 days, the longest a timer can wait)`,
    });

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const coreEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    // The store's own reading of the URL, so `config check` refuses exactly what start-up would.
    .superRefine((value, ctx) => {
      try {
        parseDatabaseUrl(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    })
    .describe(
      'Where scores live. Default file:./data/notequiz.db (a SQLite file, created on first start). A postgres:// or postgresql:// URL uses PostgreSQL; ?schema=NAME picks a schema.',
    ),
  CONTENT_DIR: z
    .string()
    .trim()
    .default('content')
    .describe(
      'Folder of Markdown notes the questions are made from (every *.md file in it). Default content.',
    ),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
    .optional()
    .describe(
      'How much the JSON log says: fatal, error, warn, info, debug, trace or silent. Default info; warn while the terminal chat runs alone (its logs go to stderr).',
    ),
  LOG_PRETTY: z
    .enum(['true', 'false', '1', '0'], { error: 'LOG_PRETTY must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1')
    .describe(
      'true: human-readable coloured logs (pino-pretty) instead of one JSON object per line. Default false.',
    ),
  LOG_FILE: z
    .string()
    .trim()
    .optional()
    .describe(
      'A file the log is appended to instead of the screen. Default: none (stdout, or stderr beside a piped terminal chat), except while a person chats in the terminal: data/notequiz.log, so no log line lands in the chat.',
    ),
  PORT: z.coerce
    .number({ error: 'PORT must be a port number' })
    .int({ error: 'PORT must be a whole number' })
    .min(0, { error: 'PORT must be between 0 and 65535' })
    .max(65535, { error: 'PORT must be between 0 and 65535' })
    .optional()
    .describe(
      'Port of the operations server (GET /healthz, GET /readyz). Default 8080 when a chat platform runs; the terminal chat starts it only when PORT is set.',
    ),
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .refine(isValidTimezone, {
      error: 'DEFAULT_TIMEZONE must be an IANA timezone such as Europe/Berlin or Asia/Shanghai',
    })
    .default('UTC')
    .describe(
      'IANA timezone of channels that never set one (daily post and close times, "today" and "this week"). Default UTC.',
    ),
  DEFAULT_LANG: z
    .enum(['en', 'zh'], { error: 'DEFAULT_LANG must be en or zh' })
    .optional()
    .describe(
      "Language of the bot's messages, en or zh, until a team picks one in chat. Unset: the language of the notes.",
    ),
  DAILY_POST_TIME: localTime('DAILY_POST_TIME', '09:00').describe(
    'Local time a new channel\'s question of the day is posted, "HH:MM". Default 09:00.',
  ),
  DAILY_CLOSE_TIME: localTime('DAILY_CLOSE_TIME', '17:00').describe(
    'Local time the question of the day closes and the results are posted, "HH:MM". Default 17:00.',
  ),
  DUEL_EXPIRY_HOURS: z.coerce
    .number({ error: 'DUEL_EXPIRY_HOURS must be a number of hours' })
    .positive({ error: 'DUEL_EXPIRY_HOURS must be more than 0' })
    .max(24 * 30, { error: 'DUEL_EXPIRY_HOURS must be at most 720 (30 days)' })
    .default(24)
    .describe(
      'Hours a duel may stay unanswered or unfinished before it expires (see the forfeit rule). Default 24.',
    ),
  SUPPRESS_AFTER_REPORTS: z.coerce
    .number({ error: 'SUPPRESS_AFTER_REPORTS must be a number of players' })
    .int({ error: 'SUPPRESS_AFTER_REPORTS must be a whole number' })
    .min(0, { error: 'SUPPRESS_AFTER_REPORTS must be 0 or more' })
    .max(1000, { error: 'SUPPRESS_AFTER_REPORTS must be at most 1000' })
    .default(DEFAULT_ENGINE_SETTINGS.flagSuppressAfter)
    .describe(
      `A question reported ("Report this question") by this many different players is taken out of play in their team until an admin restores it or its note changes; 0: only admins take questions out. Default ${DEFAULT_ENGINE_SETTINGS.flagSuppressAfter}.`,
    ),
  INSTANCE_ID: z
    .string()
    .trim()
    .regex(/^[\w.:-]{1,100}$/, { error: 'INSTANCE_ID must be letters, digits, . _ : or - (at most 100)' })
    .optional()
    .describe(
      'Name of this process in logs and in the daily-post lease when several instances share PostgreSQL. Default host name, process id and a random suffix.',
    ),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds('DATABASE_CONNECT_TIMEOUT_MS', 1)
    .default(DEFAULT_DATABASE_TIMEOUTS.connectMs)
    .describe(
      'PostgreSQL: how long opening a connection (or waiting for a free one in the pool) may take before the call fails. Default 5000.',
    ),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 1)
    .default(DEFAULT_DATABASE_TIMEOUTS.statementMs)
    .describe(
      "How long one statement may take: PostgreSQL's statement_timeout (and a client-side limit for a server that stops answering); on SQLite, how long a write waits for another process's lock. Default 10000.",
    ),
  DATABASE_TRANSACTION_TIMEOUT_MS: milliseconds('DATABASE_TRANSACTION_TIMEOUT_MS', 1)
    .default(DEFAULT_DATABASE_TIMEOUTS.transactionMs)
    .describe(
      'How long a transaction may stay open before it is rolled back (on PostgreSQL also idle_in_transaction_session_timeout). Default 15000.',
    ),
  SHUTDOWN_TIMEOUT_MS: milliseconds('SHUTDOWN_TIMEOUT_MS', 0)
    .default(10_000)
    .describe('On SIGTERM, how long in-flight work may take before the process exits anyway. Default 10000.'),
});
