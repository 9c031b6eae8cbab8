import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/engine/api.ts';
import { actor, type Harness, harness, scheduledChannel, unwrap } from './harness.ts';

async function playDay(h: Harness, p: Place, at: string, answers: Record<string, boolean>) {
  h.clock.set(at);
  const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
  const outcomes: Record<string, number> = {};
  for (const [name, right] of Object.entries(answers)) {
    const correct = question.correctIndex ?? 0;
    const choice = right ? correct : (correct + 1) % question.options.length;
    const outcome = unwrap(await h.engine.answer(actor(name), p, round.id, choice));
    outcomes[name] = outcome.streak?.current ?? -1;
  }
  await h.engine.closeRound(round.id);
  return outcomes;
}

describe('streaks', () => {
  it('survives a day the channel had no round, and breaks on a round day the player missed', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    expect(await playDay(h, p, '2026-01-05T10:00:00Z', { alice: true, bob: true })).toEqual({
      alice: 1,
      bob: 1,
    });
    // 6 January: no round at all (a weekend, a paused schedule): nobody's streak breaks.
    expect(await playDay(h, p, '2026-01-07T10:00:00Z', { alice: true, bob: true })).toEqual({
      alice: 2,
      bob: 2,
    });
    // 8 January: a round alice missed.
    expect(await playDay(h, p, '2026-01-08T10:00:00Z', { bob: true })).toEqual({ bob: 3 });
    h.clock.set('2026-01-09T08:00:00Z');
    expect((await h.engine.stats(actor('alice').playerId))?.currentStreak).toBe(0);
    expect((await h.engine.stats(actor('bob').playerId))?.currentStreak).toBe(3);
    expect(await playDay(h, p, '2026-01-09T10:00:00Z', { alice: true, bob: true })).toEqual({
      alice: 1,
      bob: 4,
    });
    const aliceStats = await h.engine.stats(actor('alice').playerId);
    expect(aliceStats).toMatchObject({ currentStreak: 1, bestStreak: 2 });
  });

  it('breaks on a wrong daily answer and keeps the best', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    await playDay(h, p, '2026-01-05T10:00:00Z', { alice: true });
    await playDay(h, p, '2026-01-06T10:00:00Z', { alice: true });
    expect(await playDay(h, p, '2026-01-07T10:00:00Z', { alice: false })).toEqual({ alice: 0 });
    expect(await playDay(h, p, '2026-01-08T10:00:00Z', { alice: true })).toEqual({ alice: 1 });
    expect((await h.store.getStreak(actor('alice').playerId, p.channelId))?.best).toBe(2);
  });

  it("does not rewind a streak when yesterday's catch-up round is answered after today's", async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    await playDay(h, p, '2026-01-05T10:00:00Z', { alice: true });
    h.clock.set('2026-01-06T23:30:00Z'); // a late catch-up: open until 00:30
    const late = unwrap(await h.engine.openDailyRound(p.channelId));
    h.clock.set('2026-01-07T00:10:00Z');
    const today = unwrap(await h.engine.openDailyRound(p.channelId));
    const first = unwrap(
      await h.engine.answer(actor('alice'), p, late.round.id, late.question.correctIndex ?? 0),
    );
    expect(first.streak?.current).toBe(2);
    const second = unwrap(
      await h.engine.answer(actor('alice'), p, today.round.id, today.question.correctIndex ?? 0),
    );
    expect(second.streak?.current).toBe(3);
    // Now in the other order for bob: today's first, then yesterday's still-open round.
    const bobToday = unwrap(
      await h.engine.answer(actor('bob'), p, today.round.id, today.question.correctIndex ?? 0),
    );
    expect(bobToday.streak?.current).toBe(1);
    const bobLate = unwrap(
      await h.engine.answer(actor('bob'), p, late.round.id, late.question.correctIndex ?? 0),
    );
    expect(bobLate.streak).toMatchObject({ current: 1, lastDate: '2026-01-07' });
  });

  it("counts days in the channel's timezone", async () => {
    const h = harness();
    const p = await scheduledChannel(h, 'Asia/Shanghai');
    // 20:00 UTC on 5 January is already 6 January in Shanghai.
    h.clock.set('2026-01-05T20:00:00Z');
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(round.localDate).toBe('2026-01-06');
    expect(round.closesAt?.toISOString()).toBe('2026-01-06T09:00:00.000Z');
    // Two UTC calendar days, but consecutive Shanghai days.
    const first = unwrap(await h.engine.answer(actor('alice'), p, round.id, 0));
    expect(first.streak?.current).toBe(1);
    h.clock.set('2026-01-07T01:00:00Z');
    const next = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(next.round.localDate).toBe('2026-01-07');
    const second = unwrap(
      await h.engine.answer(actor('alice'), p, next.round.id, next.question.correctIndex ?? 0),
    );
    expect(second.streak?.current).toBe(2);
  });
});
