/**
 * Notes published through Jekyll (GitHub Pages) wrap code holding `{{ … }}` in Liquid's `{% raw %}` …
 * `{% endraw %}` so the site shows it literally. The tags are the site's, not the note's: a reader of the
 * page never sees them, and a quiz option wrapped in them muddles the very syntax it asks about.
 */
const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g;

/** The text without Liquid's raw tags (each line stays where it was, so every line number holds). */
export function withoutRawTags(text: string): string {
  if (!text.includes('{%')) return text;
  return text.replace(RAW_TAG, '');
}

/**
 * kramdown (Jekyll's Markdown) attribute lines: `{: .-shortcuts}`, `{:.no_toc}`, `{: #id lang="en"}` on a
 * line of their own set a class on the block above. They are the site's styling, never content: read as
 * text they become a table's last row (a distractor "{: .-shortcuts}", a row one cell short) or a
 * paragraph. Only the attribute syntax counts (a Ruby hash `{:a => 1}` in code is not one).
 */
const ATTRIBUTE_LINE =
  /^[ \t]*\{:[ \t]*(?:(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))[ \t]*)+\}[ \t]*$/gm;

/** The text without kramdown attribute lines (each becomes an empty line, so line numbers hold). */
export function withoutAttributeLines(text: string): string {
  if (!text.includes('{:')) return text;
  return text.replace(ATTRIBUTE_LINE, '');
}

/**
 * Pandoc bracketed spans: `[absolute path]{#absolute-path}`, `[text]{.smallcaps}`, `[word]{lang="fr"}`. The
 * brackets and attributes are the site's anchor or styling; a reader sees only the words, so a glossary
 * term (a definition list's `[term]{#id}`) is its words, never "[term]{#id}". A link (`[a](b)`) and an
 * index (`a[i]{…}` with no attribute syntax inside the braces) are left alone.
 */
const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))`;
const BRACKETED_SPAN = new RegExp(
  String.raw`\[([^\[\]\n]+)\]\{[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`,
  'g',
);
/** The same without the global flag: `test` on a global pattern moves its lastIndex between notes. */
const HAS_BRACKETED_SPAN = new RegExp(BRACKETED_SPAN.source);

const FENCE = /^[ \t]*(?:```|~~~)/;

/**
 * The text with Pandoc bracketed spans read as their words (every line stays where it was); inside a fenced
 * code block the characters are the listing's and stay.
 */
export function withoutBracketedSpans(text: string): string {
  if (!text.includes(']{') || !HAS_BRACKETED_SPAN.test(text)) return text;
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      return inFence || !line.includes(']{')
        ? line
        : line.replace(BRACKETED_SPAN, (_, words: string) => words);
    })
    .join('\n');
}
