import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlackPostOptions } from '../../adapters/slack/publisher.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { LONG_ZH_QUESTION, type SlackHarness, slackHarness, textOf } from './slack-harness.ts';

/**
 * Exactly once on Slack: when an attempt's outcome is unknown (the answer was lost, or the process died
 * before it stored the post), the retry finds the message Slack already has instead of posting a second.
 */

const DAILY = {
  postTime: '09:00',
  closeTime: '17:00',
  timezone: 'UTC',
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  paused: false,
};

async function scheduledChannel(h: SlackHarness, local: string): Promise<ChannelRecord> {
  const id = `slack:T1:${local}`;
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: local },
  );
  return (await h.engine.setSchedule(id, DAILY)) as ChannelRecord;
}

async function openRound(h: SlackHarness, local: string) {
  const channel = await scheduledChannel(h, local);
  const opened = await h.engine.openDailyRound(channel.id);
  if (!opened.ok) throw new Error(opened.code);
  return { channel, round: opened.value };
}

/** An instance's scheduler; with `store`, over an engine of its own on that view of the store. */
function schedulerOf(h: SlackHarness, instanceId: string, store?: StorePort): Scheduler {
  const engine =
    store === undefined
      ? h.engine
      : createEngine({
          store,
          clock: h.clock,
          random: seededRandom(12),
          questions: [...SAMPLE_QUESTIONS, LONG_ZH_QUESTION],
        });
  return createScheduler({
    engine,
    clock: h.clock,
    publishers: [h.adapter.publisher],
    logger: pino({ level: 'silent' }),
    instanceId,
  });
}

/** The store of an instance that dies right after Slack accepted its post: the reference is never saved. */
function dyingAfterPost(store: StorePort): StorePort {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'markRoundPosted')
        return () => Promise.reject(new Error('process died before storing the post'));
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const EN: SlackPostOptions = { late: false, lang: 'en' };

