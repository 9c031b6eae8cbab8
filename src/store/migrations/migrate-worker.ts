import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseTimeouts } from '../database-timeouts.ts';
import { migrateDatabase } from './migrate.ts';

/** The migration worker's entry (see migrate-off-thread.ts): migrates, answers once, and ends. */
const { databaseUrl, timeouts } = workerData as { databaseUrl: string; timeouts: DatabaseTimeouts };
try {
  const { applied } = await migrateDatabase(databaseUrl, timeouts);
  parentPort?.postMessage({ ok: true, applied });
} catch (error) {
  // An Error crosses the thread boundary with its message and cause (structured clone keeps both).
  parentPort?.postMessage({ ok: false, error });
}
