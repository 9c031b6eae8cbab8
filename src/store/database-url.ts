import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { redactUrl } from '../config/secrets.ts';

/** Where the data lives when DATABASE_URL is not set: a SQLite file under data/, made on first use. */
export const DEFAULT_DATABASE_URL = 'file:./data/notequiz.db';

export type DatabaseTarget =
  | { readonly provider: 'sqlite'; readonly file: string }
  /** `schema` comes from `?schema=` (Prisma's own convention); tables live there instead of `public`. */
  | { readonly provider: 'postgresql'; readonly url: string; readonly schema: string | null };

/** The forms DATABASE_URL takes, for every message that refuses one. */
const ACCEPTED = 'use file:./data/notequiz.db (SQLite) or postgresql://user:password@host:5432/db';

/**
 * A bare value that is an address rather than a path: `host:5432/db`, `user@host/db`, `//host/db`,
 * `postgres:host/db`. Taken as a file name it would silently make a SQLite file named after a server.
 * (One letter and a colon is a Windows drive, a path.)
 */
const FORGOTTEN_SCHEME = /^(?:[^/\\]*@|[^/\\]+:\d+(?:[/?]|$)|\/\/|[a-z][a-z0-9+.-]+:)/i;

/**
 * Reads a DATABASE_URL: `postgres://` / `postgresql://` means PostgreSQL; `file:<path>` (relative to the
 * working directory) or a bare path means a SQLite file. Anything else (another scheme, an invalid host or
 * port, a server address without its scheme) is a configuration error that says which forms are accepted
 * and never repeats the password.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim() === '' ? DEFAULT_DATABASE_URL : databaseUrl.trim();
  const shown = redactUrl(url);
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`DATABASE_URL "${shown}" is not a valid URL: check the host and the port (1 to 65535)`);
    }
    if (parsed.port === '0') throw new Error(`DATABASE_URL "${shown}" has port 0: the port is 1 to 65535`);
    // pg also takes the host from ?host= (a Unix socket folder): then the URL may name none.
    if (parsed.hostname === '' && !parsed.searchParams.has('host'))
      throw new Error(`DATABASE_URL "${shown}" names no host: ${ACCEPTED}`);
    const schema = parsed.searchParams.get('schema');
    // pg does not understand Prisma's `schema` parameter; the schema is applied through search_path instead.
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', url: parsed.toString(), schema: schema === '' ? null : schema };
  }
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    const file = rest.split('?')[0] ?? '';
    if (file === '')
      throw new Error(`DATABASE_URL "${shown}" names no file; use e.g. ${DEFAULT_DATABASE_URL}`);
    return { provider: 'sqlite', file: path.resolve(file) };
  }
  if (url.includes('://')) throw new Error(`DATABASE_URL "${shown}" is not supported: ${ACCEPTED}`);
  if (FORGOTTEN_SCHEME.test(url))
    throw new Error(`DATABASE_URL "${shown}" looks like a server address without its scheme: ${ACCEPTED}`);
  return { provider: 'sqlite', file: path.resolve(url) };
}

/** Creates the SQLite file's folder so a fresh clone can start without a setup step. */
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.provider === 'sqlite') mkdirSync(path.dirname(target.file), { recursive: true });
}
