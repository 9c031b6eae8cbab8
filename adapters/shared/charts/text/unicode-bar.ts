/** Block elements from one eighth to seven eighths of a cell, for the bar's last, partial cell. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
const FULL = '█';

/** Bars are this many terminal columns long at their maximum. */
const BAR_CELLS = 20;

/**
 * A horizontal bar `value / max` of `cells` columns long, to the nearest eighth of a column. Any value above
 * zero shows at least one eighth, so "a little" never looks like "nothing".
 */
export function unicodeBar(value: number, max: number, cells: number = BAR_CELLS): string {
  if (!(value > 0) || !(max > 0)) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * cells * 8));
  return FULL.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
