import type { Clock } from '../../src/engine/clock.ts';

/** A clock tests move by hand: time passes only when a test says so. */
export interface FakeClock extends Clock {
  set(instant: Date | string): void;
  advance(ms: number): void;
  advanceMinutes(minutes: number): void;
  advanceHours(hours: number): void;
  advanceDays(days: number): void;
}

export function fakeClock(start: Date | string = '2026-01-05T12:00:00Z'): FakeClock {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (instant) => {
      now = new Date(instant).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
    advanceMinutes: (minutes) => {
      now += minutes * 60_000;
    },
    advanceHours: (hours) => {
      now += hours * 3_600_000;
    },
    advanceDays: (days) => {
      now += days * 86_400_000;
    },
  };
}
