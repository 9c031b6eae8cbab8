import type pg from 'pg';

/**
 * A PostgreSQL schema described as sorted lines (columns, indexes, constraints), with the schema's own
 * name taken out, so two schemas can be compared. The WebAssembly schema engine cannot introspect
 * PostgreSQL through the pg adapter ("Column type 'char' could not be deserialized"), so drift on
 * PostgreSQL is checked by building the schema twice and comparing these.
 */
export async function postgresFingerprint(client: pg.Client, schema: string): Promise<string[]> {
  const columns = await client.query<{ line: string }>(
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' ||
            COALESCE(column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`,
    [schema],
  );
  const indexes = await client.query<{ line: string }>(
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
    [schema],
  );
  const constraints = await client.query<{ line: string }>(
    `SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS line
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname <> '_prisma_migrations'`,
    [schema],
  );
  return [...columns.rows, ...indexes.rows, ...constraints.rows]
    .map((r) => r.line.replaceAll(`"${schema}".`, '').replaceAll(`${schema}.`, ''))
    .sort();
}

/** Lines present in one fingerprint and not the other, marked "-" (only in `a`) and "+" (only in `b`). */
export function fingerprintDifferences(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [
    ...a.filter((l) => !inB.has(l)).map((l) => `- ${l}`),
    ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`),
  ];
}
