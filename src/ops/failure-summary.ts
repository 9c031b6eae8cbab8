/**
 * One short line saying why a dependency failed, for /readyz and for people reading it at 3 a.m.: never a
 * driver's multi-line message, a stack, or a path on the server. Known error codes anywhere in the chain
 * of causes become a few plain words; otherwise the innermost message's first line, paths cut out.
 */

const MAX_LENGTH = 100;

/**
 * Lines that name where, not what: Prisma's preamble ("Invalid `prisma.tenant.findUnique()` invocation:")
 * and the quoted source lines of its pretty format ("→ 49   const row = …").
 */
const NOISE = [/^Invalid `[^`]*` invocation\b/, /^(→\s*)?\d+\s/];

/** Codes from Node's sockets, node-postgres / PostgreSQL (SQLSTATE) and SQLite, in plain words. */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  '57P01': 'the server is shutting down',
  '57P02': 'the server is shutting down',
  '57P03': 'the server is starting up or shutting down',
  '28P01': 'authentication failed',
  '28000': 'authentication failed',
  '3D000': 'the database does not exist',
  '53300': 'too many connections',
  '57014': 'a statement timed out',
  SQLITE_BUSY: 'locked by another process',
  SQLITE_CANTOPEN: 'cannot open the file',
  SQLITE_READONLY: 'the file is read-only',
  SQLITE_FULL: 'the disk is full',
  SQLITE_CORRUPT: 'the file is corrupt',
};

export function summariseFailure(dependency: string, error: unknown): string {
  return oneLine(`${dependency}: ${reasonOf(error)}`);
}

/**
 * The first meaningful line (not Prisma's preamble, a bare path or a quoted source line), without paths or
 * control characters, cut to a length a status line can hold.
 */
export function oneLine(text: string): string {
  const lines = text.split(/\r?\n|\r/).map(cleanLine);
  const first = lines.find((line) => line !== '' && line !== '…' && !NOISE.some((n) => n.test(line))) ?? '';
  return first.length <= MAX_LENGTH ? first : `${first.slice(0, MAX_LENGTH - 1)}…`;
}

function cleanLine(line: string): string {
  return (
    line
      // Absolute paths (and file:line:col after them) say where our code lives, not what is wrong.
      .replace(/(?:[A-Za-z]:)?(?:\/[\w.@+-]+){2,}(?::\d+)*/g, '…')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function reasonOf(error: unknown): string {
  const chain = causes(error);
  for (const e of chain) {
    for (const code of codesOf(e)) {
      const known = knownCode(code);
      if (known !== undefined) return known;
    }
  }
  // The innermost message is the one closest to what happened ("store: getTenant failed" wraps it).
  for (const e of [...chain].reverse()) {
    const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    const line = oneLine(text);
    if (line !== '') return line;
  }
  return 'failed';
}

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT) fall back to their primary code (SQLITE_BUSY). */
function knownCode(code: string): string | undefined {
  for (let c = code; c !== ''; c = c.includes('_') ? c.slice(0, c.lastIndexOf('_')) : '') {
    const known = KNOWN_CODES[c];
    if (known !== undefined) return known;
  }
  return undefined;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    // pg reports a failed connect to several addresses as an AggregateError; its first says enough.
    if (current instanceof AggregateError && current.errors.length > 0 && current.cause === undefined) {
      current = current.errors[0];
      continue;
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

/**
 * The codes an error carries: its own (`code`), a driver adapter's (`originalCode`), and the adapter error
 * Prisma Client keeps in `meta.driverAdapterError` (its own code, P1008 and the like, says less).
 */
function codesOf(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const e = error as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown } };
  const own = [e.code, e.originalCode].filter((c): c is string => typeof c === 'string');
  const adapterError = e.meta?.driverAdapterError;
  const inner =
    typeof adapterError === 'object' && adapterError !== null && 'cause' in adapterError
      ? codesOf(adapterError.cause)
      : [];
  return [...inner, ...own];
}
