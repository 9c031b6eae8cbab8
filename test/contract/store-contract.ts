import { afterEach, beforeEach, describe } from 'vitest';
import type { StorePort } from '../../src/engine/store-port.ts';
import { answerContract } from './contract-answers.ts';
import { digestContract } from './contract-digests.ts';
import { duelContract } from './contract-duels.ts';
import { flagContract } from './contract-flags.ts';
import { installationContract } from './contract-installations.ts';
import { peopleContract } from './contract-people.ts';
import { reminderContract } from './contract-reminders.ts';
import { reportContract } from './contract-reports.ts';
import { roundContract } from './contract-rounds.ts';
import { standingsContract } from './contract-standings.ts';

export interface StoreUnderTest {
  readonly store: StorePort;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every StorePort must show, run against the in-memory fake, SQLite and PostgreSQL. Each
 * test gets a fresh, empty store from `makeStore`; the concurrency tests fire their calls together, so an
 * implementation that checks first and writes second fails them.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`StorePort contract: ${name}`, () => {
    let current: StoreUnderTest | null = null;
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = null;
    });
    const getStore = (): StorePort => {
      if (!current) throw new Error('store not ready');
      return current.store;
    };
    describe('tenants, players, channels, questions, reviews', () => peopleContract(getStore));
    describe('rounds', () => roundContract(getStore));
    describe('closing-soon reminders', () => reminderContract(getStore));
    describe('answers and streaks', () => answerContract(getStore));
    describe('duels', () => duelContract(getStore));
    describe('leaderboards and stats', () => standingsContract(getStore));
    describe('reported questions and questions out of play', () => flagContract(getStore));
    describe('knowledge-gap reports', () => reportContract(getStore));
    describe('weekly digests', () => digestContract(getStore));
    describe('apps installed by OAuth and their states', () => installationContract(getStore));
  });
}
