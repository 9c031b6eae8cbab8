import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import { type FakeUser, PERMISSION_BIT, PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import { type CommandOption, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * A server admin takes a permission away from the bot (or deletes the channel). The question of the day
 * must not just stop in silence: scheduling refuses up front and names what is missing, a pause caused
 * later is told to someone who can fix it, and /quiz-admin status says why the channel is paused.
 */

const bits = (...names: (keyof typeof PERMISSION_BIT)[]): string =>
  String(names.reduce((all, name) => all | PERMISSION_BIT[name], 0n));
const ALL = BigInt(PERMISSIONS.bot);

describe('Discord: permission and channel errors reach the people who can fix them', () => {
  let h: DiscordHarness;
  let scheduler: Scheduler;
  beforeEach(async () => {
    h = await discordHarness();
    h.clock.set('2026-01-05T08:00:00Z');
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

  const general = () => h.guild.channels[0]?.id ?? '';

  async function admin(user: FakeUser, sub: string, options: CommandOption[] = [], appPermissions?: string) {
    const callback = await h.fake.callbackOf(
      sendCommand(
        h.fake,
        h.at(user, {
          permissions: PERMISSIONS.manager,
          ...(appPermissions === undefined ? {} : { appPermissions }),
        }),
        'quiz-admin',
        [{ name: sub, type: 1, options }],
      ).id,
    );
    return visibleText(callback.data);
  }

  /** Messages the bot sent anywhere but #general's daily post: notices in channels and DMs. */
  const noticesIn = (channelId: string): StoredMessage[] =>
    [...h.fake.messages.values()].filter(
      (m) =>
        m.channelId === channelId && m.interactionId === undefined && visibleText(m.body).includes('paused'),
    );

  it('refuses to schedule (or resume) where the bot lacks a permission it needs, naming it', async () => {
    const noEmbeds = await admin(h.carol, 'schedule', [], bits('viewChannel', 'sendMessages'));
    expect(noEmbeds).toContain('Embed Links');
    expect(noEmbeds).not.toContain('Send Messages');
    expect((await h.store.getChannel(channelIdOf(h.guild.id, general())))?.schedule ?? null).toBeNull();

    const neither = await admin(h.carol, 'schedule', [], bits('viewChannel'));
    expect(neither).toContain('Send Messages');
    expect(neither).toContain('Embed Links');

    expect(await admin(h.carol, 'schedule')).toContain('Question of the day scheduled here');
    await admin(h.carol, 'pause');
    expect(await admin(h.carol, 'resume', [], bits('viewChannel', 'sendMessages'))).toContain('Embed Links');
    expect((await h.store.getChannel(channelIdOf(h.guild.id, general())))?.schedule?.paused).toBe(true);
  });

  it('a lost permission pauses the channel, says so in the channel, and /quiz-admin status tells why', async () => {
    await admin(h.carol, 'schedule');
    h.fake.botPermissions.set(general(), ALL & ~PERMISSION_BIT.embedLinks);
    h.clock.set('2026-01-05T09:00:00Z');
    const report = await scheduler.tick();
    expect(report.paused).toEqual([
      { channelId: channelIdOf(h.guild.id, general()), kind: 'round', code: 'missing_permissions' },
    ]);
    // The channel itself still takes plain text: the notice goes there, without an embed.
    const [notice] = noticesIn(general());
    expect(notice?.body.embeds ?? []).toEqual([]);
    expect(visibleText(notice?.body)).toContain('/quiz-admin resume');

    const status = await admin(h.carol, 'status');
    expect(status).toContain('Paused');
    expect(status).toContain('Send Messages and Embed Links');
    expect(status).toContain('Missing here: Embed Links');
  });

  it('when the channel cannot take the notice, the admin who scheduled it gets a DM; else the owner', async () => {
    await admin(h.carol, 'schedule');
    h.fake.botPermissions.set(general(), 0n);
    h.clock.set('2026-01-05T09:00:00Z');
    expect((await scheduler.tick()).paused).toHaveLength(1);
    const carolsDm = [...h.fake.dmChannels].find(([, user]) => user === h.carol.id)?.[0] ?? '';
    const [dm] = noticesIn(carolsDm);
    expect(visibleText(dm?.body)).toContain(`<#${general()}>`);
    expect(visibleText(dm?.body)).toContain('View Channel');

    // Carol refuses DMs: the server's owner hears of the next pause instead.
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    h.fake.closedDms.add(h.carol.id);
    const scheduleQuiz = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.carol, { channel: quiz, permissions: PERMISSIONS.manager }), 'quiz-admin', [
        { name: 'schedule', type: 1, options: [] },
      ]).id,
    );
    expect(visibleText(scheduleQuiz.data)).toContain('scheduled here');
    h.fake.botPermissions.set(quiz.id, 0n);
    h.clock.set('2026-01-06T09:00:00Z');
    expect((await scheduler.tick()).paused).toHaveLength(1);
    const ownersDm = [...h.fake.dmChannels].find(([, user]) => user === h.owner.id)?.[0] ?? '';
    expect(visibleText(noticesIn(ownersDm)[0]?.body)).toContain(`<#${quiz.id}>`);
  });
});
