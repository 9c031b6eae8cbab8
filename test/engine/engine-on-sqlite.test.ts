import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { SAMPLE_QUESTIONS, sampleQuestion } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { actor, harness, place, scheduledChannel, TENANT, unwrap } from './harness.ts';

/**
 * The engine's key flows on the real Prisma store (SQLite), so engine and database agree on every rule
 * the memory fake models: one answer of a hundred, one daily round of two processes, a rated duel.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-engine-sqlite-'));
const template = path.join(dir, 'template.db');
let n = 0;
const open: StorePort[] = [];

beforeAll(async () => {
  await migrateDatabase(`file:${template}`);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sqliteStore(): Promise<StorePort> {
  n += 1;
  const file = path.join(dir, `engine-${n}.db`);
  copyFileSync(template, file);
  const store = await openStore(`file:${file}`, { migrate: false });
  open.push(store);
  return store;
}

const asOpponent = (a: Actor) => ({ playerId: a.playerId, displayName: a.displayName, isBot: false });

describe('engine on Prisma + SQLite', () => {
  it('stores exactly one of 100 concurrent answers and one daily round of two engines', async () => {
    const h = harness({ store: await sqliteStore(), start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const other = createEngine({
      store: h.store,
      clock: h.clock,
      random: seededRandom(5),
      questions: SAMPLE_QUESTIONS,
    });
    const [a, b] = await Promise.all([
      h.engine.openDailyRound(p.channelId),
      other.openDailyRound(p.channelId),
    ]);
    expect(unwrap(a).round.id).toBe(unwrap(b).round.id);
    const { round, question } = unwrap(a);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await h.engine.countAnswers(round.id)).toBe(1);
    expect((await h.store.getStreak(actor('alice').playerId, p.channelId))?.current).toBe(1);
  });

  it('plays a rated duel to the end', async () => {
    const h = harness({ store: await sqliteStore() });
    const alice = actor('alice');
    const bob = actor('bob');
    const id = unwrap(await h.engine.challenge(alice, place(), asOpponent(bob), { questions: 2 })).duel.id;
    unwrap(await h.engine.respondToDuel(bob, id, true));
    for (const who of [alice, bob]) {
      for (let i = 0; i < 2; i += 1) {
        const q = unwrap(await h.engine.nextDuelQuestion(who, id));
        h.clock.advance(3_000);
        const right =
          who === alice ? (q.question.correctIndex ?? 0) : ((q.question.correctIndex ?? 0) + 1) % 4;
        unwrap(await h.engine.answerDuel(who, id, q.index, right));
      }
    }
    const view = await h.engine.duelView(id);
    expect(view?.duel).toMatchObject({
      status: 'settled',
      winnerId: alice.playerId,
      challengerRatingDelta: 16,
    });
    expect(await h.store.getPlayer(bob.playerId)).toMatchObject({ rating: 1484, ratedGames: 1 });
    const board = await h.engine.leaderboard(
      TENANT,
      'all',
      { kind: 'tenant' },
      { limit: 1, viewerId: bob.playerId },
    );
    expect(board.rows.map((r) => r.displayName)).toEqual(['alice']);
    expect(board.viewer).toMatchObject({ rank: 2, answered: 2, correct: 0 });
  });

  it('keeps scores and reveals a retired question after a reload', async () => {
    const h = harness({
      store: await sqliteStore(),
      start: '2026-01-05T10:00:00Z',
      questions: [sampleQuestion('q-docker-ps')],
    });
    const p = await scheduledChannel(h);
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(actor('alice'), p, round.id, 0));
    expect(await h.engine.reload([sampleQuestion('q-git-commit')])).toEqual({
      added: 1,
      updated: 0,
      retired: 1,
    });
    const { results } = await h.engine.closeRound(round.id);
    expect(results.question.id).toBe('q-docker-ps');
    const board = await h.engine.leaderboard(
      TENANT,
      'all',
      { kind: 'channel', channelId: p.channelId },
      { limit: 5 },
    );
    expect(board.rows[0]).toMatchObject({ displayName: 'alice', correct: 1 });
  });
});
