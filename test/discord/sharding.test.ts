import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import {
  type FakeUser,
  nextSnowflake,
  PERMISSION_BIT,
  PERMISSIONS,
} from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import {
  buttonIds,
  type CommandOption,
  sendButton,
  sendCommand,
  visibleText,
} from '../fakes/discord/fake-interactions.ts';
import { type ShardedDiscord, type ShardedServer, shardedDiscord } from './sharded-harness.ts';

/**
 * Discord sharding through discord.js's own internal sharding: the fake gateway hands each server's events
 * to the connection of its shard, one process can run several shards, and several instances on one store
 * each run some of them while the scheduler of any instance posts for every server.
 */

const user = (name: string): FakeUser => ({ id: nextSnowflake(), username: name });

describe('Discord sharding', () => {
  let s: ShardedDiscord | null = null;
  afterEach(async () => {
    await s?.close();
    s = null;
  });

  const server = (i: number): ShardedServer => {
    const found = s?.servers[i];
    if (found === undefined) throw new Error(`no server ${i}`);
    return found;
  };
  const instance = (i: number) => {
    const found = s?.instances[i];
    if (found === undefined) throw new Error(`no instance ${i}`);
    return found;
  };

  async function command(
    where: ReturnType<ShardedServer['at']>,
    name: string,
    options: CommandOption[] = [],
  ) {
    if (s === null) throw new Error('not started');
    const interaction = sendCommand(s.fake, where, name, options);
    return { interaction, callback: await s.fake.callbackOf(interaction.id) };
  }

  it('one process runs both shards of 2 and answers servers on each', async () => {
    s = await shardedDiscord({ shardCount: 2, instances: [[0, 1]], servers: [{ shard: 0 }, { shard: 1 }] });
    expect([...s.fake.gateway.stats.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(s.fake.gateway.shardOf(server(0).guild.id)).toBe(0);
    expect(s.fake.gateway.shardOf(server(1).guild.id)).toBe(1);
    const only = instance(0);
    expect([...only.adapter.client.guilds.cache.keys()].sort()).toEqual(
      [server(0).guild.id, server(1).guild.id].sort(),
    );
    for (const i of [0, 1]) {
      const { callback } = await command(server(i).at(user(`player-${i}`)), 'quiz');
      expect(callback.type).toBe(4);
    }
    expect(only.received).toHaveLength(2);
    expect(only.adapter.readiness()).toEqual({
      ok: true,
      shards: [
        { id: 0, status: 'ready' },
        { id: 1, status: 'ready' },
      ],
    });
  });

  it('two instances with one shard each: each sees and answers only its servers', async () => {
    s = await shardedDiscord({ shardCount: 2, instances: [[0], [1]], servers: [{ shard: 0 }, { shard: 1 }] });
    expect(s.fake.gateway.stats.identified).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const i of [0, 1]) {
      expect([...instance(i).adapter.client.guilds.cache.keys()]).toEqual([server(i).guild.id]);
      expect(instance(i).adapter.shardStatus()).toEqual([{ id: i, status: 'ready' }]);
    }
    const onFirst = await command(server(0).at(user('ann')), 'quiz');
    const onSecond = await command(server(1).at(user('bo')), 'quiz');
    expect(onFirst.callback.type).toBe(4);
    expect(onSecond.callback.type).toBe(4);
    expect(instance(0).received).toEqual([onFirst.interaction.id]);
    expect(instance(1).received).toEqual([onSecond.interaction.id]);
  });

  it('the daily post, answers, reveal and next post of a server on the other shard happen exactly once', async () => {
    s = await shardedDiscord({ shardCount: 2, instances: [[0], [1]], servers: [{ shard: 0 }, { shard: 1 }] });
    const fake = s.fake;
    const far = server(1);
    const admin = user('ada');
    const scheduled = await command(
      far.at(admin, { channel: far.quiz, permissions: PERMISSIONS.manager }),
      'quiz-admin',
      [{ name: 'schedule', type: 1, options: [{ name: 'timezone', type: 3, value: 'UTC' }] }],
    );
    expect(visibleText(scheduled.callback.data)).toContain('scheduled here');
    const inQuiz = (): StoredMessage[] =>
      [...fake.messages.values()].filter((m) => m.channelId === far.quiz.id && m.interactionId === undefined);
    const isCheer = (m: StoredMessage): boolean => visibleText(m.body).includes('got it right');
    /** The question posts; the reveal's cheer for the winners is a message of its own. */
    const posts = (): StoredMessage[] => inQuiz().filter((m) => !isCheer(m));

    // Instance 0 does not have shard 1, yet its scheduler posts for the server there (REST reaches any
    // server); instance 1 then finds the round posted.
    const first = await instance(0).scheduler.tick();
    expect(first.posted).toHaveLength(1);
    expect((await instance(1).scheduler.tick()).posted).toEqual([]);
    expect(posts()).toHaveLength(1);
    const post = posts()[0];
    if (post === undefined) throw new Error('no post');
    expect(visibleText(post.body)).toContain('Question of the day');

    // The answer arrives on shard 1, so instance 1 takes it and keeps the live count.
    const answer = sendButton(
      fake,
      far.at(user('cy'), { channel: far.quiz }),
      post,
      buttonIds(post)[0] ?? '',
    );
    expect(visibleText((await fake.callbackOf(answer.id)).data)).toContain('Answer recorded');
    expect(instance(1).received).toContain(answer.id);
    expect(instance(0).received).not.toContain(answer.id);
    await fake.waitFor(() => (visibleText(post.body).includes('1 answer so far') ? true : undefined));

    // Both instances at the close, at the same time: one reveal, in place.
    s.clock.set('2026-01-05T17:01:00Z');
    const closing = await Promise.all([instance(0).scheduler.tick(), instance(1).scheduler.tick()]);
    expect(closing.flatMap((r) => r.resultsPosted)).toHaveLength(1);
    expect(visibleText(post.body)).toContain('Question of the day: the answer');
    expect(posts()).toHaveLength(1);
    expect(inQuiz().filter(isCheer)).toHaveLength(1);

    // Both instances at the next post time: one post.
    s.clock.set('2026-01-06T09:00:30Z');
    const next = await Promise.all([instance(0).scheduler.tick(), instance(1).scheduler.tick()]);
    expect(next.flatMap((r) => r.posted)).toHaveLength(1);
    expect(posts()).toHaveLength(2);
    const round = await s.store.getDailyRound(channelIdOf(far.guild.id, far.quiz.id), '2026-01-06');
    expect(parsePostRef(round?.postRef ?? null)?.channelId).toBe(far.quiz.id);
    expect(fake.violations).toEqual([]);
  });

  it("a duel ended by the other instance's scheduler is announced in its server's language", async () => {
    s = await shardedDiscord({
      shardCount: 2,
      instances: [[0], [1]],
      servers: [{ shard: 0 }, { shard: 1, preferredLocale: 'zh-CN' }],
    });
    const fake = s.fake;
    const far = server(1);
    const [alice, bob] = [user('alice'), user('bob')];
    const challenge = sendCommand(
      fake,
      far.at(alice),
      'challenge',
      [
        { name: 'user', type: 6, value: bob.id },
        { name: 'questions', type: 4, value: 1 },
      ],
      [bob],
    );
    expect((await fake.callbackOf(challenge.id)).type).toBe(4);
    expect(instance(1).received).toEqual([challenge.id]);

    s.clock.advanceHours(25);
    const report = await instance(0).scheduler.tick();
    expect(report.duelsAnnounced).toHaveLength(1);
    // Instance 0 never saw the server on the gateway: it asked REST for its language.
    expect(fake.requestsTo('GET', new RegExp(`^/guilds/${far.guild.id}$`))).toHaveLength(1);
    const expired = [...fake.messages.values()].filter((m) =>
      visibleText(m.body).includes('对决在开始前就过期了'),
    );
    expect(expired.length).toBeGreaterThanOrEqual(1);
    expect([...fake.messages.values()].some((m) => visibleText(m.body).includes('expired before'))).toBe(
      false,
    );
  });

  it("a pause told by the other instance reaches the server's owner, whom only REST knows there", async () => {
    s = await shardedDiscord({ shardCount: 2, instances: [[0], [1]], servers: [{ shard: 0 }, { shard: 1 }] });
    const fake = s.fake;
    const far = server(1);
    await command(
      far.at(user('ada'), { channel: far.quiz, permissions: PERMISSIONS.manager }),
      'quiz-admin',
      [{ name: 'schedule', type: 1, options: [{ name: 'timezone', type: 3, value: 'UTC' }] }],
    );
    fake.botPermissions.set(far.quiz.id, PERMISSION_BIT.viewChannel);
    const report = await instance(0).scheduler.tick();
    expect(report.paused).toEqual([
      { channelId: channelIdOf(far.guild.id, far.quiz.id), kind: 'round', code: 'missing_permissions' },
    ]);
    const ownersDm = [...fake.dmChannels].find(([, id]) => id === far.owner.id)?.[0];
    const notice = [...fake.messages.values()].find((m) => m.channelId === ownersDm);
    expect(visibleText(notice?.body)).toContain(`<#${far.quiz.id}>`);
  });

  it('DISCORD_DAILY_CHANNEL_ID is scheduled by an instance that does not have its shard', async () => {
    s = await shardedDiscord({
      shardCount: 2,
      instances: [[0]],
      servers: [{ shard: 0 }, { shard: 1 }],
      dailyChannelOf: 1,
    });
    const far = server(1);
    const record = await s.store.getChannel(channelIdOf(far.guild.id, far.quiz.id));
    expect(record?.name).toBe('quiz');
    expect(record?.schedule).toMatchObject({ postTime: '09:00', closeTime: '17:00', paused: false });
    expect(instance(0).adapter.client.guilds.cache.has(far.guild.id)).toBe(false);
  });

  it('a shard closed for good is down: /healthz would fail, the other shard keeps answering', async () => {
    s = await shardedDiscord({ shardCount: 2, instances: [[0, 1]], servers: [{ shard: 0 }, { shard: 1 }] });
    const only = instance(0);
    expect(only.adapter.liveness().ok).toBe(true);
    // 4011: "sharding required", a close discord.js never reconnects after.
    s.fake.gateway.drop(4011, { shard: 1 });
    await vi.waitFor(() => expect(only.adapter.shardStatus()[1]?.status).toBe('down'), { timeout: 10_000 });
    expect(only.adapter.liveness()).toMatchObject({ ok: false, detail: 'discord shard 1 down' });
    expect(only.adapter.readiness()).toMatchObject({ ok: false, detail: 'discord shard 1 down' });
    expect((await command(server(0).at(user('dee')), 'quiz')).callback.type).toBe(4);
  });
});
