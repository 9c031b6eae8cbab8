import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import { type FakeGuild, nextSnowflake, snowflakeOnShard } from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { sendCommand } from '../fakes/discord/fake-interactions.ts';

const NOTE = `# Shell

## What does the \`kill\` command do?

It sends a signal to a process, \`SIGTERM\` by default.

## How do you list running processes?

With \`ps aux\`.
`;

/**
 * notequiz as an operator starts it, with DISCORD_SHARD_COUNT=2: /readyz and /healthz list the shards, and
 * a shard that drops shows as reconnecting on /readyz until its session is resumed; one closed for good
 * fails /healthz.
 */
describe('startNotequiz with two Discord shards: /readyz and /healthz per shard', () => {
  let dir = '';
  let fake: FakeDiscord | null = null;
  let app: RunningNotequiz | null = null;
  afterEach(async () => {
    await app?.shutdown();
    await fake?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reports each shard, a dropped shard as reconnecting until it resumes, and one closed for good as down', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-shards-'));
    const notes = path.join(dir, 'notes');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'shell.md'), NOTE);
    const guildOn = (shard: number): FakeGuild => ({
      id: snowflakeOnShard(shard, 2),
      name: `Shard ${shard} server`,
      channels: [{ id: nextSnowflake(), name: 'general' }],
    });
    const guilds = [guildOn(0), guildOn(1)];
    fake = await FakeDiscord.start({ guilds, recommendedShards: 2, maxConcurrency: 16 });
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: notes,
      PORT: '0',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-shards',
      NOTEQUIZ_TERMINAL: 'off',
      DISCORD_TOKEN: 'MTA.fake.token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARD_COUNT: 'auto',
    });
    app = await startNotequiz(
      config,
      {
        input: new PassThrough(),
        output: new PassThrough(),
        errorOutput: new PassThrough(),
        interactive: false,
      },
      { handleSignals: false },
    );
    const ops = async (route: '/readyz' | '/healthz') => {
      const response = await fetch(`http://127.0.0.1:${app?.opsPort}${route}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const both = (second: string) => ({
      shards: [
        { id: 0, status: 'ready' },
        { id: 1, status: second },
      ],
    });

    expect(await ops('/readyz')).toEqual({ status: 200, body: { status: 'ready', discord: both('ready') } });
    expect(fake.gateway.stats.identified).toHaveLength(2);

    const running = fake;
    const [first, second] = guilds;
    const channelOf = (g: FakeGuild | undefined) => {
      const channel = g?.channels[0];
      if (g === undefined || channel === undefined) throw new Error('no channel');
      return { guild: g, channel, user: { id: nextSnowflake(), username: 'ann' } };
    };
    running.gateway.drop(4000, { shard: 1, holdUntilResume: true, stallResume: true });
    await running.gateway.until(() => running.gateway.resumeStalled(1));
    const ready = await ops('/readyz');
    expect(ready).toEqual({
      status: 503,
      body: { status: 'not_ready', detail: 'discord shard 1 reconnecting', discord: both('reconnecting') },
    });
    // Reconnecting is not dead: liveness holds, and the other shard's server is still answered.
    expect((await ops('/healthz')).status).toBe(200);
    expect((await running.callbackOf(sendCommand(running, channelOf(first), 'quiz').id)).type).toBe(4);
    const waiting = sendCommand(running, channelOf(second), 'quiz');

    running.gateway.finishResume(1);
    expect((await running.callbackOf(waiting.id)).type).toBe(4);
    await vi.waitFor(async () => expect((await ops('/readyz')).status).toBe(200), { timeout: 10_000 });
    expect(running.gateway.stats.resumes).toBe(1);
    expect(running.gateway.stats.identified).toHaveLength(2);

    // 4011 (sharding required) is a close discord.js never recovers from: only a restart helps.
    running.gateway.drop(4011, { shard: 1 });
    await vi.waitFor(async () => expect((await ops('/healthz')).status).toBe(503), { timeout: 10_000 });
    expect((await ops('/healthz')).body).toMatchObject({
      status: 'unhealthy',
      detail: 'discord shard 1 down',
      discord: both('down'),
    });
  }, 120_000);
});
