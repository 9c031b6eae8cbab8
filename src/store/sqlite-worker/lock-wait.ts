import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How the SQLite worker waits for another process's write lock. better-sqlite3's busy timeout waits
 * synchronously, holding the thread it runs on; so each connection waits only briefly, and the worker
 * retries a statement that found the database locked on a timer, up to the store's statement timeout,
 * staying free in between for the reads that WAL lets run beside another process's write.
 */

/** The synchronous wait per attempt: absorbs a commit in progress without holding the worker. */
export const BRIEF_BUSY_TIMEOUT_MS = 20;
/** Between attempts, while the lock stays taken. */
const RETRY_EVERY_MS = 25;

/**
 * True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes), from the driver or wrapped
 * by Prisma's adapter. Not SQLITE_BUSY_SNAPSHOT: a transaction whose snapshot went stale cannot succeed by
 * waiting.
 */
export function isLocked(error: unknown): boolean {
  const code = codeOf(error) ?? codeOf((error as { cause?: unknown } | null)?.cause, 'originalCode');
  return code?.startsWith('SQLITE_BUSY') === true && code !== 'SQLITE_BUSY_SNAPSHOT';
}

function codeOf(value: unknown, field = 'code'): string | undefined {
  if (typeof value !== 'object' || value === null || !(field in value)) return undefined;
  const code = (value as Record<string, unknown>)[field];
  return typeof code === 'string' ? code : undefined;
}

/** Runs `attempt` until it does not find the database locked, or `waitMs` have passed (then its error). */
export async function retryWhileLocked<T>(attempt: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLocked(error) || performance.now() + RETRY_EVERY_MS > deadline) throw error;
      await sleep(RETRY_EVERY_MS);
    }
  }
}

export { RETRY_EVERY_MS };
