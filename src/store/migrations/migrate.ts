import { readFileSync } from 'node:fs';
import { redactUrl } from '../../config/secrets.ts';
import { createAdapterFactory } from '../adapter-factory.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from '../database-timeouts.ts';
import { ensureSqliteFolder, parseDatabaseUrl } from '../database-url.ts';
import { readMigrations, schemaPath } from './migration-files.ts';
import { withMigrationLock } from './migration-lock.ts';
import { migrationStatus } from './migration-status.ts';
import { NO_FILTERS, startSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-adapter-factory.ts';

/**
 * Applies the migrations in prisma/<provider>/migrations that the database has not seen, through Prisma's
 * schema engine, recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does (so the
 * real CLI agrees with us wherever it works). Idempotent; safe when several processes start at once.
 */
export async function migrateDatabase(
  databaseUrl: string,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): Promise<{ applied: string[] }> {
  const target = parseDatabaseUrl(databaseUrl);
  ensureSqliteFolder(target);
  const schemaFile = schemaPath(target.provider);
  return withMigrationLock(target, timeouts, async () => {
    // Nothing pending (every start but the first): leave the schema engine alone. Starting it costs most
    // of a second, and on SQLite its read-then-write transaction can collide with a running instance.
    const status = await migrationStatus(databaseUrl, timeouts);
    if (status.pending.length === 0 && status.failed.length === 0) return { applied: [] };
    const { factory, disposeAll } = trackConnections(createAdapterFactory(target, { poolSize: 2, timeouts }));
    try {
      const engine = await startSchemaEngine(factory, [
        { path: schemaFile, content: readFileSync(schemaFile, 'utf8') },
      ]);
      try {
        const out = await engine.applyMigrations({
          migrationsList: readMigrations(target.provider),
          filters: NO_FILTERS,
        });
        return { applied: out.appliedMigrationNames };
      } finally {
        engine.free();
      }
    } catch (error) {
      throw new Error(`migrating ${redactUrl(databaseUrl)} failed`, { cause: error });
    } finally {
      await disposeAll();
    }
  });
}
