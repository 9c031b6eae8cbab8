import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { FakePlatform, FakePublisher } from '../fakes/fake-publisher.ts';
import {
  addChannel,
  capturedLogger,
  FakeClock,
  type Instance,
  sampleQuestions,
  scheduleOf,
  startInstance,
} from './scheduler-harness.ts';

const CH = 'slack:T1:C1';
const questions = sampleQuestions(5);

async function setup(start: string, schedule = scheduleOf({ timezone: 'America/New_York' })) {
  const store = createMemoryStore();
  const clock = new FakeClock(start);
  const platform = new FakePlatform();
  const { logger, lines } = capturedLogger();
  const instances: Instance[] = [];
  const publishers: FakePublisher[] = [];
  const spawn = (id: string, publisher = new FakePublisher({ platform: 'slack', shared: platform })) => {
    publishers.push(publisher);
    const instance = startInstance({ id, store, clock, publishers: [publisher], logger, questions });
    instances.push(instance);
    return { instance, publisher };
  };
  const first = spawn('A');
  await addChannel(first.instance.engine, CH, schedule);
  return { store, clock, platform, lines, spawn, a: first.instance, pubA: first.publisher };
}

describe('daily scheduler: on time, exactly once', () => {
  it('posts at the channel-local post time, once, and nothing before', async () => {
    // 09:00 in New York on Monday 2 March 2026 is 14:00 UTC (EST).
    const { clock, platform, a } = await setup('2026-03-02T13:59:00Z');
    expect((await a.scheduler.tick()).posted).toEqual([]);
    clock.set('2026-03-02T14:00:00Z');
    const report = await a.scheduler.tick();
    expect(report.posted).toMatchObject([{ channelId: CH, localDate: '2026-03-02', late: false }]);
    for (const minute of [1, 2, 30, 120]) {
      clock.set(Date.parse('2026-03-02T14:00:00Z') + minute * 60_000);
      expect((await a.scheduler.tick()).posted).toEqual([]);
    }
    expect(platform.messagesIn(CH)).toHaveLength(1);
    expect(platform.messages[0]?.late).toBe(false);
  });

  it('posts once when two instances tick at the same moment on one store', async () => {
    const { clock, platform, spawn, a } = await setup('2026-03-02T14:00:00Z');
    const b = spawn('B').instance;
    const reports = await Promise.all([
      a.scheduler.tick(),
      b.scheduler.tick(),
      a.scheduler.tick(),
      b.scheduler.tick(),
    ]);
    expect(reports.flatMap((r) => r.posted)).toHaveLength(1);
    clock.advance(60_000);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect(platform.messagesIn(CH)).toHaveLength(1);
  });

  it('does not post twice when the platform took the message but the instance died before recording it', async () => {
    const { clock, platform, spawn, a, pubA } = await setup('2026-03-02T14:00:00Z');
    pubA.failNext({ kind: 'post_then_hang' });
    void a.scheduler.tick(); // instance A is killed inside this pass; it never finishes
    await new Promise((r) => setImmediate(r));
    expect(platform.messagesIn(CH)).toHaveLength(1);

    const b = spawn('B').instance;
    clock.set('2026-03-02T14:01:00Z');
    expect((await b.scheduler.tick()).posted).toEqual([]); // A's lease still holds
    clock.set('2026-03-02T14:03:00Z');
    const report = await b.scheduler.tick();
    expect(report.posted).toHaveLength(1);
    expect(platform.messagesIn(CH)).toHaveLength(1);
    expect(report.posted[0]?.postRef).toBe(platform.messages[0]?.postRef);
  });

  it('posts once when an instance is killed right after claiming, before talking to the platform', async () => {
    const { clock, platform, spawn, a, pubA } = await setup('2026-03-02T14:00:00Z');
    pubA.failNext({ kind: 'hang' });
    void a.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    expect(platform.messages).toHaveLength(0);
    const b = spawn('B').instance;
    clock.set('2026-03-02T14:02:30Z');
    expect((await b.scheduler.tick()).posted).toHaveLength(1);
    clock.set('2026-03-02T14:05:00Z');
    await b.scheduler.tick();
    expect(platform.messagesIn(CH)).toHaveLength(1);
  });

  it('retries after a response was lost (post then error) without a second message', async () => {
    const { clock, platform, a, pubA } = await setup('2026-03-02T14:00:00Z');
    pubA.failNext({ kind: 'post_then_throw' });
    const first = await a.scheduler.tick();
    expect(first.retrying).toMatchObject([{ kind: 'round', code: 'publisher_threw' }]);
    clock.set('2026-03-02T14:01:00Z');
    expect((await a.scheduler.tick()).posted).toHaveLength(1);
    expect(platform.messagesIn(CH)).toHaveLength(1);
  });

  it('honours Retry-After on a 429, on this instance and on the others, then posts one message', async () => {
    const { clock, platform, spawn, a, pubA } = await setup('2026-03-02T14:00:00Z');
    const { instance: b, publisher: pubB } = spawn('B');
    pubA.failNext({ kind: 'rate_limited', retryAfterMs: 40_000 });
    const first = await a.scheduler.tick();
    expect(first.retrying[0]?.nextAttemptAt.toISOString()).toBe('2026-03-02T14:00:40.000Z');
    clock.set('2026-03-02T14:00:20Z');
    expect((await a.scheduler.tick()).posted).toEqual([]);
    expect((await b.scheduler.tick()).posted).toEqual([]);
    expect(pubA.calls).toHaveLength(1);
    expect(pubB.calls).toHaveLength(0);
    clock.set('2026-03-02T14:00:40Z');
    expect((await a.scheduler.tick()).posted).toHaveLength(1);
    expect(platform.messagesIn(CH)).toHaveLength(1);
    expect(platform.messages[0]?.late).toBe(false);
  });

  it('backs off exponentially while the platform keeps failing, and gives up at close time', async () => {
    const { clock, platform, a, pubA, store } = await setup('2026-03-02T14:00:00Z');
    pubA.failNext({ kind: 'retryable', code: 'network' }, 1_000);
    const waits: number[] = [];
    while (clock.now() <= new Date('2026-03-02T22:00:00Z')) {
      const report = await a.scheduler.tick();
      for (const r of report.retrying) waits.push(r.nextAttemptAt.getTime() - clock.now().getTime());
      clock.advance(60_000);
    }
    expect(waits.slice(0, 6)).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(Math.max(...waits)).toBe(600_000);
    expect(platform.messages).toHaveLength(0);
    const round = await store.getDailyRound(CH, '2026-03-02');
    expect(round?.status).toBe('closed');
    expect(round?.resultsPostedAt).not.toBeNull(); // nothing to reveal, and never tried again
  });

  it('pauses the channel with the platform code when posting cannot work until someone acts', async () => {
    const { clock, platform, a, pubA, store } = await setup('2026-03-02T14:00:00Z');
    pubA.failNext({ kind: 'permanent', code: 'channel_not_found' });
    const report = await a.scheduler.tick();
    expect(report.paused).toEqual([{ channelId: CH, kind: 'round', code: 'channel_not_found' }]);
    const channel = await store.getChannel(CH);
    expect(channel?.schedule?.paused).toBe(true);
    expect(channel?.pauseReason).toBe('channel_not_found');
    clock.set('2026-03-03T14:00:00Z');
    await a.scheduler.tick();
    expect(platform.messages).toHaveLength(0);
    expect(pubA.calls).toHaveLength(1);
  });

  it('posts nothing on unscheduled weekdays or while paused', async () => {
    const { clock, platform, a } = await setup(
      '2026-03-07T14:00:00Z', // Saturday
      scheduleOf({ timezone: 'America/New_York', weekdays: [1, 2, 3, 4, 5] }),
    );
    expect((await a.scheduler.tick()).posted).toEqual([]);
    clock.set('2026-03-08T13:00:00Z'); // Sunday 09:00 EDT
    expect((await a.scheduler.tick()).posted).toEqual([]);
    await a.engine.pauseSchedule(CH, null);
    clock.set('2026-03-09T13:00:00Z'); // Monday
    expect((await a.scheduler.tick()).posted).toEqual([]);
    await a.engine.resumeSchedule(CH);
    clock.set('2026-03-09T13:01:00Z');
    expect((await a.scheduler.tick()).posted).toHaveLength(1);
    expect(platform.messages.map((m) => m.localDate)).toEqual(['2026-03-09']);
  });
});

