import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import { SAMPLE_QUESTIONS, sampleQuestion } from '../fakes/sample-questions.ts';
import { actor, harness, scheduledChannel, TENANT, unwrap } from './harness.ts';

describe('reloading the notes', () => {
  it('updates questions in place, retires removed ones with their history, and loses no score', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z', questions: [sampleQuestion('q-docker-ps')] });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const alice = unwrap(await h.engine.answer(actor('alice'), p, round.id, 0));

    const edited: Question = { ...sampleQuestion('q-git-commit'), stem: 'Save your work with `git ____`.' };
    expect(await h.engine.reload([sampleQuestion('q-git-commit'), sampleQuestion('q-git-branch')])).toEqual({
      added: 2,
      updated: 0,
      retired: 1,
    });
    expect(await h.engine.reload([edited, sampleQuestion('q-git-branch')])).toEqual({
      added: 0,
      updated: 1,
      retired: 0,
    });
    expect((await h.store.getQuestion('q-git-commit'))?.question.stem).toBe(edited.stem);
    expect(h.engine.topics()).toEqual(['Basics', 'Branches', 'Git']);

    // The open round whose question retired still takes answers and reveals from the stored snapshot.
    expect(await h.store.getQuestion(question.id)).toMatchObject({ retired: true });
    unwrap(await h.engine.answer(actor('bob'), p, round.id, 0));
    const { results } = await h.engine.closeRound(round.id);
    expect(results.question.stem).toBe(question.stem);
    expect(results.correct).toBe(2);

    const after = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 5 });
    expect(after.rows.find((r) => r.displayName === 'alice')?.points).toBe(alice.points);
    // New rounds come only from the live questions.
    h.clock.advanceDays(1);
    const next = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(['q-git-commit', 'q-git-branch']).toContain(next.question.id);
  });

  it('brings a retired question back when it reappears', async () => {
    const h = harness({ questions: SAMPLE_QUESTIONS });
    await h.engine.startPractice(actor('alice'), null);
    await h.engine.reload(SAMPLE_QUESTIONS.slice(1));
    const back = await h.engine.reload(SAMPLE_QUESTIONS);
    expect(back).toEqual({ added: 0, updated: 1, retired: 0 });
    expect((await h.store.getQuestion(SAMPLE_QUESTIONS[0]?.id ?? ''))?.retired).toBe(false);
  });
});
