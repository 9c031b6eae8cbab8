import { CHART_LIMITS, type SectionReportChart, type SectionReportRow } from '../chart-data.ts';
import { clampAccuracy, integerText, NONE, percentText, trend } from '../figures.ts';
import { cleanText } from '../untrusted-text.ts';
import { fitColumns, formatTable } from './text-table.ts';
import { unicodeBar } from './unicode-bar.ts';

/**
 * The knowledge-gap report as text for the terminal. Ranked sections keep the report's order (worst
 * first) with an accuracy bar on a fixed 0–100% scale; sections with too few answers follow under their
 * own heading, with no accuracy or trend, since so few answers say little.
 *
 *     Knowledge gaps: this week
 *     Section     Accuracy                         Answers  Players  Trend
 *     Cgroup           23%  ████▋                       31        7     ▼5
 *     Too few answers to rank
 *     Volumes            –                               3        2      –
 */
export function sectionReportText(chart: SectionReportChart): string {
  const { labels } = chart;
  const all = chart.sections.slice(0, CHART_LIMITS.sections);
  const ranked = all.filter((s) => s.ranked);
  const unranked = all.filter((s) => !s.ranked);
  const row = (s: SectionReportRow): string[] => {
    const title = fitColumns(s.title, CHART_LIMITS.labelColumns);
    const counts = [integerText(s.answers), integerText(s.players)];
    if (!s.ranked) return [title, NONE, '', ...counts, NONE];
    return [
      title,
      percentText(s.accuracy),
      unicodeBar(clampAccuracy(s.accuracy) ?? 0, 1),
      ...counts,
      trend(s.accuracy, s.previousAccuracy).text,
    ];
  };
  const header = [labels.section, labels.accuracy, '', labels.answers, labels.players, labels.trend].map(
    cleanText,
  );
  // The unranked sections stay in the same table as the ranked ones, so their columns line up.
  const heading = unranked.length > 0 ? [{ line: cleanText(labels.tooFewAnswers) }] : [];
  const lines = formatTable(
    [header, ...ranked.map(row), ...heading, ...unranked.map(row)],
    ['left', 'right', 'left', 'right', 'right', 'right'],
  );
  return [cleanText(chart.title), ...lines].join('\n');
}