describe('daily scheduler: catch-up, closing and results', () => {
  it('posts late, and says so, when it comes back after the post time but before close', async () => {
    const { platform, a, lines } = await setup('2026-03-02T16:30:00Z'); // 11:30 in New York
    const report = await a.scheduler.tick();
    expect(report.posted).toMatchObject([{ late: true }]);
    expect(platform.messages[0]?.late).toBe(true);
    const logged = lines.find((l) => l.msg === 'daily round posted late (catch-up)');
    expect(logged).toMatchObject({ channelId: CH, roundId: report.posted[0]?.roundId, late: true });
  });

  it('skips the day, and logs it once, when it comes back after close', async () => {
    const { clock, platform, a, lines, store } = await setup('2026-03-02T22:30:00Z'); // 17:30 in New York
    const report = await a.scheduler.tick();
    expect(report.skipped).toEqual([{ channelId: CH, localDate: '2026-03-02', reason: 'after_close' }]);
    clock.advance(60_000);
    expect((await a.scheduler.tick()).skipped).toEqual([]);
    expect(platform.messages).toHaveLength(0);
    expect(await store.getDailyRound(CH, '2026-03-02')).toBeNull();
    expect(lines.filter((l) => String(l.msg).startsWith('daily round skipped'))).toHaveLength(1);
  });

  it('closes on time and posts the results once', async () => {
    const { clock, platform, a } = await setup('2026-03-02T14:00:00Z');
    await a.scheduler.tick();
    clock.set('2026-03-02T21:59:00Z');
    expect((await a.scheduler.tick()).closed).toEqual([]);
    clock.set('2026-03-02T22:00:00Z');
    const report = await a.scheduler.tick();
    expect(report.closed).toHaveLength(1);
    expect(report.resultsPosted).toEqual(report.closed);
    clock.set('2026-03-02T22:01:00Z');
    await a.scheduler.tick();
    expect(platform.messages[0]?.resultsAccepted).toBe(1);
    expect(platform.messages[0]?.results?.round.status).toBe('closed');
  });

  it('closes a round whose close time passed while it was down, after a restart, and posts results once', async () => {
    const { clock, platform, spawn, a } = await setup('2026-03-02T14:00:00Z');
    await a.scheduler.tick();
    // A stops; a new process starts the next morning.
    const restarted = spawn('A2').instance;
    clock.set('2026-03-03T13:00:00Z');
    const report = await restarted.scheduler.tick();
    expect(report.closed).toHaveLength(1);
    expect(report.resultsPosted).toHaveLength(1);
    clock.set('2026-03-03T14:00:00Z');
    await restarted.scheduler.tick();
    expect(platform.messages.map((m) => [m.localDate, m.resultsAccepted])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 0],
    ]);
  });

  it('posts the results after a crash between closing and posting them, once, and not twice with two instances', async () => {
    const { clock, platform, spawn, a, pubA } = await setup('2026-03-02T14:00:00Z');
    await a.scheduler.tick();
    clock.set('2026-03-02T22:00:00Z');
    pubA.failNext({ kind: 'hang' }); // A closes the round, then dies while posting the results
    void a.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    const b = spawn('B').instance;
    const c = spawn('C').instance;
    // Both see the orphaned round from 22:00:10; each waits 5 minutes plus its own spread (≤ 2 min).
    for (let t = Date.parse('2026-03-02T22:00:10Z'); t <= Date.parse('2026-03-02T22:10:00Z'); t += 10_000) {
      clock.set(t);
      await Promise.all([b.scheduler.tick(), c.scheduler.tick()]);
      if (t < Date.parse('2026-03-02T22:05:10Z')) expect(platform.messages[0]?.results).toBeNull();
    }
    expect(platform.messages[0]?.results?.round.status).toBe('closed');
    expect(platform.messages[0]?.resultsAccepted).toBe(1);
  });

  it('lets one of two instances recover a reveal when both find it due in the same pass', async () => {
    const { clock, platform, spawn, a, pubA, lines } = await setup('2026-03-02T14:00:00Z');
    await a.scheduler.tick();
    clock.set('2026-03-02T22:00:00Z');
    pubA.failNext({ kind: 'hang' });
    void a.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    const b = spawn('B').instance;
    const c = spawn('C').instance;
    clock.set('2026-03-02T22:00:10Z');
    await Promise.all([b.scheduler.tick(), c.scheduler.tick()]);
    // Both were away past their waits (5 minutes plus a spread of up to 2) and wake together.
    clock.set('2026-03-02T22:30:00Z');
    const reports = await Promise.all([b.scheduler.tick(), c.scheduler.tick()]);
    expect(reports.flatMap((r) => r.resultsPosted)).toHaveLength(1);
    expect(platform.messages[0]?.resultsAccepted).toBe(1);
    expect(lines.filter((l) => l.msg === 'another instance is revealing this round')).toHaveLength(1);
  });

  it('retries a rate-limited results post and records it once', async () => {
    const { clock, platform, a, pubA, store } = await setup('2026-03-02T14:00:00Z');
    await a.scheduler.tick();
    clock.set('2026-03-02T22:00:00Z');
    pubA.failNext({ kind: 'rate_limited', retryAfterMs: 20_000 });
    const report = await a.scheduler.tick();
    expect(report.retrying).toMatchObject([{ kind: 'results', code: 'rate_limited' }]);
    clock.set('2026-03-02T22:00:20Z');
    expect((await a.scheduler.tick()).resultsPosted).toHaveLength(1);
    clock.set('2026-03-02T22:05:00Z');
    await a.scheduler.tick();
    expect(platform.messages[0]?.resultsAccepted).toBe(1);
    expect((await store.getDailyRound(CH, '2026-03-02'))?.resultsPostedAt).not.toBeNull();
  });
});

