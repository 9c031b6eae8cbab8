import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { HotPath } from '../hot-path/hot-path.ts';
import { sqliteHotPath } from '../hot-path/sqlite-hot-path.ts';
import { gateTransactions } from '../transaction-gate.ts';
import { workerAdapterFactory } from './worker-adapter.ts';
import { sqliteWorker } from './worker-client.ts';

/**
 * Opens a SQLite file for the store: Prisma's driver adapter runs in the SQLite worker thread, the hot path
 * on this thread with a connection that never waits for a lock. Both retry a statement that found the file
 * locked by another process on a timer, up to `lockWaitMs`; the transaction gate, counting Prisma's
 * transactions here where they start and end, keeps the hot path from committing inside one.
 */
export async function openSqlite(
  file: string,
  lockWaitMs: number,
): Promise<{ factory: SqlDriverAdapterFactory; hot: HotPath }> {
  const worker = sqliteWorker();
  const { db } = await worker.request({ op: 'open', file, lockWaitMs });
  const { factory, gate } = gateTransactions(workerAdapterFactory(worker, db));
  const hot = sqliteHotPath(file, gate, lockWaitMs);
  return {
    factory,
    hot: {
      ...hot,
      async close() {
        await hot.close();
        await worker.request({ op: 'close', db });
      },
    },
  };
}
