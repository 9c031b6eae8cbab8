import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { redactUrl } from '../config/secrets.ts';
import type { StorePort } from '../engine/store-port.ts';
import { createPostgresPool } from './adapter-factory.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './database-timeouts.ts';
import { DEFAULT_DATABASE_URL, ensureSqliteFolder, parseDatabaseUrl } from './database-url.ts';
import { postgresDialect, sqliteDialect } from './dialects.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { postgresHotPath } from './hot-path/postgres-hot-path.ts';
import { migrateDatabaseOnce } from './migrations/migrate-off-thread.ts';
import { createPrismaStore } from './prisma/prisma-store.ts';
import type { Db } from './prisma/store-db.ts';
import { openSqlite } from './sqlite-worker/open-sqlite.ts';

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

/**
 * Opens the store behind DATABASE_URL: a SQLite file (default `file:./data/notequiz.db`, its folder made on
 * first use) or PostgreSQL for `postgres://` / `postgresql://` URLs. Applies pending migrations first, so a
 * fresh clone starts with no setup step.
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<StorePort> {
  const url = databaseUrl.trim() === '' ? DEFAULT_DATABASE_URL : databaseUrl;
  const target = parseDatabaseUrl(url);
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  // Prisma's interactive transactions (duel settlement, question sync): as long as configured, and no
  // longer waiting to start one than a statement may wait.
  const clientOptions = {
    ...CLIENT_OPTIONS,
    transactionOptions: { timeout: timeouts.transactionMs, maxWait: timeouts.statementMs },
  };
  ensureSqliteFolder(target);
  if (options.migrate ?? true) {
    const { applied } = await migrateDatabaseOnce(url, timeouts);
    if (applied.length > 0) options.logger?.info({ applied, database: redactUrl(url) }, 'database migrated');
  }
  if (target.provider === 'sqlite') {
    // Prisma's connection lives in a worker thread and the hot path's never waits for a lock
    // (sqlite-worker/): a wait for another process's write lock is synchronous in better-sqlite3 and must
    // never hold the event loop.
    const { factory, hot } = await openSqlite(target.file, timeouts.statementMs);
    const db = new SqliteClient({ adapter: factory, ...clientOptions });
    try {
      // WAL lets readers go on while one process writes; NORMAL sync is safe with WAL (a crash may lose the
      // last commits, never corrupt the file).
      await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
      await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    } catch (error) {
      await db.$disconnect();
      await hot.close();
      throw new Error(`could not open the SQLite database ${target.file}`, { cause: error });
    }
    return createPrismaStore({ db, dialect: sqliteDialect, hot });
  }
  // One pool for Prisma Client and the hot path: the connection limit stays the one configured.
  const pool = createPostgresPool(target, options.poolSize ?? 10, timeouts);
  // An error on an idle connection (the server restarted, the network dropped it) must not crash the
  // process: the pool drops that connection and opens a new one when asked.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'database connection lost'));
  options.observePool?.(pool);
  const adapter = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
  // The PostgreSQL client has the same model API as the SQLite one for everything the store uses; Prisma
  // generates two classes only because each embeds its provider (see store-db.ts).
  const db = new PostgresClient({ adapter, ...clientOptions }) as unknown as Db;
  try {
    await db.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await db.$disconnect();
    await pool.end();
    throw new Error(`could not connect to PostgreSQL at ${redactUrl(url)}`, { cause: error });
  }
  return createPrismaStore({ db, dialect: postgresDialect, hot: postgresHotPath(pool) });
}
