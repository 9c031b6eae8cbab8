import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../../src/store/adapter-factory.ts';
import { applyWithSchemaEngine } from '../../src/store/migrations/apply-with-engine.ts';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { migrationsDir, readMigrations, schemaPath } from '../../src/store/migrations/migration-files.ts';
import { buildNewSqliteDatabase } from '../../src/store/migrations/new-sqlite-database.ts';
import { postgresDrift, sqlitePendingChange } from '../../src/store/migrations/schema-drift.ts';
import { NO_FILTERS, startSchemaEngine } from '../../src/store/migrations/schema-engine.ts';
import { trackConnections } from '../../src/store/migrations/tracked-adapter-factory.ts';
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

/** Every table, index and trigger with the SQL that made it, and the rows of `_prisma_migrations`. */
function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      objects: db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name').all(),
      migrations: db
        .prepare('SELECT * FROM _prisma_migrations ORDER BY migration_name')
        .all() as (MigrationRow & {
        id: string;
        logs: unknown;
        started_at: string;
      })[],
    };
  } finally {
    db.close();
  }
}

/** Runs `work` with Prisma's schema engine on a SQLite file, as `prisma migrate` would see it. */
async function withSchemaEngine<T>(
  file: string,
  work: (engine: Awaited<ReturnType<typeof startSchemaEngine>>) => Promise<T>,
): Promise<T> {
  const { factory, disposeAll } = trackConnections(createAdapterFactory({ provider: 'sqlite', file }));
  try {
    const schema = schemaPath('sqlite');
    const engine = await startSchemaEngine(factory, [
      { path: schema, content: readFileSync(schema, 'utf8') },
    ]);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await disposeAll();
  }
}

const ENGINE_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a new SQLite file, built from the migration files without the schema engine', () => {
  it('is the database the schema engine builds, with the rows it records', async () => {
    const fromFiles = path.join(dir, 'from-files.db');
    const byEngine = path.join(dir, 'by-engine.db');
    expect(buildNewSqliteDatabase(fromFiles, readMigrations('sqlite'))).toEqual(
      expectedRows('sqlite').map((r) => r.migration_name),
    );
    await applyWithSchemaEngine({ provider: 'sqlite', file: byEngine }, readMigrations('sqlite'));
    const ours = sqliteShape(fromFiles);
    const engine = sqliteShape(byEngine);
    expect(ours.objects).toEqual(engine.objects);
    const comparable = (rows: typeof ours.migrations) =>
      rows.map(({ id, started_at, finished_at, ...rest }) => rest);
    expect(comparable(ours.migrations)).toEqual(comparable(engine.migrations));
    for (const row of ours.migrations) {
      expect(row.id).toMatch(UUID);
      expect(row.started_at).toMatch(ENGINE_TIMESTAMP);
      expect(row.finished_at).toMatch(ENGINE_TIMESTAMP);
    }
    for (const row of engine.migrations) expect(row.started_at).toMatch(ENGINE_TIMESTAMP);
  });

  it('is a migrated database to the schema engine: history in sync, nothing edited or failed, nothing to apply', async () => {
    const file = path.join(dir, 'diagnosed.db');
    await migrateDatabase(`file:${file}`);
    const migrationsList = readMigrations('sqlite');
    const diagnosis = await withSchemaEngine(file, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: NO_FILTERS }),
    );
    expect(diagnosis).toMatchObject({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
    const again = await withSchemaEngine(file, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    expect(again.appliedMigrationNames).toEqual([]);
  });

  it('takes later migrations through the schema engine, ending where a new file does', async () => {
    const all = readMigrations('sqlite');
    expect(all.migrationDirectories.length).toBeGreaterThan(1);
    const [first, ...later] = all.migrationDirectories.map((d) => d.path);
    const file = path.join(dir, 'older-clone.db');
    expect(
      buildNewSqliteDatabase(file, { ...all, migrationDirectories: all.migrationDirectories.slice(0, 1) }),
    ).toEqual([first]);
    // Not new any more: this is the engine's work.
    expect(await migrateDatabase(`file:${file}`)).toEqual({ applied: later });
    const fresh = path.join(dir, 'new-clone.db');
    await migrateDatabase(`file:${fresh}`);
    expect(sqliteShape(file).objects).toEqual(sqliteShape(fresh).objects);
    expect(sqliteShape(file).migrations.map((r) => [r.migration_name, r.checksum])).toEqual(
      expectedRows('sqlite').map((r) => [r.migration_name, r.checksum]),
    );
  });

  it('leaves a database that is not new, or is locked, or a migration that fails, to the engine, changing nothing', () => {
    const used = path.join(dir, 'used.db');
    const other = new Database(used);
    other.exec('CREATE TABLE notes (id INTEGER)');
    expect(buildNewSqliteDatabase(used, readMigrations('sqlite'))).toBeNull();
    other.exec('DROP TABLE notes');
    // Another process writing: no wait, no change.
    other.exec('BEGIN IMMEDIATE');
    expect(buildNewSqliteDatabase(used, readMigrations('sqlite'))).toBeNull();
    other.exec('ROLLBACK');
    const all = readMigrations('sqlite');
    const broken = {
      ...all,
      migrationDirectories: [
        ...all.migrationDirectories,
        {
          path: '29990101000000_broken',
          migrationFile: {
            path: 'migration.sql',
            content: { tag: 'ok' as const, value: 'CREATE TABLE "Round" (x);' },
          },
        },
      ],
    };
    expect(buildNewSqliteDatabase(used, broken)).toBeNull();
    const committing = {
      ...all,
      migrationDirectories: [
        {
          path: '29990101000000_commits',
          migrationFile: {
            path: 'migration.sql',
            content: { tag: 'ok' as const, value: 'CREATE TABLE a (x);\nCOMMIT;' },
          },
        },
      ],
    };
    expect(buildNewSqliteDatabase(used, committing)).toBeNull();
    expect(
      buildNewSqliteDatabase(used, {
        ...all,
        lockfile: { ...all.lockfile, content: 'provider = "postgresql"' },
      }),
    ).toBeNull();
    expect(other.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 0 });
    other.close();
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
