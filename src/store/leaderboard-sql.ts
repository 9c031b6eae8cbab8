import { SECTION_SEPARATOR } from '../engine/records.ts';
import type { LeaderboardQuery } from '../engine/store-port.ts';
import { Prisma } from './generated/sqlite/client.ts';
import type { Dialect } from './store-db.ts';

/**
 * The SQL behind StorePort.leaderboard: one grouped aggregate over the answers, in LEADERBOARD_ORDER
 * (points desc, correct desc, answered asc, playerId asc in byte order). The WHERE leads with tenantId or
 * channelId and a range on answeredAt, which the (tenantId, answeredAt) and (channelId, answeredAt)
 * indexes serve.
 */

function answerFilter(q: LeaderboardQuery, d: Dialect): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    q.channelId === undefined
      ? Prisma.sql`a."tenantId" = ${q.tenantId}`
      : Prisma.sql`a."channelId" = ${q.channelId}`,
    // A channel belongs to one tenant, but say it anyway: a query must never leak another tenant's answers.
    ...(q.channelId === undefined ? [] : [Prisma.sql`a."tenantId" = ${q.tenantId}`]),
    Prisma.sql`a."selfGrade" IS NULL`,
    Prisma.sql`a."roundKind" IN (${Prisma.join([...q.roundKinds])})`,
  ];
  if (q.from !== undefined) parts.push(Prisma.sql`a."answeredAt" >= ${q.from}`);
  if (q.to !== undefined) parts.push(Prisma.sql`a."answeredAt" < ${q.to}`);
  if (q.section !== undefined) {
    // Whole titles only: " > Docker > " is found in " > Ops > Docker > ", " > Docker Compose > " is not.
    const sep = SECTION_SEPARATOR;
    parts.push(
      Prisma.sql`${d.position(
        Prisma.sql`(CAST(${sep} AS TEXT) || a."section" || CAST(${sep} AS TEXT))`,
        Prisma.sql`CAST(${`${sep}${q.section}${sep}`} AS TEXT)`,
      )} > 0`,
    );
  }
  return Prisma.join(parts, ' AND ');
}

function aggregate(q: LeaderboardQuery, d: Dialect): Prisma.Sql {
  return Prisma.sql`
    SELECT a."playerId" AS "playerId",
           SUM(a."points") AS "points",
           SUM(CASE WHEN a."correct" THEN 1 ELSE 0 END) AS "correct",
           COUNT(*) AS "answered"
    FROM "Answer" a
    WHERE ${answerFilter(q, d)}
    GROUP BY a."playerId"`;
}

/** The top `limit` rows with display names, and the number of ranked players on every row. */
export function topRowsSql(q: LeaderboardQuery, d: Dialect, limit: number): Prisma.Sql {
  const c = d.binaryCollation;
  return Prisma.sql`
    SELECT t."playerId", t."points", t."correct", t."answered", t."total", p."displayName"
    FROM (
      SELECT g.*, COUNT(*) OVER () AS "total"
      FROM (${aggregate(q, d)}) g
      ORDER BY g."points" DESC, g."correct" DESC, g."answered" ASC, g."playerId" ${c} ASC
      LIMIT ${limit}
    ) t
    LEFT JOIN "Player" p ON p."id" = t."playerId"
    ORDER BY t."points" DESC, t."correct" DESC, t."answered" ASC, t."playerId" ${c} ASC`;
}

/** One player's row and how many players are strictly ahead of them: their rank outside the top N. */
export function viewerRowSql(q: LeaderboardQuery, d: Dialect, viewerId: string): Prisma.Sql {
  const c = d.binaryCollation;
  // One pass over the grouped rows counts both the players ahead and all players.
  return Prisma.sql`
    WITH g AS (${aggregate(q, d)}),
         me AS (SELECT * FROM g WHERE g."playerId" = ${viewerId})
    SELECT me."playerId", me."points", me."correct", me."answered", p."displayName",
           SUM(CASE WHEN g."points" > me."points"
                      OR (g."points" = me."points" AND g."correct" > me."correct")
                      OR (g."points" = me."points" AND g."correct" = me."correct" AND g."answered" < me."answered")
                      OR (g."points" = me."points" AND g."correct" = me."correct" AND g."answered" = me."answered"
                          AND g."playerId" ${c} < me."playerId" ${c})
                    THEN 1 ELSE 0 END) AS "ahead",
           COUNT(*) AS "total"
    FROM me
    CROSS JOIN g
    LEFT JOIN "Player" p ON p."id" = me."playerId"
    GROUP BY me."playerId", me."points", me."correct", me."answered", p."displayName"`;
}
