/**
 * Charts (issue 12, items 8–9): how long a picture takes, and whether drawing one holds up the bot. The
 * PNGs are drawn in the chart worker (a thread of its own, as the adapters use it); each figure stands
 * beside the text-only reply of the same chart, built in the same run. Event-loop delay on the bot's
 * thread is measured while the worker draws, beside the same thread while another thread merely spins
 * (and idle), and, for contrast, while drawing in the bot's own thread (what the worker is there to avoid).
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
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

/**
 * Event-loop delay in ms: a 1 ms timer re-armed on every tick records how late each tick came. (Node's
 * monitorEventLoopDelay counts the pause between a disable() and the next enable() as one long delay,
 * which would swamp the maximum of a histogram switched on and off between spells.)
 */
function loopDelay() {
  const lateness: number[] = [];
  return {
    async over<T>(work: () => Promise<T>): Promise<T> {
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        const due = performance.now() + 1;
        timer = setTimeout(() => {
          lateness.push(Math.max(0, performance.now() - due));
          arm();
        }, 1);
      };
      arm();
      try {
        return await work();
      } finally {
        clearTimeout(timer);
      }
    },
    get p99() {
      return percentile(lateness, 99);
    },
    get max() {
      return percentile(lateness, 100);
    },
  };
}

/**
 * Keeps one core busy from another thread of this process for `ms`, drawing nothing: the delay the bot's
 * thread sees then is what any busy worker costs on a shared two-core machine (the scheduler's share),
 * as opposed to anything the chart code does.
 */
async function spinAnotherThread(ms: number): Promise<void> {
  const spinner = new Worker(
    'const end = Date.now() + require("node:worker_threads").workerData; while (Date.now() < end);',
    {
      eval: true,
      workerData: ms,
    },
  );
  await once(spinner, 'exit');
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

    // Slices alternate the text replies, the pictures, an idle and a spinning spell, so load from other work on the
    // machine hits all alike. The text replies are timed outside the delay histograms: building 500 of
    // them in a row would block the thread and count against the worker.
    const times = { leaderboard: [] as number[], report: [] as number[] };
    const textTimes = { leaderboard: [] as number[], report: [] as number[] };
    const drawing = loopDelay();
    const idle = loopDelay();
    const busy = loopDelay();
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
      await busy.over(() => spinAnotherThread(IDLE_MS));
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
        note: `p50 ${percentile(times.leaderboard, 50).toFixed(1)} ms, max ${percentile(times.leaderboard, 100).toFixed(1)} ms over ${RENDERS}; PNG ${bytes.leaderboard.toLocaleString('en-US')} bytes (1280 px wide); text reply p50 ${percentile(textTimes.leaderboard, 50).toFixed(2)} ms`,
      },
      {
        name: 'p99 time to draw a 30-section knowledge-gap report (worker, request to PNG)',
        value: p99(times.report),
        unit: 'ms',
        baseline: { name: 'text-only reply, same report', value: p99(textTimes.report), unit: 'ms' },
        note: `p50 ${percentile(times.report, 50).toFixed(1)} ms, max ${percentile(times.report, 100).toFixed(1)} ms over ${RENDERS}; PNG ${bytes.report.toLocaleString('en-US')} bytes; Chinese titles; text reply p50 ${percentile(textTimes.report, 50).toFixed(2)} ms`,
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
        baseline: { name: 'the same thread while another thread spins the CPU', value: busy.p99, unit: 'ms' },
        target: 'within 5 ms of the spinning baseline',
        met: drawing.p99 - busy.p99 <= 5,
        note: `max ${drawing.max.toFixed(1)} ms over ${drawSeconds.toFixed(1)} s of drawing; spinning baseline max ${busy.max.toFixed(1)} ms; the thread idle (nothing else running): p99 ${idle.p99.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms`,
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
      method: `After one cold chart and ${WARM_UP} warm-up pictures of each kind, ${RENDERS} 10-row leaderboards and ${RENDERS} 30-section reports drawn one at a time through createChartRenderer (Vega-Lite → Vega → @napi-rs/canvas in a worker thread; wall time from render() to the PNG bytes back), in ${SLICES} slices alternating with ${TEXTS} text-only replies of each (the same charts as Unicode text, chartText) then ${IDLE_MS / 1000} s idle and ${IDLE_MS / 1000} s of another thread spinning. Event-loop delay: how late a 1 ms timer on the bot's thread fires while the worker draws (the text replies timed apart), beside the same thread while a worker spins the CPU for as long as an idle spell (what any busy second thread costs on two shared cores), and beside ${IN_THREAD} pictures drawn in the bot's own thread.`,
      figures,
    };
  },
};

export default bench;
