import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import type { AnswerRecord } from '../../src/engine/records.ts';
import type { RecordedAnswer, StorePort } from '../../src/engine/store-port.ts';
import { sqliteDialect } from '../../src/store/dialects.ts';
import { PrismaClient } from '../../src/store/generated/sqlite/client.ts';
import { sqliteHotPath } from '../../src/store/hot-path/sqlite-hot-path.ts';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { createPrismaStore } from '../../src/store/prisma/prisma-store.ts';
import { gateTransactions } from '../../src/store/transaction-gate.ts';
import { duel } from '../contract/contract-fixtures.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-beside-tx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function answer(roundId: string, playerId: string): AnswerRecord {
  return {
    roundId,
    playerId,
    tenantId: 'slack:T1',
    channelId: 'slack:T1:C1',
    roundKind: 'daily',
    questionId: 'q1',
    section: 'Docker',
    choice: 0,
    correct: true,
    selfGrade: null,
    points: 10,
    latencyMs: 100,
    answeredAt: new Date('2026-03-02T10:00:00Z'),
  };
}

/** The sample bank with every stem changed, so a sync has something to update in its transactions. */
function edited(round: number): Question[] {
  return SAMPLE_QUESTIONS.map((q) => ({ ...q, stem: `${q.stem} (${round})` }));
}

/**
 * A SQLite store's two connections with Prisma's on the test's own thread instead of the SQLite worker, so
 * that Prisma's transactions and the answers meet at the finest grain: every tick.
 */
async function sameThreadStore(file: string): Promise<StorePort> {
  await migrateDatabase(`file:${file}`);
  const { factory, gate } = gateTransactions(new PrismaBetterSqlite3({ url: file, timeout: 20 }));
  const hot = sqliteHotPath(file, gate, 10_000);
  const db = new PrismaClient({ adapter: factory });
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  return createPrismaStore({ db, dialect: sqliteDialect, hot });
}

describe('answers on SQLite while Prisma transactions run on the same thread', () => {
  it('are all stored, and the transactions all commit', async () => {
    // The answer path writes on its own connection; a commit of it inside one of Prisma's transactions
    // would make SQLite refuse that transaction's next write (SQLITE_BUSY_SNAPSHOT).
    const store = await sameThreadStore(path.join(dir, 'quiz.db'));
    try {
      await store.upsertTenant({ id: 'slack:T1', name: 'Team' });
      await store.syncQuestions(SAMPLE_QUESTIONS);
      for (let round = 0; round < 4; round++) {
        // Answers keep arriving, one every tick, for as long as the sync runs: on one thread Prisma runs a
        // whole transaction in ticks and microtasks (the driver is synchronous), so that is where they meet.
        let syncing = true;
        const synced = store.syncQuestions(edited(round)).finally(() => {
          syncing = false;
        });
        const answers: Promise<RecordedAnswer>[] = [];
        while (syncing) {
          answers.push(store.recordAnswer(answer(`r${round}`, `slack:T1:U${answers.length}`)));
          await new Promise((resolve) => process.nextTick(resolve));
        }
        const outcomes = await Promise.all(answers);
        expect((await synced).updated).toBe(SAMPLE_QUESTIONS.length);
        expect(answers.length).toBeGreaterThan(1);
        expect(outcomes.map((o) => o.outcome)).toEqual(answers.map(() => 'recorded'));
        expect(await store.countAnswers(`r${round}`)).toBe(answers.length);
      }
      expect((await store.getQuestion(SAMPLE_QUESTIONS[0]?.id ?? ''))?.question.stem).toMatch(/\(3\)$/);
    } finally {
      await store.close();
    }
  });

  it('are all stored while duels settle, and every settlement writes both ratings', async () => {
    const store = await sameThreadStore(path.join(dir, 'duels.db'));
    try {
      await store.upsertTenant({ id: 'slack:T1', name: 'Team' });
      for (let d = 0; d < 6; d++) {
        const [a, b] = [`slack:T1:A${d}`, `slack:T1:B${d}`];
        for (const id of [a, b])
          await store.upsertPlayer({ id, tenantId: 'slack:T1', displayName: id, isBot: false });
        await store.createDuel(duel(`d${d}`, a, b));
        let settling = true;
        const settled = store
          .finishDuel(`d${d}`, ['pending'], { status: 'settled', winnerId: a }, [
            { playerId: a, ratingDelta: 16 },
            { playerId: b, ratingDelta: -16 },
          ])
          .finally(() => {
            settling = false;
          });
        const answers: Promise<RecordedAnswer>[] = [];
        while (settling) {
          answers.push(store.recordAnswer(answer(`r${d}`, `slack:T1:U${answers.length}`)));
          await new Promise((resolve) => process.nextTick(resolve));
        }
        expect((await settled)?.status).toBe('settled');
        expect((await Promise.all(answers)).every((o) => o.outcome === 'recorded')).toBe(true);
        expect((await store.getPlayers([a, b])).map((p) => p.rating)).toEqual([1516, 1484]);
      }
    } finally {
      await store.close();
    }
  });
});
