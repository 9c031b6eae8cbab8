import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { AdminQuizEngine } from '../../src/engine/create-engine.ts';
import { guildObject } from '../fakes/discord/discord-fixtures.ts';
import { sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

describe('the Discord connection: intents, DISCORD_API_URL, resume, reconnect, rate limits, removal', () => {
  let h: DiscordHarness;
  beforeEach(async () => {
    h = await discordHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const quiz = () => sendCommand(h.fake, h.at(h.alice), 'quiz');

  it('identifies with the Guilds intent only, through the gateway DISCORD_API_URL names', () => {
    expect(h.fake.gateway.stats.lastIntents).toBe(1);
    expect(h.fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    expect(h.adapter.client.guilds.cache.has(h.guild.id)).toBe(true);
  });

  it('resumes after the gateway drops the socket and still answers what arrived meanwhile', async () => {
    h.fake.gateway.drop(4000, { holdUntilResume: true });
    const missed = quiz();
    await h.fake.gateway.until(() => h.fake.gateway.stats.resumes === 1);
    const callback = await h.fake.callbackOf(missed.id);
    expect(callback.type).toBe(4);
    expect(h.fake.gateway.stats.identifies).toBe(1);
  });

  it('identifies again after a normal close and keeps working', async () => {
    h.fake.gateway.drop(1000);
    await h.fake.gateway.until(() => h.fake.gateway.stats.identifies === 2);
    const later = quiz();
    expect((await h.fake.callbackOf(later.id)).type).toBe(4);
  });

  it('waits out a short 429 on the interaction callback (discord.js retries it)', async () => {
    h.fake.rateLimitNext('POST', /\/callback$/, 0.05);
    const interaction = quiz();
    const callback = await h.fake.callbackOf(interaction.id);
    expect(callback.type).toBe(4);
    expect(h.fake.requestsTo('POST', new RegExp(`/interactions/${interaction.id}/`))).toHaveLength(2);
  });

  it('pauses the schedules of a server that removed the bot, not of one that is only unavailable', async () => {
    const channel = h.guild.channels[0];
    if (channel === undefined) throw new Error('no channel');
    const id = channelIdOf(h.guild.id, channel.id);
    await h.engine.ensurePlace(
      { tenantId: `discord:${h.guild.id}`, tenantName: 'T' },
      { channelId: id, channelName: 'general' },
    );
    await h.engine.setSchedule(id, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5],
      paused: false,
    });
    h.fake.gateway.dispatch('GUILD_DELETE', { id: h.guild.id, unavailable: true });
    h.fake.gateway.dispatch('GUILD_CREATE', guildObject(h.guild, h.fake.botUser));
    expect((await h.store.getChannel(id))?.schedule?.paused).toBe(false);

    h.fake.gateway.dispatch('GUILD_DELETE', { id: h.guild.id });
    await vi.waitFor(async () => expect((await h.store.getChannel(id))?.schedule?.paused).toBe(true));
    expect((await h.store.getChannel(id))?.pauseReason).toBe('guild_removed');
  });

  it('pauses channel by channel when the engine has no tenant-wide pause', async () => {
    await h.close();
    h = await discordHarness({
      engine: (engine): QuizEngine => {
        const { pauseTenantSchedules: _tenantWide, ...perChannel } = engine as AdminQuizEngine;
        return perChannel;
      },
    });
    const channel = h.guild.channels[1];
    if (channel === undefined) throw new Error('no channel');
    const id = channelIdOf(h.guild.id, channel.id);
    await h.engine.ensurePlace(
      { tenantId: `discord:${h.guild.id}`, tenantName: 'T' },
      { channelId: id, channelName: 'quiz' },
    );
    await h.engine.setSchedule(id, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1],
      paused: false,
    });
    h.fake.gateway.dispatch('GUILD_DELETE', { id: h.guild.id });
    await vi.waitFor(async () => expect((await h.store.getChannel(id))?.pauseReason).toBe('guild_removed'));
  });

  it('heartbeats on the interval HELLO gives and stays connected on the ACKs', async () => {
    await h.close();
    h = await discordHarness({ heartbeatIntervalMs: 40 });
    await h.fake.gateway.until(() => h.fake.gateway.stats.heartbeats >= 3);
    expect(h.fake.gateway.stats.connections).toBe(1);
    expect(h.fake.gateway.stats.identifies).toBe(1);
  });

  it('answers a command sent from a direct message with a private note', async () => {
    const interaction = sendCommand(h.fake, h.at(h.alice, { dm: true, locale: 'zh-CN' }), 'quiz');
    const callback = await h.fake.callbackOf(interaction.id);
    expect(visibleText(callback.data)).toContain('不能在私信里使用');
  });
});
