import { describe, expect, it } from 'vitest';
import { sampleQuestion } from '../fakes/sample-questions.ts';
import { actor, harness, place, scheduledChannel, unwrap } from './harness.ts';

describe('answering a round', () => {
  it('scores a correct daily answer with a speed bonus and rejects a second answer without changing anything', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    h.clock.advanceMinutes(2);
    const first = unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    expect(first.correct).toBe(true);
    expect(first.points).toBe(10 + 4); // 2 minutes into a 10-minute window: 5 * 0.8 bonus
    expect(first.answersSoFar).toBe(1);
    const second = await h.engine.answer(actor('alice'), p, round.id, 1);
    expect(second).toEqual({ ok: false, code: 'already_answered' });
    const stored = await h.store.getAnswer(round.id, actor('alice').playerId);
    expect(stored?.correct).toBe(true);
    expect(stored?.points).toBe(14);
    expect(await h.engine.countAnswers(round.id)).toBe(1);
  });

  it('answers only the kind of round the caller expects: a daily round asked for as practice is not found', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const right = question.correctIndex ?? 0;
    expect(await h.engine.answer(actor('alice'), p, round.id, right, 'practice')).toEqual({
      ok: false,
      code: 'round_not_found',
    });
    expect(await h.engine.selfGrade(actor('alice'), p, round.id, 'good', 'practice')).toEqual({
      ok: false,
      code: 'round_not_found',
    });
    expect(await h.engine.countAnswers(round.id)).toBe(0);
    unwrap(await h.engine.answer(actor('alice'), p, round.id, right, 'daily'));
    expect(await h.engine.countAnswers(round.id)).toBe(1);
  });

  it('gives no bonus after the speed window and no points for a wrong answer', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    h.clock.advanceMinutes(30);
    const right = unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    expect(right.points).toBe(10);
    const wrong = unwrap(
      await h.engine.answer(actor('bob'), p, round.id, ((question.correctIndex ?? 0) + 1) % 4),
    );
    expect(wrong).toMatchObject({ correct: false, points: 0 });
  });

  it('stores exactly one of 100 concurrent answers from one player', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        h.engine.answer(actor('alice'), p, round.id, i % 2 === 0 ? (question.correctIndex ?? 0) : 1),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'already_answered')).toHaveLength(99);
    expect(await h.engine.countAnswers(round.id)).toBe(1);
    await h.engine.closeRound(round.id);
    const board = await h.engine.leaderboard(
      'slack:T1',
      'all',
      { kind: 'channel', channelId: p.channelId },
      { limit: 10 },
    );
    expect(board.rows).toHaveLength(1);
    expect(board.rows[0]?.answered).toBe(1);
  });

  it('rejects late answers: after the close time, and after the round was closed', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(round.closesAt?.toISOString()).toBe('2026-01-05T17:00:00.000Z');
    h.clock.set('2026-01-05T17:00:00Z');
    expect(await h.engine.answer(actor('alice'), p, round.id, 0)).toEqual({
      ok: false,
      code: 'round_closed',
    });

    h.clock.set('2026-01-06T10:00:00Z');
    const next = unwrap(await h.engine.openDailyRound(p.channelId)).round;
    const closed = await h.engine.closeRound(next.id);
    expect(closed.closedNow).toBe(true);
    expect((await h.engine.closeRound(next.id)).closedNow).toBe(false);
    expect(await h.engine.answer(actor('alice'), p, next.id, 0)).toEqual({ ok: false, code: 'round_closed' });
    expect(await h.engine.countAnswers(next.id)).toBe(0);
  });

  it('rejects forged round ids, other channels, other tenants and out-of-range choices with codes', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    const alice = actor('alice');
    expect(await h.engine.answer(alice, p, 'daily:forged', 0)).toEqual({
      ok: false,
      code: 'round_not_found',
    });
    expect(await h.engine.answer(alice, place('random'), round.id, 0)).toEqual({
      ok: false,
      code: 'wrong_channel',
    });
    expect(await h.engine.answer(alice, null, round.id, 0)).toEqual({ ok: false, code: 'wrong_channel' });
    const outsider = actor('mallory', 'slack:T2');
    expect(await h.engine.answer(outsider, p, round.id, 0)).toEqual({ ok: false, code: 'wrong_tenant' });
    for (const choice of [-1, 4, 99, 1.5, Number.NaN]) {
      expect(await h.engine.answer(alice, p, round.id, choice)).toEqual({
        ok: false,
        code: 'choice_out_of_range',
      });
    }
    expect(await h.engine.countAnswers(round.id)).toBe(0);
  });

  it('a second answer to a practice round is "already answered" and changes nothing', async () => {
    const h = harness({ questions: [sampleQuestion('q-docker-ps')] });
    const alice = actor('alice');
    const { round } = unwrap(await h.engine.startPractice(alice, null));
    const first = unwrap(await h.engine.answer(alice, null, round.id, 1));
    const reviewsBefore = await h.store.getReviews(alice.playerId);
    const statsBefore = await h.engine.stats(alice.playerId);
    expect(await h.engine.answer(alice, null, round.id, 0)).toEqual({ ok: false, code: 'already_answered' });
    expect(first.correct).toBe(false);
    expect(await h.store.getAnswer(round.id, alice.playerId)).toMatchObject({ choice: 1, correct: false });
    expect(await h.store.getReviews(alice.playerId)).toEqual(reviewsBefore);
    expect(await h.engine.stats(alice.playerId)).toEqual(statsBefore);
    // Someone else still hears that it is not their round.
    expect(await h.engine.answer(actor('bob'), null, round.id, 0)).toEqual({
      ok: false,
      code: 'not_your_round',
    });
  });

  it("rejects answers to someone else's practice round", async () => {
    const h = harness();
    const practice = unwrap(await h.engine.startPractice(actor('alice'), null));
    const result = await h.engine.answer(actor('bob'), null, practice.round.id, 0);
    expect(result).toEqual({ ok: false, code: 'not_your_round' });
  });

  it('keeps flashcards and choices apart: a flashcard is self-graded, a choice question is not', async () => {
    const h = harness({ questions: [sampleQuestion('q-git-rebase')] });
    const alice = actor('alice');
    const { round } = unwrap(await h.engine.startPractice(alice, null));
    expect(await h.engine.answer(alice, null, round.id, 0)).toEqual({ ok: false, code: 'is_a_flashcard' });
    const graded = unwrap(await h.engine.selfGrade(alice, null, round.id, 'good'));
    expect(graded).toMatchObject({ correct: true, points: 0, choice: null });
    // Issue 3.3: a second answer gets "already answered" and changes nothing.
    expect(await h.engine.selfGrade(alice, null, round.id, 'easy')).toEqual({
      ok: false,
      code: 'already_answered',
    });

    const h2 = harness({ questions: [sampleQuestion('q-docker-ps')] });
    const r2 = unwrap(await h2.engine.startPractice(alice, null)).round;
    expect(await h2.engine.selfGrade(alice, null, r2.id, 'good')).toEqual({
      ok: false,
      code: 'not_a_flashcard',
    });
  });

  it('refreshes display names on every command', async () => {
    const h = harness();
    await h.engine.startPractice(actor('alice'), null);
    await h.engine.startPractice({ ...actor('alice'), displayName: 'Alice Liddell' }, null);
    expect((await h.store.getPlayer(actor('alice').playerId))?.displayName).toBe('Alice Liddell');
    // Another process wrote an older name meanwhile: this one rewrites its name within minutes.
    await h.store.upsertPlayer({
      id: actor('alice').playerId,
      tenantId: 'slack:T1',
      displayName: 'alice',
      isBot: false,
    });
    h.clock.advanceMinutes(6);
    await h.engine.startPractice({ ...actor('alice'), displayName: 'Alice Liddell' }, null);
    expect((await h.store.getPlayer(actor('alice').playerId))?.displayName).toBe('Alice Liddell');
  });
});
