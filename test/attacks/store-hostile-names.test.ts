import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/engine/api.ts';
import { harness, place, scheduledChannel, TENANT, unwrap } from '../engine/harness.ts';
import { realStores } from './real-stores.ts';

const stores = await realStores('names');
afterAll(() => stores.closeAll());

const hostile = (name: string, displayName: string): Actor => ({
  tenantId: TENANT,
  tenantName: 'Team\u0000One',
  playerId: `${TENANT}:${name}`,
  displayName,
});

const LONE_SURROGATE = 'Ann\uD800e';
const NUL = 'Bo\u0000b';
/** Right-to-left override: "Eve\u202E1 :kaerts" renders as "Evestreak: 1" — a fake column in the row. */
const BIDI = 'Eve\u202E1 :kaerts';
const HUGE = `Zed ${'\u{1F600}'.repeat(5_000)}`;

/** Stored text a leaderboard can show: well-formed, no NUL or control characters, no bidi controls. */
function isClean(name: string): boolean {
  return (
    !/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) &&
    !/\p{Cc}/u.test(name) &&
    !/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(name)
  );
}

/**
 * Display names come from the platforms, and people choose them: a lone surrogate (a truncated emoji), a
 * NUL byte, bidi overrides, a name of 10 KB. Each must be cleaned once where it enters the engine, so the
 * answer is stored and the player told so, and no board row is spoofed or widened.
 */
describe.each(stores.kinds)('hostile display names (%s)', (kind) => {
  it('are cleaned before anything is written: every answer is stored and acknowledged', async () => {
    const h = harness({ store: await stores.open(kind), start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const players = [
      hostile('ann', LONE_SURROGATE),
      hostile('bob', NUL),
      hostile('eve', BIDI),
      hostile('zed', HUGE),
    ];
    for (const who of players) {
      const outcome = await h.engine.answer(who, p, round.id, question.correctIndex ?? 0);
      expect(outcome.ok).toBe(true);
    }
    // A second answer of the same players, as a daily round's next day would bring: still fine.
    const practice = unwrap(await h.engine.startPractice(hostile('bob', NUL), place()));
    expect(
      (
        await h.engine.answer(
          hostile('bob', NUL),
          place(),
          practice.round.id,
          practice.question.correctIndex ?? 0,
        )
      ).ok,
    ).toBe(true);
    await h.engine.closeRound(round.id);

    const board = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 10 });
    const names = board.rows.map((r) => r.displayName);
    expect(names).toHaveLength(4);
    for (const name of names) {
      expect(isClean(name)).toBe(true);
      expect([...name].length).toBeLessThanOrEqual(64);
    }
    expect(names).toContain('Bob');
    expect(names).toContain('Ann\uFFFDe');
    expect(names).toContain('Eve1 :kaerts');
    expect((await h.store.getTenant(TENANT))?.name).toBe('TeamOne');
  });

  it('are cleaned for a challenged opponent and a channel name too', async () => {
    const h = harness({ store: await stores.open(kind), start: '2026-01-05T10:00:00Z' });
    const where = { channelId: `${TENANT}:duels`, channelName: 'du\u0000els\u202E' };
    const duel = unwrap(
      await h.engine.challenge(
        hostile('ann', 'Ann'),
        where,
        { playerId: `${TENANT}:bob`, displayName: NUL, isBot: false },
        { questions: 1 },
      ),
    );
    expect(duel.duel.opponentId).toBe(`${TENANT}:bob`);
    expect((await h.store.getPlayer(`${TENANT}:bob`))?.displayName).toBe('Bob');
    expect((await h.store.getChannel(where.channelId))?.name).toBe('duels');
  });
});
