/**
 * Store benchmarks: answers recorded per second through engine + store, and the weekly leaderboard over
 * 1,000,000 answers by 10,000 players, on SQLite and PostgreSQL, each beside the raw driver doing the same
 * work in the same run. PostgreSQL figures are skipped (with a note) when nothing listens at
 * BENCH_DATABASE_URL / TEST_DATABASE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createEngine } from '../src/engine/create-engine.ts';
import type { AnswerRecord } from '../src/engine/records.ts';
import type { StorePort } from '../src/engine/store-port.ts';
import { toSqliteTime } from '../src/store/hot-path/sqlite-hot-path.ts';
import { openStore } from '../src/store/open-store.ts';
import { benchQuestions } from './bench-questions.ts';
import type { BenchSection, Figure } from './report.ts';

const ANSWERS = 1_500;
/** Per round through the engine (one warm-up round, then the measured one). */
const ENGINE_ANSWERS = 1_000;
const CONCURRENCY = 8;
/** Alternating engine / raw slices per database. */
const SLICES = 5;
const BULK_ANSWERS = 1_000_000;
const BULK_PLAYERS = 10_000;
const ROUNDS = BULK_ANSWERS / BULK_PLAYERS;
const LEADERBOARD_RUNS = 100;
const TENANT = 'bench:T';
const DAY = 86_400_000;
/** Round k of the bulk data opens at BASE + k * 3.65 days: 100 rounds over one year. */
const BASE = Date.UTC(2025, 0, 6);
const WEEK_FROM = new Date(BASE + 50 * 3.65 * DAY);
const WEEK_TO = new Date(WEEK_FROM.getTime() + 7 * DAY);

const postgresUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgresql://postgres@127.0.0.1:5432/test';

const questions = benchQuestions('bench');

/** Runs `work(i)` for i < n with `concurrency` calls in flight; returns calls per second. */
async function perSecond(
  n: number,
  concurrency: number,
  work: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await work(next++);
    }),
  );
  return n / ((performance.now() - started) / 1000);
}

