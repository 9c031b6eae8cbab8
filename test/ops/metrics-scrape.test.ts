import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeButton } from '../../adapters/discord/custom-ids.ts';
import { ACTION, ACTION_PATTERN } from '../../adapters/slack/action-values.ts';
import { loadConfig } from '../../src/config.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import { type FakeGuild, nextSnowflake, PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, sendModalSubmit } from '../fakes/discord/fake-interactions.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import {
  appHomeOpened,
  blockAction,
  menuAction,
  slashCommand,
  viewSubmission,
  type Who,
} from '../fakes/slack/payloads.ts';
import { postCommand, postEvent, postInteraction } from '../fakes/slack/signed-requests.ts';
import { type Family, parsePrometheusText, sampleValue } from './prometheus-text.ts';

/**
 * What an operator's Prometheus sees: the bot with Slack (HTTP mode, signed requests through Bolt) and
 * Discord (the fake gateway) on one SQLite file, played a little, a daily question posted by the scheduler
 * through a 429, answered and revealed; then GET /metrics over HTTP, read by a strict exposition parser.
 */
/** Choice questions only: the first button of any question is an answer, so every press writes one. */
const NOTES = `# Shell

### Which signal does \`kill\` send by default?

- [ ] SIGKILL
- [x] SIGTERM
- [ ] SIGHUP

### Which command lists the running processes?

- [x] ps
- [ ] ls
- [ ] cd

### Which command shows the free space of each file system?

- [ ] du
- [x] df
- [ ] dd
`;
const SECRET = '0123456789abcdef0123456789abcdef';
const BOB: Who = { team: 'T1', user: 'UBOB', userName: 'bob' };
const CAROL: Who = { team: 'T1', user: 'UCAROL', userName: 'carol' };

