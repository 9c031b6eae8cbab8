import type { BucketLimit } from './platform-limits.ts';

/**
 * Rate-limit buckets keyed by what a platform limits (a channel, a workspace and method, a bot), on the
 * simulation's clock. `take` spends one call or says how long until one is allowed (the Retry-After).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: BucketLimit,
    private readonly now: () => number,
  ) {}

  take(key: string): { ok: true; remaining: number } | { ok: false; retryAfterMs: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    return { ok: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / this.limit.perSecond) * 1000) };
  }

  /** Milliseconds until the bucket is full again (Discord's X-RateLimit-Reset-After). */
  resetAfterMs(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return 0;
    return Math.max(0, ((this.limit.burst - bucket.tokens) / this.limit.perSecond) * 1000);
  }
}
