import { describe, expect, it } from 'vitest';
import { periodBounds } from '../../src/engine/calendar.ts';
import type { AnswerRecord, RoundKind } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { actor, harness, scheduledChannel, TENANT, unwrap } from './harness.ts';

let seq = 0;
/** Writes an answer straight into the store, to place it exactly in time. */
async function seedAnswer(
  store: StorePort,
  name: string,
  at: string,
  fields: { points?: number; correct?: boolean; kind?: RoundKind; channelId?: string; section?: string } = {},
) {
  await store.upsertPlayer({ id: actor(name).playerId, tenantId: TENANT, displayName: name, isBot: false });
  seq += 1;
  const answer: AnswerRecord = {
    roundId: `seeded-${seq}`,
    playerId: actor(name).playerId,
    tenantId: TENANT,
    channelId: fields.channelId ?? `${TENANT}:general`,
    roundKind: fields.kind ?? 'daily',
    questionId: 'q-docker-ps',
    section: fields.section ?? 'Docker > Containers > List containers',
    choice: 0,
    correct: fields.correct ?? true,
    selfGrade: null,
    points: fields.points ?? 10,
    latencyMs: 1000,
    answeredAt: new Date(at),
  };
  await store.recordAnswer(answer);
}

describe('period bounds', () => {
  it('follows America/New_York across the spring-forward day (23 hours) and the fall-back day (25 hours)', () => {
    const ny = 'America/New_York';
    expect(periodBounds('today', new Date('2026-03-08T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-03-08T05:00:00Z'),
      to: new Date('2026-03-09T04:00:00Z'),
    });
    expect(periodBounds('today', new Date('2026-11-01T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-11-01T04:00:00Z'),
      to: new Date('2026-11-02T05:00:00Z'),
    });
    // ISO week: Monday 2 March (EST) to Monday 9 March (EDT).
    expect(periodBounds('week', new Date('2026-03-08T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-03-02T05:00:00Z'),
      to: new Date('2026-03-09T04:00:00Z'),
    });
    expect(periodBounds('month', new Date('2026-03-31T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-03-01T05:00:00Z'),
      to: new Date('2026-04-01T04:00:00Z'),
    });
    expect(periodBounds('all', new Date('2026-03-31T12:00:00Z'), ny)).toEqual({});
  });
});

