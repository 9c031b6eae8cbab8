import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';

describe('Slack: the "closes in 1 hour" reminder', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('an admin turns it on; it goes once into the daily post thread, shown in the channel, pinging nobody', async () => {
    h = await slackHarness({ start: '2026-01-05T08:00:00Z' });
    const schedule = await h.command(T1('UADMIN'), 'C1', 'schedule 09:00 UTC daily close 17:00');
    await h.reply(schedule.responseUrl);
    const refused = await h.command(T1('UBOB'), 'C1', 'remind on');
    expect(textOf((await h.reply(refused.responseUrl)).body)).toContain('Only workspace admins');
    const on = await h.command(T1('UADMIN'), 'C1', 'remind on');
    expect(textOf((await h.reply(on.responseUrl)).body)).toContain(
      'One hour before the question of the day closes',
    );
    expect((await h.store.getChannel(CHANNEL))?.reminder).toBe(true);

    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    h.clock.set('2026-01-05T09:00:00Z');
    await scheduler.tick();
    const daily = h.api.callsOf('chat.postMessage')[0];
    h.clock.set('2026-01-05T16:00:00Z');
    expect((await scheduler.tick()).reminded).toHaveLength(1);
    h.clock.set('2026-01-05T16:20:00Z');
    expect((await scheduler.tick()).reminded).toEqual([]);
    await scheduler.stop();

    const reminders = h.api
      .callsOf('chat.postMessage')
      .filter((c) => textOf(c.body).includes('closes in 1 hour'));
    expect(reminders).toHaveLength(1);
    const reminder = reminders[0]?.body ?? {};
    expect(reminder).toMatchObject({ channel: 'C1', thread_ts: daily?.answer.ts, reply_broadcast: 'true' }); // form-encoded on the wire
    expect(JSON.stringify(reminder)).not.toMatch(/<@|<!here|<!channel|<!everyone/);
  });
});
