import { expect, it } from 'vitest';
import {
  answer,
  at,
  C1,
  C2,
  CX,
  type GetStore,
  round,
  seedTenant,
  streak,
  T1,
  T2,
} from './contract-fixtures.ts';

const U1 = 'slack:T1:U1';
const U2 = 'slack:T1:U2';

export function answerContract(store: GetStore): void {
  it('stores one answer per player per round; a second one is "duplicate" and changes nothing', async () => {
    await seedTenant(store(), [U1]);
    await store().createDailyRound(round('r1'));
    const first = answer('r1', U1, { choice: 2, correct: false, points: 0 });
    expect(await store().recordAnswer(first)).toEqual({ outcome: 'recorded', answersInRound: 1 });
    expect(await store().recordAnswer(answer('r1', U1, { choice: 0, correct: true, points: 10 }))).toEqual({
      outcome: 'duplicate',
      answersInRound: 1,
    });
    expect(await store().getAnswer('r1', U1)).toEqual(first);
    expect(await store().getAnswer('r1', U2)).toBeNull();
    expect(await store().countAnswers('r1')).toBe(1);
  });

  it('stores exactly one of 100 concurrent answers from one player', async () => {
    await seedTenant(store(), [U1]);
    await store().createDailyRound(round('r1'));
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store().recordAnswer(
          answer('r1', U1, { choice: i % 3, latencyMs: i }),
          streak(U1, C1, { current: i, best: i }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.outcome === 'recorded')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'duplicate')).toHaveLength(99);
    expect(outcomes.every((o) => o.answersInRound === 1)).toBe(true);
    expect(await store().countAnswers('r1')).toBe(1);
    // The streak that was written is the one that came with the stored answer.
    const stored = await store().getAnswer('r1', U1);
    expect((await store().getStreak(U1, C1))?.current).toBe(stored?.latencyMs);
  });

  it('writes the streak with the answer, and never with a duplicate', async () => {
    await seedTenant(store(), [U1]);
    await store().createDailyRound(round('r1'));
    const s = streak(U1, C1, { current: 3, best: 5, lastDate: '2026-03-02' });
    expect((await store().recordAnswer(answer('r1', U1), s)).outcome).toBe('recorded');
    expect(await store().getStreak(U1, C1)).toEqual(s);
    expect(
      (await store().recordAnswer(answer('r1', U1), streak(U1, C1, { current: 9, best: 9 }))).outcome,
    ).toBe('duplicate');
    expect(await store().getStreak(U1, C1)).toEqual(s);
    await store().createDailyRound(round('r2', { localDate: '2026-03-03' }));
    const next = streak(U1, C1, { current: 4, best: 5, lastDate: '2026-03-03' });
    await store().recordAnswer(answer('r2', U1), next);
    expect(await store().getStreak(U1, C1)).toEqual(next);
    expect(await store().getStreak(U1, C2)).toBeNull();
  });

  it('answers made at the same moment by many players each get their own outcome, streak and count', async () => {
    const players = Array.from({ length: 40 }, (_, i) => `slack:T1:P${i}`);
    await seedTenant(store(), players);
    await store().createDailyRound(round('r1'));
    await store().createDailyRound(round('r0', { localDate: '2026-03-01' }));
    // P0 answered before; P1 has an old streak that this answer replaces.
    await store().recordAnswer(
      answer('r1', 'slack:T1:P0'),
      streak('slack:T1:P0', C1, { current: 7, best: 7 }),
    );
    await store().recordAnswer(
      answer('r0', 'slack:T1:P1'),
      streak('slack:T1:P1', C1, { current: 2, best: 5 }),
    );
    const outcomes = await Promise.all(
      players.map((p, i) =>
        store().recordAnswer(
          answer('r1', p, { latencyMs: i }),
          streak(p, C1, { current: 100 + i, best: 100 + i }),
        ),
      ),
    );
    expect(outcomes[0]?.outcome).toBe('duplicate');
    expect(outcomes.slice(1).every((o) => o.outcome === 'recorded')).toBe(true);
    // Each answer sees itself and every answer stored before it, never more than the round holds.
    const seen = outcomes.slice(1).map((o) => o.answersInRound);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...seen)).toBe(40);
    const [counts, streaks] = await Promise.all([
      Promise.all([store().countAnswers('r1'), store().countAnswers('r0'), store().countAnswers('none')]),
      Promise.all(players.map((p) => store().getStreak(p, C1))),
    ]);
    expect(counts).toEqual([40, 1, 0]);
    expect(streaks.map((s) => s?.current)).toEqual([7, ...players.slice(1).map((_, i) => 101 + i)]);
    expect(await store().getStreak('slack:T1:P1', C2)).toBeNull();
    expect((await store().getAnswer('r1', 'slack:T1:P0'))?.latencyMs).toBe(1200);
  });

  it('one player answering two open rounds of a channel at once keeps the streak of the later call', async () => {
    await seedTenant(store(), [U1]);
    await store().createDailyRound(round('r1'));
    await store().createDailyRound(round('r2', { localDate: '2026-03-03' }));
    const outcomes = await Promise.all([
      store().recordAnswer(answer('r1', U1), streak(U1, C1, { current: 1, best: 1, lastDate: '2026-03-02' })),
      store().recordAnswer(answer('r2', U1), streak(U1, C1, { current: 2, best: 2, lastDate: '2026-03-03' })),
    ]);
    expect(outcomes).toEqual([
      { outcome: 'recorded', answersInRound: 1 },
      { outcome: 'recorded', answersInRound: 1 },
    ]);
    expect(await store().getStreak(U1, C1)).toEqual(
      streak(U1, C1, { current: 2, best: 2, lastDate: '2026-03-03' }),
    );
  });

  it('players written at the same moment are each stored with their own name', async () => {
    await seedTenant(store(), []);
    const names = Array.from({ length: 30 }, (_, i) => `Player ${i}`);
    const stored = await Promise.all(
      names.map((displayName, i) =>
        store().upsertPlayer({ id: `slack:T1:N${i}`, tenantId: T1, displayName, isBot: i === 3 }),
      ),
    );
    expect(stored.map((p) => p.displayName)).toEqual(names);
    expect(stored[3]?.isBot).toBe(true);
    const again = await store().getPlayers(names.map((_, i) => `slack:T1:N${i}`));
    expect(again.map((p) => [p.displayName, p.rating])).toEqual(names.map((n) => [n, 1500]));
  });

  it('writes an answer whose streak was computed from a stale one not at all (compare-and-set)', async () => {
    await seedTenant(store(), [U1, U2]);
    await store().createDailyRound(round('r1'));
    await store().createDailyRound(round('r2', { localDate: '2026-03-03' }));
    const day1 = streak(U1, C1, { current: 1, best: 1, lastDate: '2026-03-02' });
    // None stored and none expected: written.
    expect((await store().recordAnswer(answer('r1', U1), day1, null)).outcome).toBe('recorded');
    // Expected none, but one is stored: nothing written.
    const wrong = streak(U1, C1, { current: 1, best: 1, lastDate: '2026-03-03' });
    expect(await store().recordAnswer(answer('r2', U1), wrong, null)).toEqual({
      outcome: 'stale_streak',
      answersInRound: 0,
    });
    // Expected another streak than the stored one: nothing written either.
    const other = streak(U1, C1, { current: 5, best: 5, lastDate: '2026-03-02' });
    expect((await store().recordAnswer(answer('r2', U1), wrong, other)).outcome).toBe('stale_streak');
    expect(await store().getAnswer('r2', U1)).toBeNull();
    expect(await store().getStreak(U1, C1)).toEqual(day1);
    // Expected the stored one: written.
    const day2 = streak(U1, C1, { current: 2, best: 2, lastDate: '2026-03-03' });
    expect(await store().recordAnswer(answer('r2', U1), day2, day1)).toEqual({
      outcome: 'recorded',
      answersInRound: 1,
    });
    expect(await store().getStreak(U1, C1)).toEqual(day2);
    // A second answer with a stale expectation is refused as stale first, and changes nothing.
    expect((await store().recordAnswer(answer('r2', U1), day2, day1)).outcome).toBe('stale_streak');
    expect((await store().recordAnswer(answer('r2', U1), day2, day2)).outcome).toBe('duplicate');
    expect(await store().getStreak(U1, C1)).toEqual(day2);
  });

  it('checks each streak of answers made at the same moment on its own', async () => {
    const players = Array.from({ length: 20 }, (_, i) => `slack:T1:S${i}`);
    await seedTenant(store(), players);
    await store().createDailyRound(round('r0', { localDate: '2026-03-01' }));
    await store().createDailyRound(round('r1'));
    const before = streak('', C1, { current: 3, best: 3, lastDate: '2026-03-01' });
    // Even players have a stored streak, odd ones none.
    for (const [i, p] of players.entries())
      if (i % 2 === 0) await store().recordAnswer(answer('r0', p), { ...before, playerId: p });
    // Every player expects none: the even ones are stale.
    const outcomes = await Promise.all(
      players.map((p) => store().recordAnswer(answer('r1', p), streak(p, C1, { current: 1, best: 1 }), null)),
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(
      players.map((_, i) => (i % 2 === 0 ? 'stale_streak' : 'recorded')),
    );
    expect(await store().countAnswers('r1')).toBe(10);
    expect((await store().getStreak(players[0] ?? '', C1))?.current).toBe(3);
    expect((await store().getStreak(players[1] ?? '', C1))?.current).toBe(1);
  });

  it('lists a round’s answers in the order they came, and counts them', async () => {
    await seedTenant(store(), [U1, U2, 'slack:T1:U3']);
    await store().createDailyRound(round('r1'));
    await store().recordAnswer(answer('r1', 'slack:T1:U3', { answeredAt: at('2026-03-02T10:00:05Z') }));
    await store().recordAnswer(answer('r1', U2, { answeredAt: at('2026-03-02T10:00:01Z') }));
    await store().recordAnswer(
      answer('r1', U1, { answeredAt: at('2026-03-02T10:00:05Z'), selfGrade: 'good', choice: null }),
    );
    const listed = await store().answersForRound('r1');
    expect(listed.map((a) => a.playerId)).toEqual([U2, U1, 'slack:T1:U3']);
    expect(listed[1]).toEqual(
      answer('r1', U1, { answeredAt: at('2026-03-02T10:00:05Z'), selfGrade: 'good', choice: null }),
    );
    expect(await store().countAnswers('r1')).toBe(3);
    expect(await store().answersForRound('none')).toEqual([]);
  });

  it("gives each player's best current streak, in one channel or across the tenant", async () => {
    await seedTenant(store(), [U1, U2, 'slack:T1:U3']);
    await seedTenant(store(), ['discord:G2:U1'], T2);
    await store().createDailyRound(round('a'));
    await store().createDailyRound(round('b', { channelId: C2 }));
    await store().createDailyRound(round('x', { tenantId: T2, channelId: CX }));
    await store().recordAnswer(answer('a', U1), streak(U1, C1, { current: 2, best: 7 }));
    await store().recordAnswer(answer('b', U1, { channelId: C2 }), streak(U1, C2, { current: 4, best: 4 }));
    await store().recordAnswer(answer('a', U2), streak(U2, C1, { current: 1, best: 1 }));
    await store().recordAnswer(
      answer('x', 'discord:G2:U1', { tenantId: T2, channelId: CX }),
      streak('discord:G2:U1', CX, { current: 9, best: 9 }),
    );
    const inChannel = await store().streaksFor(T1, [U1, U2, 'slack:T1:U3'], C1);
    expect(inChannel.map((s) => [s.playerId, s.current])).toEqual([
      [U1, 2],
      [U2, 1],
    ]);
    const tenantWide = await store().streaksFor(T1, [U1, U2, 'discord:G2:U1'], null);
    expect(tenantWide.map((s) => [s.playerId, s.channelId, s.current])).toEqual([
      [U1, C2, 4],
      [U2, C1, 1],
    ]);
    expect(await store().streaksFor(T1, [], null)).toEqual([]);
  });
}
