/**
 * Chat limits every question meets before an adapter sees it. Options are never cut here: a cut option can
 * read like another, or lose the words that make it right. Adapters that must cut one for a button show
 * every option in full as text instead; an option too long to read in chat drops its question.
 */
export const MAX_OPTION_LENGTH = 200;
export const MAX_STEM_LENGTH = 1500;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A stem keeps its line breaks (code, lists) but is cut when too long (flashcards: the answer follows). */
export function fitStem(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_STEM_LENGTH) return trimmed;
  let out = '';
  for (const { segment } of graphemes.segment(trimmed.slice(0, MAX_STEM_LENGTH + 16))) {
    if (out.length + segment.length > MAX_STEM_LENGTH - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** Every option non-empty, at most MAX_OPTION_LENGTH characters, and no two the same text in any case. */
export function optionsFit(options: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const o of options) {
    const key = o.toLowerCase();
    if (o === '' || o.length > MAX_OPTION_LENGTH || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
