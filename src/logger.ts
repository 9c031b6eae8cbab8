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
  'SLACK_CLIENT_SECRET',
  'SLACK_INSTALLATION_KEY',
  'SLACK_INSTALLATION_KEY_PREVIOUS',
  'installationKeys',
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
  /** Human-readable lines (needs the dev dependency pino-pretty; JSON otherwise), wherever they go. */
  readonly pretty?: boolean;
  /** Where lines go; stdout by default. A stream, or a file path (appended to, its folder made). */
  readonly destination?: DestinationStream | { readonly file: string };
  /** Fields on every line (e.g. `{ instanceId }`). */
  readonly base?: Record<string, unknown>;
}

function prettyModule(): ((options: Record<string, unknown>) => DestinationStream) | null {
  try {
    return createRequire(import.meta.url)('pino-pretty') as (
      options: Record<string, unknown>,
    ) => DestinationStream;
  } catch {
    return null;
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
  const target = options.destination;
  // A file is written synchronously: the lines of a process that exits right after are not lost.
  const sink =
    target === undefined || !('file' in target)
      ? target
      : pino.destination({ dest: target.file, mkdir: true, append: true, sync: true });
  const pretty = options.pretty ? prettyModule() : null;
  if (pretty !== null) {
    // Colours only on a terminal of our own; a file or another stream gets plain text.
    const onStdout = sink === undefined;
    return withoutRepeatedKeys(
      pino(
        config,
        pretty({ destination: sink ?? 1, colorize: onStdout && process.stdout.isTTY === true, sync: true }),
      ),
    );
  }
  return withoutRepeatedKeys(sink === undefined ? pino(config) : pino(config, sink));
}

/**
 * pino writes a child's bindings after its parent's without looking at them, so a child binding a key the
 * parent already has (the scheduler's `instanceId`, already on every line) repeats it on every line. A
 * child here leaves out the bindings its parent already has with the same value.
 */
function withoutRepeatedKeys(logger: Logger): Logger {
  const child = logger.child;
  logger.child = function (this: Logger, bindings, childOptions) {
    const bound = this.bindings();
    const fresh = Object.fromEntries(
      Object.entries(bindings).filter(([key, value]) => !(key in bound) || bound[key] !== value),
    );
    return child.call(this, fresh, childOptions);
  } as typeof logger.child;
  return logger;
}