describe('Slack daily posts are safe to retry', () => {
  let h: SlackHarness;
  const schedulers: Scheduler[] = [];
  afterEach(async () => {
    for (const s of schedulers.splice(0)) await s.stop();
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('Slack accepted the post but the answer was lost: the retry finds it, and the channel has one question', async () => {
    h = await slackHarness({ start: '2026-01-05T08:59:00Z' });
    await scheduledChannel(h, 'C1');
    const scheduler = schedulerOf(h, 'i1');
    schedulers.push(scheduler);
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });

    h.clock.set('2026-01-05T09:00:10Z');
    const first = await scheduler.tick();
    expect(first.posted).toEqual([]);
    expect(first.retrying).toHaveLength(1);
    const [message] = h.api.messagesIn('C1');
    expect(h.api.messagesIn('C1')).toHaveLength(1);

    h.clock.set(first.retrying[0]?.nextAttemptAt ?? new Date(0));
    const second = await scheduler.tick();
    expect(second.posted.map((p) => p.postRef)).toEqual([`C1:${message?.ts}`]);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    const round = await h.store.getDailyRound('slack:T1:C1', '2026-01-05');
    expect(round?.postRef).toBe(`C1:${message?.ts}`);
  });

  it('the instance dies between the post and storing it: a restarted instance finds the message', async () => {
    h = await slackHarness({ start: '2026-01-05T08:59:00Z' });
    await scheduledChannel(h, 'C1');
    const dying = schedulerOf(h, 'i1', dyingAfterPost(h.store));
    schedulers.push(dying);
    h.clock.set('2026-01-05T09:00:10Z');
    const before = await dying.tick();
    expect(before.errors).toHaveLength(1);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect((await h.store.getDailyRound('slack:T1:C1', '2026-01-05'))?.postRef).toBeNull();

    // A new process, after the dead one's post lease ran out.
    const restarted = schedulerOf(h, 'i2');
    schedulers.push(restarted);
    h.clock.set('2026-01-05T09:05:00Z');
    const after = await restarted.tick();
    const [message] = h.api.messagesIn('C1');
    expect(after.posted.map((p) => p.postRef)).toEqual([`C1:${message?.ts}`]);
    expect(after.posted[0]?.late).toBe(false);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    // Nothing more on later ticks either.
    h.clock.set('2026-01-05T10:00:00Z');
    expect((await restarted.tick()).posted).toEqual([]);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
  });

  it('a first post through the scheduler posts exactly one question', async () => {
    h = await slackHarness({ start: '2026-01-05T08:59:00Z' });
    h.api.addMessage('C1', 'UBOB', 'morning all');
    await scheduledChannel(h, 'C1');
    const scheduler = schedulerOf(h, 'i1');
    schedulers.push(scheduler);
    h.clock.set('2026-01-05T09:00:10Z');
    const report = await scheduler.tick();
    expect(report.posted).toHaveLength(1);
    const ours = h.api.messagesIn('C1').filter((m) => m.botId !== null);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.metadata).toEqual({
      event_type: 'notequiz_daily_round',
      event_payload: { round_id: report.posted[0]?.roundId },
    });
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('skips the history read when the round was created by this very attempt', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await openRound(h, 'C1');
    const fresh: SlackPostOptions = { ...EN, created: true };
    const result = await h.adapter.publisher.postRound(channel, round, fresh);
    expect(result.ok).toBe(true);
    expect(h.api.callsOf('conversations.history')).toEqual([]);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
  });

  it('reads history with metadata, from shortly before the round opened, and ignores other rounds', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await openRound(h, 'C1');
    const other = await openRound(h, 'C2');
    expect((await h.adapter.publisher.postRound(other.channel, other.round, EN)).ok).toBe(true);
    const result = await h.adapter.publisher.postRound(channel, round, EN);
    expect(result.ok).toBe(true);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    const history = h.api.callsOf('conversations.history').find((c) => c.body.channel === 'C1');
    expect(history?.body.include_all_metadata).toBe('true');
    const oldest = Number(history?.body.oldest);
    expect(oldest).toBeLessThanOrEqual(round.round.opensAt.getTime() / 1000);
    expect(oldest).toBeGreaterThan(round.round.opensAt.getTime() / 1000 - 3600);
  });

  it('finds its message in a busy channel, past the first page of history', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await openRound(h, 'C1');
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });
    const lost = await h.adapter.publisher.postRound(channel, round, EN);
    expect(lost).toMatchObject({ ok: false, retryable: true });
    for (let i = 0; i < 250; i += 1) h.api.addMessage('C1', 'UBOB', `chatter ${i}`);
    const retried = await h.adapter.publisher.postRound(channel, round, EN);
    const ours = h.api.messagesIn('C1').filter((m) => m.botId !== null);
    expect(ours).toHaveLength(1);
    // The earlier post's own time comes back too: answer speed counts from when it appeared.
    expect(retried).toEqual({
      ok: true,
      postRef: `C1:${ours[0]?.ts}`,
      postedAt: new Date(Math.round(Number(ours[0]?.ts) * 1000)),
    });
    expect(h.api.callsOf('conversations.history').length).toBeGreaterThan(2);
  });

  it.each([
    ['missing_scope', { error: 'missing_scope' }, 50],
    ['rate limited', { retryAfterSeconds: 30 }, 40],
    ['internal_error', { error: 'internal_error' }, 40],
  ] as const)(
    'history fails (%s): the question is still posted, once, and the log says why',
    async (name, failure, level) => {
      h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
      const { channel, round } = await openRound(h, 'C1');
      h.api.failNext({ method: 'conversations.history', ...failure });
      const result = await h.adapter.publisher.postRound(channel, round, EN);
      expect(result.ok).toBe(true);
      expect(h.api.messagesIn('C1')).toHaveLength(1);
      expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
      const line = h.logs.find((l) => String(l.msg).includes('history'));
      expect(line?.level).toBe(level);
      if (name === 'missing_scope') expect(String(line?.msg)).toContain('channels:history');
    },
  );

  it('results posted beside the question are found on a retry, not posted twice', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await openRound(h, 'C1');
    const posted = await h.adapter.publisher.postRound(channel, round, EN);
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(round.round.id, posted.postRef);
    h.clock.set('2026-01-05T17:00:01Z');
    const { results } = await h.engine.closeRound(round.round.id);
    h.api.failNext({ method: 'chat.update', error: 'message_not_found', times: 2 });
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });

    const lost = await h.adapter.publisher.postResults(channel, results, EN);
    expect(lost).toMatchObject({ ok: false, retryable: true });
    const again = await h.adapter.publisher.postResults(channel, results, EN);
    const messages = h.api.messagesIn('C1');
    expect(messages).toHaveLength(2);
    expect(textOf(messages[1] ?? {})).toContain('Results');
    expect(again).toEqual({ ok: true, postRef: `C1:${messages[1]?.ts}` });
  });
});
