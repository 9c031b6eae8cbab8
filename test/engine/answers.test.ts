import { describe, expect, it } from 'vitest';
import { actor, harness, place, scheduledChannel, unwrap } from './harness.ts';

describe('answering a round', () => {
  it('scores a correct daily answer with a speed bonus and rejects a second answer without changing anything', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    h.clock.advanceMinutes(1);
    const first = unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    expect(first.correct).toBe(true);
    expect(first.points).toBeGreaterThan(10);
    const second = await h.engine.answer(actor('alice'), p, round.id, 1);
    expect(second).toEqual({ ok: false, code: 'already_answered' });
    const stored = await h.store.getAnswer(round.id, actor('alice').playerId);
    expect(stored?.correct).toBe(true);
    expect(await h.engine.countAnswers(round.id)).toBe(1);
  });
});
