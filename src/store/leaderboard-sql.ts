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

/**
 * The top `limit` rows plus the viewer's own row wherever it ranks, each with its rank and the number of
 * ranked players, with display names: one aggregate, one sort, one round trip.
 */
export function leaderboardSql(
  q: LeaderboardQuery,
  d: Dialect,
  limit: number,
  viewerId: string | null,
): Prisma.Sql {
  const c = d.binaryCollation;
  const viewer = viewerId === null ? Prisma.empty : Prisma.sql` OR r."playerId" = ${viewerId}`;
  return Prisma.sql`
    SELECT f."playerId", f."points", f."correct", f."answered", f."rank", f."total", p."displayName"
    FROM (
      SELECT r.* FROM (
        SELECT g.*,
               ROW_NUMBER() OVER (ORDER BY g."points" DESC, g."correct" DESC, g."answered" ASC, g."playerId" ${c} ASC) AS "rank",
               COUNT(*) OVER () AS "total"
        FROM (${aggregate(q, d)}) g
      ) r
      WHERE r."rank" <= ${limit}${viewer}
    ) f
    LEFT JOIN "Player" p ON p."id" = f."playerId"
    ORDER BY f."rank"`;
}
