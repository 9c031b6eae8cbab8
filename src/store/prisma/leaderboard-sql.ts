import { SECTION_SEPARATOR } from '../../engine/records.ts';
import type { LeaderboardQuery } from '../../engine/store-port.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import type { Dialect } from './store-db.ts';

/**
 * The SQL behind StorePort.leaderboard: one grouped aggregate over the answers, in LEADERBOARD_ORDER
 * (points desc, correct desc, answered asc, playerId asc in byte order). The WHERE leads with tenantId or
 * channelId and a range on answeredAt, which the (tenantId, answeredAt) and (channelId, answeredAt)
 * indexes serve; the aggregate is computed once (MATERIALIZED) for the top N, the viewer and the count.
 */

/** Whose answers: a tenant's, or one channel's (and, to be sure, that tenant's). */
function scopeFilter(q: LeaderboardQuery, alias: string): Prisma.Sql[] {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return q.channelId === undefined
    ? [Prisma.sql`${col('tenantId')} = ${q.tenantId}`]
    : // A channel belongs to one tenant, but say it anyway: a query must never leak another tenant's answers.
      [Prisma.sql`${col('channelId')} = ${q.channelId}`, Prisma.sql`${col('tenantId')} = ${q.tenantId}`];
}

/** Which of those answers count: the period, the round kinds, the section; never a self-grade. */
function answerFilter(q: LeaderboardQuery, d: Dialect): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`a."selfGrade" IS NULL`,
    Prisma.sql`a."roundKind" IN (${Prisma.join([...q.roundKinds])})`,
  ];
  if (q.from !== undefined) parts.push(Prisma.sql`a."answeredAt" >= ${q.from}`);
  if (q.to !== undefined) parts.push(Prisma.sql`a."answeredAt" < ${q.to}`);
  if (q.sections !== undefined && q.sections.length > 0) parts.push(sectionTitleFilter(q.sections, d));
  return Prisma.join(parts, ' AND ');
}

/** Answers (alias `a`) whose section path holds one of the titles, whole: a topic board's or report's filter. */
export function sectionTitleFilter(sections: readonly string[], d: Dialect): Prisma.Sql {
  // Whole titles only: " > Docker > " is found in " > Ops > Docker > ", " > Docker Compose > " is not.
  const sep = SECTION_SEPARATOR;
  const wrapped = Prisma.sql`(CAST(${sep} AS TEXT) || a."section" || CAST(${sep} AS TEXT))`;
  const anyTitle = sections.map(
    (title) => Prisma.sql`${d.position(wrapped, Prisma.sql`CAST(${`${sep}${title}${sep}`} AS TEXT)`)} > 0`,
  );
  return Prisma.sql`(${Prisma.join(anyTitle, ' OR ')})`;
}

/** The open daily rounds (of a tenant, of a channel): a handful, found by the (kind, status, closesAt) index. */
function openDailyRounds(scope: readonly Prisma.Sql[]): Prisma.Sql {
  const where = [Prisma.sql`r."kind" = 'daily'`, Prisma.sql`r."status" = 'open'`, ...scope];
  return Prisma.sql`SELECT r."id" FROM "Round" r WHERE ${Prisma.join(where, ' AND ')}`;
}

/**
 * An open daily round's answers stay off every board and stat until the round is revealed (closed), so
 * nobody learns from a leaderboard whose answer was right while others can still answer. For a query
 * that reads the answers by player (stats), as a filter; the subquery is not correlated and runs once.
 */
export function notInOpenDailyRound(): Prisma.Sql {
  return Prisma.sql`a."roundId" NOT IN (${openDailyRounds([])})`;
}

const totals = Prisma.sql`
  a."playerId" AS "playerId",
  SUM(a."points") AS "points",
  SUM(CASE WHEN a."correct" THEN 1 ELSE 0 END) AS "correct",
  COUNT(*) AS "answered"`;

/**
 * Points, correct and answered per player, open daily rounds left out. The period's answers are read from
 * the covering (tenantId|channelId, answeredAt, …) index alone, which has no roundId; so the open rounds'
 * answers (few: today's, found by the primary key) are totalled apart and taken off, instead of filtering
 * every row on a column the index does not hold.
 */
function aggregate(q: LeaderboardQuery, d: Dialect): Prisma.Sql {
  const filter = answerFilter(q, d);
  return Prisma.sql`
    SELECT s."playerId" AS "playerId",
           s."points" - COALESCE(h."points", 0) AS "points",
           s."correct" - COALESCE(h."correct", 0) AS "correct",
           s."answered" - COALESCE(h."answered", 0) AS "answered"
    FROM (
      SELECT ${totals} FROM "Answer" a WHERE ${Prisma.join([...scopeFilter(q, 'a'), filter], ' AND ')}
      GROUP BY a."playerId"
    ) s
    LEFT JOIN (
      -- The scope is the rounds' here, so the answers are reached by the primary key (roundId, playerId);
      -- CROSS JOIN keeps that order in SQLite.
      SELECT ${totals} FROM (${openDailyRounds(scopeFilter(q, 'r'))}) o CROSS JOIN "Answer" a
      WHERE a."roundId" = o."id" AND ${filter}
      GROUP BY a."playerId"
    ) h ON h."playerId" = s."playerId"
    WHERE s."answered" > COALESCE(h."answered", 0)`;
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
    WITH g AS MATERIALIZED (${aggregate(q, d)}),
         t AS (SELECT g.* FROM g ORDER BY ${order('g', c)} LIMIT ${limit})${viewer}
    SELECT x."playerId", x."points", x."correct", x."answered", x."rank", p."displayName",
           (SELECT COUNT(*) FROM g) AS "total"
    FROM (${rows}) x
    LEFT JOIN "Player" p ON p."id" = x."playerId"
    ORDER BY x."rank"`;
}
