import { readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { createAdapterFactory, quoteIdent } from './adapter-factory.ts';
import type { DatabaseTarget } from './database-url.ts';
import { type Provider, readMigrations, schemaPath } from './migration-files.ts';
import { NO_FILTERS, startSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-adapter-factory.ts';

/**
 * The SQL that would bring a database holding every existing migration up to prisma/<provider>/schema.prisma:
 * empty when migrations and schema agree. Used to write a new migration and, in tests, to prove there is no
 * drift. Works on a scratch database (a SQLite file it deletes; a PostgreSQL schema it drops).
 */
export async function pendingSchemaChange(
  provider: Provider,
  scratch: { sqliteFile: string; postgresUrl: string },
): Promise<string> {
  const scratchSchema = `nq_scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const target: DatabaseTarget =
    provider === 'sqlite'
      ? { provider, file: scratch.sqliteFile }
      : { provider, url: scratch.postgresUrl, schema: scratchSchema };
  const admin = provider === 'postgresql' ? new pg.Client({ connectionString: scratch.postgresUrl }) : null;
  if (admin) {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${quoteIdent(scratchSchema)}`);
  }
  const { factory, disposeAll } = trackConnections(createAdapterFactory(target, { poolSize: 1 }));
  const file = schemaPath(provider);
  const files = [{ path: file, content: readFileSync(file, 'utf8') }];
  try {
    const engine = await startSchemaEngine(factory, files);
    try {
      const migrations = readMigrations(provider);
      if (migrations.migrationDirectories.length === 0) {
        const out = await engine.diff({
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files },
          script: true,
          exitCode: null,
          filters: NO_FILTERS,
        });
        return out.stdout ?? '';
      }
      await engine.applyMigrations({ migrationsList: migrations, filters: NO_FILTERS });
      const out = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: '.' },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return out.stdout ?? '';
    } finally {
      engine.free();
    }
  } finally {
    await disposeAll();
    if (admin) {
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(scratchSchema)} CASCADE`);
      await admin.end();
    }
    if (provider === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        rmSync(`${scratch.sqliteFile}${suffix}`, { force: true });
    }
  }
}
