/**
 * How long the store waits on its database before a call fails with a clear error instead of hanging: a
 * server that accepts connections but never answers (frozen, black-holed) or another process holding
 * SQLite's write lock must cost a person one error, not every call of every platform forever.
 */
export interface DatabaseTimeouts {
  /** PostgreSQL: opening a connection, or waiting for a free one in the pool. */
  readonly connectMs: number;
  /**
   * One statement: PostgreSQL's `statement_timeout`, plus a client-side limit a little longer for a server
   * that stops answering altogether; SQLite: how long a write waits for another process's lock.
   */
  readonly statementMs: number;
  /** A transaction from start to commit (Prisma's interactive transactions; PostgreSQL's idle limit). */
  readonly transactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 10_000,
  transactionMs: 15_000,
};

/** The client-side limit beyond statement_timeout: a live server reports its own timeout first. */
export const CLIENT_TIMEOUT_MARGIN_MS = 2_000;
