import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_PROBE_EVERY_MS } from '../../adapters/slack/token-health.ts';
import { loadConfig } from '../../src/config.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { postCommand } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1 } from '../slack/slack-harness.ts';

/**
 * Slack refusing the bot token (revoked, app uninstalled, access withdrawn) is an operator's problem, not a
 * channel's: channels stay scheduled, the log and /readyz say what is wrong, and posting resumes by itself
 * once Slack accepts the token again. A rate-limited auth.test at start-up is waited out, not fatal.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

async function scheduledChannel(h: SlackHarness, local: string): Promise<ChannelRecord> {
  const id = `slack:T1:${local}`;
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: local },
  );
  return (await h.engine.setSchedule(id, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  })) as ChannelRecord;
}

describe('a refused bot token', () => {
  let h: SlackHarness;
  let scheduler: Scheduler | null = null;
  afterEach(async () => {
    await scheduler?.stop();
    await h.close();
  });

  it.each(['invalid_auth', 'token_revoked'])(
    '%s on the daily post: not paused, reported unready, and the post goes out once the token works',
    async (code) => {
      h = await slackHarness({ start: '2026-01-05T08:59:00Z' });
      await scheduledChannel(h, 'C1');
      scheduler = createScheduler({
        engine: h.engine,
        clock: h.clock,
        publishers: [h.adapter.publisher],
        logger: pino({ level: 'silent' }),
        instanceId: 'i1',
      });
      expect(h.adapter.readiness()).toEqual({ ok: true });
      h.api.failNext({ method: 'chat.postMessage', error: code });
      h.clock.set('2026-01-05T09:00:10Z');
      const first = await scheduler.tick();
      expect(first.paused).toEqual([]);
      expect(first.retrying.map((r) => r.code)).toEqual([code]);
      expect((await h.store.getChannel('slack:T1:C1'))?.schedule?.paused).toBe(false);
      expect(h.adapter.readiness()).toEqual({ ok: false, detail: `slack: bot token refused (${code})` });
      const logged = h.logs.filter((l) => String(l.msg).includes('Slack token problem'));
      expect(logged).toHaveLength(1);
      expect(logged[0]?.level).toBe(50);
      // No admin is told a channel was lost: none was.
      expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);

      h.clock.set(first.retrying[0]?.nextAttemptAt ?? new Date(0));
      const second = await scheduler.tick();
      expect(second.posted).toHaveLength(1);
      expect(h.api.messagesIn('C1')).toHaveLength(1);
      expect(h.adapter.readiness()).toEqual({ ok: true });
    },
  );

  it('with nothing to post, a readiness check asks Slack again now and then, and recovers', async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
    h.api.failNext({ method: 'chat.postMessage', error: 'account_inactive' });
    h.api.failNext({ method: 'auth.test', error: 'account_inactive' });
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 1');
    await h.adapter.settled();
    expect(h.adapter.readiness().ok).toBe(false);
    const probes = () => h.api.callsOf('auth.test').length;
    const before = probes();
    // Not every check asks Slack: only once the probe interval has passed.
    h.adapter.readiness();
    expect(probes()).toBe(before);
    h.clock.advance(TOKEN_PROBE_EVERY_MS);
    h.adapter.readiness();
    await vi.waitFor(() => expect(probes()).toBe(before + 1));
    expect(h.adapter.readiness().ok).toBe(false);
    h.clock.advance(TOKEN_PROBE_EVERY_MS);
    h.adapter.readiness();
    await vi.waitFor(() => expect(h.adapter.readiness()).toEqual({ ok: true }));
  });

  it('a 429 on auth.test at start-up is waited out for Retry-After instead of failing start-up', async () => {
    h = await slackHarness({
      start: '2026-01-05T10:00:00Z',
      beforeStart: (api) => api.failNext({ method: 'auth.test', retryAfterSeconds: 1 }),
    });
    expect(h.api.callsOf('auth.test').map((c) => c.status)).toEqual([429, 200]);
    const waited = h.logs.find((l) => String(l.msg).includes('rate-limited auth.test'));
    expect(waited?.retryAfterMs).toBe(1000);
    const { post, responseUrl } = await h.command(T1('UBOB'), 'C1', 'help');
    expect(post.status).toBe(200);
    await h.reply(responseUrl);
  });
});

describe('/readyz of the running bot', () => {
  let dir = '';
  let api: FakeSlackApi | null = null;
  let app: RunningNotequiz | null = null;
  afterEach(async () => {
    await app?.shutdown();
    await api?.stop();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('says in one short line that Slack refuses the token', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-token-'));
    api = await new FakeSlackApi().start();
    api.addUser({ id: 'UBOB', teamId: 'T1', name: 'Bob' });
    api.addUser({ id: 'UCAROL', teamId: 'T1', name: 'Carol' });
    api.addChannel('C1', 'general');
    const slackPort = await freePort();
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: path.join(ROOT, 'content'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-token',
      NOTEQUIZ_TERMINAL: 'off',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: api.apiUrl,
      SLACK_API_RETRIES: '0',
    });
    const io = {
      input: new PassThrough(),
      output: new PassThrough(),
      errorOutput: new PassThrough(),
      interactive: false,
    };
    app = await startNotequiz(config, io, { handleSignals: false });
    const ready = `http://127.0.0.1:${app.opsPort}/readyz`;
    expect((await fetch(ready)).status).toBe(200);

    // The next post is refused for the token (the app was uninstalled): a challenge tries to post.
    api.failNext({ method: 'chat.postMessage', error: 'token_revoked' });
    const responseUrl = api.newResponseUrl();
    const sent = await postCommand(
      `http://127.0.0.1:${slackPort}/slack/events`,
      slashCommand(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 1', responseUrl),
      { secret: SECRET },
    );
    expect(sent.status).toBe(200);
    const fake = api;
    await fake.waitFor(() => fake.responsesTo(responseUrl)[0]);
    const answer = await fetch(ready);
    expect(answer.status).toBe(503);
    const body = (await answer.json()) as { detail: string };
    expect(body.detail).toBe('slack: bot token refused (token_revoked)');
  });
});

/** A port nobody listens on right now, for a server that must be told its port in advance. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
