import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { t } from '../shared/i18n.ts';
import { editMessage, postMessage, type SendResult } from './channel-messages.ts';
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
   * Names the winners in a new message, the one that notifies them (an edit notifies nobody). Its nonce
   * keeps a retried reveal from naming them twice; a failure is logged, the results are out anyway.
   */
  const celebrate = async (channelId: string, results: RoundResults, lang: Lang): Promise<void> => {
    const body = dailyWinnersBody(lang, results);
    if (body === null) return;
    const sent = await postMessage(deps.rest, channelId, body, { dedupeKey: `winners:${results.round.id}` });
    if (!sent.ok) deps.logger.warn({ channelId, code: sent.code }, 'discord: daily winners not named');
  };

  return {
    platform: 'discord',
    async postRound(
      channel: ChannelRecord,
      round: RoundWithQuestion,
      options: { late: boolean; lang: Lang },
    ) {
      const place = target(channel);
      if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
      const existing = parsePostRef(round.round.postRef);
      if (existing !== null) return { ok: true, postRef: round.round.postRef ?? '' };
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
    async postResults(channel: ChannelRecord, results: RoundResults, options: { lang: Lang }) {
      const place = target(channel);
      if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
      const body = dailyRevealBody(options.lang, results);
      const ref = parsePostRef(results.round.postRef);
      if (ref !== null) {
        const edited = await editMessage(deps.rest, ref.channelId, ref.messageId, body);
        if (edited.ok) await celebrate(ref.channelId, results, options.lang);
        if (edited.ok || edited.code !== 'message_not_found')
          return told(verdict(edited, ref.channelId), channel, options.lang);
      }
      const sent = await postMessage(deps.rest, place.channelId, body, {
        dedupeKey: `reveal:${results.round.id}`,
      });
      if (sent.ok) await celebrate(place.channelId, results, options.lang);
      return told(verdict(sent, place.channelId), channel, options.lang);
    },
  };
}
