/**
 * Work started after an ack (the slow part of every handler), run at most `limit` at a time. Slack needs
 * the ack within 3 s, and the ack shares the event loop with this work: a burst of a thousand clicks must
 * become a short queue of store writes, not a thousand interleaved ones that starve the acks behind them.
 * stop() waits for the queue so a shutdown never drops an answer that was already acknowledged.
 */
export class InFlight {
  private readonly queue: (() => void)[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private active = 0;

  constructor(private readonly limit: number) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const started = new Promise<void>((resolve) => {
      if (this.active < this.limit) {
        this.active += 1;
        resolve();
      } else {
        this.queue.push(resolve);
      }
    });
    const done = started.then(work).finally(() => {
      const next = this.queue.shift();
      if (next === undefined) this.active -= 1;
      else next();
    });
    this.running.add(done);
    const forget = (): void => {
      this.running.delete(done);
    };
    done.then(forget, forget);
    return done;
  }

  /**
   * Work that mostly waits on something else (a chart from the chart worker, then its upload): tracked
   * so stop() still waits for it, but outside the limit, so it never holds a place other players' clicks
   * are queued for.
   */
  alongside(work: () => Promise<void>): void {
    const done = work();
    this.running.add(done);
    const forget = (): void => {
      this.running.delete(done);
    };
    done.then(forget, forget);
  }

  /** Queued plus running. */
  get size(): number {
    return this.running.size;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
