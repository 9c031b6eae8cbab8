import { readFileSync } from 'node:fs';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { createAdapterFactory } from '../adapter-factory.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from '../database-timeouts.ts';
import type { DatabaseTarget } from '../database-url.ts';
import { schemaPath } from './migration-files.ts';
import { NO_FILTERS, startSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-adapter-factory.ts';

/**
 * Applies `migrations` through Prisma's schema engine (WebAssembly), as `prisma migrate deploy` does.
 * Returns the names it applied. The caller holds the migration lock.
 */
export async function applyWithSchemaEngine(
  target: DatabaseTarget,
  migrations: MigrationList,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): Promise<string[]> {
  const schemaFile = schemaPath(target.provider);
  const { factory, disposeAll } = trackConnections(createAdapterFactory(target, { poolSize: 2, timeouts }));
  try {
    const engine = await startSchemaEngine(factory, [
      { path: schemaFile, content: readFileSync(schemaFile, 'utf8') },
    ]);
    try {
      const out = await engine.applyMigrations({ migrationsList: migrations, filters: NO_FILTERS });
      return out.appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await disposeAll();
  }
}
