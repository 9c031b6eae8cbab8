import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.ts';
import { countingStore } from '../fakes/counting-store.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { actor, harness, scheduledChannel, unwrap } from './harness.ts';

describe('store calls of one answer', () => {
  it('costs a daily answer in a busy round two store calls: player, and answer with streak and count', async () => {
    const { store, calls } = countingStore();
    const h = harness({ store });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    calls.length = 0;
    const bob = unwrap(await h.engine.answer(actor('bob'), p, round.id, question.correctIndex ?? 0));
    expect(bob.answersSoFar).toBe(2);
    expect(bob.streak?.current).toBe(1);
    // No streak read: a player this process has not seen starts from none, which the store checks.
    expect([...calls].sort()).toEqual(['recordAnswer', 'upsertPlayer']);
    // The same player clicking again: no name rewrite, and the store still refuses the second answer.
    calls.length = 0;
    expect(await h.engine.answer(actor('bob'), p, round.id, 0)).toEqual({
      ok: false,
      code: 'already_answered',
    });
    expect([...calls].sort()).toEqual(['recordAnswer']);
  });

  it('continues a streak another process grew, reading it only when the one remembered is out of date', async () => {
    const { store, calls } = countingStore();
    const a = harness({ store });
    const b = {
      engine: createEngine({ store, clock: a.clock, random: seededRandom(9), questions: SAMPLE_QUESTIONS }),
    };
    const p = await scheduledChannel(a);
    const day = async (engine: typeof a.engine): Promise<number | undefined> => {
      const { round, question } = unwrap(await engine.openDailyRound(p.channelId));
      const answered = unwrap(await engine.answer(actor('carol'), p, round.id, question.correctIndex ?? 0));
      a.clock.advance(24 * 3_600_000);
      return answered.streak?.current;
    };
    expect(await day(a.engine)).toBe(1);
    calls.length = 0;
    expect(await day(b.engine)).toBe(2);
    expect(calls.filter((c) => c === 'getStreak')).toHaveLength(1);
    calls.length = 0;
    expect(await day(a.engine)).toBe(3);
    expect(calls.filter((c) => c === 'getStreak')).toHaveLength(1);
    calls.length = 0;
    expect(await day(a.engine)).toBe(4);
    expect(calls.filter((c) => c === 'getStreak')).toHaveLength(0);
    expect((await store.getStreak(actor('carol').playerId, p.channelId))?.current).toBe(4);
  });

  it('refuses answers to a round this engine closed, with no wait', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    await h.engine.closeRound(round.id);
    expect(await h.engine.answer(actor('bob'), p, round.id, 0)).toEqual({ ok: false, code: 'round_closed' });
  });

  it('sees a round closed elsewhere (another process) within seconds', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    await h.store.closeRound(round.id, h.clock.now());
    h.clock.advance(6_000);
    expect(await h.engine.answer(actor('bob'), p, round.id, 0)).toEqual({ ok: false, code: 'round_closed' });
  });
});
