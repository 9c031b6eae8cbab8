import { describe, expect, it } from 'vitest';
import type { AnswerRecord, RoundKind } from '../../src/engine/records.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { actor, harness, place, schedule, TENANT, unwrap } from './harness.ts';

const GENERAL = place('general').channelId;
const RANDOM = place('random').channelId;

let seq = 0;
/** An answer placed exactly in time, to a sample question (its section path is the question's). */
async function seed(
  store: StorePort,
  name: string,
  questionId: string,
  at: string,
  correct: boolean,
  fields: { kind?: RoundKind; channelId?: string } = {},
): Promise<void> {
  const q = SAMPLE_QUESTIONS.find((s) => s.id === questionId);
  seq += 1;
  const answer: AnswerRecord = {
    roundId: `seeded-${seq}`,
    playerId: actor(name).playerId,
    tenantId: TENANT,
    channelId: fields.channelId ?? GENERAL,
    roundKind: fields.kind ?? 'daily',
    questionId,
    section: (q?.sectionPath ?? ['Gone', 'Old section', 'Old card']).join(' > '),
    choice: 0,
    correct,
    selfGrade: null,
    points: correct ? 10 : 0,
    latencyMs: 1000,
    answeredAt: new Date(at),
  };
  await store.recordAnswer(answer);
}

/** `n` answers by distinct players, the first `right` of them correct. */
async function answers(store: StorePort, questionId: string, at: string, n: number, right: number) {
  for (let i = 0; i < n; i++) await seed(store, `p${i}`, questionId, at, i < right);
}

const summary = (report: SectionReport) =>
  report.sections.map((s) => [
    s.section,
    s.answers,
    s.players,
    Math.round(s.accuracy * 100),
    s.previous === null ? null : Math.round(s.previous.accuracy * 100),
    s.ranked,
  ]);

