import { redactUrl } from '../../config/secrets.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from '../database-timeouts.ts';
import { type DatabaseTarget, ensureSqliteFolder, parseDatabaseUrl } from '../database-url.ts';
import { readMigrations } from './migration-files.ts';
import { withMigrationLock } from './migration-lock.ts';
import { type MigrationStatus, migrationStatus } from './migration-status.ts';

/**
 * Applies the migrations in prisma/<provider>/migrations that the database has not seen, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does (so the real CLI agrees with us wherever it
 * works): a new SQLite file straight from the migration files (new-sqlite-database.ts), anything else
 * through Prisma's schema engine (apply-with-engine.ts, loaded only then). Idempotent; safe when several
 * processes start at once.
 */
export async function migrateDatabase(
  databaseUrl: string,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): Promise<{ applied: string[] }> {
  const target = parseDatabaseUrl(databaseUrl);
  ensureSqliteFolder(target);
  return withMigrationLock(target, timeouts, async () => {
    // Nothing pending (every start but the first): leave the schema engine alone. Starting it costs most
    // of a second, and on SQLite its read-then-write transaction can collide with a running instance.
    const status = await migrationStatus(databaseUrl, timeouts);
    if (upToDate(status)) return { applied: [] };
    const built = await buildIfNew(target);
    if (built !== null) return { applied: built };
    try {
      const { applyWithSchemaEngine } = await import('./apply-with-engine.ts');
      return { applied: await applyWithSchemaEngine(target, readMigrations(target.provider), timeouts) };
    } catch (error) {
      throw new Error(`migrating ${redactUrl(databaseUrl)} failed`, { cause: error });
    }
  });
}

/**
 * The part of migrateDatabase that needs no schema engine, for SQLite: a database with nothing pending, or
 * a new file built from the migration files. Null when the engine has to do the work (always, for
 * PostgreSQL), so a caller can run the engine elsewhere (migrate-off-thread.ts runs it in a worker thread).
 */
export async function migrateWithoutEngine(
  databaseUrl: string,
  timeouts: DatabaseTimeouts,
): Promise<{ applied: string[] } | null> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider !== 'sqlite') return null;
  ensureSqliteFolder(target);
  return withMigrationLock(target, timeouts, async () => {
    if (upToDate(await migrationStatus(databaseUrl, timeouts))) return { applied: [] };
    const built = await buildIfNew(target);
    return built === null ? null : { applied: built };
  });
}

function upToDate(status: MigrationStatus): boolean {
  return status.pending.length === 0 && status.failed.length === 0;
}

/** A SQLite file with nothing in it, built from the migration files; null for anything else. */
async function buildIfNew(target: DatabaseTarget): Promise<string[] | null> {
  if (target.provider !== 'sqlite') return null;
  const { buildNewSqliteDatabase } = await import('./new-sqlite-database.ts');
  return buildNewSqliteDatabase(target.file, readMigrations('sqlite'));
}
