import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  CLIENT_TIMEOUT_MARGIN_MS,
  type DatabaseTimeouts,
  DEFAULT_DATABASE_TIMEOUTS,
} from './database-timeouts.ts';
import type { DatabaseTarget } from './database-url.ts';

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

/** The pool the store shares between Prisma Client and the hot path (hot-path/postgres-hot-path.ts). */
export function createPostgresPool(
  target: PostgresTarget,
  poolSize: number,
  timeouts: DatabaseTimeouts,
): pg.Pool {
  return new pg.Pool({ ...postgresConnection(target, timeouts), max: poolSize });
}

type PostgresTarget = Extract<DatabaseTarget, { provider: 'postgresql' }>;

/**
 * How every notequiz connection to PostgreSQL is made. A server that accepts connections and never answers
 * (frozen, black-holed) must fail a call, not hang it: connecting is bounded, each statement is bounded by
 * the server (statement_timeout) and, a little later, by the client (query_timeout, for a server that no
 * longer answers at all), a session left idle inside a transaction is ended by the server, and TCP
 * keepalive notices a peer that vanished.
 */
export function postgresConnection(
  target: PostgresTarget,
  timeouts: DatabaseTimeouts,
  options: { statements: boolean } = { statements: true },
): pg.ClientConfig {
  return {
    connectionString: target.url,
    connectionTimeoutMillis: timeouts.connectMs,
    keepAlive: true,
    ...(options.statements
      ? {
          statement_timeout: timeouts.statementMs,
          query_timeout: timeouts.statementMs + CLIENT_TIMEOUT_MARGIN_MS,
          idle_in_transaction_session_timeout: timeouts.transactionMs,
        }
      : {}),
    ...(target.schema ? { options: `-c search_path=${quoteIdent(target.schema)}` } : {}),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