async function latencies(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Engine answers through createEngine: each call of the returned function opens a daily round in a new
 * channel and has 1,000 new players answer it, CONCURRENCY at a time. A warm-up round runs first, so the
 * figure is the steady state rather than the first compilation of each query (the raw baseline's
 * statement is prepared once, too).
 */
async function engineRounds(store: StorePort, label: string): Promise<() => Promise<number>> {
  const clock = { now: () => new Date('2026-03-02T10:00:00Z') };
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const engine = createEngine({ store, clock, random, questions });
  const tenant = { tenantId: `${label}:T`, tenantName: 'Bench' };
  const dailyRound = async (channel: string) => {
    const place = { channelId: `${label}:T:${channel}`, channelName: channel };
    await engine.ensurePlace(tenant, place);
    await engine.setSchedule(place.channelId, {
      postTime: '09:00',
      closeTime: '23:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const opened = await engine.openDailyRound(place.channelId);
    if (!opened.ok) throw new Error(`bench: could not open a daily round (${opened.code})`);
    const roundId = opened.value.round.id;
    return (prefix: string) =>
      perSecond(ENGINE_ANSWERS, CONCURRENCY, async (i) => {
        const actor = { ...tenant, playerId: `${label}:T:${prefix}${i}`, displayName: `Player ${i}` };
        const result = await engine.answer(actor, place, roundId, i % 4);
        if (!result.ok) throw new Error(`bench: answer rejected (${result.code})`);
      });
  };
  await (await dailyRound('warm'))('W');
  let round = 0;
  return async () => {
    round += 1;
    return (await dailyRound(`C${round}`))(`R${round}U`);
  };
}

/**
 * Engine and raw driver measured in alternating slices, each figure the median of its slices: on a shared
 * machine a burst of load then hits both sides alike instead of one.
 */
async function alternate(
  slices: number,
  engine: () => Promise<number>,
  raw: (slice: number) => Promise<number>,
): Promise<{ engineRate: number; rawRate: number }> {
  const engineRates: number[] = [];
  const rawRates: number[] = [];
  for (let slice = 0; slice < slices; slice++) {
    engineRates.push(await engine());
    rawRates.push(await raw(slice));
  }
  return { engineRate: median(engineRates), rawRate: median(rawRates) };
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function answerRecord(roundId: string, i: number): AnswerRecord {
  const correct = i % 4 === 0;
  return {
    roundId,
    playerId: `raw:U${i}`,
    tenantId: TENANT,
    channelId: 'raw:C',
    roundKind: 'daily',
    questionId: 'bench-q0',
    section: 'Bench > Section 0',
    choice: i % 4,
    correct,
    selfGrade: null,
    points: correct ? 15 : 0,
    latencyMs: 1200,
    answeredAt: new Date('2026-03-02T10:00:00Z'),
  };
}

/** The row as driver parameters; SQLite keeps Prisma's DateTime text format and 0/1 booleans. */
function answerParams(a: AnswerRecord, sqlite: boolean): unknown[] {
  const at = sqlite ? toSqliteTime(a.answeredAt) : a.answeredAt;
  const correct = sqlite ? Number(a.correct) : a.correct;
  return [
    a.roundId,
    a.playerId,
    a.tenantId,
    a.channelId,
    a.roundKind,
    a.questionId,
    a.section,
    a.choice,
    correct,
    a.selfGrade,
    a.points,
    a.latencyMs,
    at,
  ];
}

const INSERT_COLUMNS =
  '"roundId","playerId","tenantId","channelId","roundKind","questionId","section","choice","correct","selfGrade","points","latencyMs","answeredAt"';

/** The bulk rows, computed inside the database from i: player i % 10,000 answers round i / 10,000. */
function bulkSelect(timestamp: (epochMsExpr: string) => string): string {
  const round = `(i / ${BULK_PLAYERS})`;
  const ok = '(i * 31) % 3 <> 0';
  return `SELECT 'bulk-r' || ${round}, 'bulk:U' || (i % ${BULK_PLAYERS}), '${TENANT}',
    CASE WHEN i % 2 = 0 THEN 'bulk:C1' ELSE 'bulk:C2' END, 'daily', 'bench-q' || (${round} % 5),
    'Bench > Section ' || (${round} % 5), i % 4, ${ok}, NULL, CASE WHEN ${ok} THEN 10 + (i * 7919) % 6 ELSE 0 END,
    1000 + i % 60000, ${timestamp(`(${BASE} + ${round} * ${3.65 * DAY} + (i % ${BULK_PLAYERS}) * 5000)`)}`;
}

const figure = (f: Figure): Figure => f;

async function sqliteSections(dir: string): Promise<{ answers: Figure[]; board: Figure[] }> {
  const file = path.join(dir, 'bench.db');
  const store = await openStore(`file:${file}`);
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  try {
    const insert = raw.prepare(
      `INSERT INTO "Answer" (${INSERT_COLUMNS}) VALUES (${Array(13).fill('?').join(',')})`,
    );
    const { engineRate, rawRate } = await alternate(SLICES, await engineRounds(store, 'sqlite'), (slice) =>
      perSecond(ANSWERS, 1, async (i) => insert.run(...answerParams(answerRecord(`raw${slice}`, i), true))),
    );
    const storeRate = await perSecond(ANSWERS, CONCURRENCY, (i) =>
      store.recordAnswer(answerRecord('store', i)),
    );

    const loadStarted = performance.now();
    raw.exec(`
      INSERT INTO "Answer" (${INSERT_COLUMNS})
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${BULK_ANSWERS - 1})
      ${bulkSelect((ms) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${ms} / 1000.0, 'unixepoch')`)} FROM n;
      ANALYZE;`);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const board = raw.prepare(RAW_BOARD_SQL(() => '?', 'COLLATE BINARY'));
    const [from, to] = [WEEK_FROM, WEEK_TO].map(toSqliteTime);
    return {
      answers: answerFigures('SQLite', engineRate, storeRate, rawRate),
      board: await boardFigures('SQLite', store, loadSeconds, async () => board.all(TENANT, from, to)),
    };
  } finally {
    raw.close();
    await store.close();
  }
}

function answerFigures(db: string, engineRate: number, storeRate: number, rawRate: number): Figure[] {
  const baseline = {
    name: `raw ${db === 'SQLite' ? 'better-sqlite3' : 'pg'} INSERT, same table and key`,
    value: rawRate,
    unit: 'answers/s',
  };
  return [
    figure({
      name: `${db}: answers through engine + store`,
      value: engineRate,
      unit: 'answers/s',
      baseline,
      target: '≥ 50% of the raw driver',
      met: engineRate >= rawRate * 0.5,
      note: `median of ${SLICES} slices alternating with the baseline; in each, ${ENGINE_ANSWERS} new players answer a new daily round, ${CONCURRENCY} in flight; each answer is 2 store calls (player upsert, and the answer with its streak, compare-and-set against the streak the engine started from, returning the count; no streak read, as for any player whose streak this process knows or who has none; the round is remembered for 5 s), pinned by test/engine/answer-store-calls.test.ts`,
    }),
    figure({
      name: `${db}: store.recordAnswer alone`,
      value: storeRate,
      unit: 'answers/s',
      baseline,
      target: '≥ 50% of the raw driver',
      met: storeRate >= rawRate * 0.5,
      note: 'the store’s own cost for the same insert (grouped with the calls in flight, on the driver)',
    }),
  ];
}

const RAW_BOARD_SQL = (param: (n: number) => string, collate: string) => `
  SELECT "playerId", SUM("points") AS p, SUM(CASE WHEN "correct" THEN 1 ELSE 0 END) AS c, COUNT(*) AS n
  FROM "Answer"
  WHERE "tenantId" = ${param(1)} AND "answeredAt" >= ${param(2)} AND "answeredAt" < ${param(3)}
    AND "selfGrade" IS NULL AND "roundKind" IN ('daily', 'practice', 'duel')
  GROUP BY "playerId" ORDER BY p DESC, c DESC, n ASC, "playerId" ${collate} LIMIT 10`;

async function boardFigures(
  db: string,
  store: StorePort,
  loadSeconds: number,
  rawQuery: () => Promise<unknown>,
): Promise<Figure[]> {
  const query = {
    tenantId: TENANT,
    from: WEEK_FROM,
    to: WEEK_TO,
    roundKinds: ['daily', 'practice', 'duel'] as const,
    limit: 10,
  };
  const page = await store.leaderboard({ ...query, viewerId: 'bulk:U4321' });
  if (page.rows.length !== 10 || page.viewer === null)
    throw new Error(`bench: ${db} weekly leaderboard came back short`);
  const top = await latencies(LEADERBOARD_RUNS, () => store.leaderboard(query));
  const viewer = await latencies(LEADERBOARD_RUNS, () =>
    store.leaderboard({ ...query, viewerId: page.viewer?.playerId ?? '' }),
  );
  const rawTimes = await latencies(LEADERBOARD_RUNS, rawQuery);
  const note = `${BULK_ANSWERS.toLocaleString('en-US')} answers by ${BULK_PLAYERS.toLocaleString('en-US')} players over a year (bulk-loaded in ${loadSeconds.toFixed(1)} s); the week holds ${page.totalPlayers.toLocaleString('en-US')} players`;
  const base = (v: number, q: string) => ({ name: `raw SQL aggregate ${q}`, value: v, unit: 'ms' });
  return [
    figure({
      name: `${db}: weekly top 10, p50`,
      value: top.p50,
      unit: 'ms',
      baseline: base(rawTimes.p50, 'p50'),
      note,
    }),
    figure({
      name: `${db}: weekly top 10, p99`,
      value: top.p99,
      unit: 'ms',
      baseline: base(rawTimes.p99, 'p99'),
      target: 'p99 ≤ 50 ms',
      met: top.p99 <= 50,
    }),
    figure({
      name: `${db}: weekly top 10 + viewer rank outside it, p99`,
      value: viewer.p99,
      unit: 'ms',
      baseline: base(rawTimes.p99, 'p99'),
      target: 'p99 ≤ 50 ms',
      met: viewer.p99 <= 50,
      note: `p50 ${viewer.p50.toFixed(1)} ms; the same query counts the players strictly ahead of the viewer of the viewer`,
    }),
  ];
}

async function postgresReachable(): Promise<boolean> {
  const url = new URL(postgresUrl);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function postgresSections(): Promise<{ answers: Figure[]; board: Figure[] }> {
  const schema = `nq_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const url = new URL(postgresUrl);
  url.searchParams.set('schema', schema);
  const store = await openStore(url.toString(), { poolSize: CONCURRENCY });
  const raw = new pg.Pool({
    connectionString: postgresUrl,
    max: CONCURRENCY,
    options: `-c search_path=${schema}`,
  });
  try {
    const insertSql = `INSERT INTO "Answer" (${INSERT_COLUMNS}) VALUES (${Array.from({ length: 13 }, (_, i) => `$${i + 1}`).join(',')})`;
    const { engineRate, rawRate } = await alternate(SLICES, await engineRounds(store, 'pg'), (slice) =>
      perSecond(ANSWERS, CONCURRENCY, (i) =>
        raw.query(insertSql, answerParams(answerRecord(`raw${slice}`, i), false)),
      ),
    );
    const storeRate = await perSecond(ANSWERS, CONCURRENCY, (i) =>
      store.recordAnswer(answerRecord('store', i)),
    );
    const loadStarted = performance.now();
    await raw.query(`INSERT INTO "Answer" (${INSERT_COLUMNS})
      ${bulkSelect((ms) => `to_timestamp(${ms} / 1000.0) AT TIME ZONE 'UTC'`)}
      FROM generate_series(0::bigint, ${BULK_ANSWERS - 1}::bigint) AS i`);
    // What autovacuum would soon do: statistics, and the visibility map index-only scans need.
    await raw.query('VACUUM ANALYZE "Answer"');
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const rawSql = RAW_BOARD_SQL((n) => `$${n}`, 'COLLATE "C"');
    const rawQuery = () => raw.query(rawSql, [TENANT, WEEK_FROM, WEEK_TO]);
    return {
      answers: answerFigures('PostgreSQL', engineRate, storeRate, rawRate),
      board: await boardFigures('PostgreSQL', store, loadSeconds, rawQuery),
    };
  } finally {
    await raw.end();
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

export default {
  async run(): Promise<BenchSection[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-bench-store-'));
    try {
      const sqlite = await sqliteSections(dir);
      const postgres = (await postgresReachable()) ? await postgresSections() : null;
      const skipped = figure({
        name: 'PostgreSQL',
        value: 0,
        unit: '—',
        note: `skipped: nothing listens at ${postgresUrl}`,
      });
      return [
        {
          id: 'store-answers',
          title: 'Store: answers recorded per second',
          method: `Through createEngine + openStore (Prisma 7 for the store; the answer path grouped and on the driver, see README "The answer path"), after a warm-up round, ${SLICES} slices in which ${ENGINE_ANSWERS} new players answer a new daily round with ${CONCURRENCY} answers in flight, alternating with ${SLICES} slices of the raw driver inserting ${ANSWERS} rows into the same table under the same (roundId, playerId) key (better-sqlite3: one autocommit INSERT per row, WAL + synchronous=NORMAL like the store; pg: ${CONCURRENCY} in flight on a pool); medians. store.recordAnswer alone stores ${ANSWERS} answers, ${CONCURRENCY} in flight.`,
          figures: [...sqlite.answers, ...(postgres?.answers ?? [skipped])],
        },
        {
          id: 'store-leaderboard',
          title: 'Store: weekly leaderboard latency',
          method: `${BULK_ANSWERS.toLocaleString('en-US')} answers by ${BULK_PLAYERS.toLocaleString('en-US')} players in ${ROUNDS} daily rounds over one year, bulk-loaded with one INSERT … SELECT inside the database; ${LEADERBOARD_RUNS} sequential store.leaderboard calls for one week of one tenant (top 10, LEADERBOARD_ORDER), beside the same aggregate as hand-written SQL on the raw driver.`,
          figures: [...sqlite.board, ...(postgres?.board ?? [skipped])],
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
