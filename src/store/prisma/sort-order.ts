/**
 * Orders text by UTF-16 code units, as the in-memory store does. PostgreSQL sorts text by the database's
 * collation (often en_US, which ignores case and punctuation at first), so lists whose order callers can
 * see are sorted again here; the leaderboard sorts in SQL with a byte-order collation instead.
 */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byTime(a: Date | null, b: Date | null): number {
  return (a?.getTime() ?? 0) - (b?.getTime() ?? 0);
}
