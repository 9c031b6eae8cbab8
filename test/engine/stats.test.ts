import { describe, expect, it } from 'vitest';
import { sampleQuestion } from '../fakes/sample-questions.ts';
import { actor, harness, unwrap } from './harness.ts';

describe('personal stats', () => {
  it('shows accuracy by section, the weakest sections, rating and reviews due', async () => {
    const questions = ['q-docker-ps', 'q-git-commit'].map(sampleQuestion);
    const h = harness({ questions });
    const alice = actor('alice');
    // Three rounds on each question: docker always right, git always wrong.
    for (let i = 0; i < 6; i += 1) {
      const { round, question } = unwrap(await h.engine.startPractice(alice, null));
      const right = question.id === 'q-docker-ps';
      unwrap(await h.engine.answer(alice, null, round.id, right ? 0 : 1));
      h.clock.advanceDays(1);
    }
    const stats = await h.engine.stats(alice.playerId);
    expect(stats).not.toBeNull();
    const bySection = Object.fromEntries(
      (stats?.sections ?? []).map((s) => [s.section, [s.answered, s.correct]]),
    );
    const docker = bySection['Docker > Containers'];
    const git = bySection['Git > Basics'];
    expect((docker?.[0] ?? 0) + (git?.[0] ?? 0)).toBe(6);
    expect(docker?.[0]).toBe(docker?.[1]);
    expect(git?.[1]).toBe(0);
    expect(stats?.weakest).toEqual(['Git > Basics']);
    expect(stats?.rating).toBe(1500);
    expect(stats?.reviewsDue).toBeGreaterThan(0);
    expect(await h.engine.stats('slack:T1:nobody')).toBeNull();
  });

  it('groups "by section" by the note section, not by the question (its own heading)', async () => {
    const questions = ['q-docker-ps', 'q-docker-ps-a'].map(sampleQuestion);
    const h = harness({ questions });
    const alice = actor('alice');
    const asked = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const { round, question } = unwrap(await h.engine.startPractice(alice, null));
      asked.add(question.id);
      unwrap(await h.engine.answer(alice, null, round.id, 0));
      h.clock.advanceDays(1);
    }
    expect(asked.size).toBe(2);
    const stats = await h.engine.stats(alice.playerId);
    expect(stats?.sections.map((s) => [s.section, s.answered, s.correct])).toEqual([
      ['Docker > Containers', 4, 4],
    ]);
  });
});
