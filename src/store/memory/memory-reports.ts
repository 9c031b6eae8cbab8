import { type AnswerRecord, noteSectionOf, sectionHasTitle } from '../../engine/records.ts';
import type {
  SectionReportQuery,
  SectionReportRow,
  SectionReportStore,
} from '../../engine/report-store-port.ts';
import { byString, copy, key, type MemoryTables } from './memory-tables.ts';

/** The knowledge-gap report's query, by scanning every answer: fine for tests; the databases group in SQL. */
export function reportMethods(t: MemoryTables): SectionReportStore {
  return {
    async sectionReport(query) {
      const kinds = new Set<string>(query.roundKinds);
      const rows = new Map<string, Omit<SectionReportRow, 'sectionPlayers'>>();
      const players = new Map<string, Set<string>>();
      for (const a of t.answers.values()) {
        if (!inScope(t, a, query, kinds)) continue;
        const period = periodOf(a.answeredAt, query);
        if (period === null) continue;
        const noteSection = noteSectionOf(a.section);
        const k = key(noteSection, a.questionId);
        const row = rows.get(k) ?? {
          noteSection,
          questionId: a.questionId,
          answers: 0,
          correct: 0,
          previousAnswers: 0,
          previousCorrect: 0,
        };
        const right = a.correct ? 1 : 0;
        rows.set(
          k,
          period === 'current'
            ? { ...row, answers: row.answers + 1, correct: row.correct + right }
            : {
                ...row,
                previousAnswers: row.previousAnswers + 1,
                previousCorrect: row.previousCorrect + right,
              },
        );
        if (period === 'current') {
          const seen = players.get(noteSection) ?? new Set<string>();
          seen.add(a.playerId);
          players.set(noteSection, seen);
        }
      }
      return [...rows.values()]
        .map((r) => ({ ...r, sectionPlayers: players.get(r.noteSection)?.size ?? 0 }))
        .sort((a, b) => byString(a.noteSection, b.noteSection) || byString(a.questionId, b.questionId));
    },
    async storedQuestions(ids) {
      const out = [];
      for (const id of new Set(ids)) {
        const stored = t.questions.get(id);
        if (stored !== undefined) out.push({ id, ...copy(stored) });
      }
      return out.sort((a, b) => byString(a.id, b.id));
    },
  };
}

function inScope(
  t: MemoryTables,
  a: AnswerRecord,
  q: SectionReportQuery,
  kinds: ReadonlySet<string>,
): boolean {
  if (q.tenantId !== null && a.tenantId !== q.tenantId) return false;
  if (a.selfGrade !== null || !kinds.has(a.roundKind)) return false;
  if (q.channelId !== undefined && a.channelId !== q.channelId) return false;
  if (q.sections !== undefined && !q.sections.some((title) => sectionHasTitle(a.section, title)))
    return false;
  // An open daily round's answers stay hidden until it is revealed, as on the leaderboards.
  const round = t.rounds.get(a.roundId);
  return !(round !== undefined && round.kind === 'daily' && round.status === 'open');
}

function periodOf(at: Date, q: SectionReportQuery): 'current' | 'previous' | null {
  const { from, to } = q.current;
  if ((from === undefined || at >= from) && (to === undefined || at < to)) return 'current';
  if (q.previous !== null && at >= q.previous.from && at < q.previous.to) return 'previous';
  return null;
}
