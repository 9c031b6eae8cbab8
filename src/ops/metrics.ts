import { performance } from 'node:perf_hooks';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { ROUND_KINDS } from '../engine/records.ts';
import type { TickReport } from '../schedule/tick-report.ts';
import type { StoreMeter } from './metered-store.ts';
import type { InboundMeter, PlatformMetrics } from './metrics-port.ts';

/**
 * The process's metrics, served by the ops server at GET /metrics in Prometheus's text format. One
 * registry per call (main makes one per process and passes it on; nothing is registered globally, so two
 * instances in one test process never share a counter). docs/operations.md lists every metric.
 *
 * Nothing here runs between scrapes except the increments themselves: label children are bound once, the
 * pool gauges are read at scrape time, and Node's own samplers (event-loop delay, GC) start at the first
 * scrape, so a bot nobody scrapes pays for no timer.
 */
export interface Metrics {
  /** The meters of one platform; `name` is its descriptor's name (the `platform` label). */
  platform(name: string): PlatformMetrics;
  /** For meteredStore: call latency per store operation and answers written. */
  readonly store: StoreMeter;
  /** Counts what one scheduler pass did (posts, reveals, their retries and failures). */
  observeTick(report: TickReport): void;
  /** A connection pool read at each scrape (PostgreSQL's; SQLite has none). */
  watchPool(pool: PoolUse): void;
  /** The exposition: prom-client's text and its content type. */
  scrape(): Promise<{ contentType: string; text: string }>;
}

/** What node-postgres's Pool says about itself (pg.Pool has these fields). */
export interface PoolUse {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options: { readonly max?: number };
}

