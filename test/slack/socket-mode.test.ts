import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, choiceValue } from '../../adapters/slack/action-values.ts';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import { appHomeOpened, blockAction, slashCommand } from '../fakes/slack/payloads.ts';
import { parsePrometheusText, sampleValue } from '../ops/prometheus-text.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  let h: SlackHarness;
  let metrics: Metrics;
  beforeEach(async () => {
    metrics = createMetrics();
    h = await slackHarness({
      start: '2026-01-05T10:00:00Z',
      env: { SLACK_APP_TOKEN: 'xapp-1-test', SLACK_SIGNING_SECRET: '' },
      metrics: metrics.platform('slack'),
    });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('connects through apps.connections.open, acks every envelope, and answers as in HTTP mode', async () => {
    expect(h.adapter.port()).toBeNull();
    expect(h.api.callsOf('apps.connections.open')[0]?.token).toBe('xapp-1-test');
    await h.api.socket.connected();

    const responseUrl = h.api.newResponseUrl();
    const ack = await h.api.socket.deliver(
      'slash_commands',
      slashCommand(T1('UBOB', 'bob'), 'C1', 'help', responseUrl),
    );
    expect(ack).toEqual({});
    expect(textOf((await h.reply(responseUrl)).body)).toContain('/quiz challenge');

    // A click on a daily round, delivered over the socket.
    await h.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 't1' },
      { channelId: 'slack:T1:C1', channelName: 'general' },
    );
    await h.engine.setSchedule('slack:T1:C1', {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const opened = await h.engine.openDailyRound('slack:T1:C1');
    if (!opened.ok) throw new Error(opened.code);
    const clickUrl = h.api.newResponseUrl();
    await h.api.socket.deliver(
      'interactive',
      blockAction(
        T1('UBOB', 'bob'),
        'C1',
        { actionId: `${ACTION.dailyAnswer}:0`, value: choiceValue(opened.value.round.id, 0) },
        clickUrl,
      ),
    );
    expect(textOf((await h.reply(clickUrl)).body)).toMatch(/Correct!|Not quite\./);
    expect(await h.store.countAnswers(opened.value.round.id)).toBe(1);

    await h.api.socket.deliver('events_api', appHomeOpened(T1('UBOB')));
    await h.api.waitFor(() => h.api.views.get('UBOB'));
    expect(h.api.socket.acks.length).toBe(3);
  });

  it('counts requests and their acks by kind as over HTTP', async () => {
    await h.api.socket.connected();
    const responseUrl = h.api.newResponseUrl();
    await h.api.socket.deliver('slash_commands', slashCommand(T1('UBOB', 'bob'), 'C1', 'help', responseUrl));
    await h.reply(responseUrl);
    await h.api.socket.deliver('events_api', appHomeOpened(T1('UBOB')));
    await h.api.waitFor(() => h.api.views.get('UBOB'));

    const families = parsePrometheusText((await metrics.scrape()).text);
    for (const kind of ['slash_command', 'event']) {
      expect(sampleValue(families, 'notequiz_requests_total', { platform: 'slack', kind })).toBe(1);
      expect(sampleValue(families, 'notequiz_acks_total', { platform: 'slack', kind })).toBe(1);
    }
    expect(sampleValue(families, 'notequiz_ack_duration_seconds_count', { platform: 'slack' })).toBe(2);
  });
});
