import type { WebClient } from '@slack/web-api';
import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { noticeChannelPaused } from './admin-notice.ts';
import type { AnswerCounts } from './answer-counts.ts';
import type { SlackConfig } from './config.ts';
import {
  DAILY_RESULTS_EVENT,
  DAILY_ROUND_EVENT,
  findPostedMessage,
  roundMetadata,
} from './find-posted-message.ts';
import { dailyOpenMessage, dailyResultsMessage } from './render/question-blocks.ts';
import { classifySlackError, type SlackFailure, toPublishResult } from './slack-errors.ts';
import { postRefOf, splitPostRef, splitQualified, timeOfTs } from './slack-ids.ts';

/** A post's ts is when it appeared: daily answer speed counts from it (PublishResult.postedAt). */
function postedAtOf(ts: string): { postedAt?: Date } {
  const at = timeOfTs(ts);
  return at === undefined ? {} : { postedAt: at };
}

/** What the live count needs to redraw an open daily post; remembered when the post is made. */
export interface PostedRound {
  readonly late: boolean;
  readonly lang: 'en' | 'zh';
  readonly timezone: string;
}

/**
 * postRound's options. `created` (optional, from engine.openDailyRound) is true when that very call created
 * the round: no earlier attempt can have posted it, so the history lookup is skipped. Left out, every post
 * looks first (one conversations.history call), which is always safe.
 */
export interface SlackPostOptions {
  readonly late: boolean;
  readonly lang: Lang;
  readonly created?: boolean;
}

/**
 * The scheduler's way into Slack: the daily post and its reveal. Failures come back as PublishResult codes
 * (429 retryable with Retry-After; lost channel or dead token permanent) and are never thrown.
 */
export function createSlackPublisher(deps: {
  client: WebClient;
  config: SlackConfig;
  logger: pino.Logger;
  counts: AnswerCounts;
  posted: Map<string, PostedRound>;
  countAnswers: (roundId: string) => Promise<number>;
}): RoundPublisher {
  const { client, logger } = deps;
  let scopeWarned = false;

  /**
   * The message an earlier attempt posted for this round, if Slack has one: a crash or a lost response
   * after Slack accepted the post must not turn the retry into a second message. Reading the history is a
   * safeguard, never a gate: when it fails (no channels:history / groups:history scope, rate limit) we post.
   */
  const alreadyPosted = async (
    channel: string,
    eventType: string,
    roundId: string,
    since: Date,
  ): Promise<string | null> => {
    const found = await findPostedMessage(client, {
      channel,
      eventType,
      roundId,
      since,
      botId: deps.config.botId,
    });
    if (found.kind === 'found') {
      logger.info(
        { roundId, channel, ts: found.ts },
        'found the message an earlier attempt posted; not posting again',
      );
      return found.ts;
    }
    if (found.kind === 'unknown') {
      const { code } = found.failure;
      if (code === 'missing_scope' && !scopeWarned) {
        scopeWarned = true;
        logger.error(
          { code, channel, roundId },
          'Slack refused conversations.history (missing_scope): add the channels:history and groups:history bot scopes and reinstall the app, or a retry after a crash may post a round twice',
        );
      } else if (code !== 'missing_scope') {
        logger.warn(
          { code, channel, roundId },
          'could not read channel history before posting; posting anyway',
        );
      }
    }
    return null;
  };

  const fail = async (
    failure: SlackFailure,
    channelLocal: string,
    lang: 'en' | 'zh',
    what: string,
  ): Promise<PublishResult> => {
    if (failure.kind === 'auth') {
      logger.error(
        { code: failure.code, channel: channelLocal },
        `Slack rejected the bot token (${failure.code}): the app was uninstalled or the token revoked. Reinstall the app and set a new SLACK_BOT_TOKEN.`,
      );
    } else if (failure.kind === 'channel') {
      logger.error(
        { code: failure.code, channel: channelLocal },
        `${what}: the bot cannot post in this channel`,
      );
      await noticeChannelPaused(deps, channelLocal, failure.code, lang);
    } else {
      logger.warn({ code: failure.code, channel: channelLocal }, `${what} failed`);
    }
    return toPublishResult(failure);
  };

  return {
    platform: 'slack',

    async postRound(
      channel: ChannelRecord,
      { round, question }: RoundWithQuestion,
      options: SlackPostOptions,
    ): Promise<PublishResult> {
      const local = splitQualified(channel.id)?.localId;
      if (local === undefined || local === null)
        return { ok: false, retryable: false, code: 'not_a_slack_channel' };
      const meta: PostedRound = {
        late: options.late,
        lang: options.lang,
        timezone: channel.schedule?.timezone ?? channel.timezone,
      };
      try {
        if (options.created !== true) {
          const ts = await alreadyPosted(local, DAILY_ROUND_EVENT, round.id, round.opensAt);
          if (ts !== null) {
            deps.posted.set(round.id, meta);
            return { ok: true, postRef: postRefOf(local, ts), ...postedAtOf(ts) };
          }
        }
        const answers = await deps.countAnswers(round.id);
        const message = dailyOpenMessage(round, question, { ...meta, answers });
        const posted = await client.chat.postMessage({
          channel: local,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: roundMetadata(DAILY_ROUND_EVENT, round.id),
        });
        const ts = typeof posted.ts === 'string' ? posted.ts : '';
        const postedChannel = typeof posted.channel === 'string' ? posted.channel : local;
        deps.posted.set(round.id, meta);
        return { ok: true, postRef: postRefOf(postedChannel, ts), ...postedAtOf(ts) };
      } catch (error) {
        return fail(classifySlackError(error), local, options.lang, 'daily question not posted');
      }
    },

    async postResults(channel: ChannelRecord, results: RoundResults, options): Promise<PublishResult> {
      const local = splitQualified(channel.id)?.localId;
      if (local === undefined || local === null)
        return { ok: false, retryable: false, code: 'not_a_slack_channel' };
      await deps.counts.close(results.round.id);
      const message = dailyResultsMessage(results, options);
      const ref = results.round.postRef === null ? null : splitPostRef(results.round.postRef);
      try {
        if (ref !== null) {
          try {
            await client.chat.update({
              channel: ref.channel,
              ts: ref.ts,
              text: message.text,
              blocks: message.blocks,
            });
            return { ok: true, postRef: postRefOf(ref.channel, ref.ts) };
          } catch (error) {
            const failure = classifySlackError(error);
            // The original post is gone or too old to edit: post the results beside it instead.
            if (failure.kind !== 'rejected') throw error;
          }
        }
        // Posting beside the question must be as safe to retry as the question itself.
        const earlier = await alreadyPosted(
          local,
          DAILY_RESULTS_EVENT,
          results.round.id,
          results.round.opensAt,
        );
        if (earlier !== null) return { ok: true, postRef: postRefOf(local, earlier) };
        const posted = await client.chat.postMessage({
          channel: local,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          metadata: roundMetadata(DAILY_RESULTS_EVENT, results.round.id),
        });
        return {
          ok: true,
          postRef: postRefOf(
            typeof posted.channel === 'string' ? posted.channel : local,
            String(posted.ts ?? ''),
          ),
        };
      } catch (error) {
        return fail(classifySlackError(error), local, options.lang, 'daily results not posted');
      }
    },
  };
}
