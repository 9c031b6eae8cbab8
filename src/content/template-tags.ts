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
