import { afterEach, describe, expect, it } from 'vitest';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import { sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

describe('Discord: the "closes in 1 hour" reminder', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  it('/quiz-admin remind turns it on; it goes once to the channel with no allowed mentions', async () => {
    h = await discordHarness();
    const general = h.guild.channels[0];
    if (general === undefined) throw new Error('no channel');
    const channelId = channelIdOf(h.guild.id, general.id);
    const admin = (sub: string, options: { name: string; type: number; value: string | boolean }[] = []) =>
      h.fake.callbackOf(
        sendCommand(h.fake, h.at(h.alice, { permissions: PERMISSIONS.manager }), 'quiz-admin', [
          { name: sub, type: 1, options },
        ]).id,
      );
    expect(visibleText((await admin('remind', [{ name: 'enabled', type: 5, value: true }])).data)).toContain(
      'no question of the day',
    );
    await admin('schedule', [
      { name: 'post', type: 3, value: '11:00' },
      { name: 'close', type: 3, value: '17:00' },
      { name: 'timezone', type: 3, value: 'UTC' },
      { name: 'days', type: 3, value: 'everyday' },
    ]);
    const on = await admin('remind', [{ name: 'enabled', type: 5, value: true }]);
    expect(visibleText(on.data)).toContain('One hour before the question of the day closes');
    expect((await h.store.getChannel(channelId))?.reminder).toBe(true);

    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    h.clock.set('2026-01-05T11:00:00Z');
    await scheduler.tick();
    h.clock.set('2026-01-05T16:00:00Z');
    expect((await scheduler.tick()).reminded).toHaveLength(1);
    h.clock.set('2026-01-05T16:30:00Z');
    expect((await scheduler.tick()).reminded).toEqual([]);
    await scheduler.stop();

    const reminders = [...h.fake.messages.values()].filter((m) =>
      visibleText(m.body).includes('closes in 1 hour'),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.channelId).toBe(general.id);
    expect(reminders[0]?.body.allowed_mentions).toEqual({ parse: [], users: [] });
  });
});
