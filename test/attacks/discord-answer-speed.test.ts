import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * Discord rate-limits the daily post for 30 s: the question appears at 09:00:31, not 09:00. A player who
 * answers two seconds after it appeared answered in 2 s, and nobody can see (or answer) the question
 * privately with /daily before it is in the channel.
 */
describe('Discord: daily answer speed counts from the post', () => {
  let h: DiscordHarness;
  let scheduler: Scheduler;
  beforeEach(async () => {
    h = await discordHarness({ dailyChannel: true });
    h.clock.set('2026-01-05T09:00:00Z');
    scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
  });
  afterEach(async () => {
    await scheduler.stop();
    await h.close();
  });

  it('times a 2-second answer as 2 seconds when the post came 30 seconds late', async () => {
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    h.fake.rateLimitNext('POST', /\/channels\/\d+\/messages$/, 30);
    const first = await scheduler.tick();
    expect(first, JSON.stringify(first)).toMatchObject({ retrying: [{ code: 'rate_limited' }] });

    const early = await h.fake.callbackOf(sendCommand(h.fake, h.at(h.alice, { channel: quiz }), 'daily').id);
    expect(visibleText(early.data)).toContain('There is no question of the day open');
    expect(
      buttonIds({
        id: '',
        channelId: '',
        body: early.data as Record<string, unknown>,
        attachments: [],
        edits: 0,
      }),
    ).toEqual([]);

    h.clock.set('2026-01-05T09:00:31Z');
    const second = await scheduler.tick();
    expect(second.posted).toHaveLength(1);
    const post = [...h.fake.messages.values()].find(
      (m) => m.channelId === quiz.id && visibleText(m.body).includes('Question of the day'),
    );
    if (post === undefined) throw new Error('the daily question was not posted');

    h.clock.set('2026-01-05T09:00:33Z');
    const round = await h.engine.currentDailyRound(channelIdOf(h.guild.id, quiz.id));
    const correct = round?.question.correctIndex ?? 0;
    await h.fake.callbackOf(
      sendButton(h.fake, h.at(h.bob, { channel: quiz }), post, buttonIds(post)[correct] ?? '').id,
    );

    h.clock.set('2026-01-05T17:00:00Z');
    await scheduler.tick();
    await h.fake.waitFor(() => (visibleText(post.body).includes('the answer') ? true : undefined));
    expect(visibleText(post.body)).toContain(`<@${h.bob.id}> (2.0 s)`);
  });
});
