import { expect, it } from 'vitest';
import { at, C1, C2, type GetStore, round, seedTenant } from './contract-fixtures.ts';

export function roundContract(store: GetStore): void {
  it('opens one daily round per channel and date; a second attempt gets the first round back', async () => {
    await seedTenant(store(), []);
    const first = round('r1');
    expect(await store().createDailyRound(first)).toEqual({ round: first, created: true });
    const again = await store().createDailyRound(round('r2', { questionId: 'q2' }));
    expect(again).toEqual({ round: first, created: false });
    expect(await store().getRound('r2')).toBeNull();
    expect(await store().getDailyRound(C1, '2026-03-02')).toEqual(first);
    expect(await store().getDailyRound(C2, '2026-03-02')).toBeNull();
    const other = await store().createDailyRound(round('r3', { channelId: C2 }));
    expect(other.created).toBe(true);
  });

  it('two callers opening the same daily round at once produce one round', async () => {
    await seedTenant(store(), []);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store().createDailyRound(round(`race-${i}`, { questionId: `q${i}` })),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.round.id)).size).toBe(1);
  });

  it('keeps practice and duel rounds out of the daily-round rule', async () => {
    await seedTenant(store(), []);
    const practice = round('p1', { kind: 'practice', ownerId: 'slack:T1:U1', closesAt: null });
    expect(await store().createRound(practice)).toEqual(practice);
    expect(
      await store().createRound(round('p2', { kind: 'practice', ownerId: 'slack:T1:U2' })),
    ).toMatchObject({ id: 'p2' });
    expect(
      await store().createRound(round('p3', { kind: 'practice', channelId: null, localDate: null })),
    ).toMatchObject({
      channelId: null,
    });
    expect(await store().getDailyRound(C1, '2026-03-02')).toBeNull();
    expect((await store().createDailyRound(round('d1'))).created).toBe(true);
  });

  it('leases the right to post a round: one holder at a time, free again when the lease runs out', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    const now = at('2026-03-02T09:00:00Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(await store().claimRoundPost('r1', 'a', now, 60_000)).toBe(true);
    expect(await store().claimRoundPost('r1', 'b', later(30_000), 60_000)).toBe(false);
    expect(await store().claimRoundPost('r1', 'a', later(30_000), 60_000)).toBe(true);
    expect(await store().claimRoundPost('r1', 'b', later(90_000), 60_000)).toBe(true);
    expect(await store().claimRoundPost('r1', 'a', later(100_000), 60_000)).toBe(false);
    await store().markRoundPosted('r1', 'C1:1700000000.0001');
    expect((await store().getRound('r1'))?.postRef).toBe('C1:1700000000.0001');
    expect(await store().claimRoundPost('r1', 'b', later(100_000), 60_000)).toBe(false);
    expect(await store().claimRoundPost('r1', 'c', later(10_000_000), 60_000)).toBe(false);
    expect(await store().claimRoundPost('missing', 'a', now, 60_000)).toBe(false);
    await expect(store().markRoundPosted('missing', 'x')).rejects.toThrow();
  });

  it('marks a round posted at the time its post appeared, which answer speed counts from', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    await store().markRoundPosted('r1', 'C1:1', at('2026-03-02T09:00:31Z'));
    expect((await store().getRound('r1'))?.opensAt).toEqual(at('2026-03-02T09:00:31Z'));
    expect((await store().getDailyRound(C1, '2026-03-02'))?.opensAt).toEqual(at('2026-03-02T09:00:31Z'));
  });

  it('lets exactly one of several racing instances claim the post', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    const now = at('2026-03-02T09:00:00Z');
    const claims = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((o) => store().claimRoundPost('r1', o, now, 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('lets one instance at a time reveal a closed round, and nobody once its results are posted', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    const now = at('2026-03-02T17:05:00Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    await store().closeRound('r1', at('2026-03-02T17:00:00Z'));
    const racing = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((o) => store().claimRoundReveal('r1', o, now, 600_000)),
    );
    expect(racing.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c', 'd', 'e'][racing.indexOf(true)] ?? 'a';
    const other = holder === 'a' ? 'b' : 'a';
    expect(await store().claimRoundReveal('r1', other, later(300_000), 600_000)).toBe(false);
    expect(await store().claimRoundReveal('r1', holder, later(300_000), 600_000)).toBe(true); // retrying
    expect(await store().claimRoundReveal('r1', other, later(900_000), 600_000)).toBe(true); // holder died
    await store().markResultsPosted('r1', later(901_000));
    expect(await store().claimRoundReveal('r1', holder, later(10_000_000), 600_000)).toBe(false);
    expect(await store().claimRoundReveal('missing', 'a', now, 600_000)).toBe(false);
  });

  it('closes a round once: closedNow is true for exactly one of many racing callers', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    const now = at('2026-03-02T17:00:00Z');
    const results = await Promise.all(Array.from({ length: 6 }, () => store().closeRound('r1', now)));
    expect(results.filter((r) => r.closedNow)).toHaveLength(1);
    expect(results.every((r) => r.round.status === 'closed')).toBe(true);
    expect((await store().getRound('r1'))?.closesAt).toEqual(at('2026-03-02T17:00:00Z'));
    await store().createRound(round('p1', { kind: 'practice', closesAt: null }));
    const early = await store().closeRound('p1', at('2026-03-02T11:11:00Z'));
    expect(early).toMatchObject({
      closedNow: true,
      round: { status: 'closed', closesAt: at('2026-03-02T11:11:00Z') },
    });
    await expect(store().closeRound('missing', now)).rejects.toThrow();
  });

  it('marks results posted once, and lists closed daily rounds still waiting for results', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    await store().createDailyRound(round('r2', { localDate: '2026-03-03' }));
    await store().createDailyRound(round('r3', { localDate: '2026-03-04' }));
    await store().createRound(round('p1', { kind: 'practice' }));
    const now = at('2026-03-04T18:00:00Z');
    for (const id of ['r1', 'r2', 'p1']) await store().closeRound(id, now);
    expect((await store().listClosedDailyRoundsWithoutResults()).map((r) => r.id)).toEqual(['r1', 'r2']);
    const marks = await Promise.all([
      store().markResultsPosted('r1', now),
      store().markResultsPosted('r1', now),
    ]);
    expect(marks.filter(Boolean)).toHaveLength(1);
    expect((await store().getRound('r1'))?.resultsPostedAt).toEqual(now);
    expect((await store().listClosedDailyRoundsWithoutResults()).map((r) => r.id)).toEqual(['r2']);
  });

  it('lists open rounds of a kind that are due to close, soonest first', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('late', { closesAt: at('2026-03-02T17:00:00Z') }));
    await store().createDailyRound(round('early', { channelId: C2, closesAt: at('2026-03-02T12:00:00Z') }));
    await store().createDailyRound(
      round('future', { localDate: '2026-03-03', closesAt: at('2026-03-03T17:00:00Z') }),
    );
    await store().createDailyRound(
      round('gone', { localDate: '2026-03-01', closesAt: at('2026-03-01T17:00:00Z') }),
    );
    await store().closeRound('gone', at('2026-03-01T17:00:00Z'));
    await store().createRound(round('practice', { kind: 'practice', closesAt: at('2026-03-02T10:00:00Z') }));
    const due = await store().listRoundsDueToClose('daily', at('2026-03-02T17:00:00Z'));
    expect(due.map((r) => r.id)).toEqual(['early', 'late']);
    expect(
      (await store().listRoundsDueToClose('practice', at('2026-03-02T17:00:00Z'))).map((r) => r.id),
    ).toEqual(['practice']);
  });

  it('finds the previous daily date and the questions daily rounds already used in a channel', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('a', { localDate: '2026-02-27', questionId: 'qa' }));
    await store().createDailyRound(round('b', { localDate: '2026-03-02', questionId: 'qb' }));
    await store().createDailyRound(round('c', { localDate: '2026-03-05', questionId: 'qc' }));
    await store().createDailyRound(round('x', { channelId: C2, localDate: '2026-03-04', questionId: 'qx' }));
    await store().createRound(round('p', { kind: 'practice', localDate: '2026-03-04', questionId: 'qp' }));
    expect(await store().previousDailyDate(C1, '2026-03-05')).toBe('2026-03-02');
    expect(await store().previousDailyDate(C1, '2026-03-02')).toBe('2026-02-27');
    expect(await store().previousDailyDate(C1, '2026-02-27')).toBeNull();
    expect([...(await store().dailyQuestionIds(C1))].sort()).toEqual(['qa', 'qb', 'qc']);
  });
}
