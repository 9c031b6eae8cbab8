import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../adapters/slack/action-values.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';
type Button = { action_id: string; value: string };
const buttonsOf = (blocks: unknown): Button[] =>
  ((blocks ?? []) as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

async function postToday(h: SlackHarness) {
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 'team-t1' },
    { channelId: CHANNEL, channelName: 'general' },
  );
  const channel = await h.engine.setSchedule(CHANNEL, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const opened = await h.engine.openDailyRound(CHANNEL);
  if (!opened.ok) throw new Error(opened.code);
  const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
  if (!posted.ok) throw new Error(posted.code);
  await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
  return opened.value;
}

describe('Slack: coming back to the question of the day; cancelling a challenge', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('/quiz daily after answering shows the pick and no buttons; pressing again says the pick; closed shows the result', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { round, question } = await postToday(h);
    const bob = T1('UBOB', 'bob');
    const before = (await h.reply((await h.command(bob, 'C1', 'daily')).responseUrl)).body;
    const options = buttonsOf(before.blocks);
    const wrong = (question.correctIndex ?? 0) === 0 ? 1 : 0;
    const pick = options[wrong];
    if (pick === undefined) throw new Error('no option button');
    await h.reply((await h.click(bob, 'C1', { actionId: pick.action_id, value: pick.value })).responseUrl);
    const letter = String.fromCharCode(65 + wrong);

    const after = (await h.reply((await h.command(bob, 'C1', 'daily')).responseUrl)).body;
    expect(buttonsOf(after.blocks)).toEqual([]);
    expect(textOf(after)).toContain(`You picked ${letter}.`);
    expect(textOf(after)).toContain('The right answer is shown when the question closes.');
    expect(textOf(after)).not.toContain('Right answer');

    const again = await h.click(bob, 'C1', { actionId: pick.action_id, value: pick.value });
    expect(textOf((await h.reply(again.responseUrl)).body)).toContain(
      `You already answered this one; your first answer counts. You picked ${letter}.`,
    );

    h.clock.advance(9 * 60 * 60 * 1000);
    await h.engine.closeRound(round.id);
    const closed = (await h.reply((await h.command(bob, 'C1', 'daily')).responseUrl)).body;
    expect(textOf(closed)).toContain('Right answer');
    expect(textOf(closed)).toContain(`You picked ${letter}.`);
  });

  it('the challenger cancels a pending challenge from its message; nobody else can', async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 2');
    await h.adapter.settled();
    const challenge = h.api.callsOf('chat.postMessage')[0];
    const cancel = buttonsOf(challenge?.body.blocks).find((b) => b.action_id === ACTION.duelCancel);
    if (cancel === undefined) throw new Error('no cancel button');
    const refused = await h.click(T1('UCAROL', 'carol'), 'C1', {
      actionId: cancel.action_id,
      value: cancel.value,
    });
    expect(textOf((await h.reply(refused.responseUrl)).body)).toContain(
      'Only the challenger can cancel a challenge.',
    );
    await h.click(T1('UBOB', 'bob'), 'C1', { actionId: cancel.action_id, value: cancel.value });
    await h.api.waitFor(() => h.api.callsOf('chat.update').length === 1);
    await h.adapter.settled();
    const redrawn = h.api.messages.get(`C1:${String(challenge?.answer.ts)}`);
    expect(textOf(redrawn ?? {})).toContain('bob cancelled the challenge.');
    expect(buttonsOf(redrawn?.blocks)).toEqual([]);
    // The pair is free again.
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 2');
    await h.adapter.settled();
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(2);
  });
});
