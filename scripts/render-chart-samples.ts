/**
 * Draws the example charts (test/charts/chart-samples.ts) into docs/images/, in English and Chinese, and
 * prints the terminal versions. Run after changing a chart: `npx tsx scripts/render-chart-samples.ts`
 * (or name another folder: `npx tsx scripts/render-chart-samples.ts /tmp/charts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartRequest } from '../adapters/shared/charts/chart-data.ts';
import { renderChartPng } from '../adapters/shared/charts/png/render-png.ts';
import { chartText } from '../adapters/shared/charts/text/chart-text.ts';
import * as samples from '../test/charts/chart-samples.ts';

const out = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'docs', 'images'));
mkdirSync(out, { recursive: true });

const charts: Record<string, ChartRequest> = {
  'chart-leaderboard-en': { kind: 'leaderboard', chart: samples.leaderboardEn() },
  'chart-leaderboard-zh': { kind: 'leaderboard', chart: samples.leaderboardZh() },
  'chart-leaderboard-untrusted-names': {
    kind: 'leaderboard',
    chart: samples.leaderboardZh(25, [...samples.UNTRUSTED_NAMES, '张伟']),
  },
  'chart-leaderboard-one-row': { kind: 'leaderboard', chart: samples.leaderboardEn(1) },
  'chart-section-report-en': { kind: 'section-report', chart: samples.sectionReportEn() },
  'chart-section-report-zh': { kind: 'section-report', chart: samples.sectionReportZh() },
  'chart-player-stats-en': { kind: 'player-stats', chart: samples.playerStatsEn() },
  'chart-player-stats-zh': { kind: 'player-stats', chart: samples.playerStatsZh() },
};

for (const [name, request] of Object.entries(charts)) {
  const png = await renderChartPng(request);
  writeFileSync(path.join(out, `${name}.png`), png);
  console.log(`${name}.png  ${png.length.toLocaleString('en-US')} bytes`);
  console.log(chartText(request), '\n');
}
