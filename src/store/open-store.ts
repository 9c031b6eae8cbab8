import type pg from 'pg';
import { redactUrl } from '../config/secrets.ts';
import type { StorePort } from '../engine/store-port.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './database-timeouts.ts';
import { DEFAULT_DATABASE_URL, ensureSqliteFolder, parseDatabaseUrl } from './database-url.ts';
import { migrateDatabaseOnce } from './migrations/migrate-off-thread.ts';

/** Errors say what failed, not where in our source the call was: no paths in logs or on /readyz. */
const CLIENT_OPTIONS = { errorFormat: 'minimal' } as const;

export interface StoreLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
}

export interface OpenStoreOptions {
  readonly logger?: StoreLogger;
  /** Apply pending migrations first (default true), as `notequiz db migrate` would. */
  readonly migrate?: boolean;
  /** PostgreSQL connection pool size (default 10). */
  readonly poolSize?: number;
  /** How long a connection, a statement, a lock wait and a transaction may take (database-timeouts.ts). */
  readonly timeouts?: DatabaseTimeouts;
  /** Given the PostgreSQL connection pool once it is made, to be read later (the metrics' pool gauges). */
  readonly observePool?: (pool: pg.Pool) => void;
}

/** What both databases' Prisma clients are given. */
export interface ClientOptions {
  readonly errorFormat: 'minimal';
  readonly transactionOptions: { readonly timeout: number; readonly maxWait: number };
}

/**
 * Opens the store behind DATABASE_URL: a SQLite file (default `file:./data/notequiz.db`, its folder made on
 * first use) or PostgreSQL for `postgres://` / `postgresql://` URLs. Applies pending migrations first, so a
 * fresh clone starts with no setup step. Each database's client, driver and adapter load only when that
 * database is the one asked for (open-sqlite-store.ts, open-postgres-store.ts).
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<StorePort> {
  const url = databaseUrl.trim() === '' ? DEFAULT_DATABASE_URL : databaseUrl;
  const target = parseDatabaseUrl(url);
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  // Prisma's interactive transactions (duel settlement, question sync): as long as configured, and no
  // longer waiting to start one than a statement may wait.
  const clientOptions: ClientOptions = {
    ...CLIENT_OPTIONS,
    transactionOptions: { timeout: timeouts.transactionMs, maxWait: timeouts.statementMs },
  };
  ensureSqliteFolder(target);
  if (options.migrate ?? true) {
    const { applied } = await migrateDatabaseOnce(url, timeouts);
    if (applied.length > 0) options.logger?.info({ applied, database: redactUrl(url) }, 'database migrated');
  }
  if (target.provider === 'sqlite') {
    const { openSqliteStore } = await import('./open-sqlite-store.ts');
    return openSqliteStore(target.file, timeouts, clientOptions);
  }
  const { openPostgresStore } = await import('./open-postgres-store.ts');
  return openPostgresStore(url, target, {
    poolSize: options.poolSize ?? 10,
    timeouts,
    clientOptions,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.observePool === undefined ? {} : { observePool: options.observePool }),
  });
}