describe('daily scheduler: daylight saving', () => {
  async function runDay(schedule: ReturnType<typeof scheduleOf>, fromUtc: string, hours: number) {
    const { clock, platform, a } = await setup(fromUtc, schedule);
    const postedAt: string[] = [];
    for (let t = Date.parse(fromUtc); t <= Date.parse(fromUtc) + hours * 3_600_000; t += 5 * 60_000) {
      clock.set(t);
      for (const p of (await a.scheduler.tick()).posted)
        postedAt.push(`${p.localDate}@${clock.now().toISOString()}`);
    }
    return { postedAt, messages: platform.messages };
  }

  it('posts once, just after the gap, when the post time falls in New York spring-forward', async () => {
    const { postedAt } = await runDay(
      scheduleOf({ timezone: 'America/New_York', postTime: '02:30', closeTime: '12:00' }),
      '2026-03-08T04:00:00Z',
      12,
    );
    expect(postedAt).toEqual(['2026-03-08@2026-03-08T07:30:00.000Z']); // 03:30 EDT
  });

  it('posts once in the repeated fall-back hour in New York, at the first 01:30', async () => {
    const { postedAt } = await runDay(
      scheduleOf({ timezone: 'America/New_York', postTime: '01:30', closeTime: '12:00' }),
      '2026-11-01T03:00:00Z',
      10,
    );
    expect(postedAt).toEqual(['2026-11-01@2026-11-01T05:30:00.000Z']); // 01:30 EDT; 01:30 EST passes quietly
  });

  it('posts once on each Berlin change day and at the right instant on the days around them', async () => {
    const schedule = scheduleOf({ timezone: 'Europe/Berlin', postTime: '02:30', closeTime: '20:00' });
    const spring = await runDay(schedule, '2026-03-28T00:00:00Z', 72);
    expect(spring.postedAt).toEqual([
      '2026-03-28@2026-03-28T01:30:00.000Z',
      '2026-03-29@2026-03-29T01:30:00.000Z',
      '2026-03-30@2026-03-30T00:30:00.000Z',
    ]);
    const autumn = await runDay(schedule, '2026-10-24T00:00:00Z', 72);
    expect(autumn.postedAt).toEqual([
      '2026-10-24@2026-10-24T00:30:00.000Z',
      '2026-10-25@2026-10-25T00:30:00.000Z',
      '2026-10-26@2026-10-26T01:30:00.000Z',
    ]);
  });

  it('posts every day at 01:30 UTC in Shanghai, which has no daylight saving', async () => {
    const { postedAt } = await runDay(
      scheduleOf({ timezone: 'Asia/Shanghai', postTime: '09:30', closeTime: '18:00' }),
      '2026-03-07T00:00:00Z',
      72,
    );
    expect(postedAt).toEqual([
      '2026-03-07@2026-03-07T01:30:00.000Z',
      '2026-03-08@2026-03-08T01:30:00.000Z',
      '2026-03-09@2026-03-09T01:30:00.000Z',
    ]);
  });
});

describe('daily scheduler: lifecycle', () => {
  it('start() runs a catch-up pass at once and stop() waits for it', async () => {
    const { platform, a } = await setup('2026-03-02T15:00:00Z');
    a.scheduler.start();
    await a.scheduler.stop();
    expect(platform.messages).toHaveLength(1);
    expect(platform.messages[0]?.late).toBe(true);
  });
});
