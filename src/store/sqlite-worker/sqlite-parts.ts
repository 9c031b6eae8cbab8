import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { HotPath } from '../hot-path/hot-path.ts';
import { sqliteHotPath } from '../hot-path/sqlite-hot-path.ts';
import { gateTransactions } from '../transaction-gate.ts';
import { BRIEF_BUSY_TIMEOUT_MS } from './lock-wait.ts';

/**
 * The two connections a SQLite store uses, as the worker thread runs them: Prisma's driver adapter
 * (watched by the transaction gate) and the hot path, which writes only while Prisma has no transaction
 * open. Each waits only briefly for another process's lock; the rest of the wait is on timers.
 */
export function openSqliteParts(
  file: string,
  lockWaitMs: number,
): { factory: SqlDriverAdapterFactory; hot: HotPath } {
  const { factory, gate } = gateTransactions(
    new PrismaBetterSqlite3({ url: file, timeout: BRIEF_BUSY_TIMEOUT_MS }),
  );
  return { factory, hot: sqliteHotPath(file, gate, lockWaitMs) };
}
