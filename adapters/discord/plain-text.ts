import { fitText } from './limits.ts';

/**
 * Text someone else chose (a display name, a topic they typed) shown inside Discord markdown, so that it
 * reads exactly as typed: every ASCII character that can start markup is backslash-escaped, which
 * Discord renders as the character itself. That covers bold, italics, underline, strike-through,
 * spoilers, code, quotes, headings, list markers, masked links `[..](..)`, mentions and timestamps
 * `<@..>`/`<t:..>`, `@everyone`/`@here`, and `https://` auto-links and `:emoji:` (through `:`).
 *
 * discord.js's escapeMarkdown is not enough here: it leaves `<@..>`, `@everyone`, masked links, headings
 * and list markers alone by default, and skips italics inside URLs.
 *
 * Not for embed footers, button labels or autocomplete choices: Discord shows those as plain text, where a
 * backslash would show.
 */
const MARKUP = /[\\*_~|`>#[\]()<@:-]/g;

export const plainText = (text: string): string => text.replace(MARKUP, (c) => `\\${c}`);

/**
 * Something the user typed, quoted back in a refusal: escaped, and cut to a short length first, so a huge
 * value cannot push the explanation out of the message.
 */
export const typedValue = (text: string): string => plainText(fitText(text, 100));
