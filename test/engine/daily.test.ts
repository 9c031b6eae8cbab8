import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '../../src/content/question.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { pickDailyQuestion, teamWeight } from '../../src/engine/daily-pick.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { actor, harness, place, scheduledChannel, unwrap } from './harness.ts';

describe('the daily round', () => {
  it('opens once per channel and local date, even when asked concurrently', async () => {
    const h = harness({ start: '2026-01-05T09:00:00Z' });
    const p = await scheduledChannel(h);
    const opened = await Promise.all(Array.from({ length: 10 }, () => h.engine.openDailyRound(p.channelId)));
    const rounds = opened.map(unwrap);
    expect(new Set(rounds.map((r) => r.round.id)).size).toBe(1);
    expect(rounds.filter((r) => r.created)).toHaveLength(1);
    expect(rounds[0]?.round.late).toBe(false);
    expect((await h.engine.currentDailyRound(p.channelId))?.round.id).toBe(rounds[0]?.round.id);
  });

  it('gives two processes sharing one store the same round', async () => {
    const h = harness({ start: '2026-01-05T09:00:00Z' });
    const p = await scheduledChannel(h);
    const other = createEngine({
      store: h.store,
      clock: h.clock,
      random: seededRandom(1234),
      questions: SAMPLE_QUESTIONS,
    });
    const [a, b] = await Promise.all([
      h.engine.openDailyRound(p.channelId),
      other.openDailyRound(p.channelId),
    ]);
    expect(unwrap(a).round).toEqual(unwrap(b).round);
    expect(unwrap(a).question.id).toBe(unwrap(b).question.id);
  });

  it('refuses a channel without a schedule', async () => {
    const h = harness();
    const p = place('random');
    await h.engine.ensurePlace({ tenantId: 'slack:T1', tenantName: 'Team One' }, p);
    expect(await h.engine.openDailyRound(p.channelId)).toEqual({ ok: false, code: 'channel_not_scheduled' });
    expect(await h.engine.currentDailyRound(p.channelId)).toBeNull();
  });

  it('marks a catch-up after the close time as late and keeps it open for an hour', async () => {
    const h = harness({ start: '2026-01-05T18:00:00Z' });
    const p = await scheduledChannel(h);
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(round.late).toBe(true);
    expect(round.closesAt?.toISOString()).toBe('2026-01-05T19:00:00.000Z');
  });

  it('never repeats a question in a channel until every auto-graded question was asked, then starts over', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const autoGraded = SAMPLE_QUESTIONS.filter(isAutoGraded).map((q) => q.id);
    const asked: string[] = [];
    for (let day = 0; day < autoGraded.length * 2; day += 1) {
      const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
      asked.push(round.questionId);
      h.clock.advanceDays(1);
    }
    const firstCycle = asked.slice(0, autoGraded.length);
    const secondCycle = asked.slice(autoGraded.length);
    expect([...firstCycle].sort()).toEqual([...autoGraded].sort());
    expect([...secondCycle].sort()).toEqual([...autoGraded].sort());
  });

  it('is deterministic for a given random seed', async () => {
    const run = async () => {
      const h = harness({ start: '2026-01-05T10:00:00Z', seed: 99 });
      const p = await scheduledChannel(h);
      const ids: string[] = [];
      for (let day = 0; day < 5; day += 1) {
        ids.push(unwrap(await h.engine.openDailyRound(p.channelId)).round.questionId);
        h.clock.advanceDays(1);
      }
      return ids;
    };
    expect(await run()).toEqual(await run());
  });

  it('leans towards questions the team gets wrong', () => {
    expect(teamWeight({ answered: 10, correct: 0 })).toBeGreaterThan(teamWeight(undefined));
    expect(teamWeight(undefined)).toBeGreaterThan(teamWeight({ answered: 10, correct: 10 }));
    const pool = SAMPLE_QUESTIONS.filter((q) => q.id === 'q-docker-ps' || q.id === 'q-git-commit');
    const accuracy = new Map([
      ['q-docker-ps', { answered: 50, correct: 50 }],
      ['q-git-commit', { answered: 50, correct: 0 }],
    ]);
    const random = seededRandom(3);
    const picks = Array.from({ length: 400 }, () => pickDailyQuestion(pool, [], accuracy, random)?.id);
    const hard = picks.filter((id) => id === 'q-git-commit').length;
    expect(hard).toBeGreaterThan(250);
  });

  it('reports results with the fastest correct players first', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    const right = question.correctIndex ?? 0;
    h.clock.advanceMinutes(3);
    await h.engine.answer(actor('bob'), p, round.id, right);
    h.clock.advanceMinutes(1);
    await h.engine.answer(actor('carol'), p, round.id, (right + 1) % 4);
    await h.engine.answer(actor('alice'), p, round.id, right);
    const { results } = await h.engine.closeRound(round.id);
    expect(results).toMatchObject({ answered: 3, correct: 2 });
    expect(results.fastest.map((f) => f.displayName)).toEqual(['bob', 'alice']);
    expect(results.fastest[0]?.latencyMs).toBe(180_000);
  });
});
