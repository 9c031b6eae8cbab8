import Database from 'better-sqlite3';
import { type PlayerRecord, type StreakRecord, sameStreak } from '../../engine/records.ts';
import { isLocked, RETRY_EVERY_MS, retryWhileLocked } from '../sqlite-worker/lock-wait.ts';
import type { TransactionGate } from '../transaction-gate.ts';
import { type AnswerWrite, answerKey, type HotPath, streakKey, type WrittenAnswers } from './hot-path.ts';

const STREAK_SET = `ON CONFLICT ("playerId", "channelId")
  DO UPDATE SET "current" = excluded."current", "best" = excluded."best", "lastDate" = excluded."lastDate"`;

/**
 * The hot path on its own better-sqlite3 connection to the file Prisma uses, on the event loop's thread:
 * its statements take microseconds, and a message to the SQLite worker and back would cost more than the
 * statement. Each call is one synchronous driver call (a group travels as one JSON parameter, so every
 * statement is prepared once), and a write starts only while Prisma Client has no transaction open (see
 * transaction-gate.ts). The connection never waits for a lock (busy timeout 0): a statement that finds
 * the file locked by another process is retried on a timer, up to `lockWaitMs`
 * (sqlite-worker/lock-wait.ts), so the event loop goes on meanwhile.
 */
