import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { redactUrl } from '../config/secrets.ts';
import type { StorePort } from '../engine/store-port.ts';
import type { DatabaseTimeouts } from './database-timeouts.ts';
import { postgresDialect } from './dialects.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { postgresHotPath } from './hot-path/postgres-hot-path.ts';
import type { ClientOptions, StoreLogger } from './open-store.ts';
import { type PostgresTarget, postgresConnection } from './postgres-connection.ts';
import { createPrismaStore } from './prisma/prisma-store.ts';
import type { Db } from './prisma/store-db.ts';

/** The store on a migrated PostgreSQL database or schema (open-store.ts decides that this is the database). */
export async function openPostgresStore(
  databaseUrl: string,
  target: PostgresTarget,
  options: {
    readonly poolSize: number;
    readonly timeouts: DatabaseTimeouts;
    readonly clientOptions: ClientOptions;
    readonly logger?: StoreLogger;
    /** Given the pool once it is made (the metrics' pool gauges). */
    readonly observePool?: (pool: pg.Pool) => void;
  },
): Promise<StorePort> {
  // One pool for Prisma Client and the hot path: the connection limit stays the one configured.
  const pool = new pg.Pool({ ...postgresConnection(target, options.timeouts), max: options.poolSize });
  // An error on an idle connection (the server restarted, the network dropped it) must not crash the
  // process: the pool drops that connection and opens a new one when asked.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'database connection lost'));
  options.observePool?.(pool);
  const adapter = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
  // The PostgreSQL client has the same model API as the SQLite one for everything the store uses; Prisma
  // generates two classes only because each embeds its provider (see store-db.ts).
  const db = new PostgresClient({ adapter, ...options.clientOptions }) as unknown as Db;
  try {
    await db.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await db.$disconnect();
    await pool.end();
    throw new Error(`could not connect to PostgreSQL at ${redactUrl(databaseUrl)}`, { cause: error });
  }
  return createPrismaStore({ db, dialect: postgresDialect, hot: postgresHotPath(pool) });
}
