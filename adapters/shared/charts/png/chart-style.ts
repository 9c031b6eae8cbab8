import { BOLD_FONT_STACK, FONT_STACK } from './chart-fonts.ts';

/** The look shared by every picture: one place for sizes and colours. */
export const STYLE = {
  /** Width of every picture in CSS pixels; drawn at {@link STYLE.scale}× for sharp text on dense screens. */
  width: 640,
  scale: 2,
  padding: 16,
  font: FONT_STACK,
  boldFont: BOLD_FONT_STACK,
  titleSize: 18,
  labelSize: 13,
  smallSize: 12,
  /** Height of one row (a player, a section) in CSS pixels. */
  rowStep: 24,
  /** Names and section titles are cut to this width, so the bars keep most of the picture. */
  labelMaxWidth: 220,
  ink: '#1f2933',
  muted: '#7b8794',
  faint: '#cbd2d9',
  grid: '#e4e7eb',
  background: '#ffffff',
  bar: '#3f6fb0',
  highlight: '#e8772e',
  up: '#2f855a',
  down: '#c53030',
} as const;

/** Width in CSS pixels of a text drawn at `size` in the regular face, or the bold face used for titles. */
export type TextMeasure = (text: string, size: number, face?: 'regular' | 'bold') => number;

/** The CSS font string of a text of this size in this face. */
export function cssFont(size: number, face: 'regular' | 'bold' = 'regular'): string {
  return `normal ${size}px ${face === 'bold' ? STYLE.boldFont : STYLE.font}`;
}

/** Title text in the bold face (at weight normal, since the face itself is bold). */
const boldText = { font: BOLD_FONT_STACK, fontWeight: 'normal' } as const;

/** Vega-Lite `config` shared by every chart. */
export const BASE_CONFIG = {
  font: STYLE.font,
  background: STYLE.background,
  view: { stroke: null },
  title: {
    font: boldText.font,
    fontWeight: boldText.fontWeight,
    fontSize: STYLE.titleSize,
    color: STYLE.ink,
    anchor: 'start',
    offset: 12,
    // Titles arrive already fitted; Vega's own cut would split a surrogate pair.
    limit: 0,
    subtitleFont: STYLE.font,
    subtitleColor: STYLE.muted,
  },
  axis: {
    labelFont: STYLE.font,
    titleFont: STYLE.font,
    labelFontSize: STYLE.smallSize,
    titleFontSize: STYLE.smallSize,
    titleFontWeight: 'normal',
    labelColor: STYLE.ink,
    titleColor: STYLE.muted,
    gridColor: STYLE.grid,
    domainColor: STYLE.faint,
    tickColor: STYLE.faint,
    labelLimit: 0,
  },
  text: { font: STYLE.font, fontSize: STYLE.smallSize, color: STYLE.ink },
} as const;
