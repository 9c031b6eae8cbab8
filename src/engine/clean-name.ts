/**
 * Names come from the platforms and people choose them: a display name, a team or a channel name may hold
 * a lone surrogate (an emoji cut in half), a NUL byte (PostgreSQL refuses it in text), bidi controls (a
 * right-to-left override makes a name render over the columns after it) or kilobytes of text. Every name
 * is cleaned here, once, where it enters the engine; the stores and the adapters can then trust it.
 */

/** What a name may be at most, in user-perceived characters: wider than any platform's own display name. */
export const MAX_NAME_LENGTH = 64;
/** And in UTF-16 code units, so a stack of combining marks cannot make one "character" kilobytes tall. */
const MAX_NAME_UNITS = MAX_NAME_LENGTH * 4;
/** A longer grapheme (an emoji sequence is at most ~14) is a pile of marks: its first code point stays. */
const MAX_GRAPHEME_UNITS = 16;

/** An unpaired high surrogate, or a low surrogate with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Line breaks and tabs: a name is one line. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** The other control characters (NUL, escape, …) say nothing in a name. */
const CONTROLS = /\p{Cc}/gu;
/** Embeddings, overrides, isolates and direction marks: they reorder the text around a name. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What to call someone or something whose name cleaned to nothing: the last part of its opaque id. */
export function nameFromId(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1) || id;
}

/** The cleaned name, or `fallback` when nothing printable is left. */
export function cleanName(raw: string, fallback: string): string {
  // Far more than any kept name; the patterns below then never run over megabytes.
  const text = raw
    .slice(0, MAX_NAME_UNITS * 4)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(SPACING_CONTROLS, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return fallback;
  // A name this short holds no more graphemes than the limit and no long one.
  if (text.length <= MAX_GRAPHEME_UNITS) return text;
  const kept: string[] = [];
  let units = 0;
  for (const { segment } of graphemes.segment(text)) {
    const piece =
      segment.length > MAX_GRAPHEME_UNITS ? String.fromCodePoint(segment.codePointAt(0) ?? 0xfffd) : segment;
    if (kept.length === MAX_NAME_LENGTH || units + piece.length > MAX_NAME_UNITS) {
      return `${kept.slice(0, -1).join('').trimEnd()}…`;
    }
    kept.push(piece);
    units += piece.length;
  }
  return kept.join('');
}
