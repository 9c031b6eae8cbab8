import { afterAll, describe, expect, it } from 'vitest';
import { actor, harness, scheduledChannel, TENANT, unwrap } from '../engine/harness.ts';
import { realStores } from './real-stores.ts';

const stores = await realStores('reveal');
afterAll(() => stores.closeAll());

/**
 * A player who has not answered yet (or answered and wants to know) looks at the boards while the question
 * of the day is open: neither the channel board nor anyone's stats may tell whose answer was right.
 */
describe.each(stores.kinds)('the question of the day before its reveal (%s)', (kind) => {
  it("shows nobody's points or accuracy from it on boards and stats until it closes", async () => {
    const h = harness({ store: await stores.open(kind), start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const right = question.correctIndex ?? 0;
    unwrap(await h.engine.answer(actor('alice'), p, round.id, right));
    unwrap(await h.engine.answer(actor('bob'), p, round.id, right === 0 ? 1 : 0));
    h.clock.advance(60_000);

    const snoop = async () => {
      const board = await h.engine.leaderboard(
        TENANT,
        'today',
        { kind: 'channel', channelId: p.channelId },
        { limit: 10, viewerId: actor('carol').playerId },
      );
      const alice = await h.engine.stats(actor('alice').playerId);
      const bob = await h.engine.stats(actor('bob').playerId);
      return { board, alice, bob };
    };
    const open = await snoop();
    expect(open.board.rows).toEqual([]);
    expect(open.board.totalPlayers).toBe(0);
    expect([open.alice?.answered, open.alice?.accuracy, open.bob?.answered, open.bob?.accuracy]).toEqual([
      0, 0, 0, 0,
    ]);

    await h.engine.closeRound(round.id);
    const revealed = await snoop();
    expect(revealed.board.rows.map((r) => [r.displayName, r.correct, r.answered])).toEqual([
      ['alice', 1, 1],
      ['bob', 0, 1],
    ]);
    expect([revealed.alice?.accuracy, revealed.bob?.accuracy]).toEqual([1, 0]);
  });
});
