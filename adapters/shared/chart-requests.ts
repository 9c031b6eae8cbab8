import type { Lang } from '../../src/content/question.ts';
import type { LeaderboardEntry, LeaderboardView, PlayerStats } from '../../src/engine/api.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import type { ChartRequest, LeaderboardChartRow } from './charts/chart-data.ts';
import { percent, periodName, scopeName, t } from './i18n.ts';
import { sectionReportChart } from './section-report-view.ts';
import { weekLabel } from './time-text.ts';

/**
 * Engine results as charts, worded from the shared catalogue: the one place that decides what each
 * platform's picture (and the terminal's bars) of a leaderboard or a player's stats shows. Null when there
 * is nothing to draw: the text reply says so on its own.
 */

/** "Leaderboard: this channel, this week": the title of the text and of the chart. */
export function leaderboardTitle(lang: Lang, view: LeaderboardView): string {
  return t(lang, 'leaderboard.title', {
    scope: scopeName(lang, view.scope, view.sections),
    period: periodName(lang, view.period),
  });
}

/**
 * The ranked rows, then the viewer's own row when it ranks below them (its rank says how far), so whoever
 * asked finds themselves in the picture. `more` carries the figures only the terminal's table prints.
 */
export function leaderboardChart(lang: Lang, view: LeaderboardView): ChartRequest | null {
  if (view.rows.length === 0) return null;
  const viewer = view.viewer;
  const outside = viewer !== null && !view.rows.some((r) => r.playerId === viewer.playerId);
  const row = (e: LeaderboardEntry): LeaderboardChartRow => ({
    rank: e.rank,
    name: e.displayName,
    points: e.points,
    isViewer: e.playerId === viewer?.playerId,
    more: [percent(lang, e.accuracy), String(e.streak), String(Math.round(e.rating))],
  });
  return {
    kind: 'leaderboard',
    chart: {
      title: leaderboardTitle(lang, view),
      labels: {
        player: t(lang, 'column.player'),
        points: t(lang, 'column.points'),
        more: [t(lang, 'column.accuracy'), t(lang, 'column.streak'), t(lang, 'column.rating')],
      },
      rows: [...view.rows, ...(outside ? [viewer] : [])].map(row),
    },
  };
}

/**
 * Accuracy week by week, then by note section, weakest first (ties: more answers, then the title).
 * `name`: what the text reply calls the player, when that is not their stored name.
 */
export function playerStatsChart(
  lang: Lang,
  stats: PlayerStats,
  name: string = stats.player.displayName,
): ChartRequest | null {
  if (stats.answered === 0) return null;
  const sections = [...stats.sections].sort(
    (a, b) => a.accuracy - b.accuracy || b.answered - a.answered || (a.section < b.section ? -1 : 1),
  );
  return {
    kind: 'player-stats',
    chart: {
      title: t(lang, 'stats.title', { name }),
      labels: {
        overTime: t(lang, 'chart.overTime'),
        bySection: t(lang, 'chart.bySection'),
        accuracy: t(lang, 'column.accuracy'),
        answers: t(lang, 'chart.answers'),
      },
      periods: stats.weeks.map((w) => ({
        label: weekLabel(lang, w.monday),
        answers: w.answered,
        accuracy: w.accuracy,
      })),
      sections: sections.map((s) => ({ title: s.section, answers: s.answered, accuracy: s.accuracy })),
    },
  };
}

/** The knowledge-gap report's picture, or null when no section had answers (the text says so). */
export function sectionReportChartRequest(lang: Lang, report: SectionReport): ChartRequest | null {
  if (report.sections.length === 0) return null;
  return { kind: 'section-report', chart: sectionReportChart(lang, report) };
}
