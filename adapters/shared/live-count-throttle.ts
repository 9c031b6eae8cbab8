import type { Timers } from './timers.ts';

/** What one edit attempt tells the throttle: the platform's Retry-After, when it refused for a while. */
export interface EditOutcome {
  readonly retryAfterMs?: number;
}

/** Shows the current count; `stillOpen()` turns false once the round closed (skip the edit then). */
export type CountEdit = (stillOpen: () => boolean) => Promise<EditOutcome | undefined>;

interface Slot {
  edit: CountEdit;
  lastSentAt: number;
  timer: unknown;
  sending: Promise<void> | null;
  closed: boolean;
}

/**
 * The live "N answered" edit of a daily post, for every platform. Platforms rate-limit message edits, and a
 * hundred clicks in a second must not become a hundred edits: per round, at most one edit per interval;
 * the first answer after a quiet interval edits at once (leading edge) and the last answer of a burst is
 * always shown (trailing edge). The edit reads the count when it runs, so it shows the latest number. A
 * Retry-After from the platform holds the next edit back until it has passed. Timers and the clock are
 * injected, so tests run it without waiting.
 */
export class LiveCountThrottle {
  private readonly slots = new Map<string, Slot>();
  private stopped = false;

  constructor(
    private readonly deps: {
      readonly timers: Timers;
      readonly now: () => number;
      readonly intervalMs: number;
      /** Called when an edit throws; the count will be right on the next edit. */
      readonly onError: (key: string, error: unknown) => void;
    },
  ) {}

  /** An answer was recorded in round `key`; `edit` shows the current count (the latest one is used). */
  bump(key: string, edit: CountEdit): void {
    if (this.stopped) return;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = { edit, lastSentAt: Number.NEGATIVE_INFINITY, timer: null, sending: null, closed: false };
      this.slots.set(key, slot);
    }
    slot.edit = edit;
    if (slot.closed || slot.timer !== null) return;
    const wait = slot.lastSentAt + this.deps.intervalMs - this.deps.now();
    if (wait <= 0 && slot.sending === null) {
      slot.sending = this.send(key, slot);
      return;
    }
    this.schedule(key, slot, Math.max(wait, 0));
  }

  /** The round closed: no more edits, and none still in flight when the results replace the post. */
  async close(key: string): Promise<void> {
    const slot = this.slots.get(key);
    if (slot === undefined) {
      const noEdit = async (): Promise<undefined> => undefined;
      this.slots.set(key, { edit: noEdit, lastSentAt: 0, timer: null, sending: null, closed: true });
      return;
    }
    slot.closed = true;
    if (slot.timer !== null) this.deps.timers.clearTimeout(slot.timer);
    slot.timer = null;
    await slot.sending;
  }

  /** Ends every round's edits and waits for those in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.slots.keys()].map((key) => this.close(key)));
  }

  private schedule(key: string, slot: Slot, ms: number): void {
    slot.timer = this.deps.timers.setTimeout(() => {
      slot.timer = null;
      if (slot.closed) return;
      if (slot.sending !== null) {
        this.schedule(key, slot, this.deps.intervalMs);
        return;
      }
      slot.sending = this.send(key, slot);
    }, ms);
  }

  private async send(key: string, slot: Slot): Promise<void> {
    slot.lastSentAt = this.deps.now();
    try {
      const outcome = await slot.edit(() => !slot.closed);
      // Honour Retry-After: no edit of this post before it has passed.
      if (outcome?.retryAfterMs !== undefined)
        slot.lastSentAt = this.deps.now() + outcome.retryAfterMs - this.deps.intervalMs;
    } catch (error) {
      this.deps.onError(key, error);
    } finally {
      slot.sending = null;
    }
  }
}
