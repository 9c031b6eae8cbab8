import { decodeEntities } from '../../src/content/html-text.ts';
import { htmlFormattingAsMarkdown } from '../shared/note-html.ts';
import { mapNoteProse } from '../shared/note-prose.ts';
import { escapeMrkdwn } from './block-limits.ts';

/**
 * A cloze blank as Slack shows it. A run of ASCII underscores is mrkdwn italics/bold to Slack (`_____`
 * shows as a stray bold underscore), so the blank becomes full-width low lines (U+FF3F), which mrkdwn
 * leaves alone and which read as a blank in both languages.
 */
export const SLACK_BLANK = '＿＿＿';
const BLANK_RUN = /_{3,}/g;

/**
 * Prose of a note: an entity the author wrote (`&lt;` for "<") means its character in CommonMark, so it
 * is decoded before Slack's own escaping of &, < and > — escaped once, it shows as "<", not "&lt;".
 */
function proseToMrkdwn(prose: string): string {
  return escapeMrkdwn(decodeEntities(prose))
    .replace(BLANK_RUN, SLACK_BLANK)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '*$1*')
    .replace(/^#{1,6}\s+(.*)$/gm, '*$1*')
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
}

/**
 * Notes are CommonMark; Slack's mrkdwn uses single asterisks for bold and has no headings. The result is
 * escaped mrkdwn: pass it on with `{ escape: false }`.
 */
export function markdownToMrkdwn(markdown: string): string {
  return mapNoteProse(htmlFormattingAsMarkdown(markdown), proseToMrkdwn, escapeMrkdwn);
}
