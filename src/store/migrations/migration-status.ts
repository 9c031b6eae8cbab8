import { existsSync } from 'node:fs';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from '../database-timeouts.ts';
import { parseDatabaseUrl } from '../database-url.ts';
import { postgresConnection, quoteIdent } from '../postgres-connection.ts';
import { readMigrations } from './migration-files.ts';

export interface MigrationStatus {
  /** Finished migrations recorded in `_prisma_migrations`, oldest first. */
  readonly applied: string[];
  /** Migration folders the database has not recorded yet. */
  readonly pending: string[];
  /** Recorded migrations that started but never finished (a crash mid-migration), to fix by hand. */
  readonly failed: string[];
}

/**
 * Reads `_prisma_migrations` (the table `prisma migrate deploy` keeps) without changing anything. Each
 * database's driver loads only when that database is the one asked about.
 */
export async function migrationStatus(
  databaseUrl: string,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): Promise<MigrationStatus> {
  const target = parseDatabaseUrl(databaseUrl);
  const folders = readMigrations(target.provider).migrationDirectories.map((d) => d.path);
  let rows: { migration_name: string; finished_at: unknown; rolled_back_at: unknown }[] = [];
  if (target.provider === 'sqlite') {
    if (existsSync(target.file)) {
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(target.file, { readonly: true, fileMustExist: true });
      try {
        const table = db
          .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
          .get();
        if (table)
          rows = db.prepare('SELECT * FROM _prisma_migrations ORDER BY started_at').all() as typeof rows;
      } finally {
        db.close();
      }
    }
  } else {
    // The search path stays public here: the table is looked up by schema name.
    const { default: pg } = await import('pg');
    const client = new pg.Client({ ...postgresConnection({ ...target, schema: null }, timeouts) });
    await client.connect();
    try {
      const schema = target.schema ?? 'public';
      const found = await client.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [
        schema,
        '_prisma_migrations',
      ]);
      if (found.rowCount) {
        rows = (
          await client.query(`SELECT * FROM ${quoteIdent(schema)}._prisma_migrations ORDER BY started_at`)
        ).rows;
      }
    } finally {
      await client.end();
    }
  }
  const live = rows.filter((r) => r.rolled_back_at === null);
  const applied = live.filter((r) => r.finished_at !== null).map((r) => r.migration_name);
  const failed = live.filter((r) => r.finished_at === null).map((r) => r.migration_name);
  const recorded = new Set([...applied, ...failed]);
  return { applied, pending: folders.filter((f) => !recorded.has(f)), failed };
}
