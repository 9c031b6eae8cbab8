import type pg from 'pg';
import type { PlayerRecord, StreakRecord } from '../../engine/records.ts';
import {
  type AnswerWrite,
  answerKey,
  type HotPath,
  type PlayerInput,
  type WrittenAnswers,
} from './hot-path.ts';

/**
 * The hot path on node-postgres, on the same pool Prisma Client uses. A group travels as one array per
 * column (unnest), so each statement has a fixed text and is prepared once per connection (named
 * statements); the answers, their streaks and the players' names are one statement, atomic without a
 * transaction.
 */
export function postgresHotPath(pool: pg.Pool): HotPath {
  const write = writeTogether(pool);
  return {
    upsertPlayers: (inputs) => write({ players: inputs, answers: [] }).then((w) => w.players),
    async getStreaks(keys) {
      const { rows } = await pool.query<StreakRecord>({
        name: 'notequiz_get_streaks',
        text: `
          SELECT "playerId", "channelId", "current", "best", "lastDate" FROM "Streak"
          WHERE "playerId" = ANY($1::text[]) AND "channelId" = ANY($2::text[])`,
        values: [[...new Set(keys.map((k) => k.playerId))], [...new Set(keys.map((k) => k.channelId))]],
      });
      return rows;
    },
    async countAnswers(roundIds) {
      const { rows } = await pool.query<{ roundId: string; n: number }>({
        name: 'notequiz_count_answers',
        text: `
          SELECT "roundId", COUNT(*)::int AS "n" FROM "Answer"
          WHERE "roundId" = ANY($1::text[]) GROUP BY "roundId"`,
        values: [roundIds],
      });
      return new Map(rows.map((r) => [r.roundId, r.n]));
    },
    writeAnswers: (writes) => write({ players: [], answers: writes }),
    async close() {
      await pool.end();
    },
  };
}

interface Written extends WrittenAnswers {
  readonly players: PlayerRecord[];
}

interface Writes {
  readonly players: readonly PlayerInput[];
  readonly answers: readonly AnswerWrite[];
}

/**
 * The player writes and answer writes asked for in the same tick (a click asks for both at once) go in one
 * statement: one round trip and one commit instead of two. Each caller gets its own part of the result.
 */
function writeTogether(pool: pg.Pool): (writes: Writes) => Promise<Written> {
  interface Queued {
    readonly writes: Writes;
    readonly done: (written: Written) => void;
    readonly fail: (error: unknown) => void;
  }
  let queue: Queued[] = [];
  const flush = async (): Promise<void> => {
    const batch = queue;
    queue = [];
    // One player write and one answer write per statement: each is already a whole group of calls.
    const players = batch.find((q) => q.writes.players.length > 0);
    const answers = batch.find((q) => q.writes.answers.length > 0);
    const together = [players, answers].filter((q) => q !== undefined);
    const rest = batch.filter((q) => !together.includes(q));
    const run = async (parts: readonly Queued[]): Promise<void> => {
      try {
        const written = await writeStatement(pool, {
          players: parts.flatMap((q) => q.writes.players),
          answers: parts.flatMap((q) => q.writes.answers),
        });
        for (const q of parts) q.done(written);
      } catch (error) {
        for (const q of parts) q.fail(error);
      }
    };
    await Promise.all([run(together), ...rest.map((q) => run([q]))]);
  };
  return (writes) =>
    new Promise<Written>((resolve, reject) => {
      queue.push({ writes, done: resolve, fail: reject });
      // DataLoader dispatches every group of this tick first; this runs after them.
      if (queue.length === 1) process.nextTick(() => void flush());
    });
}

async function writeStatement(pool: pg.Pool, writes: Writes): Promise<Written> {
  const column = <T>(pick: (w: AnswerWrite) => T): T[] => writes.answers.map(pick);
  const { rows } = await pool.query<OutputRow>({
    name: 'notequiz_write_answers',
    text: WRITE_ANSWERS,
    values: [
      column((w) => w.answer.roundId),
      column((w) => w.answer.playerId),
      column((w) => w.answer.tenantId),
      column((w) => w.answer.channelId),
      column((w) => w.answer.roundKind),
      column((w) => w.answer.questionId),
      column((w) => w.answer.section),
      column((w) => w.answer.choice),
      column((w) => w.answer.correct),
      column((w) => w.answer.selfGrade),
      column((w) => w.answer.points),
      column((w) => w.answer.latencyMs),
      // UTC text: a timestamp without time zone keeps the wall time and ignores the "Z", as Prisma's does.
      column((w) => w.answer.answeredAt.toISOString()),
      column((w) => w.streak?.channelId ?? null),
      column((w) => w.streak?.current ?? null),
      column((w) => w.streak?.best ?? null),
      column((w) => w.streak?.lastDate ?? null),
      column((w) => w.streak !== undefined && w.expected !== undefined),
      column((w) => w.expected != null),
      column((w) => w.expected?.current ?? null),
      column((w) => w.expected?.best ?? null),
      column((w) => w.expected?.lastDate ?? null),
      writes.players.map((p) => p.id),
      writes.players.map((p) => p.tenantId),
      writes.players.map((p) => p.displayName),
      writes.players.map((p) => p.isBot),
    ],
  });
  const recorded = new Set<string>();
  const stale = new Set<string>();
  const counts = new Map<string, number>();
  const players: PlayerRecord[] = [];
  for (const row of rows) {
    if (row.kind === 'count') counts.set(row.roundId, row.n);
    else if (row.kind === 'player' && row.player !== null) players.push(toPlayer(row.player));
    else (row.kind === 'stale' ? stale : recorded).add(answerKey(row));
  }
  return { recorded, stale, counts, players };
}

