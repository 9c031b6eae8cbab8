import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where the data lives when DATABASE_URL is not set: a SQLite file under data/, made on first use. */
export const DEFAULT_DATABASE_URL = 'file:./data/notequiz.db';

export type DatabaseTarget =
  | { readonly provider: 'sqlite'; readonly file: string }
  /** `schema` comes from `?schema=` (Prisma's own convention); tables live there instead of `public`. */
  | { readonly provider: 'postgresql'; readonly url: string; readonly schema: string | null };

/**
 * Reads a DATABASE_URL: `postgres://` / `postgresql://` means PostgreSQL; `file:<path>` (relative to the
 * working directory) or a bare path means a SQLite file. Anything else is a configuration error that says
 * which forms are accepted.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim() === '' ? DEFAULT_DATABASE_URL : databaseUrl.trim();
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema');
    // pg does not understand Prisma's `schema` parameter; the schema is applied through search_path instead.
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', url: parsed.toString(), schema: schema === '' ? null : schema };
  }
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    const file = rest.split('?')[0] ?? '';
    if (file === '')
      throw new Error(`DATABASE_URL "${databaseUrl}" names no file; use e.g. ${DEFAULT_DATABASE_URL}`);
    return { provider: 'sqlite', file: path.resolve(file) };
  }
  if (!url.includes('://')) return { provider: 'sqlite', file: path.resolve(url) };
  throw new Error(
    `DATABASE_URL "${redact(databaseUrl)}" is not supported: use file:./data/notequiz.db (SQLite) or postgresql://user@host:5432/db`,
  );
}

/** Creates the SQLite file's folder so a fresh clone can start without a setup step. */
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.provider === 'sqlite') mkdirSync(path.dirname(target.file), { recursive: true });
}

/** The URL without its password, for logs and error messages. */
export function redact(databaseUrl: string): string {
  return databaseUrl.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
