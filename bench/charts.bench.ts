/**
 * Charts (issue 12, items 8–9): how long a picture takes, and whether drawing one holds up the bot. The
 * PNGs are drawn in the chart worker (a thread of its own, as the adapters use it); each figure stands
 * beside the text-only reply of the same chart, built in the same run. Event-loop delay on the bot's
 * thread is measured while the worker draws, beside the same thread idle, and, for contrast, while
 * drawing in the bot's own thread (what the worker is there to avoid).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChartRequest } from '../adapters/shared/charts/chart-data.ts';
import { createChartRenderer } from '../adapters/shared/charts/png/chart-worker.ts';
import { renderChartPng } from '../adapters/shared/charts/png/render-png.ts';
import { chartText } from '../adapters/shared/charts/text/chart-text.ts';
import * as samples from '../test/charts/chart-samples.ts';
import type { BenchModule, BenchSection, Figure } from './report.ts';

/** Pictures of each kind timed; p99 of 200 is the third slowest. */
const RENDERS = 200;
const WARM_UP = 20;
/** Text replies are cheap: time many for a steady p99. */
const TEXTS = 2000;
const IN_THREAD = 20;
const SLICES = 4;
/** The idle spell after each slice of pictures. */
const IDLE_MS = 2000;

const leaderboard: ChartRequest = { kind: 'leaderboard', chart: samples.leaderboardEn(10) };
const report: ChartRequest = { kind: 'section-report', chart: samples.sectionReportZh(30) };

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

function timeText(request: ChartRequest, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    chartText(request);
    times.push(performance.now() - start);
  }
  return times;
}

/** Event-loop delay in ms, from a histogram at 1 ms resolution that runs only while it is measuring. */
function loopDelay() {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  return {
    async over<T>(work: () => Promise<T>): Promise<T> {
      histogram.enable();
      try {
        return await work();
      } finally {
        histogram.disable();
      }
    },
    get p99() {
      return histogram.percentile(99) / 1e6;
    },
    get max() {
      return histogram.max / 1e6;
    },
  };
}