/** Slack's 3 s limit and Discord's 3 s deadline sit between the top buckets, so alerts can read them exactly. */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 5];
/** From a memory-store call to the statement timeout (10 s by default). */
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** More distinct API methods than this per platform are counted as `other`: the label stays bounded. */
const MAX_METHODS_PER_PLATFORM = 50;
const METHOD_SHAPE = /^[\w.:@/ -]{1,100}$/;
const OUTCOMES = ['ok', 'retried', 'failed'] as const;

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'notequiz_requests_total',
    help: 'Inbound requests from a chat platform, by kind, counted when they reach the adapter.',
    labelNames: ['platform', 'kind'],
    registers,
  });
  const acks = new Counter({
    name: 'notequiz_acks_total',
    help: 'Inbound requests acknowledged to the platform, by kind.',
    labelNames: ['platform', 'kind'],
    registers,
  });
  const ackSeconds = new Histogram({
    name: 'notequiz_ack_duration_seconds',
    help: 'Time from a request reaching the adapter to its acknowledgement (Slack and Discord allow 3 s).',
    labelNames: ['platform'],
    buckets: ACK_BUCKETS,
    registers,
  });
  const rateLimited = new Counter({
    name: 'notequiz_rate_limited_total',
    help: "HTTP 429 answers from a platform's API, by API method.",
    labelNames: ['platform', 'method'],
    registers,
  });
  const answers = new Counter({
    name: 'notequiz_answers_written_total',
    help: 'Answers stored (one per player and round; a repeated click is not counted), by round kind.',
    labelNames: ['round'],
    registers,
  });
  const dailyPosts = new Counter({
    name: 'notequiz_daily_posts_total',
    help: 'Daily questions: posted (ok), refused for now and retried later (retried), given up with the schedule paused (failed), or a day missed because the bot was down from post to close (missed).',
    labelNames: ['outcome'],
    registers,
  });
  const dailyReveals = new Counter({
    name: 'notequiz_daily_reveals_total',
    help: 'Daily results: posted (ok), refused for now and retried later (retried), given up with the schedule paused (failed).',
    labelNames: ['outcome'],
    registers,
  });
  const passes = new Counter({
    name: 'notequiz_scheduler_passes_total',
    help: 'Scheduler passes run (one a minute, plus retries due sooner).',
    registers,
  });
  const passErrors = new Counter({
    name: 'notequiz_scheduler_errors_total',
    help: 'Unexpected failures inside scheduler passes (a store call failed, a publisher threw); each is retried next pass.',
    registers,
  });
  const storeSeconds = new Histogram({
    name: 'notequiz_store_call_duration_seconds',
    help: 'Latency of each call the engine makes to the store, by operation (failed calls included).',
    labelNames: ['operation'],
    buckets: STORE_BUCKETS,
    registers,
  });
  const storeErrors = new Counter({
    name: 'notequiz_store_errors_total',
    help: 'Store calls that failed (the database refused, timed out or was unreachable), by operation.',
    labelNames: ['operation'],
    registers,
  });

  // Bound once; a scheduler pass or a store call only increments. Zero-valued series exist from the
  // start so that increase() sees the first failure.
  const posts = bindOutcomes(dailyPosts, [...OUTCOMES, 'missed']);
  const reveals = bindOutcomes(dailyReveals, OUTCOMES);
  const answered = new Map(ROUND_KINDS.map((kind) => [kind, answers.labels(kind)]));
  for (const child of answered.values()) child.inc(0);

  let runtimeSamplers = false;
  let poolWatched = false;

  return {
    platform(name) {
      // Keyed by the label: at most MAX_METHODS_PER_PLATFORM names and `other`.
      const methods = new Map<string, Counter.Internal>();
      const methodChild = (method: string): Counter.Internal => {
        const known = methods.get(method);
        if (known !== undefined) return known;
        const label = METHOD_SHAPE.test(method) && methods.size < MAX_METHODS_PER_PLATFORM ? method : 'other';
        const child = methods.get(label) ?? rateLimited.labels(name, label);
        methods.set(label, child);
        return child;
      };
      return {
        inbound<K extends string>(kinds: readonly K[]): InboundMeter<K> {
          const byKind = new Map<string, { requests: Counter.Internal; acks: Counter.Internal }>();
          for (const kind of kinds) {
            const bound = { requests: requests.labels(name, kind), acks: acks.labels(name, kind) };
            bound.requests.inc(0);
            bound.acks.inc(0);
            byKind.set(kind, bound);
          }
          const latency = ackSeconds.labels(name);
          return {
            received(kind) {
              byKind.get(kind)?.requests.inc();
            },
            acked(kind, receivedAt) {
              byKind.get(kind)?.acks.inc();
              latency.observe((performance.now() - receivedAt) / 1000);
            },
          };
        },
        rateLimited(method) {
          methodChild(method).inc();
        },
      };
    },
    store: {
      operation(name) {
        const seconds = storeSeconds.labels(name);
        const errors = storeErrors.labels(name);
        errors.inc(0);
        return {
          observe(startedAt, failed) {
            seconds.observe((performance.now() - startedAt) / 1000);
            if (failed) errors.inc();
          },
        };
      },
      answerWritten(kind) {
        answered.get(kind)?.inc();
      },
    },
    observeTick(report) {
      passes.inc();
      passErrors.inc(report.errors.length);
      posts.ok.inc(report.posted.length);
      reveals.ok.inc(report.resultsPosted.length);
      for (const retry of report.retrying) (retry.kind === 'round' ? posts : reveals).retried.inc();
      for (const pause of report.paused) (pause.kind === 'round' ? posts : reveals).failed.inc();
      for (const skip of report.skipped) if (skip.reason === 'after_close') posts.missed.inc();
    },
    watchPool(pool) {
      if (poolWatched) return;
      poolWatched = true;
      const connections = new Gauge({
        name: 'notequiz_db_pool_connections',
        help: 'PostgreSQL pool connections, busy (running a statement or transaction) or idle.',
        labelNames: ['state'],
        registers,
        collect() {
          connections.set({ state: 'busy' }, pool.totalCount - pool.idleCount);
          connections.set({ state: 'idle' }, pool.idleCount);
          waiting.set(pool.waitingCount);
          max.set(pool.options.max ?? 0);
        },
      });
      const waiting = new Gauge({
        name: 'notequiz_db_pool_waiting',
        help: 'Store calls waiting for a free PostgreSQL connection.',
        registers,
      });
      const max = new Gauge({
        name: 'notequiz_db_pool_max_connections',
        help: 'The most connections the PostgreSQL pool opens.',
        registers,
      });
    },
    async scrape() {
      const text = await registry.metrics();
      if (!runtimeSamplers) {
        // After this first answer, not before: a sampler started just now has nothing to say yet.
        runtimeSamplers = true;
        collectDefaultMetrics({ register: registry });
      }
      return { contentType: registry.contentType, text };
    },
  };
}

function bindOutcomes<O extends string>(
  counter: Counter<'outcome'>,
  outcomes: readonly O[],
): Record<O, Counter.Internal> {
  const bound = {} as Record<O, Counter.Internal>;
  for (const outcome of outcomes) {
    bound[outcome] = counter.labels(outcome);
    bound[outcome].inc(0);
  }
  return bound;
}
