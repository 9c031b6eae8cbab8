import { CHART_LIMITS, type LeaderboardChart } from '../chart-data.ts';
import { count, integerText } from '../figures.ts';
import { cleanText } from '../untrusted-text.ts';
import { fitColumns, formatTable } from './text-table.ts';
import { unicodeBar } from './unicode-bar.ts';

/** Marks the viewer's row; ASCII, so it is one column wide in every terminal. */
const VIEWER = '>';

/**
 * The leaderboard as text for the terminal, with the `more` figures (if any) between the points and the
 * bar:
 *
 *     Leaderboard: #general, this week
 *      #  Player         Points
 *      1  Alice Johnson     300  ████████████████████
 *     >2  张伟              212  ██████████████▏
 */
export function leaderboardText(chart: LeaderboardChart): string {
  const rows = chart.rows.slice(0, CHART_LIMITS.leaderboardRows);
  const max = Math.max(0, ...rows.map((r) => count(r.points)));
  const more = chart.labels.more ?? [];
  const table = formatTable(
    [
      ['#', cleanText(chart.labels.player), cleanText(chart.labels.points), ...more.map(cleanText), ''],
      ...rows.map((r) => [
        `${r.isViewer === true ? VIEWER : ''}${r.rank}`,
        fitColumns(r.name, CHART_LIMITS.labelColumns),
        integerText(r.points),
        ...more.map((_, i) => cleanText(r.more?.[i] ?? '')),
        unicodeBar(count(r.points), max),
      ]),
    ],
    ['right', 'left', 'right', ...more.map((): 'right' => 'right'), 'left'],
  );
  return [cleanText(chart.title), ...table].join('\n');
}
