import type { SectionReportStore } from '../../engine/report-store-port.ts';
import { toNumber, toText } from '../database-errors.ts';
import { decodeQuestion } from './question-payload.ts';
import { sectionReportSql } from './section-report-sql.ts';
import type { StoreContext } from './store-db.ts';

type RawRow = Record<string, unknown>;

/** The knowledge-gap report: one grouped statement (section-report-sql.ts), then the few snapshots it names. */
export function reportMethods({ db, dialect }: StoreContext): SectionReportStore {
  return {
    async sectionReport(query) {
      const raw = await db.$queryRaw<RawRow[]>(sectionReportSql(query, dialect));
      return raw.map((r) => ({
        noteSection: toText(r.note),
        questionId: toText(r.questionId),
        answers: toNumber(r.answers),
        correct: toNumber(r.correct),
        previousAnswers: toNumber(r.previousAnswers),
        previousCorrect: toNumber(r.previousCorrect),
        sectionPlayers: toNumber(r.sectionPlayers),
      }));
    },
    async storedQuestions(ids) {
      if (ids.length === 0) return [];
      const rows = await db.question.findMany({
        where: { id: { in: [...new Set(ids)] } },
        orderBy: { id: 'asc' },
      });
      return rows.map((row) => ({ id: row.id, question: decodeQuestion(row.payload), retired: row.retired }));
    },
  };
}
