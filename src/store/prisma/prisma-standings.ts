import type { LeaderboardRow, StandingsStore } from '../../engine/store-port.ts';
import { toNumber, toText } from '../database-errors.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { leaderboardSql, notInOpenDailyRound } from './leaderboard-sql.ts';
import type { StoreContext } from './store-db.ts';

type StandingMethods = StandingsStore;

type RawRow = Record<string, unknown>;

function toRow(raw: RawRow, rank: number): LeaderboardRow {
  const playerId = toText(raw.playerId);
  return {
    rank,
    playerId,
    displayName: typeof raw.displayName === 'string' ? raw.displayName : playerId,
    points: toNumber(raw.points),
    answered: toNumber(raw.answered),
    correct: toNumber(raw.correct),
  };
}

export function standingMethods({ db, dialect }: StoreContext): StandingMethods {
  return {
    async leaderboard(query) {
      const limit = Math.max(0, Math.floor(query.limit));
      // At least rank 1 comes back, so the row count still tells how many players are ranked.
      const raw = await db.$queryRaw<RawRow[]>(
        leaderboardSql(query, dialect, Math.max(1, limit), query.viewerId ?? null),
      );
      const ranked = raw.map((r) => toRow(r, toNumber(r.rank)));
      // A viewer inside the top N also comes back as its own row: keep each rank once.
      const rows = ranked.filter(
        (r, i) => r.rank <= limit && ranked.findIndex((o) => o.rank === r.rank) === i,
      );
      const viewer =
        query.viewerId === undefined ? null : (ranked.find((r) => r.playerId === query.viewerId) ?? null);
      return { rows, viewer, totalPlayers: raw[0] === undefined ? 0 : toNumber(raw[0].total) };
    },
    async sectionStats(playerId) {
      const raw = await db.$queryRaw<RawRow[]>(Prisma.sql`
        SELECT a."section" AS "section",
               COUNT(*) AS "answered",
               SUM(CASE WHEN a."correct" THEN 1 ELSE 0 END) AS "correct",
               SUM(CASE WHEN a."selfGrade" IS NULL THEN 0 ELSE 1 END) AS "selfGraded"
        FROM "Answer" a
        WHERE a."playerId" = ${playerId} AND ${notInOpenDailyRound()}
        GROUP BY a."section"
        ORDER BY a."section" ${dialect.binaryCollation}`);
      return raw.map((r) => ({
        section: toText(r.section),
        answered: toNumber(r.answered),
        correct: toNumber(r.correct),
        selfGraded: toNumber(r.selfGraded),
      }));
    },
    async answersPerPeriod(playerId, bounds) {
      const periods = bounds.length - 1;
      const first = bounds[0];
      const last = bounds[periods];
      if (periods < 1 || first === undefined || last === undefined) return [];
      // Each answer falls in the first period whose end is after it; the range keeps the rest out.
      const ends = bounds.slice(1, -1).map((end, i) => Prisma.sql`WHEN a."answeredAt" < ${end} THEN ${i}`);
      const period =
        ends.length === 0
          ? Prisma.sql`0`
          : Prisma.sql`CASE ${Prisma.join(ends, ' ')} ELSE ${periods - 1} END`;
      const raw = await db.$queryRaw<RawRow[]>(Prisma.sql`
        SELECT p."period" AS "period", COUNT(*) AS "answered", SUM(p."correct") AS "correct"
        FROM (
          SELECT ${period} AS "period", CASE WHEN a."correct" THEN 1 ELSE 0 END AS "correct"
          FROM "Answer" a
          WHERE a."playerId" = ${playerId} AND a."answeredAt" >= ${first} AND a."answeredAt" < ${last}
            AND ${notInOpenDailyRound()}
        ) p
        GROUP BY p."period"`);
      const tallies = Array.from({ length: periods }, () => ({ answered: 0, correct: 0 }));
      for (const r of raw) {
        const tally = tallies[toNumber(r.period)];
        if (tally === undefined) continue;
        tally.answered = toNumber(r.answered);
        tally.correct = toNumber(r.correct);
      }
      return tallies;
    },
    async questionAccuracy(tenantId) {
      const raw = await db.$queryRaw<RawRow[]>(Prisma.sql`
        SELECT a."questionId" AS "questionId",
               COUNT(*) AS "answered",
               SUM(CASE WHEN a."correct" THEN 1 ELSE 0 END) AS "correct"
        FROM "Answer" a
        WHERE a."tenantId" = ${tenantId}
        GROUP BY a."questionId"
        ORDER BY a."questionId" ${dialect.binaryCollation}`);
      return raw.map((r) => ({
        questionId: toText(r.questionId),
        answered: toNumber(r.answered),
        correct: toNumber(r.correct),
      }));
    },
  };
}
