import { readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { createAdapterFactory } from '../adapter-factory.ts';
import type { DatabaseTarget } from '../database-url.ts';
import { quoteIdent } from '../postgres-connection.ts';
import { type Provider, readMigrations, schemaPath } from './migration-files.ts';
import { fingerprintDifferences, postgresFingerprint } from './postgres-fingerprint.ts';
import { NO_FILTERS, type SchemaFile, startSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-adapter-factory.ts';

export interface Scratch {
  /** A SQLite file this may create and deletes afterwards. */
  readonly sqliteFile: string;
  /** A PostgreSQL database where this may create (and then drops) scratch schemas. */
  readonly postgresUrl: string;
}

function schemaFiles(provider: Provider): SchemaFile[] {
  const file = schemaPath(provider);
  return [{ path: file, content: readFileSync(file, 'utf8') }];
}

/** Runs `work` with a schema engine on a scratch database: a SQLite file, or a fresh PostgreSQL schema. */
async function onScratch<T>(
  provider: Provider,
  scratch: Scratch,
  work: (engine: Awaited<ReturnType<typeof startSchemaEngine>>, schema: string | null) => Promise<T>,
  options: { writes: boolean } = { writes: true },
): Promise<T> {
  // A diff from nothing writes nothing, and the engine may still be connecting in the background when it
  // is freed (re-creating a dropped scratch schema later): give it PostgreSQL's default schema instead.
  const schema =
    provider === 'postgresql' && options.writes
      ? `nq_scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
      : null;
  const target: DatabaseTarget =
    provider === 'sqlite'
      ? { provider, file: scratch.sqliteFile }
      : { provider, url: scratch.postgresUrl, schema };
  const admin = schema ? new pg.Client({ connectionString: scratch.postgresUrl }) : null;
  await admin?.connect();
  if (admin && schema) await admin.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
  const { factory, disposeAll } = trackConnections(createAdapterFactory(target, { poolSize: 1 }));
  try {
    const engine = await startSchemaEngine(factory, schemaFiles(provider));
    try {
      return await work(engine, schema);
    } finally {
      engine.free();
    }
  } finally {
    await disposeAll();
    if (admin && schema) {
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      await admin.end();
    }
    if (provider === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        rmSync(`${scratch.sqliteFile}${suffix}`, { force: true });
    }
  }
}

/** The SQL that creates prisma/<provider>/schema.prisma from nothing. */
export async function schemaFromEmpty(provider: Provider, scratch: Scratch): Promise<string> {
  return onScratch(
    provider,
    scratch,
    async (engine) => {
      const out = await engine.diff({
        from: { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files: schemaFiles(provider) },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return out.stdout ?? '';
    },
    { writes: provider === 'sqlite' },
  );
}

/**
 * SQLite: the SQL that would bring a database holding every existing migration up to the schema (empty
 * when they agree), found by applying the migrations to a scratch file and diffing it against the schema.
 */
export async function sqlitePendingChange(scratch: Scratch): Promise<string> {
  if (readMigrations('sqlite').migrationDirectories.length === 0) return schemaFromEmpty('sqlite', scratch);
  return onScratch('sqlite', scratch, async (engine) => {
    await engine.applyMigrations({ migrationsList: readMigrations('sqlite'), filters: NO_FILTERS });
    const files = schemaFiles('sqlite');
    const out = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: '.' },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return out.stdout ?? '';
  });
}

/**
 * PostgreSQL: how a schema built by the migrations differs from one built straight from the schema file
 * (empty when they agree). Compared through the catalog, since the engine cannot introspect here.
 */
export async function postgresDrift(scratch: Scratch): Promise<string[]> {
  const direct = await schemaFromEmpty('postgresql', scratch);
  const admin = new pg.Client({ connectionString: scratch.postgresUrl });
  await admin.connect();
  try {
    const migrated = await onScratch('postgresql', scratch, async (engine, schema) => {
      await engine.applyMigrations({ migrationsList: readMigrations('postgresql'), filters: NO_FILTERS });
      return postgresFingerprint(admin, schema ?? 'public');
    });
    // No schema engine here: an engine started and freed unused finishes connecting later and re-creates
    // the scratch schema after it was dropped.
    const fromSchema = `nq_scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    let built: string[];
    try {
      await admin.query(`CREATE SCHEMA ${quoteIdent(fromSchema)}`);
      await admin.query(`SET search_path TO ${quoteIdent(fromSchema)}`);
      await admin.query(direct);
      built = await postgresFingerprint(admin, fromSchema);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(fromSchema)} CASCADE`);
    }
    return fingerprintDifferences(migrated, built);
  } finally {
    await admin.end();
  }
}
