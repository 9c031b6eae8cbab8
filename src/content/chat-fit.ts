/** Chat limits every question meets before an adapter sees it (adapters may cut further for their platform). */
export const MAX_OPTION_LENGTH = 75;
export const MAX_STEM_LENGTH = 1500;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cut to at most `max` characters (UTF-16 units, as chat APIs count), on a grapheme boundary, with "…". */
const fittedByMax = new Map<number, Map<string, string>>();

export function fitText(text: string, max: number): string {
  if (text.length <= max && !/\s\s|[\n\t]|^\s|\s$/.test(text)) return text;
  // One memo per limit, keyed by the text itself: no joined key (and its hash) to build per option.
  let fitted = fittedByMax.get(max);
  if (!fitted) {
    fitted = new Map<string, string>();
    fittedByMax.set(max, fitted);
  }
  const cached = fitted.get(text);
  if (cached !== undefined) return cached;
  const out = cut(text, max);
  if (fitted.size >= 20_000) fitted.clear();
  fitted.set(text, out);
  return out;
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let out = '';
  // Only the start is kept: segmenting all of a huge text to keep its first few graphemes is slow.
  for (const { segment } of graphemes.segment(flat.slice(0, max + 16))) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** A stem keeps its line breaks (code, lists) but is cut like any other text when too long. */
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

/** Options cut to fit; null when two of them become the same text (the question is then dropped). */
export function fitOptions(options: readonly string[]): string[] | null {
  const out = options.map((o) => fitText(o, MAX_OPTION_LENGTH));
  const seen = new Set<string>();
  for (const o of out) {
    const key = o.toLowerCase();
    if (o === '' || o === '…' || seen.has(key)) return null;
    seen.add(key);
  }
  return out;
}
