/**
 * The platforms' rate limits as the simulation's fake APIs enforce them and as its floor arithmetic uses
 * them: declared once here, with where each number comes from (docs/scaling.md cites the same pages).
 * Where the platform publishes no number, the value is an assumption and says so.
 */

/** A token bucket: `burst` calls at once, refilled at `perSecond`. */
export interface BucketLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/**
 * Slack (https://docs.slack.dev/apis/web-api/rate-limits): limits apply "per API method per workspace per
 * app"; chat.postMessage is a special tier, "one message per second per channel, while also maintaining a
 * workspace-wide limit" that is not published as a number.
 */
export const SLACK_LIMITS = {
  /** chat.postMessage in one channel: 1 per second ("short bursts >1 allowed": modelled as no burst). */
  postPerChannel: { burst: 1, perSecond: 1 },
  /**
   * chat.postMessage across one workspace. ASSUMPTION: the page gives no number; the method's own page
   * has said "several hundred messages per minute". Modelled as 300 a minute with a burst of 20.
   */
  postPerWorkspace: { burst: 20, perSecond: 5 },
  /**
   * chat.update: Tier 3, "50+ per minute" per workspace ("sporadic bursts are welcome"). ASSUMPTION in part:
   * the tier is from chat.update's method reference, not retrieved when this was written.
   */
  updatePerWorkspace: { burst: 50, perSecond: 50 / 60 },
  /**
   * conversations.history (the look-up before a retried post) is Tier 3 for internal and Marketplace
   * apps. Commercially distributed non-Marketplace apps get 1 a minute and 15 messages a page
   * (Slack changelog, 2025-05-29): see docs/scaling.md.
   */
  historyPerWorkspace: { burst: 50, perSecond: 50 / 60 },
} as const satisfies Record<string, BucketLimit>;

/**
 * Discord (https://docs.discord.com/developers/topics/rate-limits): a global limit per bot of 50 requests a
 * second, and per-route limits keyed by the top-level resource (the channel for channel messages) whose
 * numbers Discord does not publish ("should not be hard coded"): the fake announces them in
 * X-RateLimit-* headers as Discord does, and discord.js's REST client queues by them.
 */
export const DISCORD_LIMITS = {
  /** Every request of the bot, whichever process sends it. */
  globalPerBot: { burst: 50, perSecond: 50 },
  /** POST and PATCH /channels/{id}/messages…: ASSUMPTION 5 per 5 s per channel, the commonly observed value. */
  messagesPerChannel: { burst: 5, perSecond: 1 },
  /** Discord requires sharding past this many servers per gateway connection. */
  maxGuildsPerShard: 2_500,
  /** GET /gateway/bot recommends about one shard per this many servers. */
  recommendedGuildsPerShard: 1_000,
  /** IDENTIFY: max_concurrency per 5 s (1 for bots under 150,000 servers); 1,000 session starts a day. */
  identifyIntervalMs: 5_000,
  sessionStartsPerDay: 1_000,
} as const;

/**
 * The least time a burst of calls can take under one bucket that starts full: the first `burst` go at
 * once, the rest at the refill rate.
 */
export function bucketFloorSeconds(calls: number, limit: BucketLimit): number {
  return Math.max(0, calls - limit.burst) / limit.perSecond;
}
