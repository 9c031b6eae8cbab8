import { describe, expect, it } from 'vitest';
import { countingStore } from '../fakes/counting-store.ts';
import { FakePlatform, FakePublisher } from '../fakes/fake-publisher.ts';
import {
  addChannel,
  capturedLogger,
  FakeClock,
  sampleQuestions,
  scheduleOf,
  startInstance,
} from './scheduler-harness.ts';

const CH = 'slack:T1:C1';
/**
 * What every tick reads whatever is due: rounds to close, reveals left over, rounds closing soon (the
 * reminder), schedules, weekly digests, duels to end.
 */
const EVERY_TICK = [
  'listChannelDigests',
  'listClosedDailyRoundsWithoutResults',
  'listDuelsToExpire',
  'listRoundsDueToClose',
  'listRoundsToRemind',
  'listScheduledChannels',
];

/** One channel scheduled 09:00–17:00 UTC, one instance, a counting store; the clock stands just before. */
async function setup() {
  const { store, calls } = countingStore();
  const clock = new FakeClock('2026-03-02T08:59:00Z');
  const platform = new FakePlatform();
  const publisher = new FakePublisher({ platform: 'slack', shared: platform });
  const { logger } = capturedLogger('silent');
  const a = startInstance({
    id: 'A',
    store,
    clock,
    publishers: [publisher],
    logger,
    questions: sampleQuestions(5),
  });
  await addChannel(a.engine, CH, scheduleOf({ timezone: 'UTC' }));
  await a.scheduler.tick();
  /**
   * The calls of one tick at `instant`, sorted; the question bank's one-off load at first use (the sync and
   * lifting the suppressions of questions whose note changed) left out.
   */
  const ONE_OFF = new Set(['syncQuestions', 'liftChangedSuppressions']);
  const tickAt = async (instant: string) => {
    clock.set(instant);
    calls.length = 0;
    const report = await a.scheduler.tick();
    return { report, calls: calls.filter((c) => !ONE_OFF.has(c)).sort() };
  };
  return { platform, tickAt };
}

describe('store calls of the daily round', () => {
  it('posts the question of the day in 8 store calls for the channel (9 before the lifecycle had one owner, 7 before questions could be taken out of play)', async () => {
    const { platform, tickAt } = await setup();
    const { report, calls } = await tickAt('2026-03-02T09:00:00Z');
    expect(report.posted).toHaveLength(1);
    expect(platform.messagesIn(CH)).toHaveLength(1);
    // One read of the day's round (it was two), no second read of the channel the tick already has.
    expect(calls).toEqual(
      [
        ...EVERY_TICK,
        'getDailyRound',
        'dailyQuestionIds',
        'questionAccuracy',
        // The questions out of play in the team, which the pick leaves out.
        'suppressions',
        'createDailyRound',
        'claimRoundPost',
        'getTenant',
        'markRoundPosted',
      ].sort(),
    );
  });

  it('closes and reveals in 6 store calls for the round (8 before), and an idle tick costs only its scans', async () => {
    const { tickAt } = await setup();
    await tickAt('2026-03-02T09:00:00Z');
    const closing = await tickAt('2026-03-02T17:00:00Z');
    expect(closing.report.resultsPosted).toHaveLength(1);
    // The round is closed from the row the scan returned and its results read from the closed row.
    expect(closing.calls).toEqual(
      [
        ...EVERY_TICK,
        'closeRound',
        'answersForRound',
        'getPlayers',
        'getChannel',
        'getTenant',
        'markResultsPosted',
      ].sort(),
    );
    expect((await tickAt('2026-03-02T17:01:00Z')).calls).toEqual(EVERY_TICK);
  });
});
