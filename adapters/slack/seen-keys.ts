/**
 * Keys seen recently (request signatures, event ids), each forgotten at its own expiry. Used to process a
 * replayed request or a redelivered event once. Memory is bounded: expired keys are dropped as new ones
 * arrive, and past `maxKeys` the oldest go first (a flood of distinct signed requests can only come from
 * Slack itself, so losing the oldest keys under one is the lesser harm).
 *
 * Per process: behind a load balancer a replay may reach another instance. What a replay could repeat is
 * idempotent in the engine (one answer per player and round, one open duel per pair, a schedule set twice
 * is the same schedule), so the cache only has to stop the cheap repeats, not be a distributed lock.
 */
export class SeenKeys {
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly nowMs: () => number,
    private readonly maxKeys = 100_000,
  ) {}

  /** True when `key` was already seen and has not expired; otherwise remembers it until `expiresAtMs`. */
  seenBefore(key: string, expiresAtMs: number): boolean {
    const now = this.nowMs();
    this.dropExpired(now);
    const known = this.expiries.get(key);
    if (known !== undefined && known > now) return true;
    this.expiries.delete(key);
    while (this.expiries.size >= this.maxKeys) {
      const oldest = this.expiries.keys().next();
      if (oldest.done === true) break;
      this.expiries.delete(oldest.value);
    }
    this.expiries.set(key, expiresAtMs);
    return false;
  }

  get size(): number {
    return this.expiries.size;
  }

  /** Keys arrive roughly in expiry order, so looking at the oldest few is enough to keep the map small. */
  private dropExpired(now: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > now) return;
      this.expiries.delete(key);
    }
  }
}
