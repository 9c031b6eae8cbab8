/**
 * What the charts draw: plain, readonly data with every visible word already in the reader's language.
 * Adapters fill these from engine results and their message catalogues (English or Chinese); the charts
 * never import the engine and never choose wording, so one picture serves every platform and language.
 *
 * Names and section titles are untrusted (players choose their names, notes are edited by anyone): the
 * charts clean and shorten them, and pass them to the chart grammar only as data values, never as
 * expressions.
 */

/** Accuracy as a fraction: 0 = none right, 1 = all right. */
export type Accuracy = number;

/** One row of a leaderboard, in rank order. */
export interface LeaderboardChartRow {
  /** 1 for the first place; ties share a rank. */
  readonly rank: number;
  readonly name: string;
  readonly points: number;
  /** The player who asked: drawn in the highlight colour. */
  readonly isViewer?: boolean;
  /**
   * Figures the text chart prints after the points, under `labels.more` (the terminal's accuracy, streak
   * and rating), already formatted; the picture draws the points only.
   */
  readonly more?: readonly string[];
}

export interface LeaderboardChart {
  /** e.g. "Leaderboard: #general, this week" / "排行榜：#general，本周". */
  readonly title: string;
  readonly labels: {
    /** Column header over the names (text chart). */
    readonly player: string;
    /** Axis title and column header over the points. */
    readonly points: string;
    /** Column headers over each row's `more` figures (text chart only). */
    readonly more?: readonly string[];
  };
  /** At most {@link CHART_LIMITS.leaderboardRows} are drawn; the text reply carries the rest. */
  readonly rows: readonly LeaderboardChartRow[];
}

/** One note section in the knowledge-gap report. */
export interface SectionReportRow {
  /** The section's heading, e.g. "Cgroup" or "容器 › 镜像". */
  readonly title: string;
  readonly answers: number;
  readonly players: number;
  /** Accuracy in the period; null when nobody answered. */
  readonly accuracy: Accuracy | null;
  /** Accuracy in the previous period of the same length, for the trend; null when there is none. */
  readonly previousAccuracy: Accuracy | null;
  /**
   * Whether the section had enough answers to be ranked. The report (not the chart) owns that threshold;
   * sections without enough answers are drawn apart, greyed, with no accuracy bar.
   */
  readonly ranked: boolean;
}

export interface SectionReportChart {
  /** e.g. "Knowledge gaps: this week" / "知识盲区：本周". */
  readonly title: string;
  readonly labels: {
    readonly section: string;
    readonly accuracy: string;
    readonly answers: string;
    readonly players: string;
    /** Header of the trend column; the trend is the change in accuracy, in percentage points. */
    readonly trend: string;
    /** Heading over the sections that have too few answers to rank. */
    readonly tooFewAnswers: string;
  };
  /** Ranked sections in the report's order (worst first); unranked ones anywhere, drawn after them. */
  readonly sections: readonly SectionReportRow[];
}

/** One period (e.g. one week) of a player's history, oldest first. */
export interface PlayerStatsPeriod {
  /** The period's short label, already formatted for the reader: "11-03", "第45周". */
  readonly label: string;
  readonly answers: number;
  /** null when the player answered nothing in that period. */
  readonly accuracy: Accuracy | null;
}

export interface PlayerStatsSection {
  readonly title: string;
  readonly answers: number;
  readonly accuracy: Accuracy;
}

export interface PlayerStatsChart {
  /** e.g. "Alice's stats" / "Alice 的统计". */
  readonly title: string;
  readonly labels: {
    /** Title of the accuracy-over-time panel, e.g. "Accuracy per week". */
    readonly overTime: string;
    /** Title of the by-section panel, e.g. "Accuracy by section". */
    readonly bySection: string;
    readonly accuracy: string;
    readonly answers: string;
  };
  /** Oldest first; at most {@link CHART_LIMITS.periods} (the latest are kept). */
  readonly periods: readonly PlayerStatsPeriod[];
  /** In the order to draw (e.g. weakest first); at most {@link CHART_LIMITS.sections}. */
  readonly sections: readonly PlayerStatsSection[];
}

/** One chart to draw: the kind names the data's shape. */
export type ChartRequest =
  | { readonly kind: 'leaderboard'; readonly chart: LeaderboardChart }
  | { readonly kind: 'section-report'; readonly chart: SectionReportChart }
  | { readonly kind: 'player-stats'; readonly chart: PlayerStatsChart };

export type ChartKind = ChartRequest['kind'];

/**
 * How much one picture holds. Past these a chart keeps the first rows (the latest periods) and the text
 * reply beside it still lists everything: a picture taller than a chat window helps nobody.
 */
export const CHART_LIMITS = {
  leaderboardRows: 25,
  sections: 40,
  periods: 26,
  /** Longest name or section title shown, in terminal columns (a CJK character counts two). */
  labelColumns: 24,
} as const;
