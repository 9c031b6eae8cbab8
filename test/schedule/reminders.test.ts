import { describe, expect, it } from 'vitest';
import type { RoundPublisher } from '../../src/schedule/publisher.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import {
  addChannel,
  capturedLogger,
  FakeClock,
  sampleQuestions,
  scheduleOf,
  startInstance,
} from './scheduler-harness.ts';

/** A platform that accepts every post and records the reminders; `failReminders` refuses that many first. */
function recordingPublisher(failReminders = 0) {
  const reminders: { channelId: string; roundId: string; answered: number }[] = [];
  let failures = failReminders;
  const publisher: RoundPublisher = {
    platform: 'slack',
    async postRound(channel, round) {
      return { ok: true, postRef: `${channel.id}:${round.round.id}` };
    },
    async postResults(channel, results) {
      return { ok: true, postRef: `${channel.id}:${results.round.id}` };
    },
    async postReminder(channel, round, options) {
      if (failures > 0) {
        failures -= 1;
        return { ok: false, retryable: true, code: 'ratelimited' };
      }
      reminders.push({ channelId: channel.id, roundId: round.round.id, answered: options.answered });
      return { ok: true, postRef: `${channel.id}:${round.round.id}:reminder` };
    },
  };
  return { publisher, reminders };
}

async function world(failReminders = 0) {
  const store = createMemoryStore();
  const clock = new FakeClock('2026-03-02T08:59:00Z');
  const { publisher, reminders } = recordingPublisher(failReminders);
  const { logger } = capturedLogger('silent');
  const instances = ['a', 'b'].map((id) =>
    startInstance({ id, store, clock, publishers: [publisher], logger, questions: sampleQuestions(5) }),
  );
  const first = instances[0];
  if (first === undefined) throw new Error('no instance');
  await addChannel(first.engine, 'slack:T1:C1', scheduleOf({}));
  await addChannel(first.engine, 'slack:T1:C2', scheduleOf({}));
  return { store, clock, instances, first, reminders };
}

describe('the "closes in 1 hour" reminder', () => {
  it('goes out once per round, across two instances and later ticks, only where it is turned on', async () => {
    const w = await world();
    await w.first.engine.setReminder('slack:T1:C1', true);
    w.clock.set('2026-03-02T09:00:00Z');
    for (const i of w.instances) await i.scheduler.tick();
    w.clock.set('2026-03-02T15:59:00Z'); // more than an hour before 17:00: nothing yet
    for (const i of w.instances) expect((await i.scheduler.tick()).reminded).toEqual([]);
    w.clock.set('2026-03-02T16:00:00Z');
    const reports = await Promise.all(w.instances.map((i) => i.scheduler.tick()));
    expect(reports.flatMap((r) => r.reminded)).toHaveLength(1);
    w.clock.set('2026-03-02T16:30:00Z');
    for (const i of w.instances) await i.scheduler.tick();
    expect(w.reminders).toEqual([{ channelId: 'slack:T1:C1', roundId: expect.any(String), answered: 0 }]);
    for (const i of w.instances) await i.scheduler.stop();
  });

  it('is retried by a later tick while the hour lasts when the platform refused it', async () => {
    const w = await world(1);
    await w.first.engine.setReminder('slack:T1:C1', true);
    w.clock.set('2026-03-02T09:00:00Z');
    await w.first.scheduler.tick();
    w.clock.set('2026-03-02T16:00:00Z');
    expect((await w.first.scheduler.tick()).reminded).toEqual([]);
    w.clock.set('2026-03-02T16:03:00Z'); // the lease of the failed attempt ran out
    expect((await w.first.scheduler.tick()).reminded).toHaveLength(1);
    expect(w.reminders).toHaveLength(1);
    for (const i of w.instances) await i.scheduler.stop();
  });
});
