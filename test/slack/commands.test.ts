import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';

describe('/quiz commands over signed HTTP', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ withReload: true, env: { SLACK_ADMIN_USER_IDS: 'UCAROL' } });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('acknowledges at once and answers /quiz with a private practice question with one button per option', async () => {
    const { post, responseUrl } = await h.command(T1('UBOB', 'bob'), 'C1', '');
    expect(post.status).toBe(200);
    const reply = await h.reply(responseUrl);
    expect(reply.body.response_type).toBe('ephemeral');
    const blocks = reply.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
    expect(buttons.length).toBeGreaterThan(0);
    // The channel sees nothing.
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
    // Clicking an option replaces the private question with the verdict and the note's answer.
    const first = buttons[0];
    if (first === undefined) throw new Error('no button');
    const click = await h.click(
      T1('UBOB', 'bob'),
      'C1',
      { actionId: first.action_id, value: first.value },
      { ephemeral: true },
    );
    const verdict = await h.reply(click.responseUrl);
    expect(verdict.body.replace_original).toBe(true);
    expect(textOf(verdict.body)).toMatch(/Correct!|Not quite\./);
  });

  it('stop() lets acknowledged work finish: the practice question still arrives', async () => {
    const { post, responseUrl } = await h.command(T1('UBOB', 'bob'), 'C1', '');
    expect(post.status).toBe(200);
    await h.adapter.stop();
    expect(h.api.responsesTo(responseUrl)).toHaveLength(1);
    const again = await h.command(T1('UBOB', 'bob'), 'C1', '').catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Error);
  });

  it('names an unknown topic', async () => {
    const { responseUrl } = await h.command(T1('UBOB'), 'C1', 'Kubernetes operators');
    expect(textOf((await h.reply(responseUrl)).body)).toContain(
      'There is no topic called \\"Kubernetes operators\\"',
    );
  });

  it('shows help, stats and the leaderboard privately', async () => {
    const help = await h.command(T1('UBOB'), 'C1', 'help');
    const helpText = textOf((await h.reply(help.responseUrl)).body);
    expect(helpText).toContain('/quiz challenge');
    expect(helpText).not.toContain('Admins:');
    const stats = await h.command(T1('UBOB', 'bob'), 'C1', 'stats');
    expect(textOf((await h.reply(stats.responseUrl)).body)).toContain('No answers yet');
    const board = await h.command(T1('UBOB'), 'C1', 'leaderboard month workspace');
    const boardText = textOf((await h.reply(board.responseUrl)).body);
    expect(boardText).toContain('Leaderboard: everyone, this month');
  });

  it('refuses admin commands to ordinary members and changes nothing', async () => {
    const { responseUrl } = await h.command(T1('UBOB'), 'C1', 'schedule 09:30 Europe/Berlin weekdays');
    expect(textOf((await h.reply(responseUrl)).body)).toContain('Only workspace admins');
    expect(await h.store.getChannel(CHANNEL)).toBeNull();
  });

  it('lets a workspace admin schedule, pause and resume the daily question of the channel', async () => {
    const scheduled = await h.command(T1('UADMIN'), 'C1', 'schedule 9:30 Europe/Berlin weekdays');
    expect(textOf((await h.reply(scheduled.responseUrl)).body)).toContain(
      '09:30 (Europe/Berlin) on weekdays',
    );
    expect((await h.store.getChannel(CHANNEL))?.schedule).toMatchObject({
      postTime: '09:30',
      closeTime: '17:30',
      timezone: 'Europe/Berlin',
      weekdays: [1, 2, 3, 4, 5],
      paused: false,
    });
    const paused = await h.command(T1('UOWNER'), 'C1', 'pause');
    await h.reply(paused.responseUrl);
    expect((await h.store.getChannel(CHANNEL))?.schedule?.paused).toBe(true);
    // A configured admin (SLACK_ADMIN_USER_IDS) who is not a workspace admin may too.
    const resumed = await h.command(T1('UCAROL'), 'C1', 'resume');
    expect(textOf((await h.reply(resumed.responseUrl)).body)).toContain('back on');
    expect((await h.store.getChannel(CHANNEL))?.schedule?.paused).toBe(false);
  });

  it('closes at the configured DAILY_CLOSE_TIME when /quiz schedule names no close time', async () => {
    await h.close();
    h = await slackHarness({ defaultSchedule: { postTime: '08:00', closeTime: '15:45' } });
    const scheduled = await h.command(T1('UADMIN'), 'C1', 'schedule 9:30 Europe/Berlin weekdays');
    await h.reply(scheduled.responseUrl);
    expect((await h.store.getChannel(CHANNEL))?.schedule).toMatchObject({
      postTime: '09:30',
      closeTime: '15:45',
    });
    // A post after the configured close falls back to eight hours later; a named close always wins.
    const evening = await h.command(T1('UADMIN'), 'C1', 'schedule 16:00 Europe/Berlin');
    await h.reply(evening.responseUrl);
    expect((await h.store.getChannel(CHANNEL))?.schedule?.closeTime).toBe('23:59');
    const named = await h.command(T1('UADMIN'), 'C1', 'schedule 9:30 Europe/Berlin close 12:00');
    await h.reply(named.responseUrl);
    expect((await h.store.getChannel(CHANNEL))?.schedule?.closeTime).toBe('12:00');
    // No post time: the configured DAILY_POST_TIME.
    const unnamed = await h.command(T1('UADMIN'), 'C1', 'schedule Asia/Shanghai daily');
    await h.reply(unnamed.responseUrl);
    expect((await h.store.getChannel(CHANNEL))?.schedule).toMatchObject({
      postTime: '08:00',
      closeTime: '15:45',
      timezone: 'Asia/Shanghai',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
    });
  });

  it('explains a bad time or timezone instead of guessing', async () => {
    const badZone = await h.command(T1('UADMIN'), 'C1', 'schedule 09:30 Berlin');
    expect(textOf((await h.reply(badZone.responseUrl)).body)).toContain('is not a timezone');
    const badTime = await h.command(T1('UADMIN'), 'C1', 'schedule 25:00 Asia/Shanghai daily');
    expect(textOf((await h.reply(badTime.responseUrl)).body)).toContain('is not a time');
    expect(await h.store.getChannel(CHANNEL)).toBeNull();
  });

  it('switches the workspace to Chinese with /quiz lang zh', async () => {
    const lang = await h.command(T1('UADMIN'), 'C1', 'lang zh');
    expect(textOf((await h.reply(lang.responseUrl)).body)).toContain('语言已切换为中文');
    expect(await h.engine.tenantLang('slack:T1')).toBe('zh');
    const help = await h.command(T1('UBOB'), 'C1', 'help');
    expect(textOf((await h.reply(help.responseUrl)).body)).toContain('只有你能看到的练习题');
  });

  it('reloads the notes for an admin and reports the counts', async () => {
    const { responseUrl } = await h.command(T1('UADMIN'), 'C1', 'reload');
    expect(textOf((await h.reply(responseUrl)).body)).toContain('1 added, 2 updated, 3 retired');
  });
});
