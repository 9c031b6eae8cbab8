import type { StorePort } from '../engine/store-port.ts';
import type { DatabaseTimeouts } from './database-timeouts.ts';
import { sqliteDialect } from './dialects.ts';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import type { ClientOptions } from './open-store.ts';
import { createPrismaStore } from './prisma/prisma-store.ts';
import { openSqlite } from './sqlite-worker/open-sqlite.ts';

/** The store on a migrated SQLite file (open-store.ts decides that this is the database). */
export async function openSqliteStore(
  file: string,
  timeouts: DatabaseTimeouts,
  clientOptions: ClientOptions,
): Promise<StorePort> {
  // Prisma's connection lives in a worker thread and the hot path's never waits for a lock
  // (sqlite-worker/): a wait for another process's write lock is synchronous in better-sqlite3 and must
  // never hold the event loop.
  const { factory, hot } = await openSqlite(file, timeouts.statementMs);
  const db = new SqliteClient({ adapter: factory, ...clientOptions });
  try {
    // WAL lets readers go on while one process writes; NORMAL sync is safe with WAL (a crash may lose the
    // last commits, never corrupt the file).
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  } catch (error) {
    await db.$disconnect();
    await hot.close();
    throw new Error(`could not open the SQLite database ${file}`, { cause: error });
  }
  return createPrismaStore({ db, dialect: sqliteDialect, hot });
}
