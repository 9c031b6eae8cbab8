import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { postCommand, sign } from '../fakes/slack/signed-requests.ts';
import { PROCESS_SECRET, type RunningBot, rawRequest, startSlackBot } from './slack-process.ts';

/**
 * The Slack port is on the public internet. Whatever arrives there (a scanner, a browser, a broken proxy, a
 * signed body Slack would never send) gets a status code and nothing else: the real process, started the
 * way an operator starts it, keeps running and keeps answering Slack and /healthz.
 */

const FORM = 'application/x-www-form-urlencoded';
const now = (): number => Math.floor(Date.now() / 1000);

function signedHeaders(body: string, contentType: string, timestamp = now()): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(PROCESS_SECRET, timestamp, body),
  };
}

describe('the Slack port under hostile traffic (real process)', () => {
  let dir = '';
  let api: FakeSlackApi;
  let bot: RunningBot;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-attack-'));
    api = await new FakeSlackApi().start();
    bot = await startSlackBot(api, dir);
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await api?.stop();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const oversized = Buffer.alloc(5 * 1024 * 1024, 'a');
  const attacks: {
    name: string;
    method: string;
    path?: string;
    headers?: Record<string, string | string[]>;
    body?: string | Buffer;
    chunks?: Buffer[];
    status: number;
  }[] = [
    { name: 'GET of the events path', method: 'GET', status: 405 },
    { name: 'HEAD of the events path', method: 'HEAD', status: 405 },
    { name: 'OPTIONS of the events path', method: 'OPTIONS', status: 405 },
    { name: 'PUT of the events path', method: 'PUT', body: '{}', status: 405 },
    { name: 'GET /', method: 'GET', path: '/', status: 404 },
    {
      name: "a scanner's POST /wp-login.php",
      method: 'POST',
      path: '/wp-login.php',
      headers: { 'content-type': FORM },
      body: 'log=admin&pwd=admin',
      status: 404,
    },
    { name: 'a path that climbs out', method: 'GET', path: '/slack/events/../../etc/passwd', status: 404 },
    { name: 'a percent sign alone', method: 'GET', path: '/%', status: 404 },
    { name: 'an unsigned POST', method: 'POST', headers: { 'content-type': FORM }, body: 'a=1', status: 401 },
    {
      name: 'a signature for another body',
      method: 'POST',
      headers: { ...signedHeaders('a=1', FORM), 'content-type': FORM },
      body: 'a=2',
      status: 401,
    },
    {
      name: 'a timestamp that is not a number',
      method: 'POST',
      headers: { ...signedHeaders('a=1', FORM), 'x-slack-request-timestamp': 'soon' },
      body: 'a=1',
      status: 401,
    },
    {
      name: 'two signatures',
      method: 'POST',
      headers: {
        ...signedHeaders('a=1', FORM),
        'x-slack-signature': [sign(PROCESS_SECRET, now(), 'a=1'), 'v0=00'],
      },
      body: 'a=1',
      status: 401,
    },
    {
      name: 'a correctly signed request from 6 minutes in the future',
      method: 'POST',
      headers: signedHeaders('a=1', FORM, now() + 6 * 60),
      body: 'a=1',
      status: 401,
    },
    {
      name: 'a 5 MB body announced by content-length',
      method: 'POST',
      headers: { 'content-type': FORM, 'content-length': String(oversized.length) },
      body: oversized,
      status: 413,
    },
    {
      name: 'a 5 MB chunked body',
      method: 'POST',
      headers: { 'content-type': FORM },
      chunks: Array.from({ length: 5 }, () => Buffer.alloc(1024 * 1024, 'b')),
      status: 413,
    },
    {
      name: 'a signed JSON null',
      method: 'POST',
      headers: signedHeaders('null', 'application/json'),
      body: 'null',
      status: 400,
    },
    {
      name: 'a signed JSON array',
      method: 'POST',
      headers: signedHeaders('[1]', 'application/json'),
      body: '[1]',
      status: 400,
    },
    {
      name: 'a signed form whose payload is not JSON',
      method: 'POST',
      headers: signedHeaders('payload=%7Bnope', FORM),
      body: 'payload=%7Bnope',
      status: 400,
    },
    {
      name: 'a signed form sent as text/plain',
      method: 'POST',
      headers: signedHeaders('command=%2Fquiz&text=help', 'text/plain'),
      body: 'command=%2Fquiz&text=help',
      status: 400,
    },
    {
      name: 'a signed form whose payload is JSON null',
      method: 'POST',
      headers: signedHeaders('payload=null', FORM),
      body: 'payload=null',
      status: 400,
    },
  ];

  for (const attack of attacks) {
    it(`${attack.name}: ${attack.status}, and the process keeps serving`, async () => {
      const answer = await rawRequest(bot.slackBase, {
        method: attack.method,
        path: attack.path ?? '/slack/events',
        ...(attack.headers === undefined ? {} : { headers: attack.headers }),
        ...(attack.body === undefined ? {} : { body: attack.body }),
        ...(attack.chunks === undefined ? {} : { chunks: attack.chunks }),
      });
      expect(answer).toEqual({ status: attack.status, error: null });
      const health = await fetch(`${bot.opsBase}/healthz`);
      expect(health.status).toBe(200);
      expect(bot.exited()).toBe(false);
    });
  }

  it('a signed body of a shape Bolt does not know is left unacknowledged (404), and the process keeps serving', async () => {
    const body = JSON.stringify({ type: 'block_actions' });
    const answer = await rawRequest(bot.slackBase, {
      method: 'POST',
      path: '/slack/events',
      headers: signedHeaders(body, 'application/json'),
      body,
    });
    expect(answer).toEqual({ status: 404, error: null });
    expect(bot.exited()).toBe(false);
  });

  it('after all of that, a real slash command still gets its answer and nothing crashed', async () => {
    const responseUrl = api.newResponseUrl();
    const post = await postCommand(
      `${bot.slackBase}/slack/events`,
      slashCommand({ team: 'T1', user: 'UBOB' }, 'C1', 'help', responseUrl),
      { secret: PROCESS_SECRET },
    );
    expect(post.status).toBe(200);
    const reply = await api.waitFor(() => api.responsesTo(responseUrl)[0], 20_000);
    expect(JSON.stringify(reply.body)).toContain('/quiz');
    expect(bot.exited()).toBe(false);
    expect(bot.stderr()).not.toMatch(/Error|\n\s+at /);
    // Refusals are logged, but not once per request: a scanner cannot flood the log.
    const refusals = bot.logs().filter((l) => String(l.msg).startsWith('Slack request refused'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThan(attacks.length);
  });

  it('/healthz and /readyz answer, and the process stops cleanly on SIGTERM', async () => {
    expect((await fetch(`${bot.opsBase}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.opsBase}/readyz`)).status).toBe(200);
    expect(await bot.stop()).toBe(0);
  });
});
