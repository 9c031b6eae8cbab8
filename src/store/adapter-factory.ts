import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './database-timeouts.ts';
import type { DatabaseTarget } from './database-url.ts';
import { postgresConnection } from './postgres-connection.ts';

/**
 * The driver adapter for migrations: Prisma's schema engine talks to the database through it (better-sqlite3
 * for a file, node-postgres for PostgreSQL) instead of a native engine. Migrations may run long statements,
 * so only connecting is bounded here; the running store's connections are bounded in every way
 * (postgresConnection, and the SQLite worker's busy timeout).
 */
export function createAdapterFactory(
  target: DatabaseTarget,
  options: { poolSize?: number; timeouts?: DatabaseTimeouts } = {},
): PrismaBetterSqlite3 | PrismaPg {
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  if (target.provider === 'sqlite') {
    return new PrismaBetterSqlite3({ url: target.file, timeout: timeouts.statementMs });
  }
  return new PrismaPg(
    { ...postgresConnection(target, timeouts, { statements: false }), max: options.poolSize ?? 10 },
    target.schema ? { schema: target.schema } : undefined,
  );
}