const bench: BenchModule = {
  async run(): Promise<BenchSection> {
    const rssBefore = process.memoryUsage().rss;
    const renderer = createChartRenderer({ idleMs: 0 });
    const coldStart = performance.now();
    await renderer.render(leaderboard);
    const firstChartMs = performance.now() - coldStart;
    const rssAfter = process.memoryUsage().rss;
    for (let i = 0; i < WARM_UP; i++) {
      await renderer.render(leaderboard);
      await renderer.render(report);
    }

    // Slices alternate the text replies, the pictures and an idle spell, so load from other work on the
    // machine hits all alike. The text replies are timed outside the delay histograms: building 500 of
    // them in a row would block the thread and count against the worker.
    const times = { leaderboard: [] as number[], report: [] as number[] };
    const textTimes = { leaderboard: [] as number[], report: [] as number[] };
    const drawing = loopDelay();
    const idle = loopDelay();
    let pictureCpu = 0;
    let drawMs = 0;
    const bytes = { leaderboard: 0, report: 0 };
    for (let slice = 0; slice < SLICES; slice++) {
      textTimes.leaderboard.push(...timeText(leaderboard, TEXTS / SLICES));
      textTimes.report.push(...timeText(report, TEXTS / SLICES));
      const started = performance.now();
      await drawing.over(async () => {
        for (let i = 0; i < RENDERS / SLICES; i++) {
          for (const kind of ['leaderboard', 'report'] as const) {
            const cpu = process.cpuUsage();
            const start = performance.now();
            const png = await renderer.render(kind === 'leaderboard' ? leaderboard : report);
            times[kind].push(performance.now() - start);
            pictureCpu += cpuMs(cpu);
            bytes[kind] = png.length;
          }
        }
      });
      drawMs += performance.now() - started;
      await idle.over(() => sleep(IDLE_MS));
    }
    const inThread = loopDelay();
    await inThread.over(async () => {
      for (let i = 0; i < IN_THREAD; i++) await renderChartPng(i % 2 === 0 ? leaderboard : report);
    });
    await renderer.close();
    const drawSeconds = drawMs / 1000;

    const p99 = (xs: number[]) => percentile(xs, 99);
    const cpuPerPicture = pictureCpu / (2 * RENDERS);
    const figures: Figure[] = [
      {
        name: 'p99 time to draw a 10-row leaderboard (worker, request to PNG)',
        value: p99(times.leaderboard),
        unit: 'ms',
        baseline: {
          name: 'text-only reply, same leaderboard',
          value: p99(textTimes.leaderboard),
          unit: 'ms',
        },
        note: `p50 ${percentile(times.leaderboard, 50).toFixed(1)} ms, max ${percentile(times.leaderboard, 100).toFixed(1)} ms over ${RENDERS}; PNG ${bytes.leaderboard.toLocaleString('en-US')} bytes (1280 px wide)`,
      },
      {
        name: 'p99 time to draw a 30-section knowledge-gap report (worker, request to PNG)',
        value: p99(times.report),
        unit: 'ms',
        baseline: { name: 'text-only reply, same report', value: p99(textTimes.report), unit: 'ms' },
        note: `p50 ${percentile(times.report, 50).toFixed(1)} ms, max ${percentile(times.report, 100).toFixed(1)} ms over ${RENDERS}; PNG ${bytes.report.toLocaleString('en-US')} bytes; Chinese titles`,
      },
      {
        name: 'CPU time per picture (whole process, both threads)',
        value: cpuPerPicture,
        unit: 'ms',
        note: 'steadier than wall time when other work shares the two cores; the mean over both kinds',
      },
      {
        name: "p99 event-loop delay on the bot's thread while the worker draws",
        value: drawing.p99,
        unit: 'ms',
        baseline: { name: 'the same thread idle', value: idle.p99, unit: 'ms' },
        target: 'within 5 ms of idle',
        met: drawing.p99 - idle.p99 <= 5,
        note: `max ${drawing.max.toFixed(1)} ms (idle max ${idle.max.toFixed(1)} ms) over ${drawSeconds.toFixed(1)} s of drawing and ${(SLICES * IDLE_MS) / 1000} s idle`,
      },
      {
        name: "p99 event-loop delay drawing in the bot's own thread instead (why there is a worker)",
        value: inThread.p99,
        unit: 'ms',
        baseline: { name: 'the same thread idle', value: idle.p99, unit: 'ms' },
        note: `max ${inThread.max.toFixed(1)} ms over ${IN_THREAD} pictures: every click waits that long behind a picture`,
      },
      {
        name: 'first chart after start-up (worker start, libraries and fonts loaded, one leaderboard)',
        value: firstChartMs,
        unit: 'ms',
        note: `process memory ${mb(rssBefore)} before, ${mb(rssAfter)} after the first chart; none of it is spent until a chart is asked for, and the worker gives it back after 10 idle minutes`,
      },
    ];
    return {
      id: 'charts',
      title: 'Charts: PNG pictures drawn in a worker thread, beside the text reply',
      method: `After one cold chart and ${WARM_UP} warm-up pictures of each kind, ${RENDERS} 10-row leaderboards and ${RENDERS} 30-section reports drawn one at a time through createChartRenderer (Vega-Lite → Vega → @napi-rs/canvas in a worker thread; wall time from render() to the PNG bytes back), in ${SLICES} slices alternating with ${TEXTS} text-only replies of each (the same charts as Unicode text, chartText) and ${IDLE_MS / 1000} s idle. Event-loop delay: monitorEventLoopDelay (1 ms resolution) on the bot's thread while the worker draws (the text replies timed apart), beside the same thread in the idle spells, and beside ${IN_THREAD} pictures drawn in the bot's own thread.`,
      figures,
    };
  },
};

export default bench;
