/** Code (a fenced block or an inline span) is literal on every platform: what the note wrote is what the reader sees. */
const CODE = /(```[\s\S]*?```|`[^`\n]+`)/;

/**
 * A note's Markdown with its prose rewritten for one platform and its code left as written (or passed to
 * `code`, for a platform that must escape inside code too).
 */
export function mapNoteProse(
  markdown: string,
  prose: (text: string) => string,
  code: (text: string) => string = (text) => text,
): string {
  return markdown
    .split(CODE)
    .map((part, i) => (i % 2 === 1 ? code(part) : prose(part)))
    .join('');
}
