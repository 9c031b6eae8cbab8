import type { Random } from '../engine/clock.ts';
import { hash32 } from './text-normalise.ts';

/** Ids and option order depend on this unless a seed is given, so reloads are stable by default. */
export const DEFAULT_SEED = 'notequiz';

/** mulberry32: small, fast and good enough to shuffle options reproducibly. */
export function seededRandom(seed: string): Random {
  // Same start as parsing shortHash(seed, 8) back from hex, without building the string.
  let state = hash32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Up to `n` items in a random order, without shuffling the whole list (large chapters stay cheap). */
export function sample<T>(items: readonly T[], n: number, random: Random): T[] {
  if (items.length <= n * 3) return shuffled(items, random).slice(0, n);
  const picked = new Set<number>();
  while (picked.size < n) picked.add(Math.floor(random() * items.length));
  return [...picked].map((k) => items[k] as T);
}
