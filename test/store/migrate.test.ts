import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { migrationsDir, readMigrations } from '../../src/store/migrations/migration-files.ts';
import { postgresDrift, sqlitePendingChange } from '../../src/store/migrations/schema-drift.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
  withAdmin,
} from '../contract/postgres-harness.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-migrate-'));
const reachable = await postgresReachable();
const schema = uniqueSchemaName('migrate');
const skipNote = reachable
  ? ''
  : ` — SKIPPED: nothing listens at ${TEST_DATABASE_URL}; ${POSTGRES_HOW_TO_START}`;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (reachable) await dropSchema(schema);
});

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number;
}

/** What `prisma migrate deploy` would record for each migration folder: its name and the SQL's SHA-256. */
function expectedRows(provider: 'sqlite' | 'postgresql') {
  return readMigrations(provider).migrationDirectories.map((d) => ({
    migration_name: d.path,
    checksum: createHash('sha256')
      .update(readFileSync(path.join(migrationsDir(provider), d.path, 'migration.sql')))
      .digest('hex'),
  }));
}

describe('migrations on SQLite', () => {
  it('creates the folder and file, applies every migration once and records it as prisma migrate deploy does', async () => {
    const file = path.join(dir, 'nested', 'folder', 'quiz.db');
    const names = expectedRows('sqlite').map((r) => r.migration_name);
    expect(names.length).toBeGreaterThan(0);
    expect(await migrateDatabase(`file:${file}`)).toEqual({ applied: names });
    expect(await migrateDatabase(`file:${file}`)).toEqual({ applied: [] });
    const db = new Database(file, { readonly: true });
    try {
      const rows = db
        .prepare('SELECT * FROM _prisma_migrations ORDER BY migration_name')
        .all() as MigrationRow[];
      expect(rows.map((r) => ({ migration_name: r.migration_name, checksum: r.checksum }))).toEqual(
        expectedRows('sqlite'),
      );
      expect(rows.every((r) => r.finished_at !== null && r.rolled_back_at === null)).toBe(true);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['Answer', 'Round', 'Duel', 'Streak']),
      );
    } finally {
      db.close();
    }
  });

  it('two migrations started at once apply each migration exactly once', async () => {
    const url = `file:${path.join(dir, 'racing.db')}`;
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    expect(results.flatMap((r) => r.applied)).toEqual(expectedRows('sqlite').map((r) => r.migration_name));
  });

  it('has no drift: the migrations build exactly the schema in prisma/sqlite/schema.prisma', async () => {
    const sql = await sqlitePendingChange({
      sqliteFile: path.join(dir, 'drift.db'),
      postgresUrl: TEST_DATABASE_URL,
    });
    expect(sql.replace(/^--.*$/gm, '').trim()).toBe('');
  });
});

describe('migrations on PostgreSQL', () => {
  it.skipIf(!reachable)(
    `applies every migration once into its schema and records it${skipNote}`,
    async () => {
      const url = urlWithSchema(schema);
      const names = expectedRows('postgresql').map((r) => r.migration_name);
      const results = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
      expect(results.flatMap((r) => r.applied)).toEqual(names);
      expect(await migrateDatabase(url)).toEqual({ applied: [] });
      const rows = await withAdmin(
        async (c) =>
          (
            await c.query<MigrationRow>(
              `SELECT * FROM "${schema}"._prisma_migrations ORDER BY migration_name`,
            )
          ).rows,
      );
      expect(rows.map((r) => ({ migration_name: r.migration_name, checksum: r.checksum }))).toEqual(
        expectedRows('postgresql'),
      );
      expect(rows.every((r) => r.finished_at !== null && r.rolled_back_at === null)).toBe(true);
    },
  );

  it.skipIf(!reachable)(`has no drift against prisma/postgresql/schema.prisma${skipNote}`, async () => {
    const drift = await postgresDrift({
      sqliteFile: path.join(dir, 'unused.db'),
      postgresUrl: TEST_DATABASE_URL,
    });
    expect(drift).toEqual([]);
  });
});
