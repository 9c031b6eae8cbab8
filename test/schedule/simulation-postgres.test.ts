import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';
import { runSimulation } from './simulation.ts';

const reachable = await postgresReachable();
/**
 * The full 60 days on every run (about 3 minutes on a 2-core machine, in parallel with the other
 * files). SIM_DAYS=6 gives a quick local run around New York's spring-forward while working on the scheduler.
 */
const DAYS = Number(process.env.SIM_DAYS ?? 60);
const schema = uniqueSchemaName('schedsim');

afterAll(async () => {
  if (reachable) await dropSchema(schema);
});

if (reachable) {
  describe('simulation on PostgreSQL: two bot processes, each with its own connection pool', () => {
    it(
      `${DAYS} days, 50 channels in 3 timezones, crashes and 429s: one round per scheduled day, none on others`,
      async () => {
        const url = urlWithSchema(schema);
        const summary = await runSimulation({
          store: () => openStore(url),
          processStore: () => openStore(url, { migrate: false, poolSize: 4 }),
          firstDate: '2026-03-05',
          days: DAYS,
          channels: 50,
          seed: 2026,
          chaos: 0.1,
          crashes: true,
          shape: 'lean',
        });
        console.log('simulation (PostgreSQL, spring):', summary);
        expect(summary.messages).toBe(summary.scheduledDays);
        expect(summary.crashes).toBeGreaterThan(0);
      },
      Math.max(180_000, DAYS * 30_000),
    );
  });
} else {
  describe.skip(`schedule simulation on PostgreSQL — SKIPPED: nothing listens at ${TEST_DATABASE_URL}; ${POSTGRES_HOW_TO_START}`, () => {
    it('needs PostgreSQL', () => {});
  });
}
