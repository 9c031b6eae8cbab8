import type { Lang } from '../content/question.ts';
import type { DuelSettlement, RoundResults, RoundWithQuestion } from '../engine/api.ts';
import type { ChannelRecord } from '../engine/records.ts';
import type { SectionReport } from '../engine/section-report.ts';

/**
 * The scheduler's port to a chat platform: how a daily round and its results reach a channel.
 * Slack, Discord and the terminal each implement it; the scheduler decides when, never how.
 */
export interface RoundPublisher {
  /** Which channels this publisher serves: channel ids start with `${platform}:`. */
  readonly platform: string;
  /**
   * Posts the question of the day. `late` is true for a catch-up post after the scheduled time.
   * Must be safe to retry: `roundId` lets an implementation find a message it posted before a crash.
   */
  postRound(
    channel: ChannelRecord,
    round: RoundWithQuestion,
    /**
     * `created`: this very attempt created the round, so no earlier post of it can exist and an
     * implementation may skip looking for one.
     */
    options: { late: boolean; lang: Lang; created?: boolean },
  ): Promise<PublishResult>;
  /**
   * Replaces the round's message with the reveal (or posts it beside, where editing is impossible).
   * Must be safe to retry, like postRound: after a crash the scheduler may deliver the same reveal again
   * (an edit to the same content shows nothing new; a reveal posted beside must be found by round id).
   */
  postResults(
    channel: ChannelRecord,
    results: RoundResults,
    options: {
      lang: Lang;
      /**
       * An earlier attempt may have got partway (a crash after the platform took it, a failed try): a
       * platform that posts more than the idempotent reveal (a notification beside it) checks first.
       */
      recovering?: boolean;
    },
  ): Promise<PublishResult>;
  /**
   * Tells the duel's channel how a duel the scheduler expired or forfeited ended. Optional: a platform
   * without duels leaves it out. Expiry is global and happens once, so this is called once per duel
   * (the scheduler does not retry it: a failure is logged and the duel stays settled).
   */
  announceDuelSettlement?(settlement: DuelSettlement, options: { lang: Lang }): Promise<PublishResult>;
  /**
   * "The question of the day closes in 1 hour" in the round's channel, with how many answered so far.
   * It must not mention anyone (those who answered are not to be pinged). Optional: a platform without it
   * sends no reminders. The scheduler calls it at most once per round once it succeeds.
   */
  postReminder?(
    channel: ChannelRecord,
    round: RoundWithQuestion,
    options: { lang: Lang; answered: number },
  ): Promise<PublishResult>;
  /**
   * The weekly knowledge-gap digest in its channel (no mention). Optional: a platform without it posts no
   * digests. Called at most once per channel and date once it succeeds; a refusal that is not retryable
   * gives that week's digest up.
   */
  postDigest?(channel: ChannelRecord, report: SectionReport, options: { lang: Lang }): Promise<PublishResult>;
  /**
   * The language the platform speaks in this channel when the team chose none (Slack's SLACK_LANG, a
   * Discord server's language); null to follow the notes. Optional: the terminal follows its session.
   */
  channelLang?(channel: ChannelRecord): Promise<Lang | null>;
}

export type PublishResult =
  | {
      readonly ok: true;
      readonly postRef: string;
      /**
       * When the post appeared, by the platform's own record (Discord's message timestamp, Slack's ts) —
       * also for a post an earlier attempt made. Daily answer speed counts from it. Left out, the moment
       * the publisher answered counts (the terminal prints at once).
       */
      readonly postedAt?: Date;
    }
  /** Try again later (rate limited, network): the scheduler backs off, honouring retryAfterMs. */
  | { readonly ok: false; readonly retryable: true; readonly code: string; readonly retryAfterMs?: number }
  /**
   * Will not work until a person acts (channel gone, bot not in channel, archived, token revoked):
   * the scheduler pauses the channel with this code as the reason and tells an admin where it can.
   */
  | { readonly ok: false; readonly retryable: false; readonly code: string };

/**
 * When players could first see a round's post: the platform's time, kept between the round's opening (a
 * post cannot precede it) and the publisher's answer (nor follow it), so a platform clock that is off
 * never gives anyone a negative or inflated answer time.
 */
export function shownAt(result: { readonly postedAt?: Date }, openedAt: Date, answeredAt: Date): Date {
  const at = result.postedAt?.getTime() ?? answeredAt.getTime();
  return new Date(Math.min(answeredAt.getTime(), Math.max(openedAt.getTime(), at)));
}
