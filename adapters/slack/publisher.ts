import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { channelZone } from '../shared/time-text.ts';
import { noticeChannelPaused } from './admin-notice.ts';
import type { AnswerCounts } from './answer-counts.ts';
import {
  DAILY_RESULTS_EVENT,
  DAILY_ROUND_EVENT,
  DAILY_WINNERS_EVENT,
  findPostedMessage,
  findThreadReply,
  roundMetadata,
} from './find-posted-message.ts';
import { dailyOpenMessage, dailyResultsMessage } from './render/question-blocks.ts';
import { dailyWinnersMessage } from './render/winners-blocks.ts';
import { classifySlackError, type SlackFailure, toPublishResult } from './slack-errors.ts';
import { postRefOf, splitPostRef, splitQualified, timeOfTs } from './slack-ids.ts';
import type { PostingClient } from './web-clients.ts';
import type { WorkspaceParts } from './workspaces.ts';

/**
 * A refused token is retried, not paused: the channels did nothing wrong, and they should resume by
 * themselves once Slack accepts the token again. The scheduler doubles this up to its longest backoff.
 */
export const TOKEN_RETRY_MS = 60_000;

/** Why nothing can be posted for a workspace without an installation: paused until it is installed again. */
export const NOT_INSTALLED = 'app_uninstalled';

/** A qualified channel id's Slack channel and the parts of its workspace, or the result that says why not. */
export async function slackPlaceOf(
  channelId: string,
  workspaceOf: (teamId: string) => Promise<WorkspaceParts | null>,
): Promise<
  | { readonly ok: true; readonly local: string; readonly teamId: string; readonly ws: WorkspaceParts }
  | { readonly ok: false; readonly result: PublishResult }
> {
  const place = splitQualified(channelId);
  if (place === null || place.localId === null)
    return { ok: false, result: { ok: false, retryable: false, code: 'not_a_slack_channel' } };
  const ws = await workspaceOf(place.teamId);
  if (ws === null) return { ok: false, result: { ok: false, retryable: false, code: NOT_INSTALLED } };
  return { ok: true, local: place.localId, teamId: place.teamId, ws };
}

/** A post's ts is when it appeared: daily answer speed counts from it (PublishResult.postedAt). */
function postedAtOf(ts: string): { postedAt?: Date } {
  const at = timeOfTs(ts);
  return at === undefined ? {} : { postedAt: at };
}

/**
 * What the live count needs to redraw an open daily post besides the team's language (read afresh for
 * each redraw: another instance may change it); remembered when the post is made, or at the first click.
 */
export interface PostedRound {
  readonly late: boolean;
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
 * (429 retryable with Retry-After; a refused token retryable, reported on /readyz; a lost channel
 * permanent) and are never thrown.
 */
export function createSlackPublisher(deps: {
  /** The parts of a channel's workspace (its token's clients); null when the app is not installed there. */
  workspaceOf: (teamId: string) => Promise<WorkspaceParts | null>;
  logger: pino.Logger;
  counts: AnswerCounts;
  posted: Map<string, PostedRound>;
  countAnswers: (roundId: string) => Promise<number>;
}): RoundPublisher {
  const { logger } = deps;
  let scopeWarned = false;
  /**
   * Posts (by round and kind) whose last attempt ended without an answer from Slack: it may have posted.
   * Their retry posts only once the history says the message is not there.
   */
  const uncertain = new Set<string>();

  /**
   * The message an earlier attempt posted for this round, if Slack has one: a crash or a lost response
   * after Slack accepted the post must not turn the retry into a second message. When the history cannot be
   * read (no channels:history / groups:history scope, rate limit) we post, unless this process knows its
   * last attempt may have posted: then it waits until the history can say ('wait').
   */
  const alreadyPosted = async (
    ws: WorkspaceParts,
    channel: string,
    eventType: string,
    roundId: string,
    since: Date,
  ): Promise<{ kind: 'found'; ts: string } | { kind: 'post' } | { kind: 'wait' }> => {
    const found = await findPostedMessage(ws.client, {
      channel,
      eventType,
      roundId,
      since,
      botId: ws.botId,
    });
    if (found.kind === 'found') {
      logger.info(
        { roundId, channel, ts: found.ts },
        'found the message an earlier attempt posted; not posting again',
      );
      return found;
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
        if (uncertain.has(`${eventType}|${roundId}`)) {
          logger.warn(
            { code, channel, roundId },
            'could not read channel history after an attempt whose outcome is unknown; not posting until it can be read',
          );
          return { kind: 'wait' };
        }
        logger.warn(
          { code, channel, roundId },
          'could not read channel history before posting; posting anyway',
        );
      }
    }
    return { kind: 'post' };
  };

  /** One post, never retried by the client; a lost answer marks the round for a careful retry. */
  const postOnce = async (
    ws: WorkspaceParts,
    eventType: string,
    roundId: string,
    args: Parameters<PostingClient['chat']['postMessage']>[0],
  ) => {
    const key = `${eventType}|${roundId}`;
    try {
      const posted = await ws.poster.chat.postMessage(args);
      uncertain.delete(key);
      ws.token.succeeded();
      return posted;
    } catch (error) {
      if (classifySlackError(error).kind === 'transient') uncertain.add(key);
      throw error;
    }
  };

