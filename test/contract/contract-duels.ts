import { expect, it } from 'vitest';
import { at, duel, type GetStore, seedTenant, T2 } from './contract-fixtures.ts';

const A = 'discord:G2:U1';
const B = 'discord:G2:U2';
const C = 'discord:G2:U3';

export function duelContract(store: GetStore): void {
  it('allows one open duel per pair, in either direction, until it is finished', async () => {
    await seedTenant(store(), [A, B, C], T2);
    const d1 = duel('d1', A, B);
    expect(await store().createDuel(d1)).toBe('created');
    expect(await store().getDuel('d1')).toEqual(d1);
    expect(await store().createDuel(duel('d2', B, A))).toBe('open_duel_exists');
    expect(await store().createDuel(duel('d3', A, C))).toBe('created');
    expect(
      await store().transitionDuel('d1', ['pending'], {
        status: 'active',
        acceptedAt: at('2026-03-02T10:05:00Z'),
      }),
    ).toMatchObject({ status: 'active' });
    expect(await store().createDuel(duel('d4', A, B))).toBe('open_duel_exists');
    await store().transitionDuel('d1', ['active'], {
      status: 'expired',
      settledAt: at('2026-03-03T10:00:00Z'),
    });
    expect(await store().createDuel(duel('d5', B, A))).toBe('created');
    expect(await store().getDuel('d2')).toBeNull();
    // Reusing a duel id is a bug, not a rule: it throws.
    await expect(store().createDuel(duel('d5', C, 'discord:G2:U9'))).rejects.toThrow();
  });

  it('creates one duel when both players challenge each other at the same moment', async () => {
    await seedTenant(store(), [A, B], T2);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store().createDuel(i % 2 ? duel(`d${i}`, A, B) : duel(`d${i}`, B, A)),
      ),
    );
    expect(results.filter((r) => r === 'created')).toHaveLength(1);
  });

  it('moves a duel only from the expected status (compare-and-set)', async () => {
    await seedTenant(store(), [A, B], T2);
    await store().createDuel(duel('d1', A, B));
    const accepted = await store().transitionDuel('d1', ['pending'], {
      status: 'active',
      acceptedAt: at('2026-03-02T10:05:00Z'),
      postRef: 'CX:m1',
    });
    expect(accepted).toEqual(
      duel('d1', A, B, { status: 'active', acceptedAt: at('2026-03-02T10:05:00Z'), postRef: 'CX:m1' }),
    );
    expect(await store().transitionDuel('d1', ['pending'], { status: 'declined' })).toBeNull();
    const racing = await Promise.all([
      store().transitionDuel('d1', ['active'], { status: 'expired' }),
      store().transitionDuel('d1', ['active'], { status: 'expired' }),
    ]);
    expect(racing.filter((r) => r !== null)).toHaveLength(1);
    expect(await store().transitionDuel('missing', ['pending'], { status: 'active' })).toBeNull();
  });

  it('settles a duel and writes both ratings together, once', async () => {
    await seedTenant(store(), [A, B], T2);
    await store().createDuel(duel('d1', A, B, { status: 'active' }));
    const patch = {
      status: 'settled' as const,
      settledAt: at('2026-03-02T11:00:00Z'),
      winnerId: A,
      challengerRatingDelta: 16,
      opponentRatingDelta: -16,
    };
    const ratings = [
      { playerId: A, ratingDelta: 16 },
      { playerId: B, ratingDelta: -16 },
    ];
    const settled = await store().finishDuel('d1', ['active'], patch, ratings);
    expect(settled).toEqual(duel('d1', A, B, patch));
    expect((await store().getPlayer(A))?.rating).toBe(1516);
    expect(await store().getPlayer(B)).toMatchObject({ rating: 1484, ratedGames: 1 });
    expect(
      await store().finishDuel('d1', ['active', 'pending'], patch, [{ playerId: A, ratingDelta: 9 }]),
    ).toBeNull();
    expect((await store().getPlayer(A))?.rating).toBe(1516);
  });

  it('counts the rating changes of two duels of one player settled at the same time', async () => {
    await seedTenant(store(), [A, B, C], T2);
    await store().createDuel(duel('d1', A, B, { status: 'active' }));
    await store().createDuel(duel('d2', A, C, { status: 'active' }));
    // Each settlement computed its change from A at 1500, as two instances would.
    await Promise.all([
      store().finishDuel('d1', ['active'], { status: 'settled', winnerId: A }, [
        { playerId: A, ratingDelta: 16 },
        { playerId: B, ratingDelta: -16 },
      ]),
      store().finishDuel('d2', ['active'], { status: 'settled', winnerId: A }, [
        { playerId: A, ratingDelta: 16 },
        { playerId: C, ratingDelta: -16 },
      ]),
    ]);
    expect(await store().getPlayer(A)).toMatchObject({ rating: 1532, ratedGames: 2 });
    expect(await store().getPlayer(C)).toMatchObject({ rating: 1484, ratedGames: 1 });
  });

  it('leaves the duel untouched when a rating cannot be written', async () => {
    await seedTenant(store(), [A, B], T2);
    await store().createDuel(duel('d1', A, B, { status: 'active' }));
    await expect(
      store().finishDuel('d1', ['active'], { status: 'settled' }, [
        { playerId: 'discord:G2:ghost', ratingDelta: 1 },
      ]),
    ).rejects.toThrow();
    expect((await store().getDuel('d1'))?.status).toBe('active');
  });

  it('lists duels to expire by status and expiry, soonest first', async () => {
    await seedTenant(store(), [A, B, C, 'discord:G2:U4'], T2);
    await store().createDuel(duel('late', A, B, { expiresAt: at('2026-03-03T12:00:00Z') }));
    await store().createDuel(duel('soon', A, C, { status: 'active', expiresAt: at('2026-03-03T08:00:00Z') }));
    await store().createDuel(duel('later', B, C, { expiresAt: at('2026-03-04T12:00:00Z') }));
    await store().createDuel(
      duel('done', C, 'discord:G2:U4', { status: 'settled', expiresAt: at('2026-03-01T00:00:00Z') }),
    );
    const due = await store().listDuelsToExpire(['pending', 'active'], at('2026-03-03T12:00:00Z'));
    expect(due.map((d) => d.id)).toEqual(['soon', 'late']);
    expect(
      (await store().listDuelsToExpire(['pending'], at('2026-03-03T12:00:00Z'))).map((d) => d.id),
    ).toEqual(['late']);
  });

  it('serves each duel question once and takes one answer to it', async () => {
    await seedTenant(store(), [A, B], T2);
    await store().createDuel(duel('d1', A, B, { status: 'active' }));
    const served = at('2026-03-02T10:10:00Z');
    const serves = await Promise.all([
      store().serveDuelQuestion('d1', A, 0, served),
      store().serveDuelQuestion('d1', A, 0, served),
    ]);
    expect(serves.filter(Boolean)).toHaveLength(1);
    expect(await store().serveDuelQuestion('d1', A, 0, at('2026-03-02T10:20:00Z'))).toBe(false);
    const outcome = { choice: 1, correct: true, answeredAt: at('2026-03-02T10:10:07Z'), timedOut: false };
    expect(await store().answerDuelQuestion('d1', A, 1, outcome)).toBe('not_served');
    const answers = await Promise.all([
      store().answerDuelQuestion('d1', A, 0, outcome),
      store().answerDuelQuestion('d1', A, 0, outcome),
    ]);
    expect([...answers].sort()).toEqual(['duplicate', 'recorded']);
    await store().serveDuelQuestion('d1', B, 0, served);
    const timedOut = { choice: null, correct: false, answeredAt: at('2026-03-02T10:11:00Z'), timedOut: true };
    expect(await store().answerDuelQuestion('d1', B, 0, timedOut)).toBe('recorded');
    expect(await store().answerDuelQuestion('d1', B, 0, outcome)).toBe('duplicate');
    const listed = await store().duelAnswers('d1');
    expect(listed.map((a) => [a.playerId, a.index, a.correct, a.timedOut])).toEqual([
      [A, 0, true, false],
      [B, 0, false, true],
    ]);
    expect(listed[0]).toEqual({ duelId: 'd1', playerId: A, index: 0, servedAt: served, ...outcome });
  });
}
