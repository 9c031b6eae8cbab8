import type { ChartRequest } from '../chart-data.ts';
import { leaderboardText } from './leaderboard-text.ts';
import { playerStatsText } from './player-stats-text.ts';
import { sectionReportText } from './section-report-text.ts';

/**
 * Any chart as Unicode text for the terminal. Its first line is the title; `title: false` leaves it out,
 * for a reply that has already said it.
 */
export function chartText(request: ChartRequest, options: { title?: boolean } = {}): string {
  const text = drawn(request);
  // A title is one line: cleaning turned any line break in it into a space.
  return options.title === false ? text.slice(text.indexOf('\n') + 1) : text;
}

function drawn(request: ChartRequest): string {
  switch (request.kind) {
    case 'leaderboard':
      return leaderboardText(request.chart);
    case 'section-report':
      return sectionReportText(request.chart);
    case 'player-stats':
      return playerStatsText(request.chart);
  }
}
