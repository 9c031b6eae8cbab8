import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ChartRenderError,
  type ChartRenderer,
  createChartRenderer,
} from '../../adapters/shared/charts/index.ts';
import { CHART_TIMEOUT_MS } from '../../adapters/shared/draw-chart.ts';
import { decodePng } from '../charts/png-check.ts';
import { heldRenderer } from '../fakes/held-renderer.ts';
import { seedScores } from '../fakes/seed-scores.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

/**
 * `/quiz leaderboard` and `/quiz stats` answer privately in text at once, then draw a picture in the chart
 * worker and share it in the asker's direct messages with the app (an ephemeral message cannot carry a
 * file). A picture that fails, is late or cannot be shared never costs the text.
 */

/** Where the pictures are written to be looked at (CHART_LOOK_DIR=/tmp/look npx vitest run …). */
const LOOK = process.env.CHART_LOOK_DIR;

const PLAYERS = [
  {
    id: 'slack:T1:UCAROL',
    name: 'Carol',
    weeks: [
      { answered: 4, correct: 3 },
      { answered: 6, correct: 6 },
    ],
  },
  {
    id: 'slack:T1:UBOB',
    name: 'bob',
    weeks: [
      { answered: 5, correct: 2 },
      { answered: 0, correct: 0 },
      { answered: 4, correct: 3 },
    ],
  },
  { id: 'slack:T1:UADMIN', name: '张伟', weeks: [{ answered: 3, correct: 1 }] },
];

