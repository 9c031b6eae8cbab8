import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { DatabaseTarget } from './database-url.ts';

/** How long a SQLite writer waits for another process's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * The driver adapter for a database: Prisma Client 7 and the schema engine both talk to the database
 * through it (better-sqlite3 for a file, node-postgres for PostgreSQL) instead of a native engine.
 */
export function createAdapterFactory(
  target: DatabaseTarget,
  options: { poolSize?: number } = {},
): PrismaBetterSqlite3 | PrismaPg {
  if (target.provider === 'sqlite') {
    return new PrismaBetterSqlite3({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg(
    postgresPoolConfig(target, options.poolSize ?? 10),
    target.schema ? { schema: target.schema } : undefined,
  );
}

/** The pool the store shares between Prisma Client and the hot path (hot-path/postgres-hot-path.ts). */
export function createPostgresPool(target: PostgresTarget, poolSize: number): pg.Pool {
  return new pg.Pool(postgresPoolConfig(target, poolSize));
}

type PostgresTarget = Extract<DatabaseTarget, { provider: 'postgresql' }>;

function postgresPoolConfig(target: PostgresTarget, poolSize: number): pg.PoolConfig {
  return {
    connectionString: target.url,
    max: poolSize,
    ...(target.schema ? { options: `-c search_path=${quoteIdent(target.schema)}` } : {}),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
