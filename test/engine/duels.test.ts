import { describe, expect, it } from 'vitest';
import type { Actor, QuizEngine } from '../../src/engine/api.ts';
import { eloDeltas } from '../../src/engine/elo.ts';
import type { FakeClock } from '../fakes/fake-clock.ts';
import { actor, harness, place, unwrap } from './harness.ts';

const alice = actor('alice');
const bob = actor('bob');
const general = place('general');
const asOpponent = (a: Actor) => ({ playerId: a.playerId, displayName: a.displayName, isBot: false });

async function startDuel(engine: QuizEngine, questions = 3) {
  const view = unwrap(await engine.challenge(alice, general, asOpponent(bob), { questions }));
  unwrap(await engine.respondToDuel(bob, view.duel.id, true));
  return view.duel.id;
}

/** Serves the next question, waits `ms`, answers right or wrong. */
async function play(
  engine: QuizEngine,
  clock: FakeClock,
  who: Actor,
  duelId: string,
  ms: number,
  right: boolean,
) {
  const q = unwrap(await engine.nextDuelQuestion(who, duelId));
  clock.advance(ms);
  const correct = q.question.correctIndex ?? 0;
  return unwrap(await engine.answerDuel(who, duelId, q.index, right ? correct : (correct + 1) % 4));
}