interface Button {
  readonly action_id: string;
  readonly value: string;
}
const buttonsOf = (blocks: unknown): Button[] =>
  (blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('GET /metrics', () => {
  let dir = '';
  let api: FakeSlackApi | null = null;
  let discord: FakeDiscord | null = null;
  let app: RunningNotequiz | null = null;
  afterEach(async () => {
    await app?.shutdown();
    await discord?.close();
    await api?.stop();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
    [app, discord, api, dir] = [null, null, null, ''];
  });

  it('counts requests, acks, answers, daily posts and reveals, 429s and store calls as they happened', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-metrics-'));
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'shell.md'), NOTES);
    const clock = fakeClock('2026-03-02T08:00:00Z');
    const slack = await new FakeSlackApi().start();
    api = slack;
    slack.addChannel('C1', 'general');
    slack.addUser({ id: 'UBOB', teamId: 'T1', name: 'Bob' });
    slack.addUser({ id: 'UCAROL', teamId: 'T1', name: 'Carol' });
    const guild: FakeGuild = {
      id: nextSnowflake(),
      name: 'Team Notes',
      preferredLocale: 'en-US',
      channels: [{ id: nextSnowflake(), name: 'general' }],
    };
    const fake = await FakeDiscord.start({ guilds: [guild], now: () => clock.now() });
    discord = fake;
    const slackPort = await freePort();
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: path.join(dir, 'notes'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-metrics',
      NOTEQUIZ_TERMINAL: 'off',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: slack.apiUrl,
      SLACK_API_RETRIES: '0',
      DISCORD_TOKEN: 'MTA.fake.token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    const io = { input: new PassThrough(), output: new PassThrough(), errorOutput: new PassThrough() };
    const running = await startNotequiz(
      config,
      { ...io, interactive: false },
      { handleSignals: false, clock, random: seededRandom(5) },
    );
    app = running;
    const events = `http://127.0.0.1:${slackPort}/slack/events`;
    const scrape = async (): Promise<{ contentType: string | null; families: Map<string, Family> }> => {
      const response = await fetch(`http://127.0.0.1:${running.opsPort}/metrics`);
      expect(response.status).toBe(200);
      return {
        contentType: response.headers.get('content-type'),
        families: parsePrometheusText(await response.text()),
      };
    };

    // Slack: a practice question and an answer to it (a flashcard is revealed, then graded), and the App
    // Home opened (an event).
    let slackClicks = 0;
    const click = async (
      who: Who,
      button: Button,
      on: { ephemeral: boolean; messageTs?: string },
    ): Promise<{ blocks?: unknown }> => {
      slackClicks += 1;
      const url = slack.newResponseUrl();
      const action = { actionId: button.action_id, value: button.value, messageTs: on.messageTs };
      const payload = blockAction(who, 'C1', action, url, { ephemeral: on.ephemeral });
      expect((await postInteraction(events, payload, { secret: SECRET })).status).toBe(200);
      return (await slack.waitFor(() => slack.responsesTo(url)[0])).body;
    };
    const quizUrl = slack.newResponseUrl();
    const quiz = await postCommand(events, slashCommand(BOB, 'C1', '', quizUrl), { secret: SECRET });
    expect(quiz.status).toBe(200);
    const question = await slack.waitFor(() => slack.responsesTo(quizUrl)[0]);
    const option = buttonsOf(question.body.blocks)[0];
    if (option === undefined) throw new Error('no button on the practice question');
    const verdict = await click(BOB, option, { ephemeral: true });
    if (option.action_id === ACTION.practiceReveal) {
      const grade = buttonsOf(verdict.blocks).find((b) => ACTION_PATTERN.practiceGrade.test(b.action_id));
      if (grade === undefined) throw new Error('no grade button after the reveal');
      await click(BOB, grade, { ephemeral: true });
    }
    expect((await postEvent(events, appHomeOpened(BOB), { secret: SECRET })).status).toBe(200);
    await slack.waitFor(() => slack.callsOf('views.publish')[0]);

    // Discord: /quiz, a report of it, and a press (reveal then grade for a flashcard); the first press's
    // callback meets a 429, which discord.js waits out.
    const general = guild.channels[0];
    if (general === undefined) throw new Error('no channel');
    const ada = {
      guild,
      channel: general,
      user: { id: nextSnowflake(), username: 'ada' },
      permissions: PERMISSIONS.member,
    };
    const command = sendCommand(fake, ada, 'quiz');
    await fake.callbackOf(command.id);
    const practiceId = fake.interactions.get(command.id)?.originalId ?? '';
    const buttonsOn = (messageId: string): string[] => {
      const message = fake.messages.get(messageId);
      return message === undefined ? [] : buttonIds(message);
    };
    let presses = 0;
    const press = async (kind: 'answer' | 'reveal' | 'grade'): Promise<void> => {
      const message = fake.messages.get(practiceId);
      const id = buttonsOn(practiceId).find((b) => decodeButton(b)?.kind === kind);
      if (message === undefined || id === undefined) throw new Error(`no ${kind} button on Discord`);
      presses += 1;
      await fake.callbackOf(sendButton(fake, ada, message, id).id);
    };
    fake.rateLimitNext('POST', /\/callback$/, 0.05);
    // Its Report button opens a form (that is the press's acknowledgement), submitted before answering.
    const reported = fake.messages.get(practiceId);
    const reportId = buttonsOn(practiceId).find((b) => b.startsWith('fl:'));
    if (reported === undefined || reportId === undefined) throw new Error('no Report button on Discord');
    presses += 1;
    const form = await fake.callbackOf(sendButton(fake, ada, reported, reportId).id);
    expect(form.type).toBe(9);
    const formId = (form.data as { custom_id: string }).custom_id;
    const fields = { reason: ['unclear'], note: '' };
    await fake.callbackOf(sendModalSubmit(fake, ada, formId, fields, reported).id);

    if (decodeButton(buttonsOn(practiceId)[0] ?? '')?.kind === 'reveal') {
      await press('reveal');
      await press('grade');
    } else await press('answer');
    const first = await scrape();
    expect(first.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(first.families.has('nodejs_eventloop_lag_p99_seconds')).toBe(false);

    // The daily question: Slack says 429 to the first post, the retry goes out; Carol answers; it is revealed.
    await running.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 'team-t1' },
      { channelId: 'slack:T1:C1', channelName: 'general' },
    );
    await running.engine.setSchedule('slack:T1:C1', {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    slack.failNext({ method: 'chat.postMessage', channel: 'C1', retryAfterSeconds: 30 });
    clock.set('2026-03-02T09:00:00Z');
    await running.schedulerPass();
    clock.set('2026-03-02T09:01:00Z');
    await running.schedulerPass();
    const daily = slack.messagesIn('C1').find((m) => m.botId !== null && buttonsOf(m.blocks).length > 0);
    const pick = buttonsOf(daily?.blocks)[0];
    if (daily === undefined || pick === undefined) throw new Error('no daily question in C1');
    await click(CAROL, pick, { ephemeral: false, messageTs: daily.ts });
    // Carol reports it through the "…" menu and its form (a block action, then a view submission).
    const menu = (
      daily.blocks as { accessory?: { type: string; action_id: string; options: { value: string }[] } }[]
    )
      .map((b) => b.accessory)
      .find((a) => a?.type === 'overflow');
    if (menu === undefined) throw new Error('no report menu on the daily question');
    slackClicks += 1;
    const menuUrl = slack.newResponseUrl();
    const chosen = { actionId: menu.action_id, selected: menu.options[0]?.value ?? '', messageTs: daily.ts };
    expect(
      (await postInteraction(events, menuAction(CAROL, 'C1', chosen, menuUrl), { secret: SECRET })).status,
    ).toBe(200);
    const modal = await slack.waitFor(() => slack.modals[0]?.view);
    const reason = {
      nq_flag_reason: { reason: { type: 'radio_buttons', selected_option: { value: 'unclear' } } },
    };
    expect(
      (await postInteraction(events, viewSubmission(CAROL, modal, reason), { secret: SECRET })).status,
    ).toBe(200);
    await slack.waitFor(() => slack.responsesTo(menuUrl)[0]);
    clock.set('2026-03-02T17:00:00Z');
    await running.schedulerPass();

    const { families } = await scrape();
    const slackKind = (kind: string) => ({ platform: 'slack', kind });
    expect(sampleValue(families, 'notequiz_requests_total', slackKind('slash_command'))).toBe(1);
    expect(sampleValue(families, 'notequiz_requests_total', slackKind('block_action'))).toBe(slackClicks);
    expect(sampleValue(families, 'notequiz_requests_total', slackKind('event'))).toBe(1);
    expect(sampleValue(families, 'notequiz_requests_total', slackKind('view_submission'))).toBe(1);
    expect(sampleValue(families, 'notequiz_acks_total', slackKind('view_submission'))).toBe(1);
    expect(sampleValue(families, 'notequiz_acks_total', slackKind('slash_command'))).toBe(1);
    expect(sampleValue(families, 'notequiz_acks_total', slackKind('block_action'))).toBe(slackClicks);
    expect(sampleValue(families, 'notequiz_acks_total', slackKind('event'))).toBe(1);
    const slackAcks = 1 + slackClicks + 1 + 1;
    expect(sampleValue(families, 'notequiz_ack_duration_seconds_count', { platform: 'slack' })).toBe(
      slackAcks,
    );
    expect(
      sampleValue(families, 'notequiz_ack_duration_seconds_bucket', { platform: 'slack', le: '3' }),
    ).toBe(slackAcks);

    const discordKind = (kind: string) => ({ platform: 'discord', kind });
    expect(sampleValue(families, 'notequiz_requests_total', discordKind('application_command'))).toBe(1);
    expect(sampleValue(families, 'notequiz_requests_total', discordKind('message_component'))).toBe(presses);
    expect(sampleValue(families, 'notequiz_acks_total', discordKind('application_command'))).toBe(1);
    expect(sampleValue(families, 'notequiz_acks_total', discordKind('message_component'))).toBe(presses);
    expect(sampleValue(families, 'notequiz_requests_total', discordKind('modal_submit'))).toBe(1);
    expect(sampleValue(families, 'notequiz_acks_total', discordKind('modal_submit'))).toBe(1);
    expect(sampleValue(families, 'notequiz_ack_duration_seconds_count', { platform: 'discord' })).toBe(
      1 + presses + 1,
    );
    const callback = { platform: 'discord', method: 'POST /interactions/:id/:token/callback' };
    expect(sampleValue(families, 'notequiz_rate_limited_total', callback)).toBe(1);

    expect(sampleValue(families, 'notequiz_answers_written_total', { round: 'practice' })).toBe(2);
    expect(sampleValue(families, 'notequiz_answers_written_total', { round: 'daily' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'ok' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'retried' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'failed' })).toBe(0);
    expect(sampleValue(families, 'notequiz_daily_reveals_total', { outcome: 'ok' })).toBe(1);
    expect(
      sampleValue(families, 'notequiz_rate_limited_total', { platform: 'slack', method: 'chat.postMessage' }),
    ).toBe(1);
    expect(
      sampleValue(families, 'notequiz_store_call_duration_seconds_count', { operation: 'recordAnswer' }),
    ).toBe(3);
    expect(sampleValue(families, 'notequiz_store_errors_total', { operation: 'recordAnswer' })).toBe(0);
    // Node's samplers started at the first scrape and report from the second.
    expect(sampleValue(families, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);

    // No label names a person, a place or a round: the series stay as few as the kinds of things counted.
    const ids = [
      'UBOB',
      'UCAROL',
      'T1',
      'C1',
      guild.id,
      general.id,
      ada.user.id,
      daily.ts,
      'practice_',
      'daily_',
    ];
    const ours = [...families.values()].filter((f) => f.name.startsWith('notequiz_'));
    const values = new Set(ours.flatMap((f) => f.samples.flatMap((sample) => Object.values(sample.labels))));
    for (const value of values) for (const id of ids) expect(value).not.toContain(id);
    const names = new Set(ours.flatMap((f) => f.samples.flatMap((sample) => Object.keys(sample.labels))));
    expect([...names].sort()).toEqual(['kind', 'le', 'method', 'operation', 'outcome', 'platform', 'round']);
  }, 120_000);

  it('is not served with METRICS=false', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-metrics-off-'));
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'shell.md'), NOTES);
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: path.join(dir, 'notes'),
      PORT: '0',
      METRICS: 'false',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-metrics-off',
    });
    const input = new PassThrough();
    const io = { input, output: new PassThrough(), errorOutput: new PassThrough(), interactive: false };
    app = await startNotequiz(config, io, { handleSignals: false, clock: fakeClock('2026-03-02T06:00:00Z') });
    expect((await fetch(`http://127.0.0.1:${app.opsPort}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${app.opsPort}/metrics`)).status).toBe(404);
  }, 120_000);
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
