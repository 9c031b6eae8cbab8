import { describe, expect, it } from 'vitest';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { actor, harness, scheduledChannel, unwrap } from './harness.ts';

/** The memory store, with every call counted by method name: the database round trips an answer costs. */
function countingStore(): { store: StorePort; calls: string[] } {
  const inner = createMemoryStore();
  const calls: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        calls.push(String(property));
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { store, calls };
}

describe('store calls of one answer', () => {
  it('costs a daily answer in a busy round three store calls: player, streak, answer with streak and count', async () => {
    const { store, calls } = countingStore();
    const h = harness({ store });
    const p = await scheduledChannel(h);
    const { round, question } = unwrap(await h.engine.openDailyRound(p.channelId));
    unwrap(await h.engine.answer(actor('alice'), p, round.id, question.correctIndex ?? 0));
    calls.length = 0;
    const bob = unwrap(await h.engine.answer(actor('bob'), p, round.id, question.correctIndex ?? 0));
    expect(bob.answersSoFar).toBe(2);
    expect(bob.streak?.current).toBe(1);
    expect([...calls].sort()).toEqual(['getStreak', 'recordAnswer', 'upsertPlayer']);
    // The same player clicking again: no name rewrite, and the store still refuses the second answer.
    calls.length = 0;
    expect(await h.engine.answer(actor('bob'), p, round.id, 0)).toEqual({
      ok: false,
      code: 'already_answered',
    });
    expect([...calls].sort()).toEqual(['getStreak', 'recordAnswer']);
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
