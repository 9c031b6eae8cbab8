import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/engine/api.ts';
import { actor, harness, place, unwrap } from './harness.ts';

const alice = actor('alice');
const bob = actor('bob');
const carol = actor('carol');
const general = place('general');
const asOpponent = (a: Actor) => ({ playerId: a.playerId, displayName: a.displayName, isBot: false });

describe('duel races', () => {
  it('accepts once when the accept button is pressed many times at once', async () => {
    const h = harness();
    const view = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 }));
    const presses = await Promise.all(
      Array.from({ length: 20 }, () => h.engine.respondToDuel(bob, view.duel.id, true)),
    );
    expect(presses.filter((p) => p.ok)).toHaveLength(1);
    expect(presses.filter((p) => !p.ok && p.code === 'duel_not_pending')).toHaveLength(19);
  });

  it('opens one duel when both challenge each other at the same moment', async () => {
    const h = harness();
    const [a, b] = await Promise.all([
      h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 }),
      h.engine.challenge(bob, general, asOpponent(alice), { questions: 1 }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
  });

  it('settles once, and rates once, when both players send their last answer at the same moment', async () => {
    const h = harness();
    const view = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 }));
    const id = view.duel.id;
    unwrap(await h.engine.respondToDuel(bob, id, true));
    const qa = unwrap(await h.engine.nextDuelQuestion(alice, id));
    const qb = unwrap(await h.engine.nextDuelQuestion(bob, id));
    h.clock.advance(2_000);
    const [ra, rb] = await Promise.all([
      h.engine.answerDuel(alice, id, 0, qa.question.correctIndex ?? 0),
      h.engine.answerDuel(bob, id, 0, ((qb.question.correctIndex ?? 0) + 1) % 4),
    ]);
    const settlements = [unwrap(ra).settled, unwrap(rb).settled].filter((s) => s !== null);
    expect(settlements).toHaveLength(1);
    expect(await h.store.getPlayer(alice.playerId)).toMatchObject({ rating: 1516, ratedGames: 1 });
    expect(await h.store.getPlayer(bob.playerId)).toMatchObject({ rating: 1484, ratedGames: 1 });
  });

  it("keeps both rating changes when one player's two duels settle at the same moment", async () => {
    const h = harness();
    const d1 = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 })).duel.id;
    const d2 = unwrap(await h.engine.challenge(alice, general, asOpponent(carol), { questions: 1 })).duel.id;
    unwrap(await h.engine.respondToDuel(bob, d1, true));
    unwrap(await h.engine.respondToDuel(carol, d2, true));
    for (const [who, id] of [
      [alice, d1],
      [alice, d2],
      [bob, d1],
      [carol, d2],
    ] as const) {
      const q = unwrap(await h.engine.nextDuelQuestion(who, id));
      if (who !== alice) continue;
      unwrap(await h.engine.answerDuel(who, id, 0, q.question.correctIndex ?? 0));
    }
    // Bob and carol answer wrong at the same moment: both duels settle concurrently, alice wins both.
    await Promise.all([h.engine.answerDuel(bob, d1, 0, 1), h.engine.answerDuel(carol, d2, 0, 1)]);
    const a = await h.store.getPlayer(alice.playerId);
    expect(a?.ratedGames).toBe(2);
    expect(a?.rating).toBe(1500 + 16 + 15);
  });

  it('does not double-settle when expiry runs while the last answer arrives', async () => {
    const h = harness();
    const id = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 })).duel.id;
    unwrap(await h.engine.respondToDuel(bob, id, true));
    const q = unwrap(await h.engine.nextDuelQuestion(alice, id));
    unwrap(await h.engine.answerDuel(alice, id, 0, q.question.correctIndex ?? 0));
    h.clock.advanceHours(24);
    const [first, second] = await Promise.all([h.engine.expireDuels(), h.engine.expireDuels()]);
    expect(first.length + second.length).toBe(1);
    expect((await h.store.getPlayer(alice.playerId))?.ratedGames).toBe(1);
  });
});
