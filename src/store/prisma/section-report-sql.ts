import { SECTION_SEPARATOR } from '../../engine/records.ts';
import type { SectionReportQuery } from '../../engine/report-store-port.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { notInOpenDailyRound, sectionTitleFilter } from './leaderboard-sql.ts';
import type { Dialect } from './store-db.ts';

/**
 * The SQL behind StorePort.sectionReport: one statement, whatever the number of sections. It reads the
 * answers of both windows once, maps each distinct stored section path to its note section (the path
 * without the card's own heading, as noteSectionOf does), and groups twice over that one read: per note
 * section and question (answers and correct answers in each window) and per note section (distinct players
 * in the current window).
 *
 * The note section is cut in SQL, identically on SQLite and PostgreSQL: a recursive CTE over the distinct
 * paths (a few hundred, not the answers) peels one separator at a time, so the last one is found without
 * a regular expression (SQLite has none) or a placeholder character a heading could contain.
 */

type Window = { readonly from?: Date; readonly to?: Date };

const sep = Prisma.sql`CAST(${SECTION_SEPARATOR} AS TEXT)`;
const sepLength = Prisma.raw(String(SECTION_SEPARATOR.length));

function within(window: Window): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (window.from !== undefined) parts.push(Prisma.sql`a."answeredAt" >= ${window.from}`);
  if (window.to !== undefined) parts.push(Prisma.sql`a."answeredAt" < ${window.to}`);
  return parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, ' AND ');
}

/** The smallest range holding both windows: lets the (tenantId|channelId, answeredAt) indexes find the rows. */
function enclosing(current: Window, previous: Window | null): Window {
  if (previous === null) return current;
  const from =
    current.from === undefined || previous.from === undefined
      ? undefined
      : new Date(Math.min(current.from.getTime(), previous.from.getTime()));
  const to =
    current.to === undefined || previous.to === undefined
      ? undefined
      : new Date(Math.max(current.to.getTime(), previous.to.getTime()));
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function answerFilter(q: SectionReportQuery, d: Dialect): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // A channel belongs to one tenant, but say it anyway: a query must never leak another tenant's answers.
  if (q.channelId !== undefined) parts.push(Prisma.sql`a."channelId" = ${q.channelId}`);
  if (q.tenantId !== null) parts.push(Prisma.sql`a."tenantId" = ${q.tenantId}`);
  parts.push(
    Prisma.sql`a."selfGrade" IS NULL`,
    Prisma.sql`a."roundKind" IN (${Prisma.join([...q.roundKinds])})`,
    within(enclosing(q.current, q.previous)),
  );
  const windows = [Prisma.sql`(${within(q.current)})`];
  if (q.previous !== null) windows.push(Prisma.sql`(${within(q.previous)})`);
  parts.push(Prisma.sql`(${Prisma.join(windows, ' OR ')})`);
  if (q.sections !== undefined && q.sections.length > 0) parts.push(sectionTitleFilter(q.sections, d));
  parts.push(notInOpenDailyRound());
  return Prisma.join(parts, ' AND ');
}

export function sectionReportSql(q: SectionReportQuery, d: Dialect): Prisma.Sql {
  const c = d.binaryCollation;
  const at = (haystack: Prisma.Sql) => d.position(haystack, sep);
  return Prisma.sql`
    WITH RECURSIVE
    picked AS MATERIALIZED (
      SELECT a."section" AS "section", a."questionId" AS "questionId", a."playerId" AS "playerId",
             CASE WHEN ${within(q.current)} THEN 1 ELSE 0 END AS "cur",
             CASE WHEN a."correct" THEN 1 ELSE 0 END AS "ok"
      FROM "Answer" a
      WHERE ${answerFilter(q, d)}
    ),
    cut ("section", "rest", "head") AS (
      SELECT s."section", s."section", CAST('' AS TEXT) FROM (SELECT DISTINCT p."section" FROM picked p) s
      UNION ALL
      SELECT x."section",
             substr(x."rest", ${at(Prisma.sql`x."rest"`)} + ${sepLength}),
             x."head" || substr(x."rest", 1, ${at(Prisma.sql`x."rest"`)} + ${sepLength} - 1)
      FROM cut x WHERE ${at(Prisma.sql`x."rest"`)} > 0
    ),
    notes AS (
      SELECT x."section" AS "section",
             CASE WHEN x."head" = '' THEN x."section"
                  ELSE substr(x."head", 1, length(x."head") - ${sepLength}) END AS "note"
      FROM cut x WHERE ${at(Prisma.sql`x."rest"`)} = 0
    ),
    joined AS MATERIALIZED (
      SELECT n."note" AS "note", p."questionId" AS "questionId", p."playerId" AS "playerId",
             p."cur" AS "cur", p."ok" AS "ok"
      FROM picked p JOIN notes n ON n."section" = p."section"
    ),
    per_question AS (
      SELECT j."note" AS "note", j."questionId" AS "questionId",
             SUM(j."cur") AS "answers", SUM(j."cur" * j."ok") AS "correct",
             SUM(1 - j."cur") AS "previousAnswers", SUM((1 - j."cur") * j."ok") AS "previousCorrect"
      FROM joined j GROUP BY j."note", j."questionId"
    ),
    per_section AS (
      SELECT j."note" AS "note", COUNT(DISTINCT j."playerId") AS "players"
      FROM joined j WHERE j."cur" = 1 GROUP BY j."note"
    )
    SELECT q."note", q."questionId", q."answers", q."correct", q."previousAnswers", q."previousCorrect",
           COALESCE(s."players", 0) AS "sectionPlayers"
    FROM per_question q LEFT JOIN per_section s ON s."note" = q."note"
    ORDER BY q."note" ${c}, q."questionId" ${c}`;
}
