/**
 * Names and section titles come from players and note authors, so they may hold anything: control bytes,
 * bidirectional overrides that flip the text after them, invisible characters, stacks of combining marks
 * that climb over the rows above, or 64 characters where the layout has room for 15. These two functions
 * make such text safe to place in a fixed layout, for pictures and terminals alike.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Control and format characters, except the joiners that emoji sequences and some scripts need. This
 * removes the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C),
 * zero-width spaces, soft hyphens and byte-order marks.
 */
const INVISIBLE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const COMBINING = /\p{M}/u;
/**
 * Generic diacritics (the Combining Diacritical Marks blocks) that NFC could not fold into a precomposed
 * letter. Real names rarely have any (é, ñ, ễ all compose); "Zalgo" text is made of them, and fonts draw
 * few of them, so they would show as missing-glyph boxes. The keycap mark (U+20E3) of emoji like 1️⃣ stays.
 */
const LOOSE_DIACRITIC = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\ufe20-\ufe2f]/gu;
/** Enough for the vowel signs of Indic scripts and Arabic or Hebrew points, too few to climb out of a row. */
const MAX_MARKS_PER_GRAPHEME = 3;
export const ELLIPSIS = '…';
/** What a label shows when nothing drawable is left of it. */
export const EMPTY_LABEL = '?';

/** Keeps the first few combining marks of each user-perceived character. */
function limitMarks(grapheme: string): string {
  let marks = 0;
  let kept = '';
  for (const ch of grapheme) {
    if (COMBINING.test(ch) && ++marks > MAX_MARKS_PER_GRAPHEME) continue;
    kept += ch;
  }
  return kept;
}

/** One line of plain, visible text: no controls, no bidi overrides, whitespace runs as one space. */
export function cleanText(text: string): string {
  const flat = text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(LOOSE_DIACRITIC, '')
    .trim();
  if (!COMBINING.test(flat)) return flat;
  let out = '';
  for (const { segment } of graphemes.segment(flat)) out += limitMarks(segment);
  return out;
}

/**
 * The longest start of `text` that fits in `max` (as measured by `width`: pixels for a picture, columns
 * for a terminal), cut between user-perceived characters so no emoji or accented letter is split, with
 * an ellipsis when anything was cut.
 */
export function fitToWidth(text: string, max: number, width: (text: string) => number): string {
  if (width(text) <= max) return text;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  // Binary search for the most graphemes that still fit with the ellipsis after them.
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= max) lo = mid;
    else hi = mid - 1;
  }
  return parts.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * The same cut in one pass for a width that is the sum of the characters' widths, as terminal columns
 * are (pixels are not: kerning and Arabic joining change a character's width with its neighbours).
 */
export function fitToColumns(text: string, max: number, graphemeWidth: (grapheme: string) => number): string {
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  const widths = parts.map(graphemeWidth);
  if (widths.reduce((a, b) => a + b, 0) <= max) return text;
  const room = max - graphemeWidth(ELLIPSIS);
  let used = 0;
  let kept = 0;
  while (kept < parts.length && used + (widths[kept] ?? 0) <= room) used += widths[kept++] ?? 0;
  return parts.slice(0, kept).join('').trimEnd() + ELLIPSIS;
}

/** Cleans untrusted text and fits it in `max`; a label with nothing visible left shows {@link EMPTY_LABEL}. */
export function fitLabel(text: string, max: number, width: (text: string) => number): string {
  return fitToWidth(cleanText(text) || EMPTY_LABEL, max, width);
}
