import type { Clock } from '../../src/engine/clock.ts';

/**
 * The simulation's clock. Like test/fakes/fake-clock.ts it jumps where the simulation says (to the next
 * post or close time: days pass in seconds), but while a fan-out runs it moves with real time, so the
 * platforms' rate limits, Retry-After waits and the scheduler's retries are real seconds that can be timed.
 * When every instance is only waiting (a Retry-After, a dead instance's lease), `skip` moves it ahead
 * without anyone waiting for real: that time counts in the simulated duration, not the wall time.
 */
export class SimClock implements Clock {
  private base: number;
  private realBase = performance.now();
  private running = false;

  constructor(start: string | number) {
    this.base = typeof start === 'string' ? Date.parse(start) : start;
  }

  now(): Date {
    return new Date(this.ms());
  }

  /** Whole milliseconds, as Date.now() gives (snowflakes and Slack's ts are built from it). */
  ms(): number {
    return Math.floor(this.running ? this.base + (performance.now() - this.realBase) : this.base);
  }

  /** Stops at `instant` (never going back: a fan-out that ran past it keeps its later time). */
  jumpTo(instant: number): void {
    this.base = Math.max(this.ms(), instant);
    this.realBase = performance.now();
  }

  /** From now on, follows real time. */
  run(): void {
    this.base = this.ms();
    this.realBase = performance.now();
    this.running = true;
  }

  /** Holds still (between fan-outs, while players answer and the checks read the database). */
  hold(): void {
    this.base = this.ms();
    this.running = false;
  }

  /** Moves ahead by `ms` at once (nothing was going to happen in between). */
  skip(ms: number): void {
    this.base += ms;
  }
}
