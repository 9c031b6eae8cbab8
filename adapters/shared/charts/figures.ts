import type { Accuracy } from './chart-data.ts';

/**
 * The figures every chart prints, formatted once so the picture and the terminal agree. They use digits,
 * "%" and arrows only, which read the same in English and Chinese.
 */

/** A finite, non-negative number; anything else (NaN, -1, Infinity from a bad division) counts as 0. */
export function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Accuracy clamped to 0..1; null stays null (nothing answered). */
export function clampAccuracy(a: Accuracy | null): Accuracy | null {
  if (a === null || !Number.isFinite(a)) return null;
  return Math.min(1, Math.max(0, a));
}

/** "42%", or "–" when there is no accuracy. */
export function percentText(a: Accuracy | null): string {
  const c = clampAccuracy(a);
  return c === null ? NONE : `${Math.round(c * 100)}%`;
}

export const NONE = '–';

export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

/** Change in accuracy from the previous period, in whole percentage points. */
export function trend(
  now: Accuracy | null,
  before: Accuracy | null,
): { direction: TrendDirection; text: string } {
  const a = clampAccuracy(now);
  const b = clampAccuracy(before);
  if (a === null || b === null) return { direction: 'none', text: NONE };
  const points = Math.round(a * 100) - Math.round(b * 100);
  if (points > 0) return { direction: 'up', text: `▲${points}` };
  if (points < 0) return { direction: 'down', text: `▼${-points}` };
  return { direction: 'flat', text: '=' };
}

/** A count as text: 12345 → "12,345" (grouping reads the same in both languages); not a count → "0". */
export function integerText(n: number): string {
  return Math.round(count(n)).toLocaleString('en-US');
}
