import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { HotPath } from '../hot-path/hot-path.ts';
import { workerAdapterFactory } from './worker-adapter.ts';
import { sqliteWorker } from './worker-client.ts';
import { workerHotPath } from './worker-hot-path.ts';

/**
 * Opens a SQLite file in the worker thread: Prisma's adapter factory and the hot path for it. A write
 * waits up to `lockWaitMs` for another process's lock, in the worker.
 */
export async function openSqliteInWorker(
  file: string,
  lockWaitMs: number,
): Promise<{ factory: SqlDriverAdapterFactory; hot: HotPath }> {
  const worker = sqliteWorker();
  const { db } = await worker.request({ op: 'open', file, lockWaitMs });
  return { factory: workerAdapterFactory(worker, db), hot: workerHotPath(worker, db) };
}
