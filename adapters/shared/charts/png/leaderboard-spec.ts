import type { TopLevelSpec } from 'vega-lite';
import { CHART_LIMITS, type LeaderboardChart } from '../chart-data.ts';
import { count, integerText } from '../figures.ts';
import { fitLabel } from '../untrusted-text.ts';
import { BASE_CONFIG, STYLE, type TextMeasure } from './chart-style.ts';

/** Title, x axis and padding around the rows, in CSS pixels. */
const CHROME = 2 * STYLE.padding + 40 + 44;

/**
 * The leaderboard as a Vega-Lite spec: one horizontal bar per player, in rank order, the points at the
 * end of each bar, the viewer's row in the highlight colour.
 *
 * Rows are keyed by position, not by name: two players may share a name, and a name must never reach the
 * grammar as anything but a value. The labels travel as a parameter array that the axis indexes.
 */
export function leaderboardSpec(chart: LeaderboardChart, measure: TextMeasure): TopLevelSpec {
  const rows = chart.rows.slice(0, CHART_LIMITS.leaderboardRows);
  const widthOf = (text: string) => measure(text, STYLE.labelSize);
  const labels = rows.map(
    // The name is isolated so a right-to-left name cannot move the rank to its other side.
    (r) => `${r.rank}. \u2068${fitLabel(r.name, STYLE.labelMaxWidth, widthOf)}\u2069`,
  );
  const viewerRows = rows.flatMap((r, i) => (r.isViewer === true ? [i] : []));
  return {
    width: STYLE.width,
    height: CHROME + Math.max(1, rows.length) * STYLE.rowStep,
    autosize: { type: 'fit', contains: 'padding' },
    padding: STYLE.padding,
    title: fitLabel(chart.title, STYLE.width - 2 * STYLE.padding, (t) => measure(t, STYLE.titleSize, 'bold')),
    params: [
      { name: 'rowLabels', value: labels },
      { name: 'viewerRows', value: viewerRows },
    ],
    data: {
      values: rows.map((r, i) => ({
        row: i,
        points: count(r.points),
        pointsText: integerText(r.points),
        viewer: r.isViewer === true,
      })),
    },
    encoding: {
      y: {
        field: 'row',
        type: 'ordinal',
        title: null,
        axis: {
          labelExpr: 'rowLabels[datum.value]',
          labelFontSize: STYLE.labelSize,
          labelFontWeight: { expr: "indexof(viewerRows, datum.value) >= 0 ? 'bold' : 'normal'" },
          labelPadding: 8,
          ticks: false,
          domain: false,
        },
      },
      x: {
        field: 'points',
        type: 'quantitative',
        title: fitLabel(chart.labels.points, STYLE.labelMaxWidth, widthOf),
        axis: { grid: true, tickMinStep: 1, format: ',d' },
      },
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 }, cornerRadiusEnd: 2 },
        encoding: {
          color: { condition: { test: 'datum.viewer', value: STYLE.highlight }, value: STYLE.bar },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: STYLE.ink },
        encoding: { text: { field: 'pointsText' } },
      },
    ],
    config: BASE_CONFIG,
  };
}