describe('duels', () => {
  it('plays a full duel: each at their own pace, ties on correct go to the faster, Elo moves both', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine);
    // Alice plays all three before bob starts: 2 correct in 15 s.
    await play(h.engine, h.clock, alice, duelId, 5_000, true);
    await play(h.engine, h.clock, alice, duelId, 5_000, true);
    const aliceLast = await play(h.engine, h.clock, alice, duelId, 5_000, false);
    expect(aliceLast.settled).toBeNull();
    expect(aliceLast.view.progress).toEqual({ challenger: 3, opponent: 0, total: 3 });
    expect(await h.engine.nextDuelQuestion(alice, duelId)).toEqual({ ok: false, code: 'finished' });

    // Bob starts at his own first question, unaffected by alice's progress.
    const bobFirst = unwrap(await h.engine.nextDuelQuestion(bob, duelId));
    expect(bobFirst.index).toBe(0);
    expect(bobFirst.deadline.getTime() - h.clock.now().getTime()).toBe(60_000);
    // Asking again does not restart the clock.
    h.clock.advance(10_000);
    expect(unwrap(await h.engine.nextDuelQuestion(bob, duelId)).deadline).toEqual(bobFirst.deadline);
    unwrap(await h.engine.answerDuel(bob, duelId, 0, bobFirst.question.correctIndex ?? 0));
    // Question 2: bob lets it time out, then asks for the next one: a time-out is recorded.
    unwrap(await h.engine.nextDuelQuestion(bob, duelId));
    h.clock.advance(61_000);
    const bobThird = unwrap(await h.engine.nextDuelQuestion(bob, duelId));
    expect(bobThird.index).toBe(2);
    h.clock.advance(1_000);
    const last = unwrap(await h.engine.answerDuel(bob, duelId, 2, bobThird.question.correctIndex ?? 0));

    const settled = last.settled;
    expect(settled).not.toBeNull();
    expect(settled?.reason).toBe('played');
    expect(settled?.challenger).toMatchObject({ correct: 2, totalMs: 15_000, ratingDelta: 16 });
    expect(settled?.opponent).toMatchObject({
      correct: 2,
      totalMs: 10_000 + 60_000 + 1_000,
      ratingDelta: -16,
    });
    expect(settled?.winnerId).toBe(alice.playerId);
    expect((await h.store.getPlayer(alice.playerId))?.rating).toBe(1516);
    expect(await h.store.getPlayer(bob.playerId)).toMatchObject({ rating: 1484, ratedGames: 1 });
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('settled');
    expect(await h.engine.answerDuel(alice, duelId, 0, 0)).toEqual({ ok: false, code: 'finished' });
    expect(await h.engine.nextDuelQuestion(bob, duelId)).toEqual({ ok: false, code: 'finished' });
  });

  it('a duel whose last part ends in a time-out through Play is settled and handed out once by the next expiry pass', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 2);
    await play(h.engine, h.clock, alice, duelId, 5_000, true);
    await play(h.engine, h.clock, alice, duelId, 5_000, true);
    await play(h.engine, h.clock, bob, duelId, 5_000, true);
    // Bob's last question times out; he presses Play again and is told he is done.
    unwrap(await h.engine.nextDuelQuestion(bob, duelId));
    h.clock.advance(61_000);
    expect(await h.engine.nextDuelQuestion(bob, duelId)).toEqual({ ok: false, code: 'finished' });
    // Nobody was handed the result by that call: the next expiry pass settles it as played, once, so the
    // scheduler announces it (long before the duel's own expiry).
    const ended = await h.engine.expireDuels();
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ reason: 'played', winnerId: alice.playerId });
    expect(ended[0]?.challenger).toMatchObject({ correct: 2 });
    expect(ended[0]?.opponent).toMatchObject({ correct: 1 });
    expect(await h.engine.expireDuels()).toEqual([]);
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('settled');
    expect((await h.store.getPlayer(bob.playerId))?.ratedGames).toBe(1);
  });

  it('treats an answer after the question deadline as a time-out', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 1);
    const q = unwrap(await h.engine.nextDuelQuestion(alice, duelId));
    h.clock.advance(60_001);
    const outcome = unwrap(await h.engine.answerDuel(alice, duelId, q.index, q.question.correctIndex ?? 0));
    expect(outcome).toMatchObject({ timedOut: true, correct: false });
    expect(await h.engine.answerDuel(alice, duelId, q.index, 0)).toEqual({
      ok: false,
      code: 'already_answered',
    });
  });

  it('rejects answering a question that was not served, and out-of-range choices', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 2);
    expect(await h.engine.answerDuel(alice, duelId, 0, 0)).toEqual({
      ok: false,
      code: 'question_not_current',
    });
    const q = unwrap(await h.engine.nextDuelQuestion(alice, duelId));
    expect(await h.engine.answerDuel(alice, duelId, 1, 0)).toEqual({
      ok: false,
      code: 'question_not_current',
    });
    expect(await h.engine.answerDuel(alice, duelId, q.index, 7)).toEqual({
      ok: false,
      code: 'choice_out_of_range',
    });
    expect(await h.engine.answerDuel(actor('carol'), duelId, 0, 0)).toEqual({
      ok: false,
      code: 'not_a_player',
    });
  });

  it('rejects challenging yourself, a bot, a bad question count, an unknown topic, or a pair with an open duel', async () => {
    const h = harness();
    const e = h.engine;
    expect(await e.challenge(alice, general, asOpponent(alice), { questions: 3 })).toMatchObject({
      code: 'self_challenge',
    });
    const bot = { playerId: 'slack:T1:B1', displayName: 'quizbot', isBot: true };
    expect(await e.challenge(alice, general, bot, { questions: 3 })).toMatchObject({
      code: 'opponent_is_bot',
    });
    for (const questions of [0, 11, 2.5]) {
      expect(await e.challenge(alice, general, asOpponent(bob), { questions })).toMatchObject({
        code: 'invalid_question_count',
      });
    }
    expect(
      await e.challenge(alice, general, asOpponent(bob), { questions: 3, topic: 'cooking' }),
    ).toMatchObject({
      code: 'unknown_topic',
    });
    expect(
      await e.challenge(alice, general, asOpponent(bob), { questions: 3, topic: 'compose' }),
    ).toMatchObject({
      code: 'not_enough_questions',
    });
    const view = unwrap(await e.challenge(alice, general, asOpponent(bob), { questions: 2, topic: 'git' }));
    expect(view.duel.topic).toBe('Git');
    expect(await e.challenge(bob, general, asOpponent(alice), { questions: 1 })).toMatchObject({
      code: 'open_duel_exists',
    });
    expect(await e.challenge(alice, general, asOpponent(bob), { questions: 1 })).toMatchObject({
      code: 'open_duel_exists',
    });
    // Someone else is free to challenge either of them.
    unwrap(await e.challenge(actor('carol'), general, asOpponent(bob), { questions: 1 }));
  });

  it('lets only the opponent accept or decline, once', async () => {
    const h = harness();
    const view = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 2 }));
    const id = view.duel.id;
    expect(await h.engine.respondToDuel(alice, id, true)).toMatchObject({ code: 'not_opponent' });
    expect(await h.engine.respondToDuel(actor('bob', 'slack:T2'), id, true)).toMatchObject({
      code: 'wrong_tenant',
    });
    expect(await h.engine.nextDuelQuestion(alice, id)).toMatchObject({ code: 'duel_not_active' });
    const declined = unwrap(await h.engine.respondToDuel(bob, id, false));
    expect(declined.duel.status).toBe('declined');
    expect(await h.engine.respondToDuel(bob, id, true)).toMatchObject({ code: 'duel_not_pending' });
    expect(await h.engine.respondToDuel(bob, 'duel_forged', true)).toMatchObject({ code: 'duel_not_found' });
    // Declined duels are closed: a new challenge is allowed.
    unwrap(await h.engine.challenge(bob, general, asOpponent(alice), { questions: 1 }));
  });

  it('lets only the challenger withdraw a pending challenge; it ends expired, unrated, and frees the pair', async () => {
    const h = harness();
    const view = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 2 }));
    const id = view.duel.id;
    expect(await h.engine.withdrawChallenge(bob, id)).toMatchObject({ code: 'not_challenger' });
    expect(await h.engine.withdrawChallenge(actor('alice', 'slack:T2'), id)).toMatchObject({
      code: 'wrong_tenant',
    });
    expect(await h.engine.withdrawChallenge(alice, 'duel_forged')).toMatchObject({ code: 'duel_not_found' });
    const withdrawn = unwrap(await h.engine.withdrawChallenge(alice, id));
    expect(withdrawn.duel.status).toBe('expired');
    expect(withdrawn.duel.winnerId).toBeNull();
    expect(await h.engine.respondToDuel(bob, id, true)).toMatchObject({ code: 'duel_not_pending' });
    expect(await h.engine.withdrawChallenge(alice, id)).toMatchObject({ code: 'duel_not_pending' });
    expect((await h.store.getPlayer(alice.playerId))?.rating).toBe(1500);
    expect(await h.engine.expireDuels()).toEqual([]);
    unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 1 }));
  });

  it('does not withdraw an accepted duel', async () => {
    const h = harness();
    const id = await startDuel(h.engine, 2);
    expect(await h.engine.withdrawChallenge(alice, id)).toMatchObject({ code: 'duel_not_pending' });
  });

  it('expires a pending duel after 24 hours with no rating change', async () => {
    const h = harness();
    const view = unwrap(await h.engine.challenge(alice, general, asOpponent(bob), { questions: 2 }));
    h.clock.advanceHours(23);
    expect(await h.engine.expireDuels()).toEqual([]);
    h.clock.advanceHours(1);
    const [expired] = await h.engine.expireDuels();
    expect(expired?.reason).toBe('expired');
    expect(expired?.winnerId).toBeNull();
    expect(expired?.challenger.ratingDelta).toBe(0);
    expect((await h.store.getPlayer(alice.playerId))?.rating).toBe(1500);
    expect(await h.engine.respondToDuel(bob, view.duel.id, true)).toMatchObject({ code: 'duel_not_pending' });
    expect(await h.engine.expireDuels()).toEqual([]);
  });

  it('settles a stale active duel by forfeit: unanswered questions count as time-outs, and it is rated', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 3);
    await play(h.engine, h.clock, alice, duelId, 4_000, true);
    await play(h.engine, h.clock, alice, duelId, 4_000, true);
    await play(h.engine, h.clock, alice, duelId, 4_000, false);
    await play(h.engine, h.clock, bob, duelId, 4_000, true);
    h.clock.advanceHours(24);
    expect(await h.engine.nextDuelQuestion(bob, duelId)).toMatchObject({ code: 'duel_expired' });
    const [forfeit] = await h.engine.expireDuels();
    expect(forfeit).toMatchObject({ reason: 'forfeit', winnerId: alice.playerId });
    expect(forfeit?.opponent).toMatchObject({ correct: 1, totalMs: 4_000 + 2 * 60_000, ratingDelta: -16 });
    expect((await h.store.getPlayer(alice.playerId))?.rating).toBe(1516);
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('expired');
  });

  it('settles as played at expiry when both finished but the settlement never ran (a crash)', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 1);
    // Both answers reach the store, then the process dies before settling.
    for (const [who, right] of [
      [alice, true],
      [bob, false],
    ] as const) {
      await h.store.serveDuelQuestion(duelId, who.playerId, 0, h.clock.now());
      await h.store.answerDuelQuestion(duelId, who.playerId, 0, {
        choice: right ? 0 : 1,
        correct: right,
        answeredAt: new Date(h.clock.now().getTime() + 2_000),
        timedOut: false,
      });
    }
    h.clock.advanceHours(24);
    const [settled] = await h.engine.expireDuels();
    expect(settled).toMatchObject({ reason: 'played', winnerId: alice.playerId });
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('settled');
  });

  it('a player who never played loses to one who did, even one who timed out every question', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 2);
    await play(h.engine, h.clock, alice, duelId, 61_000, false);
    await play(h.engine, h.clock, alice, duelId, 61_000, false);
    h.clock.advanceHours(25);
    const [forfeit] = await h.engine.expireDuels();
    expect(forfeit).toMatchObject({ reason: 'forfeit', winnerId: alice.playerId });
    expect(forfeit?.challenger).toMatchObject({ correct: 0, done: 2, totalMs: 120_000, ratingDelta: 16 });
    expect(forfeit?.opponent).toMatchObject({ correct: 0, done: 0, totalMs: 120_000, ratingDelta: -16 });
  });

  it('a player who only opened a question still beats one who never pressed Play', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 2);
    unwrap(await h.engine.nextDuelQuestion(alice, duelId));
    h.clock.advanceHours(25);
    const [forfeit] = await h.engine.expireDuels();
    expect(forfeit).toMatchObject({ reason: 'forfeit', winnerId: alice.playerId });
    expect(forfeit?.challenger).toMatchObject({ done: 0, played: true });
    expect(forfeit?.opponent).toMatchObject({ done: 0, played: false });
    expect((await h.store.getPlayer(bob.playerId))?.rating).toBe(1484);
  });

  it('tells how far each player got, and describes a finished duel again on request', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 3);
    await play(h.engine, h.clock, alice, duelId, 4_000, false);
    await play(h.engine, h.clock, alice, duelId, 4_000, false);
    await play(h.engine, h.clock, alice, duelId, 4_000, false);
    await play(h.engine, h.clock, bob, duelId, 4_000, true);
    expect(await h.engine.duelSettlement(duelId)).toBeNull();
    h.clock.advanceHours(25);
    const [forfeit] = await h.engine.expireDuels();
    // Bob stopped after one question but had more right: the usual rule decides, bob wins.
    expect(forfeit).toMatchObject({ reason: 'forfeit', winnerId: bob.playerId });
    expect(forfeit?.challenger.done).toBe(3);
    expect(forfeit?.opponent.done).toBe(1);
    expect(await h.engine.duelSettlement(duelId)).toEqual(forfeit);
  });

  it('expires an accepted duel nobody played, unrated', async () => {
    const h = harness();
    await startDuel(h.engine, 2);
    h.clock.advanceHours(25);
    const [expired] = await h.engine.expireDuels();
    expect(expired).toMatchObject({ reason: 'expired', winnerId: null });
    expect((await h.store.getPlayer(bob.playerId))?.ratedGames).toBe(0);
  });

  it('counts duel answers on the leaderboard', async () => {
    const h = harness();
    const duelId = await startDuel(h.engine, 1);
    await play(h.engine, h.clock, alice, duelId, 3_000, true);
    await play(h.engine, h.clock, bob, duelId, 3_000, false);
    const board = await h.engine.leaderboard('slack:T1', 'all', { kind: 'tenant' }, { limit: 10 });
    expect(board.rows.map((r) => [r.displayName, r.points, r.answered, r.rating])).toEqual([
      ['alice', 10, 1, 1516],
      ['bob', 0, 1, 1484],
    ]);
  });

  it('uses Elo with K = 32: an upset moves more than an expected win', () => {
    expect(eloDeltas(1500, 1500, 1, 32)).toEqual({ challenger: 16, opponent: -16 });
    expect(eloDeltas(1500, 1500, 0.5, 32)).toEqual({ challenger: 0, opponent: 0 });
    expect(eloDeltas(1400, 1600, 1, 32).challenger).toBe(24);
    expect(eloDeltas(1600, 1400, 1, 32).challenger).toBe(8);
  });
});
