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

  it('gives accuracy week by week, from the first week with an answer, weeks starting in the asked zone', async () => {
    const questions = ['q-docker-ps', 'q-git-commit'].map(sampleQuestion);
    // Monday 2026-01-05 14:00 UTC; a 4-week window.
    const h = harness({ questions, settings: { statsWeeks: 4 } });
    const alice = actor('alice');
    const practise = async (right: boolean) => {
      const { round, question } = unwrap(await h.engine.startPractice(alice, null));
      const correct = question.correctIndex ?? 0;
      unwrap(await h.engine.answer(alice, null, round.id, right ? correct : (correct + 1) % 2));
    };
    await practise(true);
    await practise(false);
    h.clock.advanceDays(14); // nothing the week after: a gap, not the start
    await practise(true);
    // Sunday 2026-01-25 20:00 UTC: still that week in UTC, already Monday in Shanghai.
    h.clock.advanceDays(6);
    h.clock.advance(6 * 60 * 60 * 1000);
    await practise(true);
    const utc = await h.engine.stats(alice.playerId);
    expect(utc?.timezone).toBe('UTC');
    expect(utc?.weeks).toEqual([
      { monday: '2026-01-05', answered: 2, correct: 1, accuracy: 0.5 },
      { monday: '2026-01-12', answered: 0, correct: 0, accuracy: null },
      { monday: '2026-01-19', answered: 2, correct: 2, accuracy: 1 },
    ]);
    const shanghai = await h.engine.stats(alice.playerId, { timezone: 'Asia/Shanghai' });
    expect(shanghai?.weeks.map((w) => [w.monday, w.answered])).toEqual([
      ['2026-01-05', 2],
      ['2026-01-12', 0],
      ['2026-01-19', 1],
      ['2026-01-26', 1],
    ]);
    // Weeks older than the window drop off; a player who has not answered in it has no weeks.
    h.clock.advanceDays(28);
    expect((await h.engine.stats(alice.playerId))?.weeks).toEqual([]);
    expect((await h.engine.stats(alice.playerId))?.sections.length).toBeGreaterThan(0);
  });
});
