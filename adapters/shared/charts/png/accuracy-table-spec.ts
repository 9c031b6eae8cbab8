import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { TopLevelParameter } from 'vega-lite/types_unstable/spec/toplevel.js';
import type { TrendDirection } from '../figures.ts';
import { fitLabel } from '../untrusted-text.ts';
import { STYLE, type TextMeasure } from './chart-style.ts';

/**
 * Rows of note sections, each with an accuracy bar on a fixed 0–100% scale and columns of figures after
 * it: the shape of the knowledge-gap report and of a player's accuracy by section. Built as a Vega-Lite
 * horizontal concatenation that shares the row scale, so the figures line up with their bars.
 */

export interface AccuracyTableRow {
  readonly label: string;
  /** null draws no bar (too few answers, or the heading over such rows). */
  readonly accuracy: number | null;
  readonly accuracyText: string;
  /** Greyed: a row that is not ranked, or the heading over such rows. */
  readonly muted: boolean;
  /** A heading row: its label in italics, no figures. */
  readonly heading: boolean;
  /** One text per column, in the order of {@link AccuracyTableOptions.columns}. */
  readonly cells: readonly string[];
  readonly trend?: TrendDirection;
}

export interface AccuracyTableOptions {
  /** Prefix of the parameter names, unique within one picture. */
  readonly id: string;
  /** Header over the bars; empty for none. */
  readonly accuracyHeader: string;
  /** Column headers; a column whose `trend` is set is coloured by each row's trend. */
  readonly columns: readonly { readonly header: string; readonly trend?: boolean }[];
  /** How wide the whole table may be, labels included, in CSS pixels. */
  readonly width: number;
  /** Room to keep left of the bars even when every label is shorter, in CSS pixels. */
  readonly minLabelWidth?: number;
  readonly measure: TextMeasure;
}

const COLUMN_WIDTH = 56;
const SPACING = 12;
const LABEL_PADDING = 8;
/** Room right of a full bar for its "100%". */
const BAR_HEADROOM = 40;

export function accuracyTable(
  rows: readonly AccuracyTableRow[],
  options: AccuracyTableOptions,
): { params: TopLevelParameter[]; spec: NonNormalizedSpec; labelWidth: number } {
  const { id, measure } = options;
  const widthOf = (text: string) => measure(text, STYLE.labelSize);
  const labels = rows.map((r) => fitLabel(r.label, STYLE.labelMaxWidth, widthOf));
  const labelWidth = Math.max(options.minLabelWidth ?? 0, ...labels.map((l) => widthOf(l) + LABEL_PADDING));
  const columnsWidth = options.columns.length * (COLUMN_WIDTH + SPACING);
  const barWidth = Math.max(120, options.width - labelWidth - columnsWidth);
  const headerFit = (text: string, max: number) =>
    fitLabel(text, max, (t) => measure(t, STYLE.smallSize, 'bold'));
  const rowsParam = `${id}Labels`;
  const mutedParam = `${id}Muted`;
  const headingParam = `${id}Headings`;
  const indexes = (keep: (r: AccuracyTableRow) => boolean) => rows.flatMap((r, i) => (keep(r) ? [i] : []));
  const params: TopLevelParameter[] = [
    { name: rowsParam, value: labels },
    { name: mutedParam, value: indexes((r) => r.muted) },
    { name: headingParam, value: indexes((r) => r.heading) },
  ];
  const values = rows.map((r, i) => ({
    row: i,
    accuracy: r.accuracy,
    accuracyText: r.accuracyText,
    muted: r.muted,
    trend: r.trend ?? 'none',
    ...Object.fromEntries(r.cells.map((cell, c) => [`c${c}`, cell])),
  }));
  const height = { step: STYLE.rowStep };
  const header = (text: string, anchor: 'start' | 'end', max: number) => ({
    text: headerFit(text, max),
    anchor,
    // Over the plot (the bars, the figures), not over the row labels beside it.
    frame: 'group' as const,
    fontSize: STYLE.smallSize,
    color: STYLE.muted,
    offset: 6,
  });
  const ink = { condition: { test: 'datum.muted', value: STYLE.muted }, value: STYLE.ink };
  const trendInk = {
    condition: [
      { test: "datum.trend === 'up'", value: STYLE.up },
      { test: "datum.trend === 'down'", value: STYLE.down },
    ],
    value: STYLE.muted,
  };
  const bars: NonNormalizedSpec = {
    width: barWidth,
    height,
    ...(options.accuracyHeader === '' ? {} : { title: header(options.accuracyHeader, 'start', barWidth) }),
    encoding: {
      y: {
        field: 'row',
        type: 'ordinal',
        title: null,
        axis: {
          labelExpr: `${rowsParam}[datum.value]`,
          labelFontSize: STYLE.labelSize,
          labelColor: {
            expr: `indexof(${mutedParam}, datum.value) >= 0 ? '${STYLE.muted}' : '${STYLE.ink}'`,
          },
          labelFontStyle: { expr: `indexof(${headingParam}, datum.value) >= 0 ? 'italic' : 'normal'` },
          labelPadding: LABEL_PADDING,
          ticks: false,
          domain: false,
        },
      },
      x: {
        field: 'accuracy',
        type: 'quantitative',
        // A fixed scale, so 40% is the same length in every report; the headroom holds the last label.
        scale: { domain: [0, 1 + BAR_HEADROOM / barWidth], nice: false },
        title: null,
        axis: { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1], grid: true, domain: false },
      },
    },
    layer: [
      { mark: { type: 'bar', height: { band: 0.7 }, cornerRadiusEnd: 2, color: STYLE.bar } },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        encoding: { text: { field: 'accuracyText' } },
      },
    ],
  };
  const figureColumns: NonNormalizedSpec[] = options.columns.map((column, c) => ({
    width: COLUMN_WIDTH,
    height,
    title: header(column.header, 'end', COLUMN_WIDTH + SPACING),
    mark: { type: 'text', align: 'right', baseline: 'middle' },
    encoding: {
      y: { field: 'row', type: 'ordinal', axis: null },
      x: { value: COLUMN_WIDTH },
      text: { field: `c${c}` },
      color: column.trend === true ? trendInk : ink,
    },
  }));
  return {
    params,
    labelWidth,
    spec: {
      data: { values },
      spacing: SPACING,
      hconcat: [bars, ...figureColumns],
      resolve: { scale: { y: 'shared' } },
    },
  };
}
