import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

/**
 * Structured JSON logs (pino). One line per event, machine-readable, with the ids that tie lines together:
 * child loggers carry `roundId` (scheduler, engine calls) and `requestId` (HTTP, interactions).
 */
export type Logger = PinoLogger;

/**
 * Keys that may hold secrets anywhere in a logged object (one or two levels deep). pino's redaction is by
 * path, so the list names the places our own code and the platform SDKs put credentials.
 */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'userToken',
  'signingSecret',
  'clientSecret',
  'secret',
  'password',
  'authorization',
  'Authorization',
  'cookie',
  'databaseUrl',
  'DATABASE_URL',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
  'DISCORD_BOT_TOKEN',
];

export const REDACT_PATHS: readonly string[] = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  readonly level: string;
  /** Human-readable lines for a terminal (needs the dev dependency pino-pretty; JSON otherwise). */
  readonly pretty?: boolean;
  /** Where lines go; stdout by default. Tests pass a stream to read what was logged. */
  readonly destination?: DestinationStream;
  /** Fields on every line (e.g. `{ instanceId }`). */
  readonly base?: Record<string, unknown>;
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(options: LoggerOptions): Logger {
  const config = {
    level: options.level,
    base: { ...(options.base ?? {}) },
    redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (options.destination) return pino(config, options.destination);
  if (options.pretty && prettyAvailable()) {
    return pino({ ...config, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(config);
}