  const fail = async (
    ws: WorkspaceParts,
    failure: SlackFailure,
    channelLocal: string,
    lang: 'en' | 'zh',
    what: string,
  ): Promise<PublishResult> => {
    if (failure.kind === 'auth') {
      ws.token.observe(failure);
      logger.warn(
        { code: failure.code, channel: channelLocal },
        `${what}: Slack refused the bot token; the channel stays scheduled and will retry`,
      );
      return { ok: false, retryable: true, code: failure.code, retryAfterMs: TOKEN_RETRY_MS };
    }
    if (failure.kind === 'channel') {
      logger.error(
        { code: failure.code, channel: channelLocal },
        `${what}: the bot cannot post in this channel`,
      );
      await noticeChannelPaused({ ...ws, logger }, channelLocal, failure.code, lang);
    } else {
      logger.warn({ code: failure.code, channel: channelLocal }, `${what} failed`);
    }
    return toPublishResult(failure);
  };

  /**
   * Names the winners in the post's thread, the one message that notifies them (an edit notifies nobody).
   * Best effort: the results are out whatever happens here, so a failure is logged and not retried.
   */
  const celebrate = async (
    ws: WorkspaceParts,
    channel: string,
    threadTs: string,
    results: RoundResults,
    options: { lang: Lang; recovering?: boolean },
  ) => {
    const message = dailyWinnersMessage(results, options.lang);
    if (message === null) return;
    if (options.recovering === true) {
      const earlier = await findThreadReply(ws.client, {
        channel,
        threadTs,
        eventType: DAILY_WINNERS_EVENT,
        roundId: results.round.id,
        botId: ws.botId,
      });
      // Found, or the thread could not be read: naming the winners twice is worse than not again.
      if (earlier.kind !== 'absent') {
        logger.info(
          { channel, roundId: results.round.id, lookup: earlier.kind },
          'winners not named again: an earlier attempt named them, or the thread could not be read',
        );
        return;
      }
    }
    try {
      logger.debug(
        { channel, roundId: results.round.id, recovering: options.recovering === true },
        'naming the daily winners in the thread',
      );
      await ws.poster.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        metadata: roundMetadata(DAILY_WINNERS_EVENT, results.round.id),
      });
    } catch (error) {
      logger.warn(
        { channel, roundId: results.round.id, code: classifySlackError(error).code },
        'daily winners not named in the thread',
      );
    }
  };

  const placeOf = (channel: ChannelRecord) => slackPlaceOf(channel.id, deps.workspaceOf);

  return {
    platform: 'slack',

    async postRound(
      channel: ChannelRecord,
      { round, question }: RoundWithQuestion,
      options: SlackPostOptions,
    ): Promise<PublishResult> {
      const place = await placeOf(channel);
      if (!place.ok) return place.result;
      const { local, ws } = place;
      const meta: PostedRound = { late: options.late, timezone: channelZone(channel) };
      try {
        if (options.created !== true) {
          const earlier = await alreadyPosted(ws, local, DAILY_ROUND_EVENT, round.id, round.opensAt);
          if (earlier.kind === 'wait') return { ok: false, retryable: true, code: 'history_unreadable' };
          if (earlier.kind === 'found') {
            deps.posted.set(round.id, meta);
            return { ok: true, postRef: postRefOf(local, earlier.ts), ...postedAtOf(earlier.ts) };
          }
        }
        const answers = await deps.countAnswers(round.id);
        const message = dailyOpenMessage(round, question, { ...meta, lang: options.lang, answers });
        const posted = await postOnce(ws, DAILY_ROUND_EVENT, round.id, {
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
        return fail(ws, classifySlackError(error), local, options.lang, 'daily question not posted');
      }
    },

    async postResults(channel: ChannelRecord, results: RoundResults, options): Promise<PublishResult> {
      const place = await placeOf(channel);
      if (!place.ok) return place.result;
      const { local, ws } = place;
      await deps.counts.close(results.round.id);
      const message = dailyResultsMessage(results, options);
      const ref = results.round.postRef === null ? null : splitPostRef(results.round.postRef);
      try {
        if (ref !== null) {
          try {
            await ws.client.chat.update({
              channel: ref.channel,
              ts: ref.ts,
              text: message.text,
              blocks: message.blocks,
            });
            ws.token.succeeded();
            await celebrate(ws, ref.channel, ref.ts, results, options);
            return { ok: true, postRef: postRefOf(ref.channel, ref.ts) };
          } catch (error) {
            const failure = classifySlackError(error);
            // The original post is gone or too old to edit: post the results beside it instead.
            if (failure.kind !== 'rejected') throw error;
          }
        }
        // Posting beside the question must be as safe to retry as the question itself.
        const earlier = await alreadyPosted(
          ws,
          local,
          DAILY_RESULTS_EVENT,
          results.round.id,
          results.round.opensAt,
        );
        if (earlier.kind === 'wait') return { ok: false, retryable: true, code: 'history_unreadable' };
        if (earlier.kind === 'found') return { ok: true, postRef: postRefOf(local, earlier.ts) };
        const posted = await postOnce(ws, DAILY_RESULTS_EVENT, results.round.id, {
          channel: local,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          metadata: roundMetadata(DAILY_RESULTS_EVENT, results.round.id),
        });
        const postedIn = typeof posted.channel === 'string' ? posted.channel : local;
        const ts = String(posted.ts ?? '');
        await celebrate(ws, postedIn, ts, results, options);
        return { ok: true, postRef: postRefOf(postedIn, ts) };
      } catch (error) {
        return fail(ws, classifySlackError(error), local, options.lang, 'daily results not posted');
      }
    },
  };
}
