import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, choiceValue } from '../../adapters/slack/action-values.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { appHomeOpened } from '../fakes/slack/payloads.ts';
import { postEvent } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1 } from '../slack/slack-harness.ts';

/**
 * Slack gives an app 3 seconds to acknowledge, and a database can stall for longer (another process holds
 * SQLite's write lock, PostgreSQL is failing over). Every Slack handler acknowledges before it touches the
 * store: with every store call held, commands, clicks and events are all acknowledged (200, not Bolt's
 * 404 for an unacknowledged request), and their work is done once the store answers again.
 */

/** A store whose calls wait while `held` is true (the test's stand-in for a lock held elsewhere). */
function holdable(store: StorePort): { store: StorePort; hold(): void; release(): void; waiting(): number } {
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let waiting = 0;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (gate !== null) {
          waiting += 1;
          await gate;
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store: wrapped,
    hold() {
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
    waiting: () => waiting,
  };
}

describe('acknowledgements never wait on the store', () => {
  let h: SlackHarness;
  let gate: ReturnType<typeof holdable>;
  beforeEach(async () => {
    h = await slackHarness({
      start: '2026-01-05T10:00:00Z',
      wrapStore: (store) => {
        gate = holdable(store);
        return gate.store;
      },
    });
  });
  afterEach(async () => {
    gate.release();
    await h.close();
  });

  it('commands, clicks and events are acknowledged while every store call is held', async () => {
    const id = 'slack:T1:C1';
    await h.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 't1' },
      { channelId: id, channelName: 'C1' },
    );
    await h.engine.setSchedule(id, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const opened = await h.engine.openDailyRound(id);
    if (!opened.ok) throw new Error(opened.code);
    const roundId = opened.value.round.id;

    gate.hold();
    const sent = await Promise.all([
      h.command(T1('UBOB', 'bob'), 'C1', 'practice'),
      h.command(T1('UCAROL', 'carol'), 'C1', 'stats'),
      h.command(T1('UADMIN', 'ada'), 'C1', 'pause'),
      h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL> 1'),
      h.click(T1('UCAROL', 'carol'), 'C1', {
        actionId: `${ACTION.dailyAnswer}:0`,
        value: choiceValue(roundId, 0),
      }),
      h.click(T1('UBOB', 'bob'), 'C1', { actionId: ACTION.practiceNext, value: 'next' }, { ephemeral: true }),
    ]);
    const event = await postEvent(h.url, appHomeOpened(T1('UBOB')), { secret: SECRET });
    for (const { post } of sent) expect(post.status).toBe(200);
    expect(event.status).toBe(200);
    // The work really was waiting on the store, and nothing of it has happened yet.
    expect(gate.waiting()).toBeGreaterThan(0);
    expect(await h.store.countAnswers(roundId)).toBe(0);

    gate.release();
    await h.adapter.settled();
    expect(await h.store.countAnswers(roundId)).toBe(1);
    for (const { responseUrl } of sent.slice(0, 3)) expect(h.api.responsesTo(responseUrl)).toHaveLength(1);
    expect(h.api.messagesIn('C1').filter((m) => m.text.includes('challenges'))).toHaveLength(1);
    expect(h.api.views.has('UBOB')).toBe(true);
    expect((await h.store.getChannel(id))?.schedule?.paused).toBe(true);
  });
});
