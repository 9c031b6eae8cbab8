import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { meteredStore } from '../../src/ops/metered-store.ts';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import { TickReportBuilder } from '../../src/schedule/tick-report.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';
import { type Family, parsePrometheusText, sampleValue } from './prometheus-text.ts';

const reachable = await postgresReachable();
const schemas: string[] = [];
afterAll(async () => {
  if (reachable) for (const schema of schemas) await dropSchema(schema);
});

async function scraped(metrics: Metrics): Promise<Map<string, Family>> {
  return parsePrometheusText((await metrics.scrape()).text);
}

const answer = (playerId: string): AnswerRecord => ({
  roundId: 'r1',
  playerId,
  tenantId: 'slack:T1',
  channelId: 'slack:T1:C1',
  roundKind: 'daily',
  questionId: 'q1',
  section: 'Shell',
  choice: 1,
  correct: true,
  selfGrade: null,
  points: 10,
  latencyMs: 900,
  answeredAt: new Date('2026-03-02T09:00:05Z'),
});

describe('metrics', () => {
  it('counts an answer once however often it is clicked, and a failing store call by its operation', async () => {
    const metrics = createMetrics();
    const failing: StorePort = {
      ...createMemoryStore(),
      getTenant: async () => {
        throw new Error('connection refused');
      },
    };
    const store = meteredStore(failing, metrics.store);
    expect((await store.recordAnswer(answer('slack:T1:U1'))).outcome).toBe('recorded');
    expect((await store.recordAnswer(answer('slack:T1:U1'))).outcome).toBe('duplicate');
    expect((await store.recordAnswer(answer('slack:T1:U2'))).outcome).toBe('recorded');
    await expect(store.getTenant('slack:T1')).rejects.toThrow('connection refused');

    const families = await scraped(metrics);
    expect(sampleValue(families, 'notequiz_answers_written_total', { round: 'daily' })).toBe(2);
    expect(sampleValue(families, 'notequiz_answers_written_total', { round: 'duel' })).toBe(0);
    const recordAnswer = { operation: 'recordAnswer' };
    expect(sampleValue(families, 'notequiz_store_call_duration_seconds_count', recordAnswer)).toBe(3);
    expect(sampleValue(families, 'notequiz_store_errors_total', recordAnswer)).toBe(0);
    const getTenant = { operation: 'getTenant' };
    expect(sampleValue(families, 'notequiz_store_call_duration_seconds_count', getTenant)).toBe(1);
    expect(sampleValue(families, 'notequiz_store_errors_total', getTenant)).toBe(1);
  });

  it('keeps one registry per instance: two in one process count apart', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.platform('slack').rateLimited('chat.update');
    const families = await scraped(b);
    expect(families.get('notequiz_rate_limited_total')?.samples).toEqual([]);
    expect(sampleValue(await scraped(a), 'notequiz_rate_limited_total', { method: 'chat.update' })).toBe(1);
  });

  it('counts reveals apart from posts, a missed day as missed, and caps the method label', async () => {
    const metrics = createMetrics();
    const report = new TickReportBuilder(new Date('2026-03-02T17:00:00Z'));
    const nextAttemptAt = new Date('2026-03-02T17:00:30Z');
    report.retrying.push({ channelId: 'slack:T1:C1', kind: 'results', code: 'ratelimited', nextAttemptAt });
    report.paused.push({ channelId: 'slack:T1:C2', kind: 'results', code: 'channel_not_found' });
    report.paused.push({ channelId: 'slack:T1:C3', kind: 'round', code: 'not_in_channel' });
    report.skipped.push({ channelId: 'slack:T1:C4', localDate: '2026-03-02', reason: 'after_close' });
    report.skipped.push({ channelId: 'discord:G:C5', localDate: '2026-03-02', reason: 'no_publisher' });
    report.errors.push({ message: 'post phase: connection refused' });
    metrics.observeTick(report.build());
    const discord = metrics.platform('discord');
    for (let i = 0; i < 60; i++) discord.rateLimited(`GET /route-${i}`);
    discord.rateLimited('GET /route-0');
    discord.rateLimited('not a method\n{"injected":1}');

    const families = await scraped(metrics);
    expect(sampleValue(families, 'notequiz_daily_reveals_total', { outcome: 'retried' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_reveals_total', { outcome: 'failed' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'failed' })).toBe(1);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'retried' })).toBe(0);
    expect(sampleValue(families, 'notequiz_daily_posts_total', { outcome: 'missed' })).toBe(1);
    expect(sampleValue(families, 'notequiz_scheduler_errors_total')).toBe(1);
    const limited = families.get('notequiz_rate_limited_total')?.samples ?? [];
    expect(limited).toHaveLength(51);
    expect(sampleValue(families, 'notequiz_rate_limited_total', { method: 'GET /route-0' })).toBe(2);
    expect(sampleValue(families, 'notequiz_rate_limited_total', { method: 'other' })).toBe(11);
  });

  it('reads the connection pool at each scrape', async () => {
    const metrics = createMetrics();
    const pool = { totalCount: 4, idleCount: 1, waitingCount: 2, options: { max: 4 } };
    metrics.watchPool(pool);
    let families = await scraped(metrics);
    expect(sampleValue(families, 'notequiz_db_pool_connections', { state: 'busy' })).toBe(3);
    expect(sampleValue(families, 'notequiz_db_pool_waiting')).toBe(2);
    expect(sampleValue(families, 'notequiz_db_pool_max_connections')).toBe(4);
    pool.waitingCount = 0;
    pool.idleCount = 4;
    families = await scraped(metrics);
    expect(sampleValue(families, 'notequiz_db_pool_connections', { state: 'idle' })).toBe(4);
    expect(sampleValue(families, 'notequiz_db_pool_waiting')).toBe(0);
  });

  it.skipIf(!reachable)(
    `watches the PostgreSQL store's own pool${reachable ? '' : ` (skipped: no PostgreSQL; ${POSTGRES_HOW_TO_START})`}`,
    async () => {
      const schema = uniqueSchemaName('metrics');
      schemas.push(schema);
      const metrics = createMetrics();
      const store = await openStore(urlWithSchema(schema), {
        poolSize: 3,
        observePool: (pool) => metrics.watchPool(pool),
      });
      try {
        await store.getTenant('slack:T1');
        const families = await scraped(metrics);
        expect(sampleValue(families, 'notequiz_db_pool_max_connections')).toBe(3);
        const busy = sampleValue(families, 'notequiz_db_pool_connections', { state: 'busy' });
        const idle = sampleValue(families, 'notequiz_db_pool_connections', { state: 'idle' });
        expect(idle).toBeGreaterThanOrEqual(1);
        expect(busy + idle).toBeLessThanOrEqual(3);
      } finally {
        await store.close();
      }
    },
    60_000,
  );
});
