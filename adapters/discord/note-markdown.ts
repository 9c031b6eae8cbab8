import { decodeEntities } from '../../src/content/html-text.ts';

/** Code (a fenced block or an inline span) is literal on Discord as in the note. */
const CODE = /(```[\s\S]*?```|`[^`\n]+`)/;
const BLANK_RUN = /_{3,}/g;

/**
 * A note's Markdown as Discord should show it. In prose, an entity the author wrote (`&lt;`) is its
 * character, as CommonMark means it (Discord would print the entity); a `<` it yields is escaped so it can
 * never form a mention or a timestamp; a cloze blank's underscores are escaped, else Discord reads them
 * as underline and italics and the blank vanishes.
 */
export function noteMarkdown(markdown: string): string {
  return markdown
    .split(CODE)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : decodeEntities(part)
            .replace(/</g, '\\<')
            .replace(BLANK_RUN, (run) => '\\_'.repeat(run.length)),
    )
    .join('');
}
