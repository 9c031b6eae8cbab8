import { mapNoteProse } from './note-prose.ts';

/**
 * Notes pasted from web pages and chat exports write some formatting in HTML (`<strong>`, `<code>`,
 * `<ol><li>`, `<br>`). Markdown keeps those tags as they are; no chat platform renders them, so a reveal
 * would show the tags. Each becomes the Markdown a platform does render: bold, inline code, a list's
 * bullets, a line break. Only formatting tags, and only in prose: `<div>` in a code span is what the note
 * is about, and `<T>` or `<uses-sdk>` in prose is text.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/<(strong|b)(?:\s[^>]*)?>([^<\n]*?)<\/\1>/gi, '**$2**'],
  [/<(em|i)(?:\s[^>]*)?>([^<\n]*?)<\/\1>/gi, '*$2*'],
  [/<code(?:\s[^>]*)?>([^<`\n]*?)<\/code>/gi, '`$1`'],
  [/<br\s*\/?>/gi, '\n'],
  [/\s*<li(?:\s[^>]*)?>\s*/gi, '\n- '],
  [/\s*<\/li>\s*/gi, '\n'],
  [/<\/?(?:ol|ul|p)(?:\s[^>]*)?>/gi, '\n'],
];
const MAY_HOLD = /<\/?(?:strong|b|em|i|code|br|li|ol|ul|p)\b/i;

export function htmlFormattingAsMarkdown(markdown: string): string {
  if (!MAY_HOLD.test(markdown)) return markdown;
  const converted = mapNoteProse(markdown, (prose) =>
    RULES.reduce((text, [pattern, markdown]) => text.replace(pattern, markdown), prose),
  );
  return converted.replace(/\n{3,}/g, '\n\n');
}
