import type { Lang } from '../content/question.ts';

/** Knobs of the daily scheduler. Defaults suit production; tests shorten nothing but may tune them. */
export interface SchedulerSettings {
  /** node-cron expression of the tick (it only decides when to look; the database decides what to do). */
  readonly tickCron: string;
  /** How long a claimed post is reserved for this instance before another may try. */
  readonly leaseMs: number;
  /** First retry delay after a retryable failure; doubles per attempt up to retryMaxMs. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /**
   * A closed round whose results are still unposted this long after its close time is taken over by any
   * instance (the one that closed it crashed or keeps failing).
   */
  readonly resultsRecoveryAfterMs: number;
  /** Channels posted at the same time (the daily fan-out). */
  readonly concurrency: number;
  /** Language when neither the tenant nor the question says. */
  readonly defaultLang: Lang;
}

const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  tickCron: '* * * * *',
  leaseMs: 120_000,
  retryBaseMs: 15_000,
  retryMaxMs: 600_000,
  resultsRecoveryAfterMs: 300_000,
  concurrency: 16,
  defaultLang: 'en',
};

export function resolveSettings(partial: Partial<SchedulerSettings> | undefined): SchedulerSettings {
  const settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...(partial ?? {}) };
  if (settings.concurrency < 1) throw new Error('scheduler concurrency must be at least 1');
  if (settings.leaseMs < 1_000) throw new Error('scheduler leaseMs must be at least 1000');
  return settings;
}

/**
 * When to try again. Without a hint: exponential backoff, base · 2^(attempt-1), capped. With the
 * platform's Retry-After: that long (it knows its own limits), but growing from one second per attempt if
 * it keeps refusing, so a stream of short Retry-Afters cannot turn into a tight loop.
 */
export function retryDelayMs(settings: SchedulerSettings, attempt: number, retryAfterMs?: number): number {
  const step = 2 ** Math.max(0, attempt - 1);
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, Math.min(settings.retryMaxMs, 1_000 * step));
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * step);
}
