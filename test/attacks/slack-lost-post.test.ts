import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { type SlackHarness, slackHarness } from '../slack/slack-harness.ts';

/**
 * The network fails after Slack accepted the daily post: the connection is reset before the answer comes
 * back. With the operator's default SLACK_API_RETRIES the channel must still get one question, found again
 * by its metadata, never a second copy from a blind retry.
 */

async function scheduledChannel(h: SlackHarness, local: string): Promise<ChannelRecord> {
  const id = `slack:T1:${local}`;
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: local },
  );
  return (await h.engine.setSchedule(id, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  })) as ChannelRecord;
}

describe('a lost chat.postMessage answer never posts the daily question twice', () => {
  let h: SlackHarness;
  let scheduler: Scheduler | null = null;
  afterEach(async () => {
    await scheduler?.stop();
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  const start = async (): Promise<Scheduler> => {
    // The default retry count, as an operator runs it: the client would repeat a failed request twice.
    h = await slackHarness({ start: '2026-01-05T08:59:00Z', env: { SLACK_API_RETRIES: '2' } });
    await scheduledChannel(h, 'C1');
    scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: pino({ level: 'silent' }),
      instanceId: 'i1',
    });
    return scheduler;
  };

  it('the connection resets after Slack posted: one message, found again and stored on the retry', async () => {
    const s = await start();
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });
    h.clock.set('2026-01-05T09:00:10Z');
    const first = await s.tick();
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    expect(first.retrying).toHaveLength(1);

    h.clock.set(first.retrying[0]?.nextAttemptAt ?? new Date(0));
    const second = await s.tick();
    const [message] = h.api.messagesIn('C1');
    expect(second.posted.map((p) => p.postRef)).toEqual([`C1:${message?.ts}`]);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    expect((await h.store.getDailyRound('slack:T1:C1', '2026-01-05'))?.postRef).toBe(`C1:${message?.ts}`);
  });

  it('when the history cannot be read after such a loss, it waits for the history instead of posting again', async () => {
    const s = await start();
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', dropResponse: true });
    h.clock.set('2026-01-05T09:00:10Z');
    const first = await s.tick();
    expect(first.retrying).toHaveLength(1);

    h.api.failNext({ method: 'conversations.history', error: 'internal_error' });
    h.clock.set(first.retrying[0]?.nextAttemptAt ?? new Date(0));
    const second = await s.tick();
    expect(second.posted).toEqual([]);
    expect(second.retrying.map((r) => r.code)).toEqual(['history_unreadable']);
    expect(h.api.messagesIn('C1')).toHaveLength(1);

    h.clock.set(second.retrying[0]?.nextAttemptAt ?? new Date(0));
    const third = await s.tick();
    expect(third.posted).toHaveLength(1);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
  });
});
