import type { Prisma, PrismaClient } from '../generated/sqlite/client.ts';
import type { HotPath } from '../hot-path/hot-path.ts';

/**
 * The Prisma client the store is written against. Prisma generates one client per provider; their model
 * APIs are the same for everything the store uses, so the store is written once against the SQLite
 * client's types and the PostgreSQL client is passed in under them (see open-store.ts).
 */
export type Db = PrismaClient;

/** The few places where the two databases' SQL differs. */
export interface Dialect {
  readonly provider: 'sqlite' | 'postgresql';
  /** Byte-order comparison for ids, so ties break the same way as in JavaScript and on the other database. */
  readonly binaryCollation: Prisma.Sql;
  /** Position of a substring (1-based, 0 when absent): SQLite `instr`, PostgreSQL `strpos`. */
  readonly position: (haystack: Prisma.Sql, needle: Prisma.Sql) => Prisma.Sql;
}

/** Everything the store's parts need: the client, the dialect, and the driver-level hot path. */
export interface StoreContext {
  readonly db: Db;
  readonly dialect: Dialect;
  readonly hot: HotPath;
}
