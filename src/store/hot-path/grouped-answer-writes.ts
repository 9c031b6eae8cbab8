import type { AnswerRecord, StreakRecord } from '../../engine/records.ts';
import type { RecordedAnswer } from '../../engine/store-port.ts';
import { storeError } from '../database-errors.ts';
import { groupLoader } from '../group-loader.ts';
import type { StoreContext } from '../prisma/store-db.ts';
import { type AnswerWrite, answerKey } from './hot-path.ts';

/** Keeps one statement's parameters well inside SQLite's and PostgreSQL's limits. */
const MAX_GROUP = 64;

/**
 * recordAnswer, the hottest write. Answers in flight together are written together (group-loader.ts) by
 * the hot path: an INSERT … ON CONFLICT DO NOTHING on the (roundId, playerId) key, so "already answered" is
 * an answer the insert did not return rather than an exception, and each streak is written only when its
 * answer was, atomically with it.
 *
 * A group never holds two writes of one answer key or one streak key, so each write sees the others as it
 * would one at a time; the later of two such writes goes in the next statement.
 */
export function answerWriter({
  hot,
}: StoreContext): (
  a: AnswerRecord,
  s?: StreakRecord,
  expected?: StreakRecord | null,
) => Promise<RecordedAnswer> {
  const writeGroup = async (writes: readonly AnswerWrite[]): Promise<RecordedAnswer[]> => {
    const outcomes: RecordedAnswer[] = [];
    let pending = writes.map((write, index) => ({ write, index }));
    while (pending.length > 0) {
      const { now, later } = splitConflicts(pending);
      const { recorded, stale, counts } = await hot.writeAnswers(now.map((p) => p.write));
      for (const { write, index } of now) {
        const key = answerKey(write.answer);
        outcomes[index] = {
          outcome: recorded.has(key) ? 'recorded' : stale.has(key) ? 'stale_streak' : 'duplicate',
          answersInRound: counts.get(write.answer.roundId) ?? 0,
        };
      }
      pending = later;
    }
    return outcomes;
  };
  const load = groupLoader(writeGroup, MAX_GROUP);
  return async (answer, streak, expected) => {
    try {
      return await load({ answer, streak, expected: streak ? expected : undefined });
    } catch (error) {
      throw storeError('recordAnswer', error);
    }
  };
}

/** Writes whose answer key or streak key repeats an earlier one wait for the next statement. */
function splitConflicts<T extends { write: AnswerWrite }>(pending: readonly T[]): { now: T[]; later: T[] } {
  const keys = new Set<string>();
  const now: T[] = [];
  const later: T[] = [];
  for (const p of pending) {
    const own = [`a\u0000${answerKey(p.write.answer)}`];
    if (p.write.streak) own.push(`s\u0000${p.write.streak.playerId}\u0000${p.write.streak.channelId}`);
    if (own.some((k) => keys.has(k))) {
      later.push(p);
      continue;
    }
    for (const k of own) keys.add(k);
    now.push(p);
  }
  return { now, later };
}
