/**
 * Searches over things kept in line order (card lines, marker lines, blocks): a binary search each, for a
 * scan per card or per section would make a long note quadratic.
 */

/** The index of the first item whose line is after `line` (the length when none is). */
export function firstAfter<T>(items: readonly T[], line: number, lineOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineOf(items[mid] as T) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (line: number): number => line;

/** The first of the sorted `lines` in (from, to], or null. */
export function firstWithin(lines: readonly number[], from: number, to: number): number | null {
  const first = lines[firstAfter(lines, from, itself)];
  return first !== undefined && first <= to ? first : null;
}

/** The first of the sorted `lines` after `line`, or null. */
export function nextLine(lines: readonly number[], line: number): number | null {
  return lines[firstAfter(lines, line, itself)] ?? null;
}
