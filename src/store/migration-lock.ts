import Database from 'better-sqlite3';
import pg from 'pg';
import { quoteIdent } from './adapter-factory.ts';
import type { DatabaseTarget } from './database-url.ts';

/** Any fixed number: the PostgreSQL advisory lock notequiz holds while it migrates (Prisma's own is 72707369). */
const ADVISORY_LOCK_KEY = 0x6e71_6d67;
const SQLITE_LOCK_WAIT_MS = 120_000;

/**
 * Runs `work` while no other notequiz process is migrating the same database, so two processes started
 * at once never apply a migration twice. PostgreSQL: a session advisory lock. SQLite: an exclusive
 * transaction on a small sidecar file (`<db>-migrate.lock`), so the database file itself stays free for the
 * migration; the operating system drops both locks if the process dies.
 */
export async function withMigrationLock<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.provider === 'postgresql') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}`);
      await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
      }
    } finally {
      await client.end();
    }
  }
  const lock = new Database(`${target.file}-migrate.lock`, { timeout: SQLITE_LOCK_WAIT_MS });
  try {
    lock.exec('BEGIN EXCLUSIVE');
    try {
      return await work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}
