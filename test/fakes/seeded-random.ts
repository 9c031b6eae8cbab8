import type { Random } from '../../src/engine/clock.ts';

/** mulberry32: a tiny, well-mixed PRNG; the same seed gives the same sequence on every machine. */
export function seededRandom(seed = 42): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
