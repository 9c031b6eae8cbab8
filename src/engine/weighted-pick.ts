import type { Random } from './clock.ts';

/** One item, chosen with probability proportional to its weight; deterministic for a given Random. */
export function weightedPick<T>(
  items: readonly T[],
  weight: (item: T) => number,
  random: Random,
): T | undefined {
  const weights = items.map((item) => Math.max(0, weight(item)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (items.length === 0) return undefined;
  if (total <= 0) return items[Math.floor(random() * items.length)];
  let target = random() * total;
  for (let i = 0; i < items.length; i += 1) {
    target -= weights[i] ?? 0;
    if (target < 0) return items[i];
  }
  return items[items.length - 1];
}

/** `count` distinct items in random order (partial Fisher–Yates). */
export function sample<T>(items: readonly T[], count: number, random: Random): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy.slice(0, n);
}
