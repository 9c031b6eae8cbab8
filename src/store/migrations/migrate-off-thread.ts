import { Worker } from 'node:worker_threads';
import type { DatabaseTimeouts } from '../database-timeouts.ts';
import { migrateDatabase, migrateWithoutEngine } from './migrate.ts';
import { migrationStatus } from './migration-status.ts';

/**
 * Applies pending migrations. Compiled (dist/, the running bot), the schema engine runs in a worker thread
 * that exits when done: it is tens of MB of WebAssembly that a process can never hand back, and the bot
 * needs it only on a start that finds a migration pending in an existing database. A new SQLite file (a
 * fresh clone's first start) needs no engine and is built here in a few milliseconds. From the TypeScript
 * sources (tests, tsx) everything runs in this thread.
 */
export async function migrateDatabaseOnce(
  databaseUrl: string,
  timeouts: DatabaseTimeouts,
): Promise<{ applied: string[] }> {
  if (import.meta.url.endsWith('.ts')) return migrateDatabase(databaseUrl, timeouts);
  // Nothing pending (every start but the first): one read of `_prisma_migrations`, no thread to start.
  const status = await migrationStatus(databaseUrl, timeouts);
  if (status.pending.length === 0 && status.failed.length === 0) return { applied: [] };
  // Under the migration lock, as another process may have migrated meanwhile.
  const done = status.applied.length === 0 ? await migrateWithoutEngine(databaseUrl, timeouts) : null;
  if (done !== null) return done;
  const worker = new Worker(new URL('./migrate-worker.js', import.meta.url), {
    workerData: { databaseUrl, timeouts },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: { ok: true; applied: string[] } | { ok: false; error: unknown }) => {
      if (reply.ok) resolve({ applied: reply.applied });
      else reject(reply.error);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the migration worker exited (code ${code}) before answering`)),
    );
  });
}