interface OutputRow {
  readonly kind: 'recorded' | 'stale' | 'count' | 'player';
  readonly roundId: string;
  readonly playerId: string;
  readonly n: number;
  readonly player: PlayerRow | null;
}

/**
 * Streaks that must be as expected are locked first (FOR UPDATE waits for a writer in flight and then sees
 * its commit), writes whose streak moved on are left out ("stale"), and the rest go in as before.
 */
const WRITE_ANSWERS = `
  WITH players AS (
    INSERT INTO "Player" ("id", "tenantId", "displayName", "isBot")
    SELECT * FROM unnest($23::text[], $24::text[], $25::text[], $26::boolean[])
    ON CONFLICT ("id") DO UPDATE SET "displayName" = excluded."displayName", "isBot" = excluded."isBot"
    RETURNING "id", "tenantId", "displayName", "isBot", "rating", "ratedGames"
  ), given AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::int[], $9::boolean[], $10::text[], $11::int[], $12::int[], $13::timestamp(3)[],
                         $14::text[], $15::int[], $16::int[], $17::text[],
                         $18::boolean[], $19::boolean[], $20::int[], $21::int[], $22::text[])
      AS g ("roundId", "playerId", "tenantId", "channelId", "roundKind", "questionId", "section", "choice",
            "correct", "selfGrade", "points", "latencyMs", "answeredAt",
            "streakChannelId", "streakCurrent", "streakBest", "streakLastDate",
            "checked", "expectedPresent", "expectedCurrent", "expectedBest", "expectedLastDate")
  ), stored AS (
    SELECT s."playerId", s."channelId", s."current", s."best", s."lastDate" FROM "Streak" s
    JOIN given g ON g."checked" AND s."playerId" = g."playerId" AND s."channelId" = g."streakChannelId"
    FOR UPDATE OF s
  ), v AS (
    SELECT g.* FROM given g
    LEFT JOIN stored s ON s."playerId" = g."playerId" AND s."channelId" = g."streakChannelId"
    WHERE NOT g."checked"
       OR (g."expectedPresent" AND s."playerId" IS NOT NULL AND s."current" = g."expectedCurrent"
           AND s."best" = g."expectedBest" AND s."lastDate" IS NOT DISTINCT FROM g."expectedLastDate")
       OR (NOT g."expectedPresent" AND s."playerId" IS NULL)
  ), inserted AS (
    INSERT INTO "Answer" ("roundId", "playerId", "tenantId", "channelId", "roundKind", "questionId", "section",
                          "choice", "correct", "selfGrade", "points", "latencyMs", "answeredAt")
    SELECT "roundId", "playerId", "tenantId", "channelId", "roundKind", "questionId", "section", "choice",
           "correct", "selfGrade", "points", "latencyMs", "answeredAt" FROM v
    ON CONFLICT ("roundId", "playerId") DO NOTHING
    RETURNING "roundId", "playerId"
  ), streaks AS (
    INSERT INTO "Streak" ("playerId", "channelId", "tenantId", "current", "best", "lastDate")
    SELECT v."playerId", v."streakChannelId", v."tenantId", v."streakCurrent", v."streakBest", v."streakLastDate"
    FROM v JOIN inserted i ON i."roundId" = v."roundId" AND i."playerId" = v."playerId"
    WHERE v."streakChannelId" IS NOT NULL
    ON CONFLICT ("playerId", "channelId")
      DO UPDATE SET "current" = excluded."current", "best" = excluded."best", "lastDate" = excluded."lastDate"
  )
  -- The inserted keys, the stale ones, then one count per round (the statement's snapshot does not see its
  -- own inserts yet).
  SELECT 'recorded' AS "kind", "roundId", "playerId", 0 AS "n", NULL::jsonb AS "player" FROM inserted
  UNION ALL
  SELECT 'stale', g."roundId", g."playerId", 0, NULL FROM given g
  WHERE NOT EXISTS (SELECT 1 FROM v WHERE v."roundId" = g."roundId" AND v."playerId" = g."playerId")
  UNION ALL
  SELECT 'count', r."roundId", '', ((SELECT COUNT(*) FROM "Answer" a WHERE a."roundId" = r."roundId")
                                  + (SELECT COUNT(*) FROM inserted i WHERE i."roundId" = r."roundId"))::int, NULL
  FROM (SELECT DISTINCT "roundId" FROM given) r
  UNION ALL
  SELECT 'player', '', '', 0, to_jsonb(p) FROM players p`;

interface PlayerRow {
  id: string;
  tenantId: string;
  displayName: string;
  isBot: boolean;
  rating: number;
  ratedGames: number;
}

function toPlayer(r: PlayerRow): PlayerRecord {
  return { ...r, rating: Number(r.rating), ratedGames: Number(r.ratedGames) };
}
