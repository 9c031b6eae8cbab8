import { describe, expect, it } from 'vitest';
import type { RoundWithQuestion } from '../../src/engine/api.ts';
import { createLogger } from '../../src/logger.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { actor, harness, place, schedule } from './harness.ts';

/**
 * A daily answer's speed counts from when the question appeared in the channel, on every platform: not
 * from the scheduled minute or the moment the round was opened, which can be long before the post shows
 * (a rate limit, a retry, a slow platform).
 */

const general = place('general');

function publisherWith(answer: (round: RoundWithQuestion) => PublishResult): RoundPublisher & {
  posted: RoundWithQuestion[];
} {
  const posted: RoundWithQuestion[] = [];
  return {
    platform: 'slack',
    posted,
    async postRound(_channel, round) {
      posted.push(round);
      return answer(round);
    },
    async postResults() {
      return { ok: true, postRef: 'results' };
    },
  };
}

async function setUp(publisher: RoundPublisher) {
  const h = harness({ start: '2026-01-05T09:00:00Z' });
  await h.engine.ensurePlace({ tenantId: 'slack:T1', tenantName: 'Team One' }, general);
  await h.engine.setSchedule(general.channelId, schedule('UTC'));
  const scheduler = createScheduler({
    engine: h.engine,
    clock: h.clock,
    publishers: [publisher],
    logger: createLogger({ level: 'silent' }),
    instanceId: 'test',
  });
  return { ...h, scheduler };
}

describe('answer speed counts from the post', () => {
  it("uses the platform's own post time, even when the post came long after the round opened", async () => {
    let attempts = 0;
    const publisher = publisherWith(() => {
      attempts += 1;
      // The first attempt is rate limited for 30 s; the second appears one second before its response.
      return attempts === 1
        ? { ok: false, retryable: true, code: 'rate_limited', retryAfterMs: 30_000 }
        : { ok: true, postRef: 'C1:1', postedAt: new Date('2026-01-05T09:00:29Z') };
    });
    const h = await setUp(publisher);
    await h.scheduler.tick();
    h.clock.set('2026-01-05T09:00:30Z');
    await h.scheduler.tick();
    expect(attempts).toBe(2);
    const round = publisher.posted[1]?.round;
    if (round === undefined) throw new Error('not posted');
    expect((await h.store.getRound(round.id))?.opensAt).toEqual(new Date('2026-01-05T09:00:29Z'));

    h.clock.set('2026-01-05T09:00:31Z');
    const correct = publisher.posted[1]?.question.correctIndex ?? 0;
    const answered = await h.engine.answer(actor('bob'), general, round.id, correct);
    expect(answered.ok).toBe(true);
    const [stored] = await h.store.answersForRound(round.id);
    expect(stored?.latencyMs).toBe(2_000);
    expect((await h.engine.roundResults(round.id))?.fastest[0]?.latencyMs).toBe(2_000);
    await h.scheduler.stop();
  });

  it('without a platform time (the terminal), the moment the post succeeded counts', async () => {
    let slow = (): void => undefined;
    const h = await setUp(
      publisherWith(() => {
        slow();
        return { ok: true, postRef: 'C1:1' };
      }),
    );
    // The platform takes 20 s to answer: the question was not on screen before that answer.
    slow = () => h.clock.advance(20_000);
    h.clock.set('2026-01-05T09:05:00Z');
    await h.scheduler.tick();
    const round = await h.engine.currentDailyRound(general.channelId);
    expect(round?.round.opensAt).toEqual(new Date('2026-01-05T09:05:20Z'));
    await h.scheduler.stop();
  });

  it('a platform clock that is off never moves the start before the round opened or after the reply', async () => {
    let slow = (): void => undefined;
    const ahead = publisherWith(() => {
      slow();
      return { ok: true, postRef: 'C1:1', postedAt: new Date('2026-01-05T09:10:00Z') };
    });
    const h = await setUp(ahead);
    slow = () => h.clock.advance(5_000);
    h.clock.set('2026-01-05T09:01:00Z');
    await h.scheduler.tick();
    const round = await h.engine.currentDailyRound(general.channelId);
    expect(round?.round.opensAt).toEqual(new Date('2026-01-05T09:01:05Z'));
    await h.scheduler.stop();

    const behind = publisherWith(() => ({ ok: true, postRef: 'C1:1', postedAt: new Date(0) }));
    const other = await setUp(behind);
    other.clock.set('2026-01-05T09:02:00Z');
    await other.scheduler.tick();
    const opened = await other.engine.currentDailyRound(general.channelId);
    expect(opened?.round.opensAt).toEqual(new Date('2026-01-05T09:02:00Z'));
    await other.scheduler.stop();
  });
});
