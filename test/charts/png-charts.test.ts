import { describe, expect, it } from 'vitest';
import type { ChartRequest } from '../../adapters/shared/charts/chart-data.ts';
import { STYLE } from '../../adapters/shared/charts/png/chart-style.ts';
import { renderChartPng } from '../../adapters/shared/charts/png/render-png.ts';
import * as samples from './chart-samples.ts';
import { decodePng, differingRows, inkIn, type Picture } from './png-check.ts';

/** Pictures are drawn at twice their CSS size. */
const WIDTH = STYLE.width * STYLE.scale;
const draw = async (request: ChartRequest): Promise<Picture> => decodePng(await renderChartPng(request));
const leaderboardTitled = (title: string): ChartRequest => ({
  kind: 'leaderboard',
  chart: { ...samples.leaderboardZh(3), title },
});

describe('chart pictures', () => {
  const every: Record<string, ChartRequest> = {
    'leaderboard (English)': { kind: 'leaderboard', chart: samples.leaderboardEn() },
    'leaderboard (Chinese)': { kind: 'leaderboard', chart: samples.leaderboardZh() },
    'knowledge-gap report (English)': { kind: 'section-report', chart: samples.sectionReportEn() },
    'knowledge-gap report (Chinese)': { kind: 'section-report', chart: samples.sectionReportZh() },
    "player's stats (English)": { kind: 'player-stats', chart: samples.playerStatsEn() },
    "player's stats (Chinese)": { kind: 'player-stats', chart: samples.playerStatsZh() },
  };
  for (const [name, request] of Object.entries(every)) {
    it(`draw the ${name} as a PNG 640 CSS pixels wide, at twice that for dense screens`, async () => {
      const picture = await draw(request);
      // The concatenated charts may round up by a pixel.
      expect(picture.width).toBeGreaterThanOrEqual(WIDTH);
      expect(picture.width).toBeLessThanOrEqual(WIDTH + 2 * STYLE.scale);
      expect(picture.height).toBeGreaterThan(200);
      expect(picture.height).toBeLessThan(2500);
      expect(inkIn(picture, 0, picture.height)).toBeGreaterThan(20_000);
    });
  }

  it('draw Chinese text with real glyphs: different characters give different pictures, unlike missing-glyph boxes', async () => {
    const a = await draw(leaderboardTitled('容器镜像仓库'));
    const b = await draw(leaderboardTitled('网络存储卷宗'));
    // U+0378 is unassigned: no font has it, so it can only be drawn as the missing-glyph box.
    const boxes = await draw(leaderboardTitled('\u0378'.repeat(6)));
    const titleBand = 2 * (STYLE.padding + STYLE.titleSize + 16) * STYLE.scale;
    expect(inkIn(a, 0, titleBand)).toBeGreaterThan(1500);
    // Were the characters missing from the fonts, both titles would be six identical boxes.
    const changed = differingRows(a, b);
    expect(changed.length).toBeGreaterThan(20);
    // Only the title differs: the rows below it are the same data drawn the same way.
    expect(Math.max(...changed)).toBeLessThan(titleBand);
    expect(differingRows(a, boxes).length).toBeGreaterThan(20);
  });

  it('keep the layout whatever the names hold: 64 characters, emoji, right-to-left, bidi overrides', async () => {
    const tame = await draw({ kind: 'leaderboard', chart: samples.leaderboardZh(25) });
    const wild = await draw({
      kind: 'leaderboard',
      chart: samples.leaderboardZh(25, [...samples.UNTRUSTED_NAMES, '张伟']),
    });
    expect([wild.width, wild.height]).toEqual([tame.width, tame.height]);
    // Names are cut to fit: nothing reaches into the left margin.
    const margin = (STYLE.padding - 4) * STYLE.scale;
    for (let y = 0; y < wild.height; y++) for (let x = 0; x < margin; x++) expect(wild.ink(x, y)).toBe(false);
  });

  it('grow with the rows: one row is a short picture, 25 rows a tall one, both the same width', async () => {
    const one = await draw({ kind: 'leaderboard', chart: samples.leaderboardEn(1, ['W'.repeat(64)]) });
    const many = await draw({ kind: 'leaderboard', chart: samples.leaderboardEn(25) });
    expect(one.width).toBe(WIDTH);
    expect(many.width).toBe(WIDTH);
    expect(many.height - one.height).toBe(24 * STYLE.rowStep * STYLE.scale);
  });

  it('draw a 30-section report with untrusted titles at the usual width', async () => {
    const picture = await draw({
      kind: 'section-report',
      chart: samples.sectionReportZh(30, [...samples.UNTRUSTED_NAMES, '容器']),
    });
    expect(picture.width).toBeLessThanOrEqual(WIDTH + 2 * STYLE.scale);
  });

  it('draw the viewer in the highlight colour', async () => {
    const picture = await draw({ kind: 'leaderboard', chart: samples.leaderboardEn(3) });
    const highlight = [1, 3, 5].map((i) => Number.parseInt(STYLE.highlight.slice(i, i + 2), 16));
    let found = false;
    for (let y = 0; y < picture.height && !found; y++)
      for (let x = 0; x < picture.width && !found; x++) found = picture.rgb(x, y).join() === highlight.join();
    expect(found).toBe(true);
  });
});
