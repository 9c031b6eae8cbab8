import { afterEach, describe, expect, it } from 'vitest';
import { installationKeyOf } from '../../adapters/slack/installations.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { postCommand } from '../fakes/slack/signed-requests.ts';
import { ACME, appEvent, GLOBEX, type OAuthHarness, oauthHarness } from './oauth-harness.ts';
import { SECRET } from './slack-harness.ts';

const SCHEDULE = 'schedule 9:00 UTC weekdays';

/** Both workspaces installed, each with a daily question scheduled by its own admin. */
async function twoScheduledWorkspaces(h: OAuthHarness): Promise<void> {
  expect((await h.install(ACME, 'UADA')).status).toBe(200);
  expect((await h.install(GLOBEX, 'UGIL')).status).toBe(200);
  await h.command({ team: 'T1', user: 'UADA' }, 'C1', SCHEDULE);
  await h.command({ team: 'T2', user: 'UGIL' }, 'C9', SCHEDULE);
  await h.adapter.settled();
  expect((await h.store.getChannel('slack:T1:C1'))?.schedule?.postTime).toBe('09:00');
  expect((await h.store.getChannel('slack:T2:C9'))?.schedule?.postTime).toBe('09:00');
}

/** Team ids of the workspaces whose tokens posted into a channel, in order. */
function postersOf(h: OAuthHarness, channel: string): (string | null)[] {
  return h.api
    .callsOf('chat.postMessage')
    .filter((c) => c.body.channel === channel)
    .map((c) => h.api.teamOf(c));
}

