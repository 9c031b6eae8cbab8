import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import { type FakeGuild, nextSnowflake } from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { sendCommand } from '../fakes/discord/fake-interactions.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { postCommand } from '../fakes/slack/signed-requests.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOLDER = path.join(import.meta.dirname, 'sqlite-lock-holder.ts');
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
/** How long the other process holds the write lock. */
const HOLD_MS = 5_000;
/** Slack and Discord drop an interaction not acknowledged within 3 seconds. */
const PLATFORM_DEADLINE_MS = 3_000;
const HEARTBEAT_MS = 250;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts the lock holder; resolves once it holds the lock, with a promise of its release. */
async function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<number> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, file, String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const released = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      out.includes('released') ? resolve(performance.now()) : reject(new Error(`holder exited ${code}`)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('locked')) resolve();
    });
    child.on('exit', () => reject(new Error(`holder exited before locking: ${out}`)));
  });
  return { released };
}

/**
 * The default SQLite file while another process holds its write lock for 5 s (a backup, a second
 * instance, sqlite3 at a prompt): the bot must go on acknowledging Slack and Discord within their
 * deadlines, answer /healthz and heartbeat the gateway, and store what people did once the lock is free.
 */
describe('the SQLite file locked by another process for 5 s', () => {
  let dir = '';
  let api: FakeSlackApi | null = null;
  let discord: FakeDiscord | null = null;
  let app: RunningNotequiz | null = null;
  afterAll(async () => {
    await app?.shutdown();
    await discord?.close();
    await api?.stop();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('keeps acknowledging, answering /healthz and heartbeating, then stores the answer', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-locked-'));
    const file = path.join(dir, 'quiz.db');
    api = await new FakeSlackApi().start();
    api.addChannel('C1', 'general');
    for (const user of ['UANN', 'UBOB', 'UCAT'])
      api.addUser({ id: user, teamId: 'T1', name: user.slice(1).toLowerCase() });
    const guild: FakeGuild = {
      id: nextSnowflake(),
      name: 'Team',
      preferredLocale: 'en-US',
      channels: [{ id: nextSnowflake(), name: 'general' }],
    };
    discord = await FakeDiscord.start({ guilds: [guild], heartbeatIntervalMs: HEARTBEAT_MS });
    const slackPort = await freePort();
    const config = loadConfig({
      DATABASE_URL: `file:${file}`,
      CONTENT_DIR: path.join(ROOT, 'content'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-locked',
      NOTEQUIZ_TERMINAL: 'off',
      DEFAULT_LANG: 'en',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: api.apiUrl,
      SLACK_API_RETRIES: '0',
      DISCORD_TOKEN: 'MTA.fake.token',
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    app = await startNotequiz(
      config,
      {
        input: new PassThrough(),
        output: new PassThrough(),
        errorOutput: new PassThrough(),
        interactive: false,
      },
      // Inside the daily window, so a question of the day can be answered.
      { handleSignals: false, clock: fakeClock('2026-03-02T10:00:00Z') },
    );
    const slackUrl = `http://127.0.0.1:${slackPort}/slack/events`;
    const slackQuiz = async (user: string) => {
      const responseUrl = api?.newResponseUrl() ?? '';
      const post = await postCommand(slackUrl, slashCommand({ team: 'T1', user }, 'C1', '', responseUrl), {
        secret: SECRET,
      });
      return { post, responseUrl };
    };
    const channel = guild.channels[0];
    if (channel === undefined) throw new Error('no channel');
    const running = discord;
    const discordQuiz = async () => {
      const sent = sendCommand(
        running,
        { guild, channel, user: { id: nextSnowflake(), username: 'dee' } },
        'quiz',
      );
      const callback = await running.callbackOf(sent.id);
      return callback.at - sent.sentAt;
    };
    // Warm up both platforms and the store (queries compiled, first players written).
    await slackQuiz('UANN').then(({ responseUrl }) =>
      api?.waitFor(() => api?.responsesTo(responseUrl)[0], 20_000),
    );
    await discordQuiz();
    const engine = app.engine;
    const place = { channelId: 'slack:T1:C1', channelName: 'general' };
    const zed = {
      tenantId: 'slack:T1',
      tenantName: 'team-t1',
      playerId: 'slack:T1:UZED',
      displayName: 'zed',
    };
    await engine.ensurePlace(zed, place);
    await engine.setSchedule(place.channelId, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const daily = await engine.openDailyRound(place.channelId);
    if (!daily.ok) throw new Error(`no daily round: ${daily.code}`);
    const { round, question } = daily.value;

    const heartbeats: number[] = [];
    let seen = running.gateway.stats.heartbeats;
    const watch = setInterval(() => {
      if (running.gateway.stats.heartbeats !== seen) {
        seen = running.gateway.stats.heartbeats;
        heartbeats.push(performance.now());
      }
    }, 10);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    try {
      const { released } = await holdWriteLock(file, HOLD_MS);
      const lockedAt = performance.now();
      loop.enable();
      // The answer and a new player's command reach the store while it is locked.
      const answered =
        question.correctIndex === null
          ? engine.selfGrade(zed, place, round.id, 'good')
          : engine.answer(zed, place, round.id, question.correctIndex);
      const first = await slackQuiz('UBOB');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const health = (async () => {
        const started = performance.now();
        const res = await fetch(`http://127.0.0.1:${app?.opsPort}/healthz`);
        return { status: res.status, ms: performance.now() - started };
      })();
      const [second, discordMs, healthz] = await Promise.all([slackQuiz('UCAT'), discordQuiz(), health]);
      const releasedAt = await released;
      loop.disable();

      expect(releasedAt - lockedAt).toBeGreaterThan(HOLD_MS - 500);
      expect(first.post.status).toBe(200);
      expect(first.post.ms).toBeLessThan(PLATFORM_DEADLINE_MS);
      expect(second.post.status).toBe(200);
      expect(second.post.ms).toBeLessThan(PLATFORM_DEADLINE_MS);
      expect(discordMs).toBeLessThan(PLATFORM_DEADLINE_MS);
      expect(healthz.status).toBe(200);
      expect(healthz.ms).toBeLessThan(1_000);
      // No wait on the database held the event loop: the gateway heartbeat never missed a beat.
      expect(loop.max / 1e6).toBeLessThan(1_000);
      const during = heartbeats.filter((t) => t > lockedAt && t < releasedAt);
      expect(during.length).toBeGreaterThan(HOLD_MS / HEARTBEAT_MS / 3);
      const gaps = during.slice(1).map((t, i) => t - (during[i] ?? t));
      expect(Math.max(...gaps)).toBeLessThan(4 * HEARTBEAT_MS);

      // Once the lock is free, what people did is stored and they hear back.
      expect((await answered).ok).toBe(true);
      for (const { responseUrl } of [first, second]) {
        const reply = await api.waitFor(() => api?.responsesTo(responseUrl)[0], 20_000);
        expect(JSON.stringify(reply)).not.toMatch(/went wrong|出错/);
      }
      const reader = new Database(file, { readonly: true });
      try {
        const row = reader
          .prepare('SELECT COUNT(*) AS n FROM "Answer" WHERE "roundId" = ? AND "playerId" = ?')
          .get(round.id, zed.playerId) as { n: number };
        expect(row.n).toBe(1);
      } finally {
        reader.close();
      }
    } finally {
      clearInterval(watch);
      loop.disable();
    }
  }, 120_000);
});
