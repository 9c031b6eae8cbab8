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
