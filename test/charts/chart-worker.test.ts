import { afterEach, describe, expect, it } from 'vitest';
import type { ChartRequest } from '../../adapters/shared/charts/chart-data.ts';
import {
  ChartRenderError,
  type ChartRenderer,
  createChartRenderer,
} from '../../adapters/shared/charts/png/chart-worker.ts';
import { renderChartPng } from '../../adapters/shared/charts/png/render-png.ts';
import * as samples from './chart-samples.ts';
import { decodePng } from './png-check.ts';

const leaderboard: ChartRequest = { kind: 'leaderboard', chart: samples.leaderboardEn(10) };

describe('the chart worker', () => {
  let renderer: ChartRenderer | null = null;
  afterEach(async () => {
    await renderer?.close();
    renderer = null;
  });

  it('draws in a worker thread the same picture as the bot thread would', async () => {
    renderer = createChartRenderer();
    const [inWorker, inThread] = await Promise.all([
      renderer.render(leaderboard),
      renderChartPng(leaderboard),
    ]);
    expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
    const report = await renderer.render({ kind: 'section-report', chart: samples.sectionReportZh(30) });
    expect(decodePng(report).height).toBeGreaterThan(decodePng(inWorker).height);
  });

  it('draws charts asked for together, each answer to its own request', async () => {
    renderer = createChartRenderer();
    const [one, many] = await Promise.all([
      renderer.render({ kind: 'leaderboard', chart: samples.leaderboardEn(1) }),
      renderer.render({ kind: 'leaderboard', chart: samples.leaderboardEn(25) }),
    ]);
    expect(decodePng(many).height).toBeGreaterThan(decodePng(one).height);
  });

  it('rejects a chart it cannot draw with a coded error and a cause, and goes on drawing', async () => {
    renderer = createChartRenderer();
    const bad = { kind: 'pie', chart: {} } as unknown as ChartRequest;
    const error = await renderer.render(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChartRenderError);
    expect((error as ChartRenderError).code).toBe('render_failed');
    expect((error as ChartRenderError).cause).toBeInstanceOf(Error);
    expect((error as ChartRenderError).message).toContain('no chart of kind "pie"');
    expect(decodePng(await renderer.render(leaderboard)).width).toBeGreaterThan(0);
  });

  it('once closed, rejects the charts in progress and any new one with code closed', async () => {
    renderer = createChartRenderer();
    const inProgress = expect(renderer.render(leaderboard)).rejects.toMatchObject({ code: 'closed' });
    await renderer.close();
    await inProgress;
    await expect(renderer.render(leaderboard)).rejects.toMatchObject({ code: 'closed' });
  });
});
