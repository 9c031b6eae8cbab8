import type { QuestionStore } from '../../engine/store-port.ts';
import { isUniqueViolation } from '../database-errors.ts';
import { canonicalQuestion, decodeQuestion } from './question-payload.ts';
import type { StoreContext } from './store-db.ts';

type QuestionMethods = QuestionStore;

/** Keeps each transaction's statement count bounded on large note collections. */
const CHUNK = 500;

export function questionMethods({ db }: StoreContext): QuestionMethods {
  return {
    async syncQuestions(questions) {
      const incoming = new Map(questions.map((q) => [q.id, canonicalQuestion(q)]));
      const stored = await db.question.findMany({ select: { id: true, payload: true, retired: true } });
      const storedById = new Map(stored.map((s) => [s.id, s]));
      const creates: { id: string; cardId: string; deck: string; kind: string; payload: string }[] = [];
      const updates: typeof creates = [];
      for (const [id, { question, payload }] of incoming) {
        const row = { id, cardId: question.cardId, deck: question.deck, kind: question.kind, payload };
        const existing = storedById.get(id);
        if (!existing) creates.push(row);
        else if (existing.retired || existing.payload !== payload) updates.push(row);
      }
      // Retired, never deleted: answers and rounds keep pointing at them, so no score is lost.
      const retire = stored.filter((s) => !s.retired && !incoming.has(s.id)).map((s) => s.id);

      for (let i = 0; i < creates.length; i += CHUNK) {
        const chunk = creates.slice(i, i + CHUNK);
        try {
          await db.question.createMany({ data: chunk });
        } catch (error) {
          // Another instance synced the same notes at the same moment: write ours over theirs, row by row.
          if (!isUniqueViolation(error)) throw error;
          await db.$transaction(
            chunk.map(({ id, ...data }) =>
              db.question.upsert({ where: { id }, create: { id, ...data }, update: data }),
            ),
          );
        }
      }
      for (let i = 0; i < updates.length; i += CHUNK) {
        await db.$transaction(
          updates
            .slice(i, i + CHUNK)
            .map(({ id, ...data }) =>
              db.question.update({ where: { id }, data: { ...data, retired: false } }),
            ),
        );
      }
      for (let i = 0; i < retire.length; i += CHUNK) {
        await db.question.updateMany({
          where: { id: { in: retire.slice(i, i + CHUNK) } },
          data: { retired: true },
        });
      }
      return { added: creates.length, updated: updates.length, retired: retire.length };
    },
    async getQuestion(id) {
      const row = await db.question.findUnique({ where: { id } });
      return row ? { question: decodeQuestion(row.payload), retired: row.retired } : null;
    },
  };
}
