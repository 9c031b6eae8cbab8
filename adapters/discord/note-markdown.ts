import { decodeEntities } from '../../src/content/html-text.ts';
import { htmlFormattingAsMarkdown } from '../shared/note-html.ts';
import { mapNoteProse } from '../shared/note-prose.ts';

const BLANK_RUN = /_{3,}/g;

/**
 * A note's Markdown as Discord should show it. In prose, an entity the author wrote (`&lt;`) is its
 * character, as CommonMark means it (Discord would print the entity); a `<` it yields is escaped so it can
 * never form a mention or a timestamp; a cloze blank's underscores are escaped, else Discord reads them
 * as underline and italics and the blank vanishes.
 */
export function noteMarkdown(markdown: string): string {
  return mapNoteProse(htmlFormattingAsMarkdown(markdown), (prose) =>
    decodeEntities(prose)
      .replace(/</g, '\\<')
      .replace(BLANK_RUN, (run) => '\\_'.repeat(run.length)),
  );
}
