import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { type SlackHarness, slackHarness, textOf } from './slack-harness.ts';

async function channelWithRound(h: SlackHarness, local: string) {
  const id = `slack:T1:${local}`;
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: local },
  );
  const channel = await h.engine.setSchedule(id, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const opened = await h.engine.openDailyRound(id);
  if (!opened.ok) throw new Error(opened.code);
  return { channel: channel as ChannelRecord, round: opened.value };
}

describe('Slack errors on the publishing path', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('turns a 429 into a retryable result carrying Retry-After', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await channelWithRound(h, 'C1');
    h.api.failNext({ method: 'chat.postMessage', channel: 'C1', retryAfterSeconds: 7 });
    const result = await h.adapter.publisher.postRound(channel, round, { late: false, lang: 'en' });
    expect(result).toEqual({ ok: false, retryable: true, code: 'ratelimited', retryAfterMs: 7000 });
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
    // The next attempt goes through: one message, not two.
    const again = await h.adapter.publisher.postRound(channel, round, { late: false, lang: 'en' });
    expect(again.ok).toBe(true);
    expect([...h.api.messages.values()]).toHaveLength(1);
  });

  it.each([
    ['C404', 'channel_not_found', {}],
    ['CGONE', 'not_in_channel', { member: false }],
    ['COLD', 'is_archived', { archived: true }],
  ] as const)('channel %s (%s): permanent, and the admins hear about it', async (local, code, state) => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z', env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    if (local !== 'C404') h.api.addChannel(local, 'lost', state);
    const { channel, round } = await channelWithRound(h, local);
    const result = await h.adapter.publisher.postRound(channel, round, { late: false, lang: 'en' });
    expect(result).toEqual({ ok: false, retryable: false, code });
    const notice = h.api.callsOf('chat.postMessage').find((c) => c.body.channel === 'UADMIN');
    expect(notice?.body.text).toContain(`<#${local}>`);
    expect(notice?.body.text).toContain('/quiz resume');
  });

  it('through the scheduler: a lost channel pauses that schedule with the reason; the default channel is told', async () => {
    h = await slackHarness({ start: '2026-01-05T08:59:00Z', env: { SLACK_DEFAULT_CHANNEL: 'CNOTICE' } });
    h.api.addChannel('CNOTICE', 'quiz-admins');
    h.api.addChannel('CX', 'secret', { member: false });
    await h.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 't1' },
      { channelId: 'slack:T1:CX', channelName: 'secret' },
    );
    await h.engine.setSchedule('slack:T1:CX', {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: pino({ level: 'silent' }),
      instanceId: 'i1',
    });
    h.clock.set('2026-01-05T09:00:10Z');
    const report = await scheduler.tick();
    expect(report.paused).toEqual([{ channelId: 'slack:T1:CX', kind: 'round', code: 'not_in_channel' }]);
    const stored = await h.store.getChannel('slack:T1:CX');
    expect(stored?.schedule?.paused).toBe(true);
    expect(stored?.pauseReason).toBe('not_in_channel');
    const notice = h.api.callsOf('chat.postMessage').find((c) => c.body.channel === 'CNOTICE');
    expect(textOf(notice?.body ?? {})).toContain('I am no longer a member of the channel');
    await scheduler.stop();
  });

  it('logs a revoked token clearly as a token problem and reports it as retryable, not as a lost channel', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await channelWithRound(h, 'C1');
    h.api.failNext({ method: 'chat.postMessage', error: 'token_revoked' });
    const result = await h.adapter.publisher.postRound(channel, round, { late: false, lang: 'en' });
    expect(result).toEqual({ ok: false, retryable: true, code: 'token_revoked', retryAfterMs: 60_000 });
    const line = h.logs.find((l) => l.code === 'token_revoked' && l.level === 50);
    expect(String(line?.msg)).toContain('token problem');
    expect(String(line?.msg)).toContain('SLACK_BOT_TOKEN');
  });

  it('posts the results beside the question when the original post cannot be edited', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { channel, round } = await channelWithRound(h, 'C1');
    const posted = await h.adapter.publisher.postRound(channel, round, { late: false, lang: 'en' });
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(round.round.id, posted.postRef);
    h.clock.set('2026-01-05T17:00:01Z');
    const { results } = await h.engine.closeRound(round.round.id);
    h.api.failNext({ method: 'chat.update', error: 'message_not_found' });
    const result = await h.adapter.publisher.postResults(channel, results, { lang: 'en' });
    expect(result.ok).toBe(true);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(2);
    expect(textOf(h.api.callsOf('chat.postMessage')[1]?.body ?? {})).toContain('Results');
  });
});
