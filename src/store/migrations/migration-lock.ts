import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseTimeouts } from '../database-timeouts.ts';
import type { DatabaseTarget } from '../database-url.ts';
import { postgresConnection, quoteIdent } from '../postgres-connection.ts';

/** Any fixed number: the PostgreSQL advisory lock notequiz holds while it migrates (Prisma's own is 72707369). */
const ADVISORY_LOCK_KEY = 0x6e71_6d67;
/** How long a process waits for another one's migration (both databases). */
const MIGRATION_LOCK_WAIT_MS = 120_000;

/** Migrations of one database within this process, queued (the file and advisory locks are per connection). */
const inProcess = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while no other notequiz process is migrating the same database, so two processes started
 * at once never apply a migration twice. PostgreSQL: a session advisory lock. SQLite: an exclusive
 * transaction on a small sidecar file (`<db>-migrate.lock`), so the database file itself stays free for the
 * migration; the operating system drops both locks if the process dies.
 */
export async function withMigrationLock<T>(
  target: DatabaseTarget,
  timeouts: DatabaseTimeouts,
  work: () => Promise<T>,
): Promise<T> {
  const key = target.provider === 'sqlite' ? target.file : `${target.url}#${target.schema ?? ''}`;
  const before = inProcess.get(key) ?? Promise.resolve();
  const run = before
    .catch(() => {})
    .then(() =>
      target.provider === 'sqlite' ? sqliteLock(target.file, work) : postgresLock(target, timeouts, work),
    );
  inProcess.set(key, run);
  try {
    return await run;
  } finally {
    if (inProcess.get(key) === run) inProcess.delete(key);
  }
}

async function postgresLock<T>(
  target: DatabaseTarget & { provider: 'postgresql' },
  timeouts: DatabaseTimeouts,
  work: () => Promise<T>,
): Promise<T> {
  // Connecting is bounded like every connection; the lock may wait for another instance's migration.
  // Each database's driver loads only when that database is the one migrated.
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    ...postgresConnection({ ...target, schema: null }, timeouts, { statements: false }),
    query_timeout: MIGRATION_LOCK_WAIT_MS,
  });
  await client.connect();
  try {
    // One lock per schema, so databases holding several notequiz schemas (tests) migrate them side by side.
    // Advisory locks need no schema, so the lock comes first: CREATE SCHEMA IF NOT EXISTS is not safe when
    // two processes run it at once (the loser fails on pg_namespace's unique index).
    const lockArgs = [ADVISORY_LOCK_KEY, target.schema ?? 'public'];
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', lockArgs);
    try {
      if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}`);
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', lockArgs);
    }
  } finally {
    await client.end();
  }
}

async function sqliteLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const { default: Database } = await import('better-sqlite3');
  // No busy timeout: better-sqlite3 would wait synchronously and freeze the event loop; poll instead.
  const lock = new Database(`${file}-migrate.lock`, { timeout: 0 });
  try {
    const deadline = Date.now() + MIGRATION_LOCK_WAIT_MS;
    for (;;) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        const busy =
          error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
        if (!busy || Date.now() > deadline)
          throw new Error(`could not take the migration lock on ${file}`, { cause: error });
        await sleep(50);
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}
