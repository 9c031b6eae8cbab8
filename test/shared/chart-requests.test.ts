import { describe, expect, it } from 'vitest';
import { leaderboardChart, playerStatsChart } from '../../adapters/shared/chart-requests.ts';
import { ChartRenderError } from '../../adapters/shared/charts/index.ts';
import { CHART_TIMEOUT_MS, chartDrawer, chartFile } from '../../adapters/shared/draw-chart.ts';
import type { LeaderboardEntry, LeaderboardView, PlayerStats } from '../../src/engine/api.ts';
import { ManualTimers } from '../fakes/manual-timers.ts';

const entry = (rank: number, name: string, points: number): LeaderboardEntry => ({
  rank,
  playerId: `p:${name}`,
  displayName: name,
  points,
  answered: 4,
  correct: 3,
  accuracy: 0.75,
  streak: 2,
  rating: 1512.4,
});

const board = (rows: LeaderboardEntry[], viewer: LeaderboardEntry | null): LeaderboardView => ({
  period: 'week',
  scope: { kind: 'tenant' },
  sections: [],
  timezone: 'UTC',
  rows,
  viewer,
  totalPlayers: 14,
});

const stats = (answered: number): PlayerStats => ({
  player: { id: 'p:ann', tenantId: 't', displayName: '安 Ann', isBot: false, rating: 1500, ratedGames: 0 },
  answered,
  correct: 2,
  accuracy: 0.5,
  bestStreak: 0,
  currentStreak: 0,
  rating: 1500,
  sections: [
    { section: 'Docker > Images', answered: 2, correct: 2, accuracy: 1 },
    { section: 'Git', answered: 1, correct: 0, accuracy: 0 },
    { section: 'Docker > Networks', answered: 1, correct: 0, accuracy: 0 },
  ],
  weakest: [],
  reviewsDue: 0,
  weeks: [
    { monday: '2026-02-23', answered: 3, correct: 2, accuracy: 2 / 3 },
    { monday: '2026-03-02', answered: 0, correct: 0, accuracy: null },
  ],
  timezone: 'UTC',
});

describe('charts of engine results', () => {
  it('draws the leaderboard in rank order, with the viewer found below the top rows when outside them', () => {
    const rows = [entry(1, 'ann', 30), entry(2, 'bob', 20)];
    const outside = leaderboardChart('en', board(rows, entry(14, 'zoe', 2)));
    expect(outside?.kind).toBe('leaderboard');
    if (outside?.kind !== 'leaderboard') return;
    expect(outside.chart.title).toBe('Leaderboard: everyone, this week');
    expect(outside.chart.rows.map((r) => [r.rank, r.name, r.points, r.isViewer])).toEqual([
      [1, 'ann', 30, false],
      [2, 'bob', 20, false],
      [14, 'zoe', 2, true],
    ]);
    expect(outside.chart.rows[0]?.more).toEqual(['75%', '2', '1512']);
    const inside = leaderboardChart('zh', board(rows, rows[1] ?? null));
    if (inside?.kind !== 'leaderboard') throw new Error('no chart');
    expect(inside.chart.title).toBe('排行榜：所有人，本周');
    expect(inside.chart.labels).toEqual({
      player: '玩家',
      points: '得分',
      more: ['正确率', '连续天数', '等级分'],
    });
    expect(inside.chart.rows.map((r) => r.isViewer)).toEqual([false, true]);
    expect(leaderboardChart('en', board([], null))).toBeNull();
  });

  it("draws a player's weeks by their Monday and sections weakest first, in both languages", () => {
    const en = playerStatsChart('en', stats(4));
    if (en?.kind !== 'player-stats') throw new Error('no chart');
    expect(en.chart.periods).toEqual([
      { label: 'Feb 23', answers: 3, accuracy: 2 / 3 },
      { label: 'Mar 2', answers: 0, accuracy: null },
    ]);
    expect(en.chart.sections.map((s) => s.title)).toEqual(['Docker > Networks', 'Git', 'Docker > Images']);
    expect(en.chart.labels.overTime).toBe('Accuracy per week');
    const zh = playerStatsChart('zh', stats(4));
    if (zh?.kind !== 'player-stats') throw new Error('no chart');
    expect(zh.chart.title).toBe('安 Ann 的统计');
    expect(zh.chart.periods.map((p) => p.label)).toEqual(['2月23日', '3月2日']);
    expect(zh.chart.labels).toEqual({
      overTime: '每周正确率',
      bySection: '各章节正确率',
      accuracy: '正确率',
      answers: '作答',
    });
    expect(playerStatsChart('en', stats(0))).toBeNull();
  });

  it('names the picture by its kind and describes it for screen readers in the reply language', () => {
    const request = playerStatsChart('zh', stats(4));
    if (request === null) throw new Error('no chart');
    expect(chartFile('zh', request)).toEqual({
      name: 'player-stats.png',
      alt: '安 Ann 的统计的图表。旁边的文字有相同的数据。',
    });
    expect(chartFile('en', request).alt).toBe(
      'Chart of 安 Ann 的统计. The text beside it has the same figures.',
    );
  });
});

describe('drawing a chart after the text went out', () => {
  const request = {
    kind: 'leaderboard',
    chart: { title: 't', labels: { player: 'p', points: 'n' }, rows: [] },
  } as const;
  const setup = (render: () => Promise<Uint8Array>) => {
    let now = 0;
    const timers = new ManualTimers(() => now);
    const warnings: { details: object; message: string }[] = [];
    const drawer = chartDrawer({
      renderer: { render },
      timers,
      logger: { warn: (details, message) => warnings.push({ details, message }) },
    });
    return { drawer, timers, warnings, later: (ms: number) => (now += ms) };
  };

  it('gives the PNG and leaves no timer behind', async () => {
    const png = new Uint8Array([1, 2, 3]);
    const { drawer, timers, warnings } = setup(async () => png);
    expect(await drawer.draw(request)).toBe(png);
    expect(timers.size).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('gives null and logs why when the renderer fails', async () => {
    const { drawer, warnings } = setup(async () => {
      throw new ChartRenderError('render_failed', 'chart not drawn: boom');
    });
    expect(await drawer.draw(request, { requestId: 'r1' })).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.details).toMatchObject({ requestId: 'r1', chart: 'leaderboard' });
    expect(warnings[0]?.message).toContain('went out without it');
  });

  it('gives null and logs it when the picture takes longer than the timeout', async () => {
    const { drawer, timers, warnings, later } = setup(() => new Promise<Uint8Array>(() => {}));
    const drawn = drawer.draw(request);
    later(CHART_TIMEOUT_MS - 1);
    expect(timers.runDue()).toBe(0);
    later(1);
    expect(timers.runDue()).toBe(1);
    expect(await drawn).toBeNull();
    expect(warnings[0]?.details).toMatchObject({ chart: 'leaderboard', timeoutMs: CHART_TIMEOUT_MS });
  });
});
