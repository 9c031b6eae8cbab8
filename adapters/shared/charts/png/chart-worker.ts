import { Worker } from 'node:worker_threads';
import type { ChartRequest } from '../chart-data.ts';
import type { ChartJob, ChartReply } from './chart-worker-protocol.ts';

/**
 * Draws charts in a worker thread (a pool of one), so laying out and encoding a picture never holds up
 * the event loop that answers other players' clicks. The worker starts with the first chart and stops
 * after a quiet spell, giving back the memory the chart libraries and fonts take.
 */
export interface ChartRenderer {
  /** The chart as PNG bytes; rejects with a {@link ChartRenderError}. */
  render(request: ChartRequest): Promise<Uint8Array>;
  /** Stops the worker; charts still being drawn are rejected with code `closed`. */
  close(): Promise<void>;
}

export type ChartRenderErrorCode = 'render_failed' | 'worker_failed' | 'closed';

export class ChartRenderError extends Error {
  override readonly name = 'ChartRenderError';
  constructor(
    readonly code: ChartRenderErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ChartRendererOptions {
  /** Stop the worker after this long without a chart to draw (default 10 minutes; 0 keeps it). */
  readonly idleMs?: number;
  /** The worker's heap limit: a chart that needs more fails alone instead of swelling the bot. */
  readonly maxHeapMb?: number;
}

const DEFAULT_IDLE_MS = 10 * 60_000;
const DEFAULT_MAX_HEAP_MB = 256;

/**
 * The worker's entry beside this file: chart-worker-entry.js once compiled; from the TypeScript sources
 * (tsx, vitest), chart-worker-entry.ts started through chart-worker-tsx.mjs, which registers tsx's loader
 * in the worker first.
 */
function workerEntry(): { url: URL; workerData: { entry: string } | undefined } {
  if (!import.meta.url.endsWith('.ts'))
    return { url: new URL('./chart-worker-entry.js', import.meta.url), workerData: undefined };
  return {
    url: new URL('./chart-worker-tsx.mjs', import.meta.url),
    workerData: { entry: new URL('./chart-worker-entry.ts', import.meta.url).href },
  };
}

export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: ChartRenderError) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const stopIdleTimer = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
  };

  const settled = (w: Worker) => {
    if (pending.size > 0) return;
    // Idle: let the process exit if nothing else keeps it alive, and give the memory back later.
    w.unref();
    if (idleMs > 0) {
      idleTimer = setTimeout(() => {
        idleTimer = null;
        if (worker === w && pending.size === 0) {
          worker = null;
          void w.terminate();
        }
      }, idleMs);
      idleTimer.unref();
    }
  };

  const start = (): Worker => {
    const { url, workerData } = workerEntry();
    const w = new Worker(url, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    w.on('message', (reply: ChartReply) => {
      const job = pending.get(reply.id);
      if (job === undefined) return;
      pending.delete(reply.id);
      if ('png' in reply) job.resolve(reply.png);
      else {
        const cause = Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
        job.reject(
          new ChartRenderError('render_failed', `chart not drawn: ${reply.error.message}`, { cause }),
        );
      }
      settled(w);
    });
    w.on('error', (cause) => {
      if (worker === w) worker = null;
      failAll(new ChartRenderError('worker_failed', 'the chart worker failed', { cause }));
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (pending.size > 0)
        failAll(
          new ChartRenderError(
            closed ? 'closed' : 'worker_failed',
            `the chart worker stopped (exit code ${code})`,
          ),
        );
    });
    return w;
  };

  return {
    render(request) {
      if (closed) return Promise.reject(new ChartRenderError('closed', 'the chart renderer is closed'));
      stopIdleTimer();
      worker ??= start();
      const w = worker;
      w.ref();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const job: ChartJob = { id, request };
        w.postMessage(job);
      });
    },
    async close() {
      closed = true;
      stopIdleTimer();
      // Rejected before the worker stops, so a chart that arrives meanwhile is not delivered after all.
      failAll(new ChartRenderError('closed', 'the chart renderer was closed'));
      const w = worker;
      worker = null;
      if (w !== null) await w.terminate();
    },
  };
}
