import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundResults } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';

interface Button {
  action_id: string;
  value: string;
}

function buttonsOf(blocks: unknown): Button[] {
  return (blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

async function scheduledChannel(h: SlackHarness): Promise<ChannelRecord> {
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 'team-t1' },
    { channelId: CHANNEL, channelName: 'general' },
  );
  return h.engine.setSchedule(CHANNEL, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
}

/** Opens today's round and posts it through the adapter's publisher, as the scheduler would. */
async function postToday(
  h: SlackHarness,
): Promise<{ roundId: string; ts: string; buttons: Button[]; correct: number }> {
  const channel = await scheduledChannel(h);
  const opened = await h.engine.openDailyRound(CHANNEL);
  if (!opened.ok) throw new Error(opened.code);
  const result = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
  if (!result.ok) throw new Error(result.code);
  await h.store.markRoundPosted(opened.value.round.id, result.postRef);
  const ts = result.postRef.split(':')[1] ?? '';
  const message = h.api.messages.get(`C1:${ts}`);
  return {
    roundId: opened.value.round.id,
    ts,
    buttons: buttonsOf(message?.blocks),
    correct: opened.value.question.correctIndex ?? 0,
  };
}

/** Today's question posted, answered right by UWIN, and closed: what a reveal needs. */
async function closedWithOneWinner(
  h: SlackHarness,
): Promise<{ ts: string; channel: ChannelRecord; results: RoundResults }> {
  const { roundId, ts, buttons, correct } = await postToday(h);
  const right = buttons[correct];
  if (right === undefined) throw new Error('button');
  h.clock.advance(2_000);
  const { responseUrl } = await h.click(T1('UWIN', 'winner'), 'C1', {
    actionId: right.action_id,
    value: right.value,
    messageTs: ts,
  });
  await h.reply(responseUrl);
  await h.adapter.settled();
  const channel = (await h.store.getChannel(CHANNEL)) as ChannelRecord;
  h.clock.set('2026-01-05T17:00:01Z');
  const { results } = await h.engine.closeRound(roundId);
  return { ts, channel, results };
}

describe('the question of the day in a channel', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('posts one button per option; a click is private, the channel only sees a throttled count', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { roundId, ts, buttons, correct } = await postToday(h);
    const question = await h.engine.currentDailyRound(CHANNEL);
    expect(buttons).toHaveLength(question?.question.options.length ?? -1);
    expect(h.api.messages.get(`C1:${ts}`)?.text).toContain('Question of the day');

    const right = buttons[correct];
    if (right === undefined) throw new Error('no right button');
    const first = await h.click(T1('UBOB', 'bob'), 'C1', {
      actionId: right.action_id,
      value: right.value,
      messageTs: ts,
    });
    expect(first.post.status).toBe(200);
    const feedback = await h.reply(first.responseUrl);
    expect(feedback.body.response_type).toBe('ephemeral');
    expect(feedback.body.replace_original).toBe(false);
    expect(textOf(feedback.body)).toContain('Correct!');
    expect(textOf(feedback.body)).toContain('1-day streak');

    // The first answer redraws the count at once.
    await h.api.waitFor(() => h.api.callsOf('chat.update').length === 1);
    await h.adapter.settled();
    expect(textOf(h.api.messages.get(`C1:${ts}`) ?? {})).toContain('1 answer so far');

    // Two more within the interval: no edit until the timer is due, then one edit with the latest count.
    const wrong = buttons[(correct + 1) % buttons.length];
    if (wrong === undefined) throw new Error('no wrong button');
    const second = await h.click(T1('UCAROL', 'carol'), 'C1', {
      actionId: wrong.action_id,
      value: wrong.value,
      messageTs: ts,
    });
    const secondFeedback = textOf((await h.reply(second.responseUrl)).body);
    expect(secondFeedback).toContain('Not quite.');
    const third = await h.click(T1('UDAN', 'dan'), 'C1', {
      actionId: right.action_id,
      value: right.value,
      messageTs: ts,
    });
    await h.reply(third.responseUrl);
    await h.adapter.settled();
    expect(h.api.callsOf('chat.update')).toHaveLength(1);
    h.clock.advance(2000);
    expect(h.timers.runDue()).toBe(1);
    await h.api.waitFor(() => h.api.callsOf('chat.update').length === 2);
    await h.adapter.settled();
    expect(textOf(h.api.messages.get(`C1:${ts}`) ?? {})).toContain('3 answers so far');

    // The feedback never names the right option while the round is open.
    const rightText = question?.question.options[correct] ?? '';
    expect(rightText).not.toBe('');
    expect(secondFeedback).not.toContain(rightText);
    expect(secondFeedback).not.toContain(`Right answer`);

    // Answering twice: told so, the first answer stands, no new count edit.
    const again = await h.click(T1('UBOB', 'bob'), 'C1', {
      actionId: wrong.action_id,
      value: wrong.value,
      messageTs: ts,
    });
    expect(textOf((await h.reply(again.responseUrl)).body)).toContain('You already answered');
    expect((await h.store.getAnswer(roundId, 'slack:T1:UBOB'))?.correct).toBe(true);
    expect(await h.store.countAnswers(roundId)).toBe(3);
  });

  it('end to end: schedule -> post -> 20 players (some twice, some late) -> close -> results agree with the store', async () => {
    // Uses the real scheduler from src/schedule with the injected clock.
    h = await slackHarness({ start: '2026-01-05T08:59:00Z' });
    await scheduledChannel(h);
    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: pino({ level: 'silent' }),
      instanceId: 'test-instance',
    });
    h.clock.set('2026-01-05T09:00:30Z');
    const posting = await scheduler.tick();
    expect(posting.posted).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    const current = await h.engine.currentDailyRound(CHANNEL);
    if (current === null || current.round.postRef === null) throw new Error('round not posted');
    const ts = current.round.postRef.split(':')[1] ?? '';
    const buttons = buttonsOf(h.api.messages.get(`C1:${ts}`)?.blocks);
    const correct = current.question.correctIndex ?? 0;

    const players = Array.from({ length: 20 }, (_, i) => `UP${String(i).padStart(2, '0')}`);
    for (const [i, user] of players.entries()) {
      h.clock.advance(1000 + i * 137);
      const choice = i % 3 === 0 ? (correct + 1) % buttons.length : correct;
      const button = buttons[choice];
      if (button === undefined) throw new Error('button');
      const { responseUrl } = await h.click(T1(user, `player${i}`), 'C1', {
        actionId: button.action_id,
        value: button.value,
        messageTs: ts,
      });
      await h.reply(responseUrl);
      if (i % 5 === 0) {
        // A second click by the same player changes nothing.
        const other = buttons[(choice + 1) % buttons.length];
        if (other === undefined) throw new Error('button');
        const twice = await h.click(T1(user, `player${i}`), 'C1', {
          actionId: other.action_id,
          value: other.value,
          messageTs: ts,
        });
        expect(textOf((await h.reply(twice.responseUrl)).body)).toContain('You already answered');
      }
    }
    await h.adapter.settled();

    h.clock.set('2026-01-05T17:00:30Z');
    const closing = await scheduler.tick();
    expect(closing.closed).toHaveLength(1);
    expect(closing.resultsPosted).toHaveLength(1);

    // Clicks after close are refused and change nothing.
    const late = buttons[correct];
    if (late === undefined) throw new Error('button');
    const afterClose = await h.click(T1('ULATE', 'late'), 'C1', {
      actionId: late.action_id,
      value: late.value,
      messageTs: ts,
    });
    expect(textOf((await h.reply(afterClose.responseUrl)).body)).toContain('This question is closed');
    await h.adapter.settled();

    const answers = await h.store.answersForRound(current.round.id);
    expect(answers).toHaveLength(20);
    const right = answers.filter((a) => a.correct);
    const fastest = [...right].sort((a, b) => a.latencyMs - b.latencyMs);
    const shown = textOf(h.api.messages.get(`C1:${ts}`) ?? {});
    expect(shown).toContain('Results');
    expect(shown).toContain(`Right answer: *${String.fromCharCode(65 + correct)}.*`);
    expect(shown).toContain(
      `${Math.round((right.length / answers.length) * 100)}% answered correctly (${right.length} of 20)`,
    );
    // The winners are mentioned (Slack shows their current names) ...
    const mentionOf = (playerId: string): string => `<@${playerId.split(':')[2]}>`;
    const top3 = fastest
      .slice(0, 3)
      .map((a, i) => `${i + 1}. ${mentionOf(a.playerId)} (${(a.latencyMs / 1000).toFixed(1)} s)`);
    const at = top3.map((line) => shown.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(shown).toContain(`${current.question.source.file}:${current.question.source.line}`);
    expect(shown).not.toContain('so far');
    // ... and a new message in the post's thread notifies them, an edit would not: the players who got
    // it right, fastest first, and nobody else.
    const replies = h.api.callsOf('chat.postMessage').filter((c) => c.body.thread_ts === ts);
    expect(replies).toHaveLength(1);
    const cheer = String(replies[0]?.body.text);
    const mentioned = [...cheer.matchAll(/<@(U[A-Z0-9]+)>/g)].map((m) => m[1]);
    expect([...new Set(mentioned)].sort()).toEqual(right.map((a) => a.playerId.split(':')[2]).sort());
    expect(cheer).toContain(`Fastest: ${mentionOf(fastest[0]?.playerId ?? '')}`);
    expect(cheer).not.toMatch(/<!(channel|here|everyone)>/);
    await scheduler.stop();
  });

  it('fits a long Chinese note answer into the reveal, cut with its source', async () => {
    h = await slackHarness({
      start: '2026-01-05T09:00:00Z',
      questions: [(await import('./slack-harness.ts')).LONG_ZH_QUESTION],
    });
    const { roundId, ts } = await postToday(h);
    const channel = (await h.store.getChannel(CHANNEL)) as ChannelRecord;
    h.clock.set('2026-01-05T17:00:01Z');
    const { results } = await h.engine.closeRound(roundId);
    const result = await h.adapter.publisher.postResults(channel, results, { lang: 'zh' });
    expect(result.ok).toBe(true);
    const shown = textOf(h.api.messages.get(`C1:${ts}`) ?? {});
    expect(shown).toContain('docker-interview-zh.md:120');
    expect(shown).toContain('容器是一种轻量级的虚拟化技术');
    expect(shown).toContain('…');
  });

  it('names the winners once when a reveal is repeated after a crash, and looks only when repeating', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { ts, channel, results } = await closedWithOneWinner(h);
    const winnersReplies = () => h.api.callsOf('chat.postMessage').filter((c) => c.body.thread_ts === ts);

    // A first attempt that died before it was recorded got as far as naming the winners; the attempt that
    // recovers the round edits the post again (nothing new to see) and finds the reply in the thread.
    expect((await h.adapter.publisher.postResults(channel, results, { lang: 'en' })).ok).toBe(true);
    expect(h.api.callsOf('conversations.replies')).toHaveLength(0);
    expect(winnersReplies()).toHaveLength(1);
    expect(
      (await h.adapter.publisher.postResults(channel, results, { lang: 'en', recovering: true })).ok,
    ).toBe(true);
    expect(h.api.callsOf('conversations.replies')).toHaveLength(1);
    expect(winnersReplies()).toHaveLength(1);
    expect(textOf(winnersReplies()[0]?.body ?? {})).toContain('<@UWIN>');
  });

  it('a recovering reveal names the winners when the attempt before it never did', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { ts, channel, results } = await closedWithOneWinner(h);
    expect(
      (await h.adapter.publisher.postResults(channel, results, { lang: 'en', recovering: true })).ok,
    ).toBe(true);
    expect(h.api.callsOf('chat.postMessage').filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
  });
});
