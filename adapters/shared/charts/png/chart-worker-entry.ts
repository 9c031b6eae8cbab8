import { parentPort } from 'node:worker_threads';
import type { ChartJob, ChartReply } from './chart-worker-protocol.ts';
import { renderChartPng } from './render-png.ts';

/**
 * The chart worker thread: draws the charts it is sent, one at a time, in order. It loads the chart
 * libraries and fonts on its first chart (render-png.ts), never before.
 */
const port = parentPort;
if (port === null) throw new Error('chart-worker-entry runs as a worker thread, started by chart-worker.ts');

let queue: Promise<void> = Promise.resolve();

port.on('message', (job: ChartJob) => {
  queue = queue.then(async () => {
    let reply: ChartReply;
    try {
      // A copy in a buffer of its own, so handing it over detaches nothing Skia or Node still uses.
      const png = new Uint8Array(await renderChartPng(job.request));
      reply = { id: job.id, png };
      port.postMessage(reply, [png.buffer]);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { id: job.id, error: { message: e.message, stack: e.stack ?? '' } };
      port.postMessage(reply);
    }
  });
});