describe('the knowledge-gap report', () => {
  // Wednesday 11 March 2026; the week is Monday 9 March to Monday 16 March.
  const start = '2026-03-11T12:00:00Z';

  it('ranks sections with enough answers worst first, with their trend, and lists the others apart', async () => {
    const h = harness({ start });
    await answers(h.store, 'q-docker-ps', '2026-03-10T10:00:00Z', 6, 2); // Containers: 2/6 now
    await answers(h.store, 'q-docker-ps-a', '2026-03-10T11:00:00Z', 4, 1); // Containers: +1/4 → 3/10
    await answers(h.store, 'q-docker-ps', '2026-03-03T10:00:00Z', 5, 4); // Containers last week: 4/5
    await answers(h.store, 'q-git-commit', '2026-03-09T08:00:00Z', 5, 4); // Git > Basics: 4/5
    await answers(h.store, 'q-docker-image', '2026-03-12T08:00:00Z', 2, 0); // Images: too few
    await answers(h.store, 'q-git-branch', '2026-03-01T08:00:00Z', 9, 0); // before last week: nowhere
    const report = unwrap(
      await h.engine.sectionReport({ tenantId: TENANT, window: { kind: 'period', period: 'week' } }),
    );
    expect(summary(report)).toEqual([
      ['Docker > Containers', 10, 6, 30, 80, true],
      ['Git > Basics', 5, 5, 80, null, true],
      ['Docker > Images', 2, 2, 0, null, false],
    ]);
    expect(report.minAnswers).toBe(5);
    expect(report.totalAnswers).toBe(17);
    expect([report.from, report.to]).toEqual([
      new Date('2026-03-09T00:00:00Z'),
      new Date('2026-03-16T00:00:00Z'),
    ]);
    // The questions missed most, with where they come from in the notes.
    const missed = report.sections[0]?.mostMissed.map((m) => [
      m.questionId,
      m.missed,
      m.answers,
      `${m.question?.source.file}:${m.question?.source.line}`,
      m.inNotes,
    ]);
    expect(missed).toEqual([
      ['q-docker-ps', 4, 6, 'docker.md:3', true],
      ['q-docker-ps-a', 3, 4, 'docker.md:9', true],
    ]);
  });

  it("counts a channel's week in its timezone and its answers only", async () => {
    const h = harness({ start: '2026-03-08T23:30:00Z' }); // Monday 00:30 in Berlin, still Sunday in UTC
    await h.engine.ensurePlace(actor('admin'), place('general'));
    await h.engine.setSchedule(GENERAL, schedule('Europe/Berlin'));
    await answers(h.store, 'q-docker-ps', '2026-03-08T23:10:00Z', 5, 1); // Monday 00:10 in Berlin
    await seed(h.store, 'x', 'q-docker-ps', '2026-03-08T23:20:00Z', true, { channelId: RANDOM });
    await answers(h.store, 'q-git-commit', '2026-03-08T22:00:00Z', 5, 5); // Sunday 23:00 in Berlin
    const report = unwrap(
      await h.engine.sectionReport({
        tenantId: TENANT,
        channelId: GENERAL,
        window: { kind: 'period', period: 'week' },
      }),
    );
    expect(report.timezone).toBe('Europe/Berlin');
    expect(summary(report)).toEqual([['Docker > Containers', 5, 5, 20, null, true]]);
  });

  it('compares only with a previous period that had enough answers, and has none for all time', async () => {
    const h = harness({ start });
    await answers(h.store, 'q-git-commit', '2026-03-10T10:00:00Z', 5, 2);
    await answers(h.store, 'q-git-commit', '2026-03-04T10:00:00Z', 4, 4);
    const week = unwrap(
      await h.engine.sectionReport({ tenantId: TENANT, window: { kind: 'period', period: 'week' } }),
    );
    expect(summary(week)).toEqual([['Git > Basics', 5, 5, 40, null, true]]);
    const all = unwrap(
      await h.engine.sectionReport({ tenantId: TENANT, window: { kind: 'period', period: 'all' } }),
    );
    expect(summary(all)).toEqual([['Git > Basics', 9, 5, 67, null, true]]);
    expect([all.from, all.to]).toEqual([null, null]);
  });

  it('narrows to a topic through the one topic resolver, and refuses a topic naming nothing', async () => {
    const h = harness({ start });
    await answers(h.store, 'q-docker-ps', '2026-03-10T10:00:00Z', 5, 1);
    await answers(h.store, 'q-compose-up', '2026-03-10T10:00:00Z', 5, 3);
    await answers(h.store, 'q-git-commit', '2026-03-10T10:00:00Z', 5, 0);
    const compose = unwrap(
      await h.engine.sectionReport({
        tenantId: TENANT,
        window: { kind: 'period', period: 'week' },
        topic: 'compose',
      }),
    );
    expect(compose.topicTitles).toEqual(['Docker Compose']);
    expect(summary(compose).map((s) => s[0])).toEqual(['Docker > Docker Compose']);
    const docker = unwrap(
      await h.engine.sectionReport({
        tenantId: TENANT,
        window: { kind: 'period', period: 'week' },
        topic: 'docker',
      }),
    );
    expect(summary(docker).map((s) => s[0])).toEqual(['Docker > Containers', 'Docker > Docker Compose']);
    const unknown = await h.engine.sectionReport({
      tenantId: TENANT,
      window: { kind: 'period', period: 'week' },
      topic: 'kubernetes',
    });
    expect(unknown).toEqual({ ok: false, code: 'unknown_topic', detail: 'kubernetes' });
  });

  it('names a missed question the notes no longer have from its stored snapshot', async () => {
    const h = harness({ start });
    await answers(h.store, 'q-docker-ps', '2026-03-10T10:00:00Z', 5, 0);
    await h.engine.reload(SAMPLE_QUESTIONS.filter((q) => q.id !== 'q-docker-ps'));
    const report = unwrap(
      await h.engine.sectionReport({ tenantId: TENANT, window: { kind: 'period', period: 'week' } }),
    );
    expect(
      report.sections[0]?.mostMissed.map((m) => [m.questionId, m.inNotes, m.question?.source.line]),
    ).toEqual([['q-docker-ps', false, 3]]);
  });

  it('reports the past days before an instant, against the days before those', async () => {
    const h = harness({ start });
    await answers(h.store, 'q-git-commit', '2026-03-10T10:00:00Z', 5, 1);
    await answers(h.store, 'q-git-commit', '2026-03-02T10:00:00Z', 5, 4);
    await answers(h.store, 'q-docker-ps', '2026-03-11T12:30:00Z', 5, 5); // after `until`
    const report = unwrap(
      await h.engine.sectionReport({
        tenantId: TENANT,
        window: { kind: 'past-days', days: 7, until: new Date('2026-03-11T12:00:00Z') },
      }),
    );
    expect(summary(report)).toEqual([['Git > Basics', 5, 5, 20, 80, true]]);
    expect(report.from).toEqual(new Date('2026-03-04T12:00:00Z'));
  });
});
