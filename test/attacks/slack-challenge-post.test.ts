import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, slackHarness, T1, textOf } from '../slack/slack-harness.ts';

/**
 * A challenge only works once the opponent sees it in the channel. When Slack will not take the post, the
 * challenge is retried (a short 429, a lost answer found again by its metadata) or withdrawn with a word to
 * the challenger, never left pending where it would block the pair for a day.
 */
describe('a challenge whose channel post fails', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
    h.api.addChannel('COUT', 'not-invited', { member: false });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  const challengeThePairAgain = async () => {
    const bob = 'slack:T1:UBOB';
    const carol = 'slack:T1:UCAROL';
    // The pair is blocked exactly when a new challenge between them is refused as open_duel_exists.
    return h.engine.challenge(
      { tenantId: 'slack:T1', tenantName: 't1', playerId: bob, displayName: 'bob' },
      { channelId: 'slack:T1:C2', channelName: 'random' },
      { playerId: carol, displayName: 'Carol', isBot: false },
      { questions: 1 },
    );
  };

  it('not_in_channel: the challenge is withdrawn, the challenger is told why, and the pair is not blocked', async () => {
    const { responseUrl } = await h.command(T1('UBOB', 'bob'), 'COUT', 'challenge <@UCAROL> 2');
    const reply = await h.reply(responseUrl);
    await h.adapter.settled();
    expect(textOf(reply.body)).toContain('could not post your challenge in this channel');
    expect(textOf(reply.body)).toContain('/invite @notequiz');
    // No Accept button for the challenger alone: only the opponent could press it.
    expect(textOf(reply.body)).not.toContain('nq_duel_accept');
    expect(h.api.messagesIn('COUT')).toEqual([]);
    const again = await challengeThePairAgain();
    expect(again.ok).toBe(true);
  });

  it('a 429 with a short Retry-After: waited out, posted once, the duel points at the post', async () => {
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', retryAfterSeconds: 1 });
    const { responseUrl } = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 2');
    await h.adapter.settled();
    const [message] = h.api.messagesIn('C1');
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(textOf(message ?? {})).toContain('challenges <@UCAROL>');
    expect(h.api.responsesTo(responseUrl)).toEqual([]);
    const duelId = (message?.metadata?.event_payload as { duel_id?: string } | undefined)?.duel_id ?? '';
    const duel = await h.store.getDuel(duelId);
    expect(duel?.status).toBe('pending');
    expect(duel?.postRef).toBe(`C1:${message?.ts}`);
  });

  it('a 429 asking for a long wait: withdrawn at once, and the challenger may try again later', async () => {
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', retryAfterSeconds: 120 });
    const { responseUrl } = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 2');
    const reply = await h.reply(responseUrl);
    await h.adapter.settled();
    expect(textOf(reply.body)).toContain('Try again in a minute');
    expect(h.api.messagesIn('C1')).toEqual([]);
    expect((await challengeThePairAgain()).ok).toBe(true);
  });

  it('a lost answer: the post is found by the duel id in its metadata, not made twice', async () => {
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 2');
    await h.adapter.settled();
    const messages = h.api.messagesIn('C1');
    expect(messages).toHaveLength(1);
    const duelId = (messages[0]?.metadata?.event_payload as { duel_id?: string } | undefined)?.duel_id ?? '';
    expect((await h.store.getDuel(duelId))?.postRef).toBe(`C1:${messages[0]?.ts}`);
  });
});
