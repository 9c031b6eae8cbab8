import { createHash, randomUUID } from 'node:crypto';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';

/**
 * `_prisma_migrations` exactly as Prisma's schema engine creates it on SQLite (text included: the engine
 * and `prisma migrate` read the table back, and a later engine run must find what it would have made).
 */
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Statements that end, nest or step outside the one transaction this runs in (a trigger's BEGIN/END
 * matches too). Prisma never writes them into a SQLite migration; a hand-written migration that has them is
 * left to the engine. A false match only means the engine does the work.
 */
const OUTSIDE_A_TRANSACTION = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH)\b/im;

/** The engine refuses migrations locked to another provider; so do we, by leaving them to it. */
const SQLITE_LOCKFILE = /^\s*provider\s*=\s*"sqlite"\s*$/m;

/** The engine's timestamps: RFC 3339 with milliseconds and `+00:00` (`2026-12-05T01:23:46.698+00:00`). */
function engineTimestamp(at: Date): string {
  return at.toISOString().replace(/Z$/, '+00:00');
}

/** What `prisma migrate` records as a migration's checksum: the SHA-256 of its SQL, in hex. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * Builds a brand-new SQLite database from the migration files, without the schema engine. On a file with
 * nothing in it, applying a migration is running its SQL, which is all the engine does there; the engine
 * costs most of a second and tens of MB of WebAssembly to start, which a fresh clone's first `npm start`
 * would otherwise pay. Each migration gets the `_prisma_migrations` row the engine writes (a new id, the
 * SQL's checksum, start and finish times in its format, one applied step), so `db status`, a later engine
 * run and `prisma migrate` see the migrations applied.
 *
 * All of it is one transaction: either every migration and its row are there, or nothing is. Returns the
 * applied names, or null when the database is not new (it already holds a table, index or view) or this could not
 * do it (the file cannot be opened or is locked by another process, migration_lock.toml names another
 * provider, a migration's SQL cannot run inside a transaction or fails): then nothing has changed and the
 * caller hands the work to the schema engine, which either applies it or records the failure as
 * `prisma migrate deploy` would. Never waits for a lock.
 */
export function buildNewSqliteDatabase(
  file: string,
  migrations: MigrationList,
  now: () => Date = () => new Date(),
): string[] | null {
  const lockfile = migrations.lockfile.content;
  if (lockfile !== null && !SQLITE_LOCKFILE.test(lockfile)) return null;
  const scripts: { name: string; sql: string }[] = [];
  for (const { path, migrationFile } of migrations.migrationDirectories) {
    if (migrationFile.content.tag !== 'ok' || OUTSIDE_A_TRANSACTION.test(migrationFile.content.value))
      return null;
    scripts.push({ name: path, sql: migrationFile.content.value });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0 });
  } catch {
    return null;
  }
  try {
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch {
      return null;
    }
    try {
      const objects = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
      if (objects.n > 0) {
        db.exec('ROLLBACK');
        return null;
      }
      db.exec(MIGRATIONS_TABLE);
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs",
           "rolled_back_at", "started_at", "applied_steps_count") VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
      );
      const applied: string[] = [];
      for (const { name, sql } of scripts) {
        const startedAt = engineTimestamp(now());
        db.exec(sql);
        record.run(randomUUID(), migrationChecksum(sql), engineTimestamp(now()), name, startedAt);
        applied.push(name);
      }
      db.exec('COMMIT');
      return applied;
    } catch {
      if (db.inTransaction) db.exec('ROLLBACK');
      return null;
    }
  } finally {
    db.close();
  }
}
