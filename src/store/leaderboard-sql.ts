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
    notInOpenDailyRound(q.tenantId),
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

/**
 * An open daily round's answers stay off every board and stat until the round is revealed (closed), so
 * nobody learns from a leaderboard whose answer was right while others can still answer. The open daily
 * rounds are a handful (one per channel and day), found by the (kind, status, closesAt) index; the
 * subquery is not correlated, so it runs once per query.
 */
export function notInOpenDailyRound(tenantId?: string): Prisma.Sql {
  const tenant = tenantId === undefined ? Prisma.empty : Prisma.sql` AND r."tenantId" = ${tenantId}`;
  return Prisma.sql`a."roundId" NOT IN (
    SELECT r."id" FROM "Round" r WHERE r."kind" = 'daily' AND r."status" = 'open'${tenant})`;
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

function order(alias: string, c: Prisma.Sql): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return Prisma.sql`${col('points')} DESC, ${col('correct')} DESC, ${col('answered')} ASC, ${col('playerId')} ${c} ASC`;
}

/** True when row `g` ranks strictly ahead of row `me` in LEADERBOARD_ORDER. */
function ahead(c: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(g."points" > me."points"
    OR (g."points" = me."points" AND g."correct" > me."correct")
    OR (g."points" = me."points" AND g."correct" = me."correct" AND g."answered" < me."answered")
    OR (g."points" = me."points" AND g."correct" = me."correct" AND g."answered" = me."answered"
        AND g."playerId" ${c} < me."playerId" ${c}))`;
}

/**
 * The top `limit` rows (and the viewer's own row with its rank, wherever it ranks), each with the number of
 * ranked players and a display name, in one round trip over one aggregate. The top N is a LIMIT (a bounded
 * sort); the viewer's rank is a count of the players strictly ahead, so no full ranking is ever sorted.
 * A viewer inside the top N comes back twice; the caller keeps the first.
 */
export function leaderboardSql(
  q: LeaderboardQuery,
  d: Dialect,
  limit: number,
  viewerId: string | null,
): Prisma.Sql {
  const c = d.binaryCollation;
  const top = Prisma.sql`SELECT t.*, ROW_NUMBER() OVER (ORDER BY ${order('t', c)}) AS "rank" FROM t`;
  const viewer =
    viewerId === null
      ? Prisma.empty
      : Prisma.sql`, me AS (SELECT g.* FROM g WHERE g."playerId" = ${viewerId}),
          mine AS (SELECT me.*, (SELECT COUNT(*) FROM g WHERE ${ahead(c)}) + 1 AS "rank" FROM me)`;
  const rows = viewerId === null ? top : Prisma.sql`${top} UNION ALL SELECT * FROM mine`;
  return Prisma.sql`
    WITH g AS (${aggregate(q, d)}),
         t AS (SELECT g.* FROM g ORDER BY ${order('g', c)} LIMIT ${limit})${viewer}
    SELECT x."playerId", x."points", x."correct", x."answered", x."rank", p."displayName",
           (SELECT COUNT(*) FROM g) AS "total"
    FROM (${rows}) x
    LEFT JOIN "Player" p ON p."id" = x."playerId"
    ORDER BY x."rank"`;
}