export function sqliteHotPath(file: string, gate: TransactionGate, lockWaitMs: number): HotPath {
  // Switching to WAL needs the file to itself for a moment: another process migrating it at start-up holds
  // it, so opening waits for that (bounded, before anything is served); the statements after never wait.
  const db = new Database(file, { timeout: lockWaitMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 0');
  const upsertPlayers = db.prepare<[string], PlayerRow>(`
    INSERT INTO "Player" ("id", "tenantId", "displayName", "isBot")
    SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?) WHERE true
    ON CONFLICT ("id") DO UPDATE SET "displayName" = excluded."displayName", "isBot" = excluded."isBot"
    RETURNING "id", "tenantId", "displayName", "isBot", "rating", "ratedGames"`);
  const getStreaks = db.prepare<[string, string], StreakRow>(`
    SELECT "playerId", "channelId", "current", "best", "lastDate" FROM "Streak"
    WHERE "playerId" IN (SELECT value FROM json_each(?)) AND "channelId" IN (SELECT value FROM json_each(?))`);
  const countAnswers = db.prepare<[string], { roundId: string; n: number }>(`
    SELECT "roundId", COUNT(*) AS "n" FROM "Answer"
    WHERE "roundId" IN (SELECT value FROM json_each(?)) GROUP BY "roundId"`);
  // The streaks go first: once the answers are in, "absent" could no longer tell a new answer from a second.
  const writeStreaks = db.prepare<[string]>(`
    INSERT INTO "Streak" ("playerId", "channelId", "tenantId", "current", "best", "lastDate")
    SELECT value->>1, value->>13, value->>2, value->>14, value->>15, value->>16 FROM json_each(?)
    WHERE value->>13 IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."roundId" = value->>0 AND a."playerId" = value->>1)
    ${STREAK_SET}`);
  const insertAnswers = db.prepare<[string], { roundId: string; playerId: string }>(`
    INSERT INTO "Answer" ("roundId", "playerId", "tenantId", "channelId", "roundKind", "questionId", "section",
                          "choice", "correct", "selfGrade", "points", "latencyMs", "answeredAt")
    SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6,
           value->>7, value->>8, value->>9, value->>10, value->>11, value->>12
    FROM json_each(?) WHERE true
    ON CONFLICT ("roundId", "playerId") DO NOTHING RETURNING "roundId", "playerId"`);
  // Runs inside the write transaction, so the streaks it compares cannot change before the write.
  const staleOf = (writes: readonly AnswerWrite[]): Set<string> => {
    const checked = writes.filter((w) => w.streak !== undefined && w.expected !== undefined);
    if (checked.length === 0) return new Set();
    const keys = checked.flatMap((w) => (w.streak ? [w.streak] : []));
    const stored = new Map(
      getStreaks
        .all(JSON.stringify(keys.map((k) => k.playerId)), JSON.stringify(keys.map((k) => k.channelId)))
        .map((row) => [streakKey(row), toStreak(row)]),
    );
    const stale = new Set<string>();
    for (const w of checked) {
      if (w.streak === undefined || w.expected === undefined) continue;
      if (!sameStreak(stored.get(streakKey(w.streak)) ?? null, w.expected)) stale.add(answerKey(w.answer));
    }
    return stale;
  };
  const writeGroup = (writes: readonly AnswerWrite[]): WrittenAnswers => {
    const stale = staleOf(writes);
    const json = JSON.stringify(writes.filter((w) => !stale.has(answerKey(w.answer))).map(writeRow));
    writeStreaks.run(json);
    const recorded = new Set(insertAnswers.all(json).map(answerKey));
    const rounds = JSON.stringify([...new Set(writes.map((w) => w.answer.roundId))]);
    return {
      recorded,
      stale,
      counts: new Map(countAnswers.all(rounds).map((r) => [r.roundId, Number(r.n)])),
    };
  };
  const write = commitTogether(db, gate, lockWaitMs);

  return {
    upsertPlayers: (inputs) => {
      const json = JSON.stringify(inputs.map((p) => [p.id, p.tenantId, p.displayName, p.isBot ? 1 : 0]));
      return write(() => upsertPlayers.all(json).map(toPlayer));
    },
    // Reads do not wait for another process's writer in WAL mode, but may meet a brief lock (a checkpoint).
    getStreaks(keys) {
      const players = JSON.stringify([...new Set(keys.map((k) => k.playerId))]);
      const channels = JSON.stringify([...new Set(keys.map((k) => k.channelId))]);
      return retryWhileLocked(async () => getStreaks.all(players, channels).map(toStreak), lockWaitMs);
    },
    countAnswers(roundIds) {
      const ids = JSON.stringify(roundIds);
      return retryWhileLocked(
        async () => new Map(countAnswers.all(ids).map((r) => [r.roundId, Number(r.n)])),
        lockWaitMs,
      );
    },
    writeAnswers: (writes) => write(() => writeGroup(writes)),
    async close() {
      db.close();
    },
  };
}

/**
 * Every write asked for in the same turn of the event loop (a click's name refresh and its answer, other
 * clicks' groups) goes in one `BEGIN IMMEDIATE … COMMIT`: one commit instead of one each. IMMEDIATE takes
 * the write lock before the first read, so another process cannot commit in between. The whole runs
 * synchronously, and only while Prisma Client has no transaction open (transaction-gate.ts). While another process holds the write lock, the writes wait on a timer and go
 * together with the ones that arrive meanwhile; a write still waiting after `lockWaitMs` fails with
 * SQLite's "database is locked". Any other failure retries each write in its own transaction, so one bad
 * write never fails the others.
 */
function commitTogether(
  db: Database.Database,
  gate: TransactionGate,
  lockWaitMs: number,
): <T>(run: () => T) => Promise<T> {
  interface Queued {
    readonly run: () => unknown;
    readonly done: (value: unknown) => void;
    readonly fail: (error: unknown) => void;
    readonly deadline: number;
  }
  let queue: Queued[] = [];
  let scheduled = false;
  const together = db.transaction((batch: readonly Queued[]) => batch.map((w) => w.run()));
  const alone = db.transaction((w: Queued) => w.run());
  const flush = async (): Promise<void> => {
    while (!gate.idle()) await gate.whenIdle();
    scheduled = false;
    const batch = queue;
    queue = [];
    let results: unknown[];
    try {
      results = together.immediate(batch);
    } catch (error) {
      if (isLocked(error)) {
        waitForLock(batch, error);
        return;
      }
      for (const w of batch) {
        try {
          w.done(alone.immediate(w));
        } catch (error) {
          w.fail(error);
        }
      }
      return;
    }
    for (const [i, w] of batch.entries()) w.done(results[i]);
  };
  const waitForLock = (batch: readonly Queued[], error: unknown) => {
    const now = performance.now();
    for (const w of batch) if (w.deadline <= now) w.fail(error);
    queue = [...batch.filter((w) => w.deadline > now), ...queue];
    if (queue.length === 0 || scheduled) return;
    scheduled = true;
    setTimeout(() => void flush(), RETRY_EVERY_MS);
  };
  return <T>(run: () => T) =>
    new Promise<T>((resolve, reject) => {
      queue.push({
        run,
        done: (value) => resolve(value as T),
        fail: reject,
        deadline: performance.now() + lockWaitMs,
      });
      if (scheduled) return;
      scheduled = true;
      // After this turn's I/O callbacks, not after this callback: clicks that arrived together share a commit.
      setImmediate(() => void flush());
    });
}

/** A time as Prisma stores a DateTime in SQLite (ISO text with an explicit offset), so comparisons agree. */
export function toSqliteTime(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

/** One answer and its streak as a JSON array, in Prisma's storage format (0/1 booleans, ISO text times). */
function writeRow({ answer: a, streak: s }: AnswerWrite): unknown[] {
  return [
    a.roundId,
    a.playerId,
    a.tenantId,
    a.channelId,
    a.roundKind,
    a.questionId,
    a.section,
    a.choice,
    a.correct ? 1 : 0,
    a.selfGrade,
    a.points,
    a.latencyMs,
    toSqliteTime(a.answeredAt),
    s?.channelId ?? null,
    s?.current ?? null,
    s?.best ?? null,
    s?.lastDate ?? null,
  ];
}

interface PlayerRow {
  id: string;
  tenantId: string;
  displayName: string;
  isBot: number;
  rating: number;
  ratedGames: number;
}

interface StreakRow {
  playerId: string;
  channelId: string;
  current: number;
  best: number;
  lastDate: string | null;
}

function toPlayer(r: PlayerRow): PlayerRecord {
  return {
    id: r.id,
    tenantId: r.tenantId,
    displayName: r.displayName,
    isBot: r.isBot !== 0,
    rating: r.rating,
    ratedGames: r.ratedGames,
  };
}

function toStreak(r: StreakRow): StreakRecord {
  return {
    playerId: r.playerId,
    channelId: r.channelId,
    current: r.current,
    best: r.best,
    lastDate: r.lastDate,
  };
}
