import { describe, expect, it } from 'vitest';
import { sampleQuestion } from '../fakes/sample-questions.ts';
import { actor, harness, scheduledChannel, unwrap } from './harness.ts';

const alice = actor('alice');

describe('practice', () => {
  it('offers a card due for review before new cards, and new cards before ones not yet due', async () => {
    const questions = ['q-docker-ps', 'q-git-commit', 'q-docker-image'].map(sampleQuestion);
    const h = harness({ questions });
    const first = unwrap(await h.engine.startPractice(alice, null));
    // Wrong: FSRS "again" makes it due again in about a minute.
    unwrap(await h.engine.answer(alice, null, first.round.id, 1));
    const second = unwrap(await h.engine.startPractice(alice, null));
    expect(second.question.id).not.toBe(first.question.id); // not due yet: a new card comes first
    unwrap(await h.engine.answer(alice, null, second.round.id, 0));
    h.clock.advanceMinutes(5);
    const third = unwrap(await h.engine.startPractice(alice, null));
    expect(third.question.id).toBe(first.question.id); // now due: before the last new card
    const reviews = await h.store.getReviews(alice.playerId);
    expect(reviews.map((r) => r.cardId).sort()).toEqual(
      [first.question.cardId, second.question.cardId].sort(),
    );
  });

  it("asks a card's question with buttons, not its flashcard twin, whenever the card has one", async () => {
    const choice = sampleQuestion('q-git-branch');
    const twin = {
      ...choice,
      id: 'q-git-branch-flashcard',
      kind: 'flashcard' as const,
      options: [],
      correctIndex: null,
    };
    const h = harness({ questions: [twin, choice] });
    for (let k = 0; k < 12; k++) {
      const { question } = unwrap(await h.engine.startPractice(actor(`player-${k}`), null));
      expect(question.id).toBe('q-git-branch');
    }
    // A card with only a flashcard is still asked.
    const only = harness({ questions: [sampleQuestion('q-git-rebase')] });
    expect(unwrap(await only.engine.startPractice(alice, null)).question.kind).toBe('flashcard');
  });

  it('keeps FSRS state per player: a self-grade of "easy" schedules further out than "again"', async () => {
    const h = harness({ questions: [sampleQuestion('q-git-rebase')] });
    const bob = actor('bob');
    const a = unwrap(await h.engine.startPractice(alice, null));
    unwrap(await h.engine.selfGrade(alice, null, a.round.id, 'easy'));
    const b = unwrap(await h.engine.startPractice(bob, null));
    unwrap(await h.engine.selfGrade(bob, null, b.round.id, 'again'));
    const [aliceReview] = await h.store.getReviews(alice.playerId);
    const [bobReview] = await h.store.getReviews(bob.playerId);
    expect(aliceReview && bobReview && aliceReview.due > bobReview.due).toBe(true);
    expect((await h.engine.stats(alice.playerId))?.reviewsDue).toBe(0);
    h.clock.advanceMinutes(10);
    expect((await h.engine.stats(bob.playerId))?.reviewsDue).toBe(1);
  });

  it('matches topics forgivingly: case, full-width letters, part of a title', async () => {
    const h = harness();
    for (const topic of ['git', 'GIT', 'Ｇｉｔ', 'branch']) {
      const { question } = unwrap(await h.engine.startPractice(alice, null, topic));
      expect(question.sectionPath[0]).toBe('Git');
    }
    const compose = unwrap(await h.engine.startPractice(alice, null, 'docker compose'));
    expect(compose.question.id).toBe('q-compose-up');
    const zh = unwrap(await h.engine.startPractice(alice, null, '容器'));
    expect(zh.question.id).toBe('q-zh-container');
    expect(await h.engine.startPractice(alice, null, 'kubernetes')).toMatchObject({
      ok: false,
      code: 'unknown_topic',
    });
    expect(h.engine.topics()).toContain('Docker Compose');
  });

  it('moves the review schedule on practice and self-grades, not on the daily question', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(alice, p, round.id, question.correctIndex ?? 0));
    expect(await h.store.getReviews(alice.playerId)).toEqual([]);
    const practice = unwrap(await h.engine.startPractice(alice, p));
    if (practice.question.correctIndex === null)
      unwrap(await h.engine.selfGrade(alice, p, practice.round.id, 'hard'));
    else unwrap(await h.engine.answer(alice, p, practice.round.id, practice.question.correctIndex));
    expect((await h.store.getReviews(alice.playerId)).map((r) => r.cardId)).toEqual([
      practice.question.cardId,
    ]);
  });

  it('reports no_questions on an empty bank', async () => {
    const h = harness({ questions: [] });
    expect(await h.engine.startPractice(alice, null)).toEqual({ ok: false, code: 'no_questions' });
  });

  it('keeps practice off the leaderboard but in personal stats', async () => {
    const h = harness();
    const { round, question } = unwrap(await h.engine.startPractice(alice, null, 'git'));
    if (question.correctIndex === null) unwrap(await h.engine.selfGrade(alice, null, round.id, 'good'));
    else unwrap(await h.engine.answer(alice, null, round.id, question.correctIndex));
    const board = await h.engine.leaderboard('slack:T1', 'all', { kind: 'tenant' }, { limit: 10 });
    expect(board.rows).toHaveLength(0);
    const stats = await h.engine.stats(alice.playerId);
    expect(stats).toMatchObject({ answered: 1, correct: 1, accuracy: 1 });
  });
});
