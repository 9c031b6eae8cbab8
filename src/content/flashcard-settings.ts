import { type ClozeMarker, DEFAULT_FLASHCARD_SYNTAX, type FlashcardSyntax } from './flashcard-syntax.ts';

/**
 * A note's own flashcard settings, as the plugin's settings would set them: the separators and cloze markers
 * from front matter, and the end-marker lines taken out of the text before it is parsed.
 */
/** `flashcards:` in front matter: the separators and cloze markers this note uses. */
export function syntaxFromFrontMatter(value: unknown): { syntax: FlashcardSyntax; error: string | null } {
  if (value === undefined || value === null) return { syntax: DEFAULT_FLASHCARD_SYNTAX, error: null };
  if (typeof value !== 'object' || Array.isArray(value))
    return { syntax: DEFAULT_FLASHCARD_SYNTAX, error: 'flashcards must be key: value pairs' };
  const record = value as Record<string, unknown>;
  const text = (key: string, fallback: string): string | Error => {
    const v = record[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || /[\n\r]/.test(v))
      return new Error(`flashcards.${key} must be a text on one line`);
    return v.trim();
  };
  const fields = {
    inline: text('separator', DEFAULT_FLASHCARD_SYNTAX.inline),
    inlineReversed: text('reversedSeparator', DEFAULT_FLASHCARD_SYNTAX.inlineReversed),
    multiline: text('multilineSeparator', DEFAULT_FLASHCARD_SYNTAX.multiline),
    multilineReversed: text('multilineReversedSeparator', DEFAULT_FLASHCARD_SYNTAX.multilineReversed),
    endMarker: text('endMarker', DEFAULT_FLASHCARD_SYNTAX.endMarker),
  };
  for (const v of Object.values(fields))
    if (v instanceof Error) return { syntax: DEFAULT_FLASHCARD_SYNTAX, error: v.message };
  let clozes: ClozeMarker[] = [...DEFAULT_FLASHCARD_SYNTAX.clozes];
  if (record.clozes !== undefined) {
    const list = Array.isArray(record.clozes) ? record.clozes : [record.clozes];
    const known = new Set<string>(['highlight', 'bold', 'curly']);
    const bad = list.find((c) => typeof c !== 'string' || !known.has(c));
    if (bad !== undefined)
      return {
        syntax: DEFAULT_FLASHCARD_SYNTAX,
        error: `flashcards.clozes takes highlight, bold and curly, not "${String(bad)}"`,
      };
    clozes = list as ClozeMarker[];
  }
  return { syntax: { ...(fields as Omit<FlashcardSyntax, 'clozes'>), clozes }, error: null };
}

/**
 * End-marker lines (`+++`) taken out of the text markdown-it reads (a `---` marker would otherwise make the
 * paragraph above it a heading), outside code fences. Returns the lines and the marker line numbers.
 */
export function blankEndMarkers(
  lines: readonly string[],
  marker: string,
): { lines: readonly string[]; markers: number[] } {
  if (marker === '') return { lines, markers: [] };
  let out: string[] | null = null;
  const markers: number[] = [];
  let fence: string | null = null;
  lines.forEach((line, k) => {
    const t = line.trim();
    const fenceMark = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      return;
    }
    if (t === marker) {
      out ??= lines.slice();
      out[k] = '';
      markers.push(k + 1);
    }
  });
  return { lines: out ?? lines, markers };
}
