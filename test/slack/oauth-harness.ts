import { Writable } from 'node:stream';
import pino from 'pino';
import { parseSlackConfig } from '../../adapters/slack/config.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.ts';
import { type AdminQuizEngine, createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import type { TickReport } from '../../src/schedule/tick-report.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { type FakeClock, fakeClock } from '../fakes/fake-clock.ts';
import { ManualTimers } from '../fakes/manual-timers.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { FakeSlackApi, type FakeWorkspace } from '../fakes/slack/fake-slack-api.ts';
import { slashCommand, type Who } from '../fakes/slack/payloads.ts';
import { postCommand, postEvent, type SignedPost } from '../fakes/slack/signed-requests.ts';
import { SECRET } from './slack-harness.ts';

export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00';
/** 32 bytes as base64 and as hex: the two ways SLACK_INSTALLATION_KEY may be written. */
export const KEY_A = Buffer.alloc(32, 1).toString('base64');
export const KEY_B = Buffer.alloc(32, 2).toString('hex');

export const ACME: FakeWorkspace = {
  teamId: 'T1',
  botToken: 'xoxb-acme',
  botUserId: 'UBOT1',
  botId: 'BACME',
};
export const GLOBEX: FakeWorkspace = {
  teamId: 'T2',
  botToken: 'xoxb-globex',
  botUserId: 'UBOT2',
  botId: 'BGLOBEX',
};

/** What a browser sees of one pass through /slack/install, Slack's "Allow" and /slack/oauth_redirect. */
export interface BrowserInstall {
  readonly status: number;
  readonly body: string;
  /** The redirect the browser followed, to replay it. */
  readonly redirect: string;
  readonly cookie: string;
}

export interface OAuthHarness {
  readonly api: FakeSlackApi;
  readonly engine: AdminQuizEngine;
  readonly store: StorePort;
  readonly clock: FakeClock;
  readonly adapter: SlackAdapter;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly logs: Record<string, unknown>[];
  /** The whole dance for a workspace's token: the installer approves on Slack and comes back. */
  install(workspace: FakeWorkspace, installer?: string): Promise<BrowserInstall>;
  /** A GET of the redirect with this cookie, as a browser (or an attacker) would send it. */
  followRedirect(redirect: string, cookie: string): Promise<{ status: number; body: string }>;
  command(who: Who, channel: string, text: string): Promise<SignedPost>;
  event(payload: Record<string, unknown>): Promise<SignedPost>;
  tick(): Promise<TickReport>;
  close(): Promise<void>;
}

export async function oauthHarness(
  options: { store?: StorePort; env?: Record<string, string> } = {},
): Promise<OAuthHarness> {
  const api = await new FakeSlackApi().start();
  api.setOAuthClient(CLIENT_ID, CLIENT_SECRET);
  api.addWorkspace(ACME);
  api.addWorkspace(GLOBEX);
  api.addChannel('C1', 'acme-general');
  api.addChannel('C9', 'globex-general');
  api.addUser({ id: 'UADA', teamId: 'T1', name: 'Ada', isAdmin: true });
  api.addUser({ id: 'UGIL', teamId: 'T2', name: 'Gil', isAdmin: true });
  const store = options.store ?? createMemoryStore();
  const clock = fakeClock('2026-01-05T08:00:00Z');
  const engine = createEngine({ store, clock, random: seededRandom(3), questions: SAMPLE_QUESTIONS });
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          logs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  const config = parseSlackConfig({
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_INSTALLATION_KEY: KEY_A,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: '0',
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: api.apiUrl,
    SLACK_API_RETRIES: '0',
    ...options.env,
  });
  const adapter = createSlackAdapter({
    engine,
    config,
    logger,
    clock,
    timers: new ManualTimers(() => clock.now().getTime()),
    notesLang: 'en',
    installations: store,
  });
  await adapter.start();
  const base = `http://127.0.0.1:${adapter.port()}`;
  const scheduler = createScheduler({
    engine,
    clock,
    publishers: [adapter.publisher],
    logger: pino({ level: 'silent' }),
    instanceId: 'test',
  });
  const followRedirect = async (redirect: string, cookie: string) => {
    const back = await fetch(redirect, { headers: { cookie }, redirect: 'manual' });
    return { status: back.status, body: await back.text() };
  };
  return {
    api,
    engine,
    store,
    clock,
    adapter,
    base,
    logs,
    async install(workspace, installer) {
      const page = await fetch(`${base}/slack/install`, { redirect: 'manual' });
      const html = await page.text();
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const href = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1];
      if (href === undefined) throw new Error(`no Add to Slack link on the install page: ${html}`);
      const state = new URL(href).searchParams.get('state') ?? '';
      const code = api.approveInstall(workspace.botToken, installer);
      const redirect = `${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
      return { ...(await followRedirect(redirect, cookie)), redirect, cookie };
    },
    followRedirect,
    command: (who, channel, text) =>
      postCommand(`${base}/slack/events`, slashCommand(who, channel, text, api.newResponseUrl()), {
        secret: SECRET,
      }),
    event: (payload) => postEvent(`${base}/slack/events`, payload, { secret: SECRET }),
    tick: () => scheduler.tick(),
    async close() {
      await adapter.stop();
      await api.stop();
      await store.close();
    },
  };
}

/** An Events API callback about the app itself (app_uninstalled, tokens_revoked). */
export function appEvent(teamId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'AFAKE',
    event: { event_ts: '1.1', ...event },
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
  };
}
