import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { t } from '../shared/i18n.ts';
import { editMessage, postMessage, type SendResult } from './channel-messages.ts';
import { carriesRoundButton, findBotMessage, repliesTo } from './find-posted-message.ts';
import { plainText } from './plain-text.ts';
import { discordChannelOf, parsePostRef, postRefOf } from './platform-ids.ts';
import { dailyPostBody, dailyRevealBody, dailyWinnersBody } from './render-daily.ts';

/**
 * The scheduler's way into Discord. Posting is made safe to retry by a nonce derived from the round id
 * (Discord returns the first message instead of a second one); the reveal edits the round's post and
 * falls back to a new message when that post is gone.
 */
export function createDiscordPublisher(deps: {
  rest: REST;
  logger: Logger;
  countAnswers: (roundId: string) => Promise<number>;
  /** Told before the scheduler pauses the channel for a failure that will not pass by itself. */
  onPermanentFailure?: (channel: ChannelRecord, code: string, lang: Lang) => Promise<void>;
}): RoundPublisher {
  const verdict = (sent: SendResult, channelId: string): PublishResult => {
    if (sent.ok) return { ok: true, postRef: postRefOf(channelId, sent.messageId), postedAt: sent.postedAt };
    deps.logger.warn({ channelId, code: sent.code }, 'discord: publishing failed');
    if (sent.retryable) {
      return sent.retryAfterMs === undefined
        ? { ok: false, retryable: true, code: sent.code }
        : { ok: false, retryable: true, code: sent.code, retryAfterMs: sent.retryAfterMs };
    }
    return { ok: false, retryable: false, code: sent.code };
  };
  const target = (channel: ChannelRecord) => discordChannelOf(channel.id);
  const told = async (result: PublishResult, channel: ChannelRecord, lang: Lang): Promise<PublishResult> => {
    if (!result.ok && !result.retryable) await deps.onPermanentFailure?.(channel, result.code, lang);
    return result;
  };

  /**
   * Names the winners in a reply to the round's post, the one message that notifies them (an edit
   * notifies nobody). Its nonce keeps a quick retry from naming them twice; a recovery, which comes after
   * Discord has forgotten the nonce, first looks for the reply. A failure is logged: the results are out.
   */
  const celebrate = async (
    channelId: string,
    postId: string,
    results: RoundResults,
    options: { lang: Lang; recovering?: boolean },
  ): Promise<void> => {
    const body = dailyWinnersBody(options.lang, results);
    if (body === null) return;
    if (options.recovering === true) {
      const earlier = await findBotMessage(deps.rest, channelId, postId, repliesTo(postId));
      // Found, or the channel could not be read: naming the winners twice is worse than not again.
      if (earlier.kind !== 'absent') {
        deps.logger.info(
          { channelId, roundId: results.round.id, lookup: earlier.kind },
          'discord: winners not named again: an earlier attempt named them, or the channel could not be read',
        );
        return;
      }
    }
    const sent = await postMessage(
      deps.rest,
      channelId,
      { ...body, replyTo: postId },
      { dedupeKey: `winners:${results.round.id}` },
    );
    if (!sent.ok) deps.logger.warn({ channelId, code: sent.code }, 'discord: daily winners not named');
  };

  return {
    platform: 'discord',
    async postRound(
      channel: ChannelRecord,
      round: RoundWithQuestion,
      options: { late: boolean; lang: Lang; created?: boolean },
    ) {
      const place = target(channel);
      if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
      const existing = parsePostRef(round.round.postRef);
      if (existing !== null) return { ok: true, postRef: round.round.postRef ?? '' };
      if (options.created !== true) {
        // An earlier attempt may have posted it and died before recording it, longer ago than the nonce
        // is remembered; when the channel cannot be read, the nonce is all there is.
        const earlier = await findBotMessage(
          deps.rest,
          place.channelId,
          round.round.opensAt,
          carriesRoundButton(round.round.id),
        );
        if (earlier.kind === 'found') {
          deps.logger.info(
            { channelId: place.channelId, roundId: round.round.id },
            'discord: found the post an earlier attempt made; not posting again',
          );
          return verdict(
            { ok: true, messageId: earlier.messageId, postedAt: earlier.postedAt },
            place.channelId,
          );
        }
      }
      const answered = await deps.countAnswers(round.round.id);
      const current =
        options.late === round.round.late
          ? round
          : { ...round, round: { ...round.round, late: options.late } };
      const body = dailyPostBody(options.lang, current, answered);
      const sent = await postMessage(deps.rest, place.channelId, body, {
        dedupeKey: `daily:${round.round.id}`,
      });
      return told(verdict(sent, place.channelId), channel, options.lang);
    },
    /** "Closes in 1 hour", in the channel; allowed_mentions is empty, so the text pings nobody. */
    async postReminder(
      channel: ChannelRecord,
      round: RoundWithQuestion,
      options: { lang: Lang; answered: number },
    ) {
      const place = target(channel);
      if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
      const body = {
        content: `⏰ ${plainText(t(options.lang, 'reminder.closesSoon', { count: options.answered }))}`,
        components: [],
      };
      const sent = await postMessage(deps.rest, place.channelId, body, {
        dedupeKey: `remind:${round.round.id}`,
      });
      return verdict(sent, place.channelId);
    },
    async postResults(
      channel: ChannelRecord,
      results: RoundResults,
      options: { lang: Lang; recovering?: boolean },
    ) {
      const place = target(channel);
      if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
      const body = dailyRevealBody(options.lang, results);
      const ref = parsePostRef(results.round.postRef);
      if (ref !== null) {
        const edited = await editMessage(deps.rest, ref.channelId, ref.messageId, body);
        if (edited.ok) await celebrate(ref.channelId, ref.messageId, results, options);
        if (edited.ok || edited.code !== 'message_not_found')
          return told(verdict(edited, ref.channelId), channel, options.lang);
      }
      const sent = await postMessage(deps.rest, place.channelId, body, {
        dedupeKey: `reveal:${results.round.id}`,
      });
      if (sent.ok) await celebrate(place.channelId, sent.messageId, results, options);
      return told(verdict(sent, place.channelId), channel, options.lang);
    },
  };
}
