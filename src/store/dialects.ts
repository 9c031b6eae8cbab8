import { Prisma } from './generated/sqlite/client.ts';
import type { Dialect } from './prisma/store-db.ts';

export const sqliteDialect: Dialect = {
  provider: 'sqlite',
  binaryCollation: Prisma.sql`COLLATE BINARY`,
  position: (haystack, needle) => Prisma.sql`instr(${haystack}, ${needle})`,
};

export const postgresDialect: Dialect = {
  provider: 'postgresql',
  binaryCollation: Prisma.sql`COLLATE "C"`,
  position: (haystack, needle) => Prisma.sql`strpos(${haystack}, ${needle})`,
};
