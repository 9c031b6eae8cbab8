import { CHART_LIMITS, type PlayerStatsChart } from '../chart-data.ts';
import { clampAccuracy, integerText, percentText } from '../figures.ts';
import { cleanText } from '../untrusted-text.ts';
import { fitColumns, formatTable } from './text-table.ts';
import { unicodeBar } from './unicode-bar.ts';

/**
 * A player's stats as text for the terminal: accuracy per period (oldest first), then accuracy by note
 * section, each with a bar on a fixed 0–100% scale and the number of answers behind it.
 *
 *     Alice's stats
 *     Accuracy per week
 *            Accuracy                         Answers
 *     11-03       52%  ██████████▍                 12
 *     Accuracy by section
 *     Cgroup      23%  ████▋                        9
 */
export function playerStatsText(chart: PlayerStatsChart): string {
  const { labels } = chart;
  const periods = chart.periods.slice(-CHART_LIMITS.periods);
  const sections = chart.sections.slice(0, CHART_LIMITS.sections);
  const line = (label: string, accuracy: number | null, answers: number): string[] => [
    fitColumns(label, CHART_LIMITS.labelColumns),
    percentText(accuracy),
    unicodeBar(clampAccuracy(accuracy) ?? 0, 1),
    integerText(answers),
  ];
  const header = ['', cleanText(labels.accuracy), '', cleanText(labels.answers)];
  // One table for both panels, so their columns line up; each panel's title is a line of its own.
  const lines = formatTable(
    [
      { line: cleanText(labels.overTime) },
      header,
      ...periods.map((p) => line(p.label, p.accuracy, p.answers)),
      { line: cleanText(labels.bySection) },
      header,
      ...sections.map((s) => line(s.title, s.accuracy, s.answers)),
    ],
    ['left', 'right', 'left', 'right'],
  );
  return [cleanText(chart.title), ...lines].join('\n');
}
