import { expect, it } from 'vitest';
import { joinSectionPath, noteSectionOf } from '../../src/engine/records.ts';
import type { SectionReportQuery, SectionReportRow } from '../../src/engine/report-store-port.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import {
  answer,
  at,
  C1,
  C2,
  CX,
  type GetStore,
  question,
  round,
  seedTenant,
  T1,
  T2,
} from './contract-fixtures.ts';

/** The week of 2 March 2026 (UTC), compared with the week before. */
const WEEK: SectionReportQuery = {
  tenantId: T1,
  current: { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-09T00:00:00Z') },
  previous: { from: at('2026-02-23T00:00:00Z'), to: at('2026-03-02T00:00:00Z') },
  roundKinds: ['daily', 'practice', 'duel'],
};

const THIS_WEEK = at('2026-03-03T10:00:00Z');
const LAST_WEEK = at('2026-02-24T10:00:00Z');

let seq = 0;
/** One answer in its own round, so a player can answer the same question many times. */
async function give(
  store: StorePort,
  playerId: string,
  path: readonly string[],
  questionId: string,
  correct: boolean,
  fields: Partial<Parameters<typeof answer>[2]> = {},
): Promise<void> {
  seq += 1;
  await store.recordAnswer(
    answer(`rep-${seq}`, playerId, {
      section: joinSectionPath(path),
      questionId,
      correct,
      answeredAt: THIS_WEEK,
      ...fields,
    }),
  );
}

const byKey = (rows: readonly SectionReportRow[]) =>
  rows.map((r) => [
    r.noteSection,
    r.questionId,
    r.answers,
    r.correct,
    r.previousAnswers,
    r.previousCorrect,
    r.sectionPlayers,
  ]);

export function reportContract(store: GetStore): void {
  it('groups answers by note section and question, both windows, with distinct players per section', async () => {
    await seedTenant(store(), ['p:a', 'p:b', 'p:c']);
    const images = ['Docker', 'Images'];
    await give(store(), 'p:a', [...images, 'What is a layer?'], 'q-layer', false);
    await give(store(), 'p:a', [...images, 'What is a layer?'], 'q-layer', true);
    await give(store(), 'p:b', [...images, 'What is a layer?'], 'q-layer', false);
    await give(store(), 'p:b', [...images, 'Tags'], 'q-tag', true);
    await give(store(), 'p:c', [...images, 'Tags'], 'q-tag', false, { answeredAt: LAST_WEEK });
    await give(store(), 'p:c', [...images, 'Tags'], 'q-tag', true, { answeredAt: LAST_WEEK });
    // A file's only heading: the card's own heading is the section.
    await give(store(), 'p:c', ['Glossary'], 'q-gloss', true);
    // Outside both windows.
    await give(store(), 'p:a', ['Glossary'], 'q-gloss', false, { answeredAt: at('2026-02-01T00:00:00Z') });
    expect(byKey(await store().sectionReport(WEEK))).toEqual([
      ['Docker > Images', 'q-layer', 3, 1, 0, 0, 2],
      ['Docker > Images', 'q-tag', 1, 1, 2, 1, 2],
      ['Glossary', 'q-gloss', 1, 1, 0, 0, 1],
    ]);
  });

  it('counts a section only in the previous window with no players now, and every answer for all time', async () => {
    await seedTenant(store(), ['p:a']);
    await give(store(), 'p:a', ['Ops', 'Cgroup', 'Limits'], 'q1', false, { answeredAt: LAST_WEEK });
    expect(byKey(await store().sectionReport(WEEK))).toEqual([['Ops > Cgroup', 'q1', 0, 0, 1, 0, 0]]);
    const all = await store().sectionReport({ ...WEEK, current: {}, previous: null });
    expect(byKey(all)).toEqual([['Ops > Cgroup', 'q1', 1, 0, 0, 0, 1]]);
  });

  it('leaves out self-graded answers, other round kinds, other teams, and open daily rounds', async () => {
    await seedTenant(store(), ['p:a', 'p:b']);
    await seedTenant(store(), ['p:x'], T2);
    const path = ['Docker', 'Volumes', 'Bind mounts'];
    await give(store(), 'p:a', path, 'q1', true);
    await give(store(), 'p:a', path, 'q1', false, { selfGrade: 'again', choice: null });
    await give(store(), 'p:b', path, 'q1', false, { roundKind: 'practice' });
    await give(store(), 'p:x', path, 'q1', false, { tenantId: T2, channelId: CX });
    await store().createDailyRound(round('open-daily', { localDate: '2026-03-03' }));
    await store().recordAnswer(
      answer('open-daily', 'p:b', {
        section: joinSectionPath(path),
        questionId: 'q1',
        correct: false,
        answeredAt: THIS_WEEK,
      }),
    );
    expect(byKey(await store().sectionReport({ ...WEEK, roundKinds: ['daily', 'duel'] }))).toEqual([
      ['Docker > Volumes', 'q1', 1, 1, 0, 0, 1],
    ]);
    // Revealed (closed), the daily answer counts.
    await store().closeRound('open-daily', at('2026-03-03T17:00:00Z'));
    expect(byKey(await store().sectionReport({ ...WEEK, roundKinds: ['daily', 'duel'] }))).toEqual([
      ['Docker > Volumes', 'q1', 2, 1, 0, 0, 2],
    ]);
    // Every team in the database (the note owners' report).
    expect(byKey(await store().sectionReport({ ...WEEK, tenantId: null }))).toEqual([
      ['Docker > Volumes', 'q1', 4, 1, 0, 0, 3],
    ]);
  });

  it('narrows to one channel and to whole section titles', async () => {
    await seedTenant(store(), ['p:a']);
    await give(store(), 'p:a', ['Docker', 'Images', 'Layers'], 'q1', true, { channelId: C1 });
    await give(store(), 'p:a', ['Docker Compose', 'Files', 'Services'], 'q2', true, { channelId: C2 });
    await give(store(), 'p:a', ['Ops', 'Docker', 'Rootless'], 'q3', false, { channelId: C2 });
    expect(byKey(await store().sectionReport({ ...WEEK, channelId: C2 })).map((r) => r[1])).toEqual([
      'q2',
      'q3',
    ]);
    const docker = await store().sectionReport({ ...WEEK, sections: ['Docker'] });
    expect(docker.map((r) => r.noteSection)).toEqual(['Docker > Images', 'Ops > Docker']);
  });

  it('cuts every heading the way noteSectionOf does: Chinese, arrows, separators inside a title', async () => {
    await seedTenant(store(), ['p:a']);
    const paths = [
      ['容器', '镜像', '什么是镜像层？'],
      ['a->b', 'x>y', 'c > d'],
      ['Shell › pipes', 'Why |>?'],
      ['> start', 'end >'],
      ['One'],
      ['  spaced  ', ''],
    ];
    for (const [i, path] of paths.entries()) await give(store(), 'p:a', path, `q${i}`, true);
    const rows = await store().sectionReport(WEEK);
    const expected = paths.map((path, i) => [noteSectionOf(joinSectionPath(path)), `q${i}`]);
    expect(rows.map((r) => [r.noteSection, r.questionId]).sort()).toEqual(expected.sort());
  });

  it('returns stored snapshots of retired questions by id, and nothing for unknown ids', async () => {
    await store().syncQuestions([question('q1', { source: { file: 'ops.md', line: 12 } }), question('q2')]);
    await store().syncQuestions([question('q2')]);
    const found = await store().storedQuestions(['q1', 'q2', 'q-none', 'q1']);
    expect(found.map((s) => [s.id, s.retired, s.question.source.line])).toEqual([
      ['q1', true, 12],
      ['q2', false, 7],
    ]);
    expect(await store().storedQuestions([])).toEqual([]);
  });
}
