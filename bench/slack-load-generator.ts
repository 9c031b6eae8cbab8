/**
 * The open-loop load generator for bench/slack.bench.ts, run as its own process (child_process.fork) so
 * that signing, the HTTP client and latency bookkeeping do not share an event loop with the app under test.
 * Each job: sign every body up front, then send body i at start + i/rate over keep-alive sockets, and time
 * each 200 from its scheduled send time (so a backed-up server is charged for the queueing it causes).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { sign } from '../test/fakes/slack/signed-requests.ts';

const Job = z.object({
  url: z.string(),
  rate: z.number().positive(),
  secret: z.string(),
  bodies: z.array(z.string()),
  /** Clicks not acknowledged this long after the last send count as lost. */
  ackCapMs: z.number().positive(),
});

export interface LoadReport {
  readonly sent: number;
  readonly ok: number;
  /** From the first scheduled send to the last ack (or the cap). */
  readonly elapsedMs: number;
  readonly p50: number;
  readonly p99: number;
  /** Non-200 answers and socket errors, by status or error code. */
  readonly failures: Record<string, number>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function runJob(job: z.infer<typeof Job>): Promise<LoadReport> {
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const requests = job.bodies.map((body) => ({
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': sign(job.secret, Number(timestamp), body),
    },
  }));
  const latencies: number[] = [];
  let ok = 0;
  let sent = 0;
  let outstanding = 0;
  const failures: Record<string, number> = {};
  const fail = (key: string): void => {
    failures[key] = (failures[key] ?? 0) + 1;
  };
  let allAcked: () => void = () => {};
  const acked = new Promise<void>((resolve) => {
    allAcked = resolve;
  });
  const settle = (): void => {
    outstanding -= 1;
    if (outstanding === 0 && sent === requests.length) allAcked();
  };
  const fire = (i: number, scheduledAt: number): void => {
    const r = requests[i];
    if (r === undefined) return;
    outstanding += 1;
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: r.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) ok += 1;
          else fail(`HTTP ${res.statusCode}`);
          latencies.push(performance.now() - scheduledAt);
          settle();
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      fail(error.code ?? error.message);
      settle();
    });
    req.end(r.body);
  };
  const n = requests.length;
  const started = performance.now();
  while (sent < n) {
    const due = Math.min(n, Math.floor(((performance.now() - started) * job.rate) / 1000) + 1);
    while (sent < due) {
      fire(sent, started + (sent * 1000) / job.rate);
      sent += 1;
    }
    await sleep(1);
  }
  if (outstanding > 0) {
    await Promise.race([acked, new Promise<void>((resolve) => setTimeout(resolve, job.ackCapMs).unref())]);
  }
  const elapsedMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent, ok, elapsedMs, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failures };
}

process.on('message', (message: unknown) => {
  const job = Job.parse(message);
  void runJob(job).then(
    (report) => process.send?.(report),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
