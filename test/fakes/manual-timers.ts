import type { Timers } from '../../adapters/shared/timers.ts';

/** Timers that fire only when the test says so, in due order, against a time the test moves. */
export class ManualTimers implements Timers {
  private seq = 0;
  private readonly pending = new Map<number, { fn: () => void; at: number }>();

  constructor(private readonly now: () => number) {}

  setTimeout(fn: () => void, ms: number): unknown {
    this.seq += 1;
    this.pending.set(this.seq, { fn, at: this.now() + ms });
    return this.seq;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.pending.delete(handle);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Runs every timer due at the current time (by the injected clock). */
  runDue(): number {
    const due = [...this.pending.entries()]
      .filter(([, t]) => t.at <= this.now())
      .sort((a, b) => a[1].at - b[1].at);
    for (const [id, t] of due) {
      this.pending.delete(id);
      t.fn();
    }
    return due.length;
  }
}
