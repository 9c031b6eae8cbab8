/**
 * Charts of the leaderboard, the knowledge-gap report and a player's stats: as PNG pictures for Slack and
 * Discord (beside the text reply, which stays for screen readers and clients that hide images) and as
 * Unicode bar charts for the terminal. See docs/charts.md.
 *
 * Importing this module is cheap: the chart libraries and fonts load on the first picture, in the worker.
 */
export type {
  Accuracy,
  ChartKind,
  ChartRequest,
  LeaderboardChart,
  LeaderboardChartRow,
  PlayerStatsChart,
  PlayerStatsPeriod,
  PlayerStatsSection,
  SectionReportChart,
  SectionReportRow,
} from './chart-data.ts';
export { CHART_LIMITS } from './chart-data.ts';
export {
  ChartRenderError,
  type ChartRenderErrorCode,
  type ChartRenderer,
  type ChartRendererOptions,
  createChartRenderer,
} from './png/chart-worker.ts';
export { renderChartPng } from './png/render-png.ts';
export { chartText } from './text/chart-text.ts';
export { leaderboardText } from './text/leaderboard-text.ts';
export { playerStatsText } from './text/player-stats-text.ts';
export { sectionReportText } from './text/section-report-text.ts';
