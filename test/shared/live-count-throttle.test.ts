import { describe, expect, it } from 'vitest';
import { type CountEdit, LiveCountThrottle } from '../../adapters/shared/live-count-throttle.ts';
import { ManualTimers } from '../fakes/manual-timers.ts';

/** A throttle on a clock and timers the test moves; `shown` is what the post says after each edit. */
function setup(intervalMs = 1_000) {
  let now = 0;
  const timers = new ManualTimers(() => now);
  const errors: string[] = [];
  const throttle = new LiveCountThrottle({
    timers,
    now: () => now,
    intervalMs,
    onError: (key, error) => errors.push(`${key}: ${String(error)}`),
  });
  let count = 0;
  const shown: number[] = [];
  const edit: CountEdit = async (stillOpen) => {
    const seen = count;
    if (stillOpen()) shown.push(seen);
    return undefined;
  };
  /** One answer: the count goes up, the throttle is told. */
  const answer = (key = 'r1', how: CountEdit = edit): void => {
    count += 1;
    throttle.bump(key, how);
  };
  const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
  const at = async (ms: number): Promise<void> => {
    now = ms;
    timers.runDue();
    await settle();
  };
  return { throttle, timers, answer, shown, errors, at, settle, edit };
}

describe('the live answer count throttle', () => {
  it('shows the first answer at once, then one edit per interval with the latest count', async () => {
    const t = setup();
    t.answer();
    await t.settle();
    expect(t.shown).toEqual([1]);
    for (let i = 0; i < 99; i++) t.answer(); // a burst inside the same second
    await t.at(500);
    expect(t.shown).toEqual([1]);
    await t.at(1_000);
    expect(t.shown).toEqual([1, 100]); // the burst's last count, in one edit
    await t.at(5_000);
    expect(t.shown).toEqual([1, 100]); // nothing new, nothing sent
    expect(t.timers.size).toBe(0);
  });

  it('keeps rounds apart: a busy round does not hold back another', async () => {
    const t = setup();
    t.answer('r1');
    t.answer('r1');
    t.answer('r2');
    await t.settle();
    expect(t.shown).toEqual([1, 3]);
    await t.at(1_000);
    expect(t.shown).toEqual([1, 3, 3]); // r1's trailing edit
  });

  it('sends nothing once the round closed, not even the edit already waiting', async () => {
    const t = setup();
    t.answer();
    t.answer();
    await t.settle();
    await t.throttle.close('r1');
    t.answer();
    await t.at(2_000);
    expect(t.shown).toEqual([1]);
    expect(t.timers.size).toBe(0);
  });

  it("waits out the platform's Retry-After before the next edit", async () => {
    const t = setup();
    let refusals = 1;
    const refused: CountEdit = async (stillOpen) => {
      if (refusals-- > 0) return { retryAfterMs: 10_000 };
      return t.edit(stillOpen);
    };
    t.answer('r1', refused);
    await t.settle();
    t.answer('r1', refused);
    await t.at(1_000);
    await t.at(9_999);
    expect(t.shown).toEqual([]);
    await t.at(10_000);
    expect(t.shown).toEqual([2]);
  });

  it('reports an edit that throws and keeps going', async () => {
    const t = setup();
    t.answer('r1', async () => {
      throw new Error('network down');
    });
    await t.settle();
    expect(t.errors).toEqual(['r1: Error: network down']);
    t.answer();
    await t.at(1_000);
    expect(t.shown).toEqual([2]);
  });

  it('stops every round and takes no new ones after stop()', async () => {
    const t = setup();
    t.answer('r1');
    t.answer('r1');
    await t.throttle.stop();
    t.answer('r3');
    await t.at(5_000);
    expect(t.shown).toEqual([1]);
  });
});