describe('Slack installs by OAuth', () => {
  let h: OAuthHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('installs a workspace through the Add to Slack page, Slack and the redirect, over HTTP', async () => {
    h = await oauthHarness();
    const page = await fetch(`${h.base}/slack/install`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Add to Slack');

    const done = await h.install(ACME, 'UADA');
    expect(done.status).toBe(200);
    // Bolt's success page sends the browser on to the workspace it installed in.
    expect(done.body).toContain('slack://app?team=T1');
    const exchange = h.api.callsOf('oauth.v2.access');
    expect(exchange).toHaveLength(1);
    expect(exchange[0]?.answer.ok).toBe(true);
    expect(await h.store.getInstallation('slack:T1')).toMatchObject({
      teamId: 'T1',
      isEnterpriseInstall: false,
    });
    expect(await h.store.getInstallation('slack:T2')).toBeNull();
  });

  it('refuses a state that was used already, one it never issued, and one that is not the browser’s', async () => {
    h = await oauthHarness();
    const first = await h.install(ACME);
    expect(first.status).toBe(200);

    // The same redirect again (a reload, a replay): the state went with its first use.
    expect((await h.followRedirect(first.redirect, first.cookie)).status).toBe(400);

    // A state made up by an attacker, with a cookie to match it.
    const forged = first.redirect.replace(/state=[^&]+/, 'state=forged-state');
    expect((await h.followRedirect(forged, 'slack-app-oauth-state=forged-state')).status).toBe(400);

    // A real state, but not the one this browser was given (login CSRF): the cookie does not match.
    const page = await fetch(`${h.base}/slack/install`);
    const theirs = /state=([^&"]+)/.exec(await page.text())?.[1] ?? '';
    const code = h.api.approveInstall(GLOBEX.botToken);
    const crossed = `${h.base}/slack/oauth_redirect?code=${code}&state=${theirs}`;
    expect((await h.followRedirect(crossed, first.cookie)).status).toBe(400);

    expect(h.api.callsOf('oauth.v2.access')).toHaveLength(1);
    expect((await h.store.listInstallations('slack:')).map((r) => r.key)).toEqual(['slack:T1']);
  });

  it("two workspaces: each one's commands and scheduled posts use its own token", async () => {
    h = await oauthHarness();
    await twoScheduledWorkspaces(h);
    h.clock.set('2026-01-05T09:00:00Z');
    expect((await h.tick()).posted).toHaveLength(2);

    expect(postersOf(h, 'C1')).toEqual(['T1']);
    expect(postersOf(h, 'C9')).toEqual(['T2']);
    // The admin checks of /quiz schedule asked each workspace about its own admin, with its own token.
    const asked = h.api.callsOf('users.info').map((c) => [c.body.user, h.api.teamOf(c)]);
    expect(asked).toContainEqual(['UADA', 'T1']);
    expect(asked).toContainEqual(['UGIL', 'T2']);
    // Not one call went out with a token of no workspace (or none at all).
    const tokenless = h.api.calls.filter((c) => c.method !== 'oauth.v2.access' && h.api.teamOf(c) === null);
    expect(tokenless).toEqual([]);
  });

  it('an uninstall removes the installation and pauses the schedules, keeping them; a reinstall resumes them', async () => {
    h = await oauthHarness();
    await twoScheduledWorkspaces(h);
    h.api.revokeToken(ACME.botToken);
    expect((await h.event(appEvent('T1', { type: 'app_uninstalled' }))).status).toBe(200);
    await h.adapter.settled();

    expect(await h.store.getInstallation('slack:T1')).toBeNull();
    expect(await h.store.getChannel('slack:T1:C1')).toMatchObject({
      schedule: { postTime: '09:00', timezone: 'UTC', paused: true },
      pauseReason: 'app_uninstalled',
    });
    expect((await h.store.getChannel('slack:T2:C9'))?.schedule?.paused).toBe(false);

    h.clock.set('2026-01-05T09:00:00Z');
    await h.tick();
    expect(postersOf(h, 'C1')).toEqual([]);
    expect(postersOf(h, 'C9')).toEqual(['T2']);

    expect((await h.install(ACME, 'UADA')).status).toBe(200);
    expect(await h.store.getChannel('slack:T1:C1')).toMatchObject({
      schedule: { postTime: '09:00', paused: false },
      pauseReason: null,
    });
    h.clock.set('2026-01-06T09:00:00Z');
    await h.tick();
    expect(postersOf(h, 'C1')).toEqual(['T1']);
  });

  it('tokens_revoked for the bot removes that installation only; for a user it keeps the bot', async () => {
    h = await oauthHarness();
    await twoScheduledWorkspaces(h);
    await h.event(appEvent('T1', { type: 'tokens_revoked', tokens: { oauth: ['UADA'] } }));
    await h.adapter.settled();
    expect(await h.store.getInstallation('slack:T1')).not.toBeNull();

    await h.event(appEvent('T2', { type: 'tokens_revoked', tokens: { bot: [GLOBEX.botUserId] } }));
    await h.adapter.settled();
    expect(await h.store.getInstallation('slack:T2')).toBeNull();
    expect((await h.store.getChannel('slack:T2:C9'))?.pauseReason).toBe('app_uninstalled');
    expect((await h.store.getChannel('slack:T1:C1'))?.schedule?.paused).toBe(false);
  });

  it('serves an org-wide install under the organisation, for every workspace of it', async () => {
    h = await oauthHarness();
    const org = {
      ...GLOBEX,
      teamId: 'T5',
      botToken: 'xoxb-org',
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
    };
    h.api.addWorkspace(org);
    expect((await h.install(org)).status).toBe(200);
    expect(await h.store.getInstallation('slack:E1')).toMatchObject({
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
    });
    expect(installationKeyOf({ teamId: 'T5', enterpriseId: 'E1', isEnterpriseInstall: true })).toBe(
      'slack:E1',
    );
    expect(installationKeyOf({ teamId: 'T5', enterpriseId: 'E1', isEnterpriseInstall: false })).toBe(
      'slack:T5',
    );

    // A request from one of the organisation's workspaces is authorized by the org's installation, and
    // from then on the scheduler finds that workspace's token through it.
    h.api.addChannel('C5', 'org-general');
    h.api.addUser({ id: 'UORG', teamId: 'T5', name: 'Oda', isAdmin: true });
    const command = slashCommand({ team: 'T5', user: 'UORG' }, 'C5', SCHEDULE, h.api.newResponseUrl());
    await postCommand(
      `${h.base}/slack/events`,
      { ...command, enterprise_id: 'E1', is_enterprise_install: 'true' },
      { secret: SECRET },
    );
    await h.adapter.settled();
    expect(await h.store.linkedInstallation('slack:T5')).toBe('slack:E1');
    h.clock.set('2026-01-05T09:00:00Z');
    await h.tick();
    expect(postersOf(h, 'C5')).toEqual(['T5']);
  });
});
