import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, slackHarness, T1, textOf } from '../slack/slack-harness.ts';

/**
 * In a Slack Connect channel, people of a partner organisation run our slash commands too, and users.info
 * says they are admins (of their own workspace). Admin rights are ours to give: only admins of the
 * workspace the bot is installed in, asking from it, or the ids in SLACK_ADMIN_USER_IDS.
 */
describe('admin commands in a shared channel', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
    h.api.addUser({ id: 'UPARTNER', teamId: 'T2', name: 'Pat Partner', isAdmin: true });
    h.api.addUser({ id: 'UPOWNER', teamId: 'T2', name: 'Polly Partner-Owner', isOwner: true });
    await h.command(T1('UADMIN'), 'C1', 'schedule 09:00 UTC daily');
    await h.adapter.settled();
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  const schedule = async () => (await h.store.getChannel('slack:T1:C1'))?.schedule ?? null;

  it("a partner organisation's admin, in our workspace's channel, cannot pause our daily question", async () => {
    expect((await schedule())?.paused).toBe(false);
    for (const who of ['UPARTNER', 'UPOWNER']) {
      const { responseUrl } = await h.command({ team: 'T1', user: who }, 'C1', 'pause');
      expect(textOf((await h.reply(responseUrl)).body)).toContain('Only workspace admins');
    }
    expect((await schedule())?.paused).toBe(false);
  });

  it('nor from their own workspace id (a request for a workspace the bot is not installed in)', async () => {
    const { responseUrl } = await h.command({ team: 'T2', user: 'UPARTNER' }, 'C1', 'schedule 10:00 UTC');
    expect(textOf((await h.reply(responseUrl)).body)).toContain('Only workspace admins');
    expect(await h.store.getChannel('slack:T2:C1')).toBeNull();
  });

  it('and the help they see has no admin section, while our own admin still has every right', async () => {
    const partner = await h.command({ team: 'T1', user: 'UPARTNER' }, 'C1', 'help');
    expect(textOf((await h.reply(partner.responseUrl)).body)).not.toContain('Admins:');
    const ours = await h.command(T1('UADMIN'), 'C1', 'pause');
    await h.reply(ours.responseUrl);
    expect((await schedule())?.paused).toBe(true);
  });
});
