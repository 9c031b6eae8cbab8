import { expect, it } from 'vitest';
import { joinSectionPath } from '../../src/engine/records.ts';
import type { LeaderboardQuery, StorePort } from '../../src/engine/store-port.ts';
import { answer, at, C1, C2, type GetStore, round, seedTenant, T1, T2 } from './contract-fixtures.ts';

const base: LeaderboardQuery = { tenantId: T1, roundKinds: ['daily', 'practice', 'duel'], limit: 10 };

/** One answer per (player, round): `n` rounds for the player with the given points and correctness. */
async function give(
  store: StorePort,
  playerId: string,
  rows: readonly { points: number; correct: boolean }[],
  tag = '',
) {
  for (const [i, r] of rows.entries()) {
    await store.recordAnswer(answer(`r${i}${tag}`, playerId, { points: r.points, correct: r.correct }));
  }
}

const hit = (points: number) => ({ points, correct: true });
const miss = { points: 0, correct: false };

export function standingsContract(store: GetStore): void {
  it('ranks by points, then correct, then fewer answers, then player id in byte order', async () => {
    // Upper-case sorts before lower-case in byte order (and after it in most human collations).
    const [a, b, c, d, e] = ['p:a', 'p:B', 'p:c', 'p:d', 'p:e'];
    await seedTenant(store(), [a, b, c, d]);
    await give(store(), a, [hit(5), hit(5)]); // 10 points, 2 correct, 2 answered
    await give(store(), b, [hit(5), hit(5)]); // same as a: id decides, "p:B" < "p:a"
    await give(store(), c, [hit(5), hit(5), miss]); // 10, 2, 3 answered: after a and b
    await give(store(), d, [hit(4), hit(3), hit(2), hit(1)]); // 10 points, 4 correct: first
    await give(store(), e, [hit(11)]); // no player row: the id stands in for the name
    const page = await store().leaderboard(base);
    expect(page.rows.map((r) => [r.rank, r.playerId, r.points, r.correct, r.answered])).toEqual([
      [1, e, 11, 1, 1],
      [2, d, 10, 4, 4],
      [3, b, 10, 2, 2],
      [4, a, 10, 2, 2],
      [5, c, 10, 2, 3],
    ]);
    expect(page.rows[1]?.displayName).toBe('Name p:d');
    expect(page.rows[0]?.displayName).toBe(e);
    expect(page.totalPlayers).toBe(5);
  });

  it("returns the viewer's own row and rank outside the top N", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `p:${String(i).padStart(2, '0')}`);
    await seedTenant(store(), ids);
    for (const [i, id] of ids.entries()) await give(store(), id, [hit(100 - i * 5)]);
    const page = await store().leaderboard({ ...base, limit: 3, viewerId: 'p:09' });
    expect(page.rows.map((r) => r.playerId)).toEqual(['p:00', 'p:01', 'p:02']);
    expect(page.viewer).toEqual({
      rank: 10,
      playerId: 'p:09',
      displayName: 'Name p:09',
      points: 55,
      answered: 1,
      correct: 1,
    });
    expect(page.totalPlayers).toBe(12);
    const inside = await store().leaderboard({ ...base, limit: 3, viewerId: 'p:01' });
    expect(inside.viewer).toEqual(inside.rows[1]);
    const nobody = await store().leaderboard({ ...base, limit: 3, viewerId: 'p:none' });
    expect(nobody.viewer).toBeNull();
    expect(nobody.totalPlayers).toBe(12);
  });

  it('ranks a tied viewer outside the top N by the same tie-breaks', async () => {
    const ids = ['p:a', 'p:b', 'p:c', 'p:d', 'p:e'];
    await seedTenant(store(), ids);
    for (const id of ids) await give(store(), id, [hit(5), miss]);
    const page = await store().leaderboard({ ...base, limit: 2, viewerId: 'p:d' });
    expect(page.viewer?.rank).toBe(4);
  });

  it('counts answers in the half-open period [from, to) only', async () => {
    await seedTenant(store(), ['p:1', 'p:2', 'p:3']);
    await store().recordAnswer(answer('r1', 'p:1', { answeredAt: at('2026-03-02T00:00:00.000Z') }));
    await store().recordAnswer(answer('r1', 'p:2', { answeredAt: at('2026-03-08T23:59:59.999Z') }));
    await store().recordAnswer(answer('r1', 'p:3', { answeredAt: at('2026-03-09T00:00:00.000Z') }));
    await store().recordAnswer(answer('r0', 'p:3', { answeredAt: at('2026-03-01T23:59:59.999Z') }));
    const week = await store().leaderboard({
      ...base,
      from: at('2026-03-02T00:00:00Z'),
      to: at('2026-03-09T00:00:00Z'),
    });
    expect(week.rows.map((r) => r.playerId)).toEqual(['p:1', 'p:2']);
    expect(
      (await store().leaderboard({ ...base, from: at('2026-03-09T00:00:00Z') })).rows.map((r) => r.playerId),
    ).toEqual(['p:3']);
    expect((await store().leaderboard(base)).rows[0]).toMatchObject({
      playerId: 'p:3',
      points: 20,
      answered: 2,
    });
  });

  it('filters by channel, round kind and whole section title; never counts self-grades or other tenants', async () => {
    await seedTenant(store(), ['p:1', 'p:2']);
    await seedTenant(store(), ['q:1'], T2);
    const compose = joinSectionPath(['Ops', 'Docker Compose', 'Files']);
    const docker = joinSectionPath(['Ops', 'Docker', 'Images']);
    await store().recordAnswer(answer('r1', 'p:1', { section: docker, points: 3 }));
    await store().recordAnswer(answer('r2', 'p:1', { channelId: C2, section: compose, points: 5 }));
    await store().recordAnswer(
      answer('r3', 'p:2', { roundKind: 'practice', channelId: null, section: compose, points: 7 }),
    );
    await store().recordAnswer(answer('r4', 'p:2', { selfGrade: 'easy', choice: null, points: 50 }));
    await store().recordAnswer(answer('r5', 'q:1', { tenantId: T2, channelId: 'discord:G2:C9', points: 99 }));
    const pts = async (q: Partial<LeaderboardQuery>) =>
      (await store().leaderboard({ ...base, ...q })).rows.map((r) => [r.playerId, r.points]);
    expect(await pts({})).toEqual([
      ['p:1', 8],
      ['p:2', 7],
    ]);
    expect(await pts({ channelId: C1 })).toEqual([['p:1', 3]]);
    expect(await pts({ roundKinds: ['daily'] })).toEqual([['p:1', 8]]);
    expect(await pts({ sections: ['Docker'] })).toEqual([['p:1', 3]]);
    expect(await pts({ sections: ['Docker Compose'] })).toEqual([
      ['p:2', 7],
      ['p:1', 5],
    ]);
    expect(await pts({ sections: ['Ops'] })).toEqual([
      ['p:1', 8],
      ['p:2', 7],
    ]);
    expect(await pts({ sections: ['Dock'] })).toEqual([]);
    // Several titles (a typed topic that names more than one section): an answer under any of them counts.
    expect(await pts({ sections: ['Docker', 'Docker Compose'] })).toEqual([
      ['p:1', 8],
      ['p:2', 7],
    ]);
    expect(await pts({ tenantId: T2 })).toEqual([['q:1', 99]]);
    const empty = await store().leaderboard({ ...base, tenantId: 'slack:empty', viewerId: 'p:1' });
    expect(empty).toEqual({ rows: [], viewer: null, totalPlayers: 0 });
  });

  it('gives personal stats per section, self-graded flashcards counted and flagged apart', async () => {
    await seedTenant(store(), ['p:1', 'p:2']);
    const docker = joinSectionPath(['Docker']);
    const k8s = joinSectionPath(['Kubernetes', 'Pods']);
    await store().recordAnswer(answer('r1', 'p:1', { section: k8s, correct: false, points: 0 }));
    await store().recordAnswer(answer('r2', 'p:1', { section: docker }));
    await store().recordAnswer(
      answer('r3', 'p:1', { section: docker, selfGrade: 'again', choice: null, correct: false }),
    );
    await store().recordAnswer(
      answer('r4', 'p:1', { section: docker, selfGrade: 'good', choice: null, correct: true }),
    );
    await store().recordAnswer(answer('r1', 'p:2', { section: docker }));
    expect(await store().sectionStats('p:1')).toEqual([
      { section: docker, answered: 3, correct: 2, selfGraded: 2 },
      { section: k8s, answered: 1, correct: 0, selfGraded: 0 },
    ]);
    expect(await store().sectionStats('p:none')).toEqual([]);
  });

  it("tallies one player's answers per half-open period, self-grades in, open daily rounds and others out", async () => {
    await seedTenant(store(), ['p:1', 'p:2']);
    const bounds = ['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16'].map((d) => at(`${d}T00:00:00Z`));
    const on = (iso: string, overrides: Parameters<typeof answer>[2] = {}) => ({
      answeredAt: at(iso),
      ...overrides,
    });
    // Before the first period and at the end of the last: outside.
    await store().recordAnswer(answer('r0', 'p:1', on('2026-02-22T23:59:59.999Z')));
    await store().recordAnswer(answer('r9', 'p:1', on('2026-03-16T00:00:00.000Z')));
    // First period: on its first instant and its last millisecond, one wrong.
    await store().recordAnswer(answer('r1', 'p:1', on('2026-02-23T00:00:00.000Z')));
    await store().recordAnswer(
      answer('r2', 'p:1', on('2026-03-01T23:59:59.999Z', { correct: false, points: 0 })),
    );
    // Second period: nothing. Third: a practice answer and a self-graded flashcard, both counted.
    await store().recordAnswer(
      answer('r3', 'p:1', on('2026-03-09T00:00:00.000Z', { roundKind: 'practice', channelId: null })),
    );
    await store().recordAnswer(
      answer('r4', 'p:1', on('2026-03-10T08:00:00Z', { selfGrade: 'again', choice: null, correct: false })),
    );
    // Another player's answer, and an answer to a daily round still open: not counted.
    await store().recordAnswer(answer('r1', 'p:2', on('2026-02-24T10:00:00Z')));
    await store().createDailyRound(round('d-open', { localDate: '2026-03-11' }));
    await store().recordAnswer(answer('d-open', 'p:1', on('2026-03-11T10:00:00Z')));

    expect(await store().answersPerPeriod('p:1', bounds)).toEqual([
      { answered: 2, correct: 1 },
      { answered: 0, correct: 0 },
      { answered: 2, correct: 1 },
    ]);
    await store().closeRound('d-open', at('2026-03-11T17:00:00Z'));
    expect((await store().answersPerPeriod('p:1', bounds))[2]).toEqual({ answered: 3, correct: 2 });
    expect(await store().answersPerPeriod('p:1', bounds.slice(0, 2))).toEqual([{ answered: 2, correct: 1 }]);
    expect(await store().answersPerPeriod('p:none', bounds)).toEqual([
      { answered: 0, correct: 0 },
      { answered: 0, correct: 0 },
      { answered: 0, correct: 0 },
    ]);
    expect(await store().answersPerPeriod('p:1', bounds.slice(0, 1))).toEqual([]);
  });

  it("gives the team's accuracy per question within one tenant", async () => {
    await seedTenant(store(), ['p:1', 'p:2']);
    await store().recordAnswer(answer('r1', 'p:1', { questionId: 'qa', correct: true }));
    await store().recordAnswer(answer('r1', 'p:2', { questionId: 'qa', correct: false }));
    await store().recordAnswer(answer('r2', 'p:1', { questionId: 'qb', correct: false }));
    await store().recordAnswer(answer('r9', 'q:1', { tenantId: T2, questionId: 'qa', correct: true }));
    expect(await store().questionAccuracy(T1)).toEqual([
      { questionId: 'qa', answered: 2, correct: 1 },
      { questionId: 'qb', answered: 1, correct: 0 },
    ]);
  });

  it('rounds and answers survive their question being retired', async () => {
    await seedTenant(store(), ['p:1']);
    await store().syncQuestions([]);
    await store().createDailyRound(round('r1', { questionId: 'gone' }));
    await store().recordAnswer(answer('r1', 'p:1', { questionId: 'gone' }));
    await store().closeRound('r1', at('2026-03-02T17:00:00Z'));
    expect((await store().leaderboard(base)).rows).toHaveLength(1);
  });

  it("keeps an open daily round's answers off leaderboards and personal stats until it is revealed", async () => {
    await seedTenant(store(), ['p:1', 'p:2', 'p:3']);
    // Yesterday's round closed; today's is open; an older one whose close time is tomorrow is open too.
    await store().createDailyRound(round('d-mon', { localDate: '2026-03-02' }));
    await store().createDailyRound(round('d-tue', { localDate: '2026-03-03' }));
    await store().createDailyRound(round('d-c2', { channelId: C2, localDate: '2026-03-03' }));
    await store().closeRound('d-mon', at('2026-03-02T17:00:00Z'));
    await store().recordAnswer(answer('d-mon', 'p:1', { points: 5 }));
    await store().recordAnswer(answer('d-tue', 'p:1', { points: 10 }));
    await store().recordAnswer(answer('d-tue', 'p:2', { points: 0, correct: false }));
    await store().recordAnswer(answer('d-c2', 'p:3', { channelId: C2, points: 7 }));
    // Practice is the player's own business: it counts at once.
    await store().createRound(round('pr', { kind: 'practice', localDate: null, ownerId: 'p:3' }));
    await store().recordAnswer(answer('pr', 'p:3', { roundKind: 'practice', points: 2 }));

    const open = await store().leaderboard({ ...base, viewerId: 'p:2' });
    expect(open.rows.map((r) => [r.playerId, r.points, r.correct, r.answered])).toEqual([
      ['p:1', 5, 1, 1],
      ['p:3', 2, 1, 1],
    ]);
    expect(open.viewer).toBeNull();
    expect(open.totalPlayers).toBe(2);
    expect(await store().sectionStats('p:2')).toEqual([]);
    expect((await store().sectionStats('p:1'))[0]).toMatchObject({ answered: 1, correct: 1 });

    await store().closeRound('d-tue', at('2026-03-03T17:00:00Z'));
    const revealed = await store().leaderboard({ ...base, viewerId: 'p:2' });
    expect(revealed.rows.map((r) => [r.playerId, r.points])).toEqual([
      ['p:1', 15],
      ['p:3', 2],
      ['p:2', 0],
    ]);
    expect(revealed.viewer).toMatchObject({ rank: 3, answered: 1, correct: 0 });
    expect(await store().sectionStats('p:2')).toEqual([
      { section: joinSectionPath(['Docker', 'Containers']), answered: 1, correct: 0, selfGraded: 0 },
    ]);
    // The other channel's round is still open.
    expect((await store().leaderboard({ ...base, channelId: C2 })).rows).toEqual([]);
  });
}
