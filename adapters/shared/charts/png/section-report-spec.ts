import type { TopLevelSpec } from 'vega-lite';
import { CHART_LIMITS, type SectionReportChart, type SectionReportRow } from '../chart-data.ts';
import { integerText, percentText, trend } from '../figures.ts';
import { fitLabel } from '../untrusted-text.ts';
import { type AccuracyTableRow, accuracyTable } from './accuracy-table-spec.ts';
import { BASE_CONFIG, STYLE, type TextMeasure } from './chart-style.ts';

/**
 * The knowledge-gap report as a Vega-Lite spec: one row per note section in the report's order (worst
 * first), an accuracy bar, then answers, players and the trend in percentage points. Sections with too
 * few answers follow under their own heading, greyed, with no bar or trend: they are not ranked.
 */
export function sectionReportSpec(chart: SectionReportChart, measure: TextMeasure): TopLevelSpec {
  const { labels } = chart;
  const sections = chart.sections.slice(0, CHART_LIMITS.sections);
  const ranked = sections.filter((s) => s.ranked);
  const unranked = sections.filter((s) => !s.ranked);
  const row = (s: SectionReportRow): AccuracyTableRow => ({
    label: s.title,
    accuracy: s.ranked ? s.accuracy : null,
    accuracyText: s.ranked ? percentText(s.accuracy) : '',
    muted: !s.ranked,
    heading: false,
    cells: [
      integerText(s.answers),
      integerText(s.players),
      s.ranked ? trend(s.accuracy, s.previousAccuracy).text : '',
    ],
    trend: s.ranked ? trend(s.accuracy, s.previousAccuracy).direction : 'none',
  });
  const heading: AccuracyTableRow[] =
    unranked.length > 0
      ? [
          {
            label: labels.tooFewAnswers,
            accuracy: null,
            accuracyText: '',
            muted: true,
            heading: true,
            cells: ['', '', ''],
          },
        ]
      : [];
  const table = accuracyTable([...ranked.map(row), ...heading, ...unranked.map(row)], {
    id: 'report',
    accuracyHeader: labels.accuracy,
    columns: [{ header: labels.answers }, { header: labels.players }, { header: labels.trend, trend: true }],
    width: STYLE.width - 2 * STYLE.padding,
    measure,
  });
  return {
    ...table.spec,
    padding: STYLE.padding,
    autosize: { type: 'pad' },
    title: fitLabel(chart.title, STYLE.width - 2 * STYLE.padding, (t) => measure(t, STYLE.titleSize, 'bold')),
    params: table.params,
    config: BASE_CONFIG,
  } as TopLevelSpec;
}
