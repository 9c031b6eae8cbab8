import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESS_SECRET, startSlackBot } from '../attacks/slack-process.ts';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { postCommand } from '../fakes/slack/signed-requests.ts';
import { ACME, CLIENT_ID, CLIENT_SECRET, KEY_A, KEY_B } from './oauth-harness.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/notequiz.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-oauth-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: CLIENT_ID,
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_INSTALLATION_KEY: KEY_A,
};

describe('notequiz start with installs by OAuth (the real process)', () => {
  it('installs a workspace through the browser flow, answers it with its token, and reseals after a rotation', async () => {
    const api = await new FakeSlackApi().start();
    api.setOAuthClient(CLIENT_ID, CLIENT_SECRET);
    api.addWorkspace(ACME);
    api.addChannel('C1', 'acme-general');
    api.addUser({ id: 'UADA', teamId: 'T1', name: 'Ada', isAdmin: true });
    const bot = await startSlackBot(api, dir, OAUTH_ENV);
    try {
      const page = await fetch(`${bot.slackBase}/slack/install`);
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const state = /state=([^&"]+)/.exec(await page.text())?.[1] ?? '';
      const code = api.approveInstall(ACME.botToken, 'UADA');
      const back = await fetch(`${bot.slackBase}/slack/oauth_redirect?code=${code}&state=${state}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(back.status).toBe(200);

      const command = slashCommand(
        { team: 'T1', user: 'UADA' },
        'C1',
        'schedule 9:00 UTC weekdays',
        api.newResponseUrl(),
      );
      expect(
        (await postCommand(`${bot.slackBase}/slack/events`, command, { secret: PROCESS_SECRET })).status,
      ).toBe(200);
      const asked = await api.waitFor(
        () => api.callsOf('users.info').find((c) => c.body.user === 'UADA'),
        20_000,
      );
      expect(api.teamOf(asked)).toBe('T1');
    } finally {
      expect(await bot.stop()).toBe(0);
      await api.stop();
    }

    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [BIN, 'slack', 'reseal'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
        SLACK_CLIENT_ID: CLIENT_ID,
        SLACK_CLIENT_SECRET: CLIENT_SECRET,
        SLACK_SIGNING_SECRET: PROCESS_SECRET,
        SLACK_INSTALLATION_KEY: KEY_B,
        SLACK_INSTALLATION_KEY_PREVIOUS: KEY_A,
      },
    });
    expect(stdout).toContain(
      'Sealed again with SLACK_INSTALLATION_KEY: 1; already sealed with it: 0; unreadable: 0',
    );
  }, 120_000);
});
