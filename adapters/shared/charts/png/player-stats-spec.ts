import type { TopLevelSpec } from 'vega-lite';
import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import { CHART_LIMITS, type PlayerStatsChart } from '../chart-data.ts';
import { clampAccuracy, integerText, percentText } from '../figures.ts';
import { fitLabel } from '../untrusted-text.ts';
import { accuracyTable } from './accuracy-table-spec.ts';
import { BASE_CONFIG, STYLE, type TextMeasure } from './chart-style.ts';

/** Height of the accuracy-over-time plot, in CSS pixels. */
const OVER_TIME_HEIGHT = 150;
/** Room left of that plot for its "100%" axis labels. */
const AXIS_ROOM = 44;

/**
 * A player's stats as a Vega-Lite spec: accuracy per period (a column each, oldest on the left; a period
 * with no answers shows "–") above accuracy by note section (rows with the answers behind each).
 */
export function playerStatsSpec(chart: PlayerStatsChart, measure: TextMeasure): TopLevelSpec {
  const { labels } = chart;
  const inner = STYLE.width - 2 * STYLE.padding;
  const periods = chart.periods.slice(-CHART_LIMITS.periods);
  const sections = chart.sections.slice(0, CHART_LIMITS.sections);
  const bySection = accuracyTable(
    sections.map((s) => ({
      label: s.title,
      accuracy: clampAccuracy(s.accuracy),
      accuracyText: percentText(s.accuracy),
      muted: false,
      heading: false,
      cells: [integerText(s.answers)],
    })),
    {
      id: 'sections',
      // The panel's title already says what the bars are.
      accuracyHeader: '',
      columns: [{ header: labels.answers }],
      width: inner,
      minLabelWidth: AXIS_ROOM,
      measure,
    },
  );
  // Vega lines the panels' plots up on one left edge, so the upper plot starts where the bars do and
  // its axis labels sit in the room the section titles take below.
  const plotWidth = inner - bySection.labelWidth;
  const panelTitle = (text: string) => ({
    text: fitLabel(text, plotWidth, (t) => measure(t, STYLE.labelSize, 'bold')),
    anchor: 'start' as const,
    frame: 'group' as const,
    fontSize: STYLE.labelSize,
    offset: 10,
  });
  const periodLabels = periods.map((p) => fitLabel(p.label, 80, (t) => measure(t, STYLE.smallSize)));
  // Labels wider than their column would be thinned out by the overlap rule: slant them instead, so every
  // period keeps its name ("10月6日" under twelve columns). Slanted lines sit a column × sin 45° apart, so
  // they are thinned only when even that is less than a line.
  const column = periods.length === 0 ? plotWidth : plotWidth / periods.length;
  const widest = Math.max(0, ...periodLabels.map((l) => measure(l, STYLE.smallSize)));
  const slanted = widest > 0.9 * column;
  const slantedFit = column * Math.SQRT1_2 >= STYLE.smallSize * 1.3;
  const overTime: NonNormalizedSpec = {
    width: plotWidth,
    height: OVER_TIME_HEIGHT,
    title: panelTitle(labels.overTime),
    data: {
      values: periods.map((p, i) => ({
        period: i,
        accuracy: clampAccuracy(p.accuracy),
        // A period with no answers gets its "–" at the baseline, where its bar would start.
        textAt: clampAccuracy(p.accuracy) ?? 0,
        accuracyText: percentText(p.accuracy),
      })),
    },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        title: null,
        axis: {
          labelExpr: 'periodLabels[datum.value]',
          labelAngle: slanted ? -45 : 0,
          ...(slanted ? { labelAlign: 'right', labelBaseline: 'middle', labelPadding: 6 } : {}),
          labelOverlap: !(slanted && slantedFit),
          ticks: false,
        },
      },
    },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.7 }, cornerRadiusEnd: 2, color: STYLE.bar },
        encoding: {
          y: {
            field: 'accuracy',
            type: 'quantitative',
            scale: { domain: [0, 1] },
            title: null,
            axis: { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1], grid: true, domain: false },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3 },
        encoding: { y: { field: 'textAt', type: 'quantitative' }, text: { field: 'accuracyText' } },
      },
    ],
  };
  return {
    padding: STYLE.padding,
    autosize: { type: 'pad' },
    title: fitLabel(chart.title, inner, (t) => measure(t, STYLE.titleSize, 'bold')),
    params: [{ name: 'periodLabels', value: periodLabels }, ...bySection.params],
    spacing: 28,
    vconcat: [overTime, { ...bySection.spec, title: panelTitle(labels.bySection) }],
    config: BASE_CONFIG,
  } as TopLevelSpec;
}
