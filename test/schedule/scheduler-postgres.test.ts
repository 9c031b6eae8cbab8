import { afterAll, describe, expect, it } from 'vitest';
import type { StorePort } from '../../src/engine/store-port.ts';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';
import { FakePlatform, FakePublisher } from '../fakes/fake-publisher.ts';
import {
  addChannel,
  capturedLogger,
  FakeClock,
  sampleQuestions,
  scheduleOf,
  startInstance,
} from './scheduler-harness.ts';

const reachable = await postgresReachable();
const schemas: string[] = [];
const stores: StorePort[] = [];

afterAll(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  if (reachable) for (const schema of schemas) await dropSchema(schema);
});

/** Two bot processes, each with its own connection pool, on one fresh PostgreSQL schema. */
async function twoProcesses(start: string) {
  const schema = uniqueSchemaName('sched');
  schemas.push(schema);
  const url = urlWithSchema(schema);
  const first = await openStore(url);
  const second = await openStore(url, { migrate: false, poolSize: 4 });
  stores.push(first, second);
  const clock = new FakeClock(start);
  const platform = new FakePlatform();
  const { logger } = capturedLogger('silent');
  const questions = sampleQuestions(5);
  const make = (id: string, store: StorePort) => {
    const publisher = new FakePublisher({ platform: 'slack', shared: platform });
    return { publisher, ...startInstance({ id, store, clock, publishers: [publisher], logger, questions }) };
  };
  const a = make('A', first);
  const b = make('B', second);
  for (let i = 0; i < 10; i++) {
    await addChannel(
      a.engine,
      `slack:T1:C${i}`,
      scheduleOf({ timezone: i % 2 ? 'Europe/Berlin' : 'Asia/Shanghai' }),
    );
  }
  return { clock, platform, a, b };
}

if (reachable) {
  describe('daily scheduler on PostgreSQL: two processes, one database', () => {
    it('posts each channel once when both processes tick at the same instant, and reveals once', async () => {
      // 09:00 in Shanghai (01:00 UTC) and 09:00 in Berlin (08:00 UTC) on Monday 2 March 2026.
      const { clock, platform, a, b } = await twoProcesses('2026-03-02T01:00:00Z');
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      clock.set('2026-03-02T08:00:00Z');
      await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
      expect(platform.messages).toHaveLength(10);
      expect(new Set(platform.messages.map((m) => m.channelId)).size).toBe(10);
      clock.set('2026-03-02T16:00:00Z'); // 17:00 in Berlin; Shanghai closed at 09:00 UTC
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      expect(platform.messages.every((m) => m.resultsAccepted === 1)).toBe(true);
    }, 60_000);

    it('does not post again after a process died between the platform accepting the post and recording it', async () => {
      const { clock, platform, a, b } = await twoProcesses('2026-03-02T00:59:00Z');
      a.publisher.failNext({ kind: 'post_then_hang' });
      clock.set('2026-03-02T01:00:00Z');
      void a.scheduler.tick(); // A dies inside this pass
      await b.scheduler.tick(); // B posts the channels A did not hold
      clock.set('2026-03-02T01:03:00Z'); // A's lease has run out
      await b.scheduler.tick();
      const shanghai = platform.messages.filter((m) => /C[02468]$/.test(m.channelId));
      expect(shanghai).toHaveLength(5);
      expect(new Set(shanghai.map((m) => m.channelId)).size).toBe(5);
    }, 60_000);
  });
} else {
  describe.skip(`daily scheduler on PostgreSQL — SKIPPED: nothing listens at ${TEST_DATABASE_URL}; ${POSTGRES_HOW_TO_START}`, () => {
    it('needs PostgreSQL', () => {});
  });
}