describe('leaderboards', () => {
  it("counts 'today' in the channel's timezone on a DST day", async () => {
    const h = harness({ start: '2026-03-08T20:00:00Z' });
    const p = await scheduledChannel(h, 'America/New_York');
    await seedAnswer(h.store, 'early', '2026-03-08T04:59:00Z'); // 23:59 on 7 March, EST
    await seedAnswer(h.store, 'first', '2026-03-08T05:00:00Z'); // 00:00 on 8 March, EST
    await seedAnswer(h.store, 'last', '2026-03-09T03:59:00Z'); // 23:59 on 8 March, EDT
    await seedAnswer(h.store, 'late', '2026-03-09T04:00:00Z'); // 00:00 on 9 March, EDT
    const board = await h.engine.leaderboard(
      TENANT,
      'today',
      { kind: 'channel', channelId: p.channelId },
      { limit: 10 },
    );
    expect(board.timezone).toBe('America/New_York');
    expect(board.rows.map((r) => r.displayName).sort()).toEqual(['first', 'last']);
    // The tenant board uses the timezone it is given (or the default, UTC).
    const utc = await h.engine.leaderboard(TENANT, 'today', { kind: 'tenant' }, { limit: 10 });
    expect(utc.rows.map((r) => r.displayName).sort()).toEqual(['early', 'first']);
  });

  it('breaks ties deterministically: points, then correct, then fewer answers, then id', async () => {
    const h = harness();
    await seedAnswer(h.store, 'dora', '2026-01-05T10:00:00Z', { points: 10 });
    await seedAnswer(h.store, 'carl', '2026-01-05T10:00:00Z', { points: 10 });
    await seedAnswer(h.store, 'carl', '2026-01-05T10:01:00Z', { points: 0, correct: false });
    await seedAnswer(h.store, 'bea', '2026-01-05T10:00:00Z', { points: 10 });
    await seedAnswer(h.store, 'abe', '2026-01-05T10:00:00Z', { points: 5 });
    await seedAnswer(h.store, 'abe', '2026-01-05T10:02:00Z', { points: 5 });
    const board = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 10 });
    expect(board.rows.map((r) => [r.rank, r.displayName])).toEqual([
      [1, 'abe'], // 10 points, 2 correct
      [2, 'bea'], // 10 points, 1 correct, 1 answered, id before dora
      [3, 'dora'],
      [4, 'carl'], // 10 points, 1 correct, 2 answered
    ]);
    expect(board.rows[3]?.accuracy).toBe(0.5);
  });

  it("shows the viewer's own rank even outside the top N", async () => {
    const h = harness();
    for (const [i, name] of ['p1', 'p2', 'p3', 'p4', 'p5'].entries()) {
      await seedAnswer(h.store, name, '2026-01-05T10:00:00Z', { points: 50 - i * 10 });
    }
    const board = await h.engine.leaderboard(
      TENANT,
      'all',
      { kind: 'tenant' },
      { limit: 2, viewerId: actor('p4').playerId },
    );
    expect(board.rows.map((r) => r.displayName)).toEqual(['p1', 'p2']);
    expect(board.viewer).toMatchObject({ rank: 4, displayName: 'p4', points: 20 });
    expect(board.totalPlayers).toBe(5);
    const nobody = await h.engine.leaderboard(
      TENANT,
      'all',
      { kind: 'tenant' },
      { limit: 2, viewerId: 'slack:T1:ghost' },
    );
    expect(nobody.viewer).toBeNull();
  });

  it('counts daily and duel answers but never practice or self-graded ones', async () => {
    const h = harness();
    await seedAnswer(h.store, 'daily', '2026-01-05T10:00:00Z', { kind: 'daily' });
    await seedAnswer(h.store, 'duel', '2026-01-05T10:00:00Z', { kind: 'duel' });
    await seedAnswer(h.store, 'practice', '2026-01-05T10:00:00Z', { kind: 'practice' });
    const board = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 10 });
    expect(board.rows.map((r) => r.displayName).sort()).toEqual(['daily', 'duel']);
  });

  it('scopes by topic (a section title, forgivingly) and by channel', async () => {
    const h = harness();
    await seedAnswer(h.store, 'docker', '2026-01-05T10:00:00Z', {
      section: 'Docker > Containers > List containers',
    });
    await seedAnswer(h.store, 'compose', '2026-01-05T10:00:00Z', {
      section: 'Docker > Docker Compose > Start services',
    });
    await seedAnswer(h.store, 'git', '2026-01-05T10:00:00Z', {
      section: 'Git > Basics > Commit',
      channelId: `${TENANT}:dev`,
    });
    const topic = async (t: string) =>
      (await h.engine.leaderboard(TENANT, 'all', { kind: 'topic', topic: t }, { limit: 10 })).rows
        .map((r) => r.displayName)
        .sort();
    expect(await topic('docker')).toEqual(['compose', 'docker']);
    expect(await topic('COMPOSE')).toEqual(['compose']);
    expect(await topic('nothing-like-it')).toEqual([]);
    const dev = await h.engine.leaderboard(
      TENANT,
      'all',
      { kind: 'channel', channelId: `${TENANT}:dev` },
      { limit: 10 },
    );
    expect(dev.rows.map((r) => r.displayName)).toEqual(['git']);
  });

  it('shows live streaks and ratings beside points', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0);
    await h.engine.closeRound(round.id);
    const board = await h.engine.leaderboard(
      TENANT,
      'week',
      { kind: 'channel', channelId: p.channelId },
      { limit: 5 },
    );
    expect(board.rows[0]).toMatchObject({ displayName: 'alice', streak: 1, rating: 1500, accuracy: 1 });
  });
});
