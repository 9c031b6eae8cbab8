import type { ChartRequest } from '../chart-data.ts';
import { leaderboardText } from './leaderboard-text.ts';
import { playerStatsText } from './player-stats-text.ts';
import { sectionReportText } from './section-report-text.ts';

/** Any chart as Unicode text for the terminal. */
export function chartText(request: ChartRequest): string {
  switch (request.kind) {
    case 'leaderboard':
      return leaderboardText(request.chart);
    case 'section-report':
      return sectionReportText(request.chart);
    case 'player-stats':
      return playerStatsText(request.chart);
  }
}
