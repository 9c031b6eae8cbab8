import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/content/question.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import { createLogger } from '../../src/logger.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

const CHANNEL = 'chat:T1:C1';

interface Posted {
  readonly at: string;
  readonly channelId: string;
  readonly report: SectionReport;
  readonly lang: Lang;
}

/** A platform with digests only; `next` decides how the coming posts go (then each succeeds). */
function digestPlatform(now: () => Date) {
  const posted: Posted[] = [];
  const next: PublishResult[] = [];
  const publisher: RoundPublisher = {
    platform: 'chat',
    postRound: async () => ({ ok: false, retryable: false, code: 'unused' }),
    postResults: async () => ({ ok: false, retryable: false, code: 'unused' }),
    async postDigest(channel: ChannelRecord, report: SectionReport, options: { lang: Lang }) {
      const result = next.shift() ?? { ok: true, postRef: `digest-${posted.length}` };
      if (result.ok)
        posted.push({ at: now().toISOString(), channelId: channel.id, report, lang: options.lang });
      return result;
    },
  };
  return { publisher, posted, next };
}

async function world(start: string, digest: { weekday: number; time: string; timezone: string | null }) {
  const store = createMemoryStore();
  const clock = fakeClock(start);
  const engine = createEngine({ store, clock, random: seededRandom(3), questions: SAMPLE_QUESTIONS });
  await engine.ensurePlace(
    { tenantId: 'chat:T1', tenantName: 'Team' },
    { channelId: CHANNEL, channelName: 'general' },
  );
  expect(await engine.setDigest(CHANNEL, digest)).toBe(true);
  const platform = digestPlatform(() => clock.now());
  const instance = (id: string) =>
    createScheduler({
      engine,
      clock,
      publishers: [platform.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: id,
    });
  return { store, clock, engine, platform, a: instance('a'), b: instance('b') };
}

/** Ticks both instances at once every `stepMinutes` until `end`. */
async function runUntil(w: Awaited<ReturnType<typeof world>>, end: string, stepMinutes = 15) {
  while (w.clock.now().getTime() < new Date(end).getTime()) {
    await Promise.all([w.a.tick(), w.b.tick()]);
    w.clock.advanceMinutes(stepMinutes);
  }
}

describe('the weekly digest through the scheduler', () => {
  it('posts once a week at the local time in Berlin, across spring-forward (02:30 moves to 03:30)', async () => {
    const w = await world('2026-03-20T00:00:00Z', { weekday: 7, time: '02:30', timezone: 'Europe/Berlin' });
    await runUntil(w, '2026-04-06T00:00:00Z');
    expect(w.platform.posted.map((p) => p.at)).toEqual([
      '2026-03-22T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist that night: 03:30 CEST
      '2026-04-05T00:30:00.000Z', // 02:30 CEST
    ]);
    // The past 7 local days before each: 167 hours across the change.
    const change = w.platform.posted[1]?.report;
    expect([change?.from, change?.to]).toEqual([
      new Date('2026-03-22T02:30:00Z'),
      new Date('2026-03-29T01:30:00Z'),
    ]);
    expect(change?.window).toEqual({ kind: 'past-days', days: 7, until: new Date('2026-03-29T01:30:00Z') });
  });

  it('posts at the first 02:30 of the repeated autumn hour, and follows the channel zone when none is set', async () => {
    const w = await world('2026-10-24T00:00:00Z', { weekday: 7, time: '02:30', timezone: null });
    await w.engine.setSchedule(CHANNEL, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'Europe/Berlin',
      weekdays: [],
      paused: false,
    });
    await runUntil(w, '2026-10-26T00:00:00Z', 5);
    expect(w.platform.posted.map((p) => p.at)).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('retries a refused post after the lease, gives a week up on a permanent refusal, and skips a missed day', async () => {
    const w = await world('2026-01-05T08:00:00Z', { weekday: 1, time: '09:00', timezone: 'UTC' });
    w.platform.next.push({ ok: false, retryable: true, code: 'rate_limited' });
    await runUntil(w, '2026-01-05T09:10:00Z', 1);
    expect(w.platform.posted.map((p) => p.at)).toEqual(['2026-01-05T09:02:00.000Z']);
    // Next Monday the channel is gone for good: that week is given up, not retried all day.
    w.platform.next.push({ ok: false, retryable: false, code: 'channel_not_found' });
    w.clock.set('2026-01-12T08:58:00Z');
    await runUntil(w, '2026-01-12T12:00:00Z', 1);
    expect(w.platform.posted).toHaveLength(1);
    // Every instance was down all Monday the 19th: Tuesday posts nothing; the 26th does.
    w.clock.set('2026-01-20T08:00:00Z');
    await runUntil(w, '2026-01-26T09:01:00Z', 30);
    expect(w.platform.posted.map((p) => p.at)).toEqual([
      '2026-01-05T09:02:00.000Z',
      '2026-01-26T09:00:00.000Z',
    ]);
  });

  it("reports the channel's answers of the past week in the team's language", async () => {
    const w = await world('2026-01-05T08:00:00Z', { weekday: 1, time: '09:00', timezone: 'UTC' });
    await w.engine.setTenantLang('chat:T1', 'zh');
    for (let i = 0; i < 5; i++)
      await w.store.recordAnswer({
        roundId: `r${i}`,
        playerId: `chat:T1:U${i}`,
        tenantId: 'chat:T1',
        channelId: CHANNEL,
        roundKind: 'daily',
        questionId: 'q-docker-ps',
        section: 'Docker > Containers > List containers',
        choice: 1,
        correct: i === 0,
        selfGrade: null,
        points: 0,
        latencyMs: 1000,
        answeredAt: new Date('2026-01-02T10:00:00Z'),
      });
    await runUntil(w, '2026-01-05T09:05:00Z', 5);
    const [digest] = w.platform.posted;
    expect(digest?.lang).toBe('zh');
    expect(digest?.report.channelId).toBe(CHANNEL);
    expect(digest?.report.sections.map((s) => [s.section, s.answers, s.ranked])).toEqual([
      ['Docker > Containers', 5, true],
    ]);
  });
});
