import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../adapters/slack/action-values.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';

interface Element {
  action_id: string;
  value: string;
}
const elements = (blocks: unknown): Element[] =>
  (blocks as { elements?: Element[] }[]).flatMap((b) => b.elements ?? []);

/** A channel whose day runs in Shanghai (UTC+8): every time shown must be Shanghai's, and say so. */
async function shanghaiChannel(h: SlackHarness): Promise<void> {
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 'team-t1' },
    { channelId: CHANNEL, channelName: 'general' },
  );
  await h.engine.setSchedule(CHANNEL, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'Asia/Shanghai',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
}

describe("times in a Slack channel's timezone", () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('the daily post names its close in the channel zone; a private copy also says how long is left', async () => {
    h = await slackHarness({ start: '2026-01-05T01:00:00Z' }); // 09:00 in Shanghai
    await shanghaiChannel(h);
    const opened = await h.engine.openDailyRound(CHANNEL);
    if (!opened.ok) throw new Error(opened.code);
    const channel = await h.store.getChannel(CHANNEL);
    if (channel === null) throw new Error('no channel');
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
    const post = h.api.callsOf('chat.postMessage')[0];
    // The post stays up all day: an absolute time, no countdown that would go stale.
    expect(textOf(post?.body ?? {})).toContain('Answers close at 17:00 Asia/Shanghai.');

    h.clock.set('2026-01-05T03:00:00Z'); // 11:00 in Shanghai
    const { responseUrl } = await h.command(T1('UBOB', 'bob'), 'C1', 'daily');
    expect(textOf((await h.reply(responseUrl)).body)).toContain(
      'Answers close at 17:00 Asia/Shanghai (in 6 h).',
    );
  });

  it('a challenge says when it expires and in how long; a duel question gives its deadline to the second', async () => {
    h = await slackHarness({ start: '2026-01-05T02:00:00Z' }); // 10:00 in Shanghai
    await shanghaiChannel(h);
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 1');
    await h.adapter.settled();
    const challenge = h.api.callsOf('chat.postMessage')[0];
    expect(textOf(challenge?.body ?? {})).toContain(
      'The duel expires at 10:00 Asia/Shanghai tomorrow (in 24 h).',
    );
    const duelId =
      elements(challenge?.body.blocks).find((e) => e.action_id === ACTION.duelAccept)?.value ?? '';
    await h.click(T1('UCAROL', 'carol'), 'C1', { actionId: ACTION.duelAccept, value: duelId });
    await h.adapter.settled();

    h.clock.set('2026-01-05T02:30:15Z');
    const play = await h.click(T1('UBOB', 'bob'), 'C1', { actionId: ACTION.duelPlay, value: duelId });
    expect(textOf((await h.reply(play.responseUrl)).body)).toContain(
      'Answer before 10:31:15 Asia/Shanghai (in 60 s).',
    );
    // The public message, redrawn on accept, keeps the channel's zone too.
    const publicTs = String(challenge?.answer.ts);
    expect(textOf(h.api.messages.get(`C1:${publicTs}`) ?? {})).toContain('Asia/Shanghai');
  });
});
