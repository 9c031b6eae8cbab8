import type { AnswerRecord, StreakRecord } from '../engine/records.ts';
import { storeError } from './database-errors.ts';
import { Prisma } from './generated/sqlite/client.ts';
import type { StoreContext } from './store-db.ts';

type Outcome = 'recorded' | 'duplicate';

/**
 * recordAnswer, the hottest write. Every form inserts with ON CONFLICT DO NOTHING on the (roundId, playerId)
 * key, so "already answered" is an affected-row count of 0 rather than an exception, and the streak is
 * written only when the answer was:
 * - PostgreSQL: one statement (a data-modifying CTE), atomic without a transaction;
 * - SQLite (one writer at a time): answers arriving while a transaction is running are committed together in
 *   the next one (group commit), each as "streak unless already answered, then the answer". A batch that
 *   fails is retried one answer per transaction, so one bad answer never fails its neighbours.
 */
export function answerWriter({
  db,
  dialect,
}: StoreContext): (a: AnswerRecord, s?: StreakRecord) => Promise<Outcome> {
  const insertAnswer = (a: AnswerRecord): Prisma.Sql => Prisma.sql`
    INSERT INTO "Answer" ("roundId", "playerId", "tenantId", "channelId", "roundKind", "questionId", "section",
                          "choice", "correct", "selfGrade", "points", "latencyMs", "answeredAt")
    VALUES (${a.roundId}, ${a.playerId}, ${a.tenantId}, ${a.channelId}, ${a.roundKind}, ${a.questionId},
            ${a.section}, ${a.choice}, ${a.correct}, ${a.selfGrade}, ${a.points}, ${a.latencyMs}, ${a.answeredAt})
    ON CONFLICT ("roundId", "playerId") DO NOTHING`;
  const streakSet = `ON CONFLICT ("playerId", "channelId")
    DO UPDATE SET "current" = excluded."current", "best" = excluded."best", "lastDate" = excluded."lastDate"`;

  const alone = async (a: AnswerRecord): Promise<Outcome> =>
    (await db.$executeRaw(insertAnswer(a))) === 1 ? 'recorded' : 'duplicate';

  if (dialect.provider === 'postgresql') {
    return async (a, s) => {
      try {
        if (!s) return await alone(a);
        const written = await db.$executeRaw`
          WITH inserted AS (${insertAnswer(a)} RETURNING 1)
          INSERT INTO "Streak" ("playerId", "channelId", "tenantId", "current", "best", "lastDate")
          SELECT ${s.playerId}, ${s.channelId}, ${a.tenantId}, ${s.current}, ${s.best}, ${s.lastDate} FROM inserted
          ${Prisma.raw(streakSet)}`;
        return written === 1 ? 'recorded' : 'duplicate';
      } catch (error) {
        throw failure(error);
      }
    };
  }

  // SQLite: the streak first, only while the answer is absent; then the answer, whose count says which.
  const pair = (a: AnswerRecord, s: StreakRecord) => [
    db.$executeRaw`
      INSERT INTO "Streak" ("playerId", "channelId", "tenantId", "current", "best", "lastDate")
      SELECT ${s.playerId}, ${s.channelId}, ${a.tenantId}, ${s.current}, ${s.best}, ${s.lastDate}
      WHERE NOT EXISTS (SELECT 1 FROM "Answer" WHERE "roundId" = ${a.roundId} AND "playerId" = ${a.playerId})
      ${Prisma.raw(streakSet)}`,
    db.$executeRaw(insertAnswer(a)),
  ];
  interface Waiting {
    readonly answer: AnswerRecord;
    readonly streak: StreakRecord;
    readonly done: (outcome: Outcome) => void;
    readonly fail: (error: unknown) => void;
  }
  let waiting: Waiting[] = [];
  let writing = false;
  const writeBatch = async (batch: readonly Waiting[]): Promise<void> => {
    try {
      const counts = await db.$transaction(batch.flatMap((w) => pair(w.answer, w.streak)));
      for (const [i, w] of batch.entries()) w.done(counts[2 * i + 1] === 1 ? 'recorded' : 'duplicate');
    } catch (error) {
      if (batch.length === 1) {
        for (const w of batch) w.fail(failure(error));
        return;
      }
      for (const w of batch) await writeBatch([w]);
    }
  };
  const drain = async (): Promise<void> => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      await writeBatch(batch);
    }
    writing = false;
  };
  return async (a, s) => {
    if (!s) {
      try {
        return await alone(a);
      } catch (error) {
        throw failure(error);
      }
    }
    return new Promise<Outcome>((done, fail) => {
      waiting.push({ answer: a, streak: s, done, fail });
      if (!writing) void drain();
    });
  };
}

/** Keeps one transaction short enough that a reader in another process never waits long. */
const MAX_BATCH = 64;

function failure(error: unknown): Error {
  return storeError('recordAnswer', error);
}
