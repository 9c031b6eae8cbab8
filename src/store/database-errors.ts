/**
 * True when Prisma reports a unique-constraint violation (P2002): the database refused a second copy of
 * something that must exist once, which the store turns into a value ('duplicate', created: false, …).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = field(error, 'code');
  if (code === 'P2002') return true;
  // A raw statement ($executeRaw) reports it as P2010 with the driver adapter's error kind inside.
  const kind = field(field(field(field(error, 'meta'), 'driverAdapterError'), 'cause'), 'kind');
  return code === 'P2010' && kind === 'UniqueConstraintViolation';
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** Prisma's "record to update not found" (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2025';
}

/** A store failure: an Error naming the operation, with the database's error as its cause. */
export function storeError(operation: string, cause: unknown): Error {
  return new Error(`store: ${operation} failed`, { cause });
}

/** Counts and sums come back as bigint, number or numeric string depending on the database. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (value === null || value === undefined) return 0;
  // PostgreSQL's numeric comes back as a Decimal object.
  if (typeof value === 'object' && Number.isFinite(Number(String(value)))) return Number(String(value));
  throw new Error(`store: expected a number from the database, got ${typeof value}`);
}

export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new Error(`store: expected text from the database, got ${typeof value}`);
}
