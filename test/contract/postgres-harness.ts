import net from 'node:net';
import pg from 'pg';

/** Where the PostgreSQL tests connect; CI and the dev machines run PostgreSQL 15 there. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export const POSTGRES_HOW_TO_START =
  'start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` or set TEST_DATABASE_URL';

/** True when something listens where TEST_DATABASE_URL points (checked once per file, before describing). */
export async function postgresReachable(): Promise<boolean> {
  const url = new URL(TEST_DATABASE_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A schema name no other test file (or parallel run) uses. */
export function uniqueSchemaName(label: string): string {
  return `nq_${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
}

export function urlWithSchema(schema: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}

/** Empties every notequiz table in the schema (keeping _prisma_migrations), so each test starts blank. */
export async function truncateAll(schema: string): Promise<void> {
  await withAdmin(async (c) => {
    const { rows } = await c.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> '_prisma_migrations'",
      [schema],
    );
    if (rows.length === 0) return;
    await c.query(`TRUNCATE ${rows.map((r) => `"${schema}"."${r.tablename}"`).join(', ')}`);
  });
}