describe('Slack: a chart beside the leaderboard and the stats', () => {
  let real: ChartRenderer;
  let h: SlackHarness | null = null;
  beforeAll(() => {
    real = createChartRenderer();
  });
  afterAll(async () => {
    await real.close();
  });
  afterEach(async () => {
    expect(h?.api.violations).toEqual([]);
    await h?.close();
    h = null;
  });

  const start = async (charts: ChartRenderer, env: Record<string, string> = {}) => {
    const harness = await slackHarness({ charts, env });
    await seedScores(
      harness.store,
      { tenantId: 'slack:T1', channelId: 'slack:T1:C1' },
      PLAYERS,
      harness.clock.now(),
    );
    h = harness;
    return harness;
  };

  it('answers in text first, then shares a real PNG of the board in the asker’s direct messages', async () => {
    const held = heldRenderer(real);
    const s = await start(held.renderer);
    const { post, responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'leaderboard all');
    expect(post.status).toBe(200);
    const text = await s.reply(responseUrl);
    expect(text.body.response_type).toBe('ephemeral');
    expect(textOf(text.body)).toContain('Leaderboard: this channel, all time');
    // The text is out while the picture is still being drawn: nothing was uploaded yet.
    await held.askedOnce;
    expect(s.api.callsOf('files.getUploadURLExternal')).toEqual([]);
    held.release();
    await s.adapter.settled();

    // files.uploadV2 as @slack/web-api makes it: get an upload URL, post the bytes, complete the upload.
    expect(s.api.callsOf('conversations.open').map((c) => c.body.users)).toEqual(['UBOB']);
    const [asked] = s.api.callsOf('files.getUploadURLExternal');
    expect(asked?.body).toMatchObject({ filename: 'leaderboard.png' });
    const [file] = s.api.files;
    if (file === undefined) throw new Error('no file shared');
    expect(Number(asked?.body.length)).toBe(file.bytes.length);
    expect(file).toMatchObject({
      channel: 'DUBOB',
      filename: 'leaderboard.png',
      title: 'Leaderboard: this channel, all time',
      initialComment: 'Your `/quiz leaderboard` in <#C1>, as a chart:',
    });
    const picture = decodePng(file.bytes);
    expect(picture.width).toBe(1280);
    // Three players and the viewer among them: taller than an empty board would be.
    expect(picture.height).toBeGreaterThan(200);
    // Then a line where the player asked, saying where the picture went.
    const after = s.api.responsesTo(responseUrl);
    expect(after).toHaveLength(2);
    expect(textOf(after[1]?.body ?? {})).toContain('in your direct messages with notequiz');
    // Nothing in the channel itself.
    expect(s.api.callsOf('chat.postMessage')).toEqual([]);
    if (LOOK !== undefined) save('slack-leaderboard-en.png', file.bytes);
  });

  it('draws the stats in Chinese, week by week and by section, and shares them beside the text', async () => {
    const s = await start(real);
    const lang = await s.command(T1('UADMIN'), 'C1', 'lang zh');
    await s.reply(lang.responseUrl);
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'stats');
    expect(textOf((await s.reply(responseUrl)).body)).toContain('bob 的统计');
    await s.adapter.settled();
    const [file] = s.api.files;
    if (file === undefined) throw new Error('no file shared');
    expect(file).toMatchObject({
      channel: 'DUBOB',
      filename: 'player-stats.png',
      title: 'bob 的统计',
      initialComment: '你在 <#C1> 的 `/quiz stats`，图表如下：',
    });
    expect(decodePng(file.bytes).width).toBeGreaterThanOrEqual(1280);
    expect(textOf(s.api.responsesTo(responseUrl)[1]?.body ?? {})).toContain('私信');
    if (LOOK !== undefined) save('slack-stats-zh.png', file.bytes);
  });

  it('shares a picture of the knowledge-gap report beside its private text', async () => {
    const s = await start(real);
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'report all');
    expect(textOf((await s.reply(responseUrl)).body)).toContain('Docker');
    await s.adapter.settled();
    const [file] = s.api.files;
    if (file === undefined) throw new Error('no file shared');
    expect(file).toMatchObject({ channel: 'DUBOB', filename: 'section-report.png' });
    expect(file.initialComment).toContain('`/quiz report`');
    expect(decodePng(file.bytes).width).toBeGreaterThanOrEqual(1280);
    expect(s.api.callsOf('chat.postMessage')).toEqual([]);
    if (LOOK !== undefined) save('slack-report-en.png', file.bytes);
  });

  it('shares the picture right there, with no second line, when asked in the direct messages with the app', async () => {
    const s = await start(real);
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'DUBOB', 'stats');
    await s.reply(responseUrl);
    await s.adapter.settled();
    expect(s.api.files.map((f) => [f.channel, f.initialComment])).toEqual([
      ['DUBOB', 'Your `/quiz stats`, as a chart:'],
    ]);
    expect(s.api.responsesTo(responseUrl)).toHaveLength(1);
  });

  it('keeps no place in the request queue while a picture is being drawn', async () => {
    const held = heldRenderer(real);
    // One request worked on at a time: a picture holding that place would hold up every click.
    const s = await start(held.renderer, { SLACK_CONCURRENCY: '1' });
    const stats = await s.command(T1('UBOB', 'bob'), 'C1', 'stats');
    await s.reply(stats.responseUrl);
    await held.askedOnce;
    const help = await s.command(T1('UCAROL'), 'C1', 'help');
    expect(textOf((await s.reply(help.responseUrl)).body)).toContain('/quiz challenge');
    expect(s.api.files).toEqual([]);
    held.release();
    await s.adapter.settled();
    expect(s.api.files.map((f) => f.filename)).toEqual(['player-stats.png']);
  });

  it('draws nothing when there is nothing to draw: no scores yet, no answers yet', async () => {
    const held = heldRenderer(real);
    const s = await start(held.renderer);
    // The scores are all in #general.
    const board = await s.command(T1('UBOB'), 'C2', 'leaderboard all');
    expect(textOf((await s.reply(board.responseUrl)).body)).toContain('No scores yet');
    const stats = await s.command(T1('UOWNER'), 'C1', 'stats');
    expect(textOf((await s.reply(stats.responseUrl)).body)).toContain('No answers yet');
    await s.adapter.settled();
    expect(held.asked).toEqual([]);
    expect(s.api.callsOf('conversations.open')).toEqual([]);
  });

  it('sends the text alone and logs why when the picture cannot be drawn', async () => {
    const failing: ChartRenderer = {
      render: async () => {
        throw new ChartRenderError('worker_failed', 'the chart worker failed');
      },
      close: async () => {},
    };
    const s = await start(failing);
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'leaderboard all');
    expect(textOf((await s.reply(responseUrl)).body)).toContain('Leaderboard');
    await s.adapter.settled();
    expect(s.api.files).toEqual([]);
    expect(s.api.responsesTo(responseUrl)).toHaveLength(1);
    const warning = s.logs.find((l) => String(l.msg).startsWith('chart not drawn'));
    expect(warning).toMatchObject({ level: 40, chart: 'leaderboard', command: 'leaderboard', teamId: 'T1' });
  });

  it('gives up on a picture that takes too long, after the text went out', async () => {
    const stuck = heldRenderer();
    const s = await start(stuck.renderer);
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'stats');
    expect(textOf((await s.reply(responseUrl)).body)).toContain('Stats for bob');
    await stuck.askedOnce;
    s.clock.advance(CHART_TIMEOUT_MS);
    s.timers.runDue();
    await s.adapter.settled();
    expect(s.api.files).toEqual([]);
    expect(s.logs.find((l) => String(l.msg).startsWith('chart not drawn in time'))).toMatchObject({
      timeoutMs: CHART_TIMEOUT_MS,
    });
  });

  it('says which scopes are missing when Slack refuses the upload, and the text still stands', async () => {
    const s = await start(real);
    s.api.failNext({ method: 'files.getUploadURLExternal', error: 'missing_scope' });
    const { responseUrl } = await s.command(T1('UBOB', 'bob'), 'C1', 'leaderboard all');
    await s.reply(responseUrl);
    await s.adapter.settled();
    expect(s.api.files).toEqual([]);
    expect(s.api.responsesTo(responseUrl)).toHaveLength(1);
    expect(s.logs.find((l) => String(l.msg).startsWith('Slack chart not delivered'))).toMatchObject({
      code: 'missing_scope',
      hint: expect.stringContaining('im:write and files:write'),
    });
  });
});

function save(name: string, bytes: Uint8Array): void {
  const dir = path.resolve(LOOK ?? '.');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
}
