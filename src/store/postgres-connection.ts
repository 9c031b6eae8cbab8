import type pg from 'pg';
import { CLIENT_TIMEOUT_MARGIN_MS, type DatabaseTimeouts } from './database-timeouts.ts';
import type { DatabaseTarget } from './database-url.ts';

export type PostgresTarget = Extract<DatabaseTarget, { provider: 'postgresql' }>;

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
