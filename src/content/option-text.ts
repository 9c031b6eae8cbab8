import { letteredOption, TASK_MARK } from './choice-syntax.ts';
import { breaksAsLines, joinLines, trimEndOf } from './html-text.ts';
import type { InlineInfo } from './inline-text.ts';

/**
 * An option's text as the author wrote it: the rendered words without a trailing reference link, or the
 * characters typed where Markdown would have taken them for markup (the option readers share these).
 */

/** Words that only point at a reference: a trailing link with such a text is not part of an option. */
const REFERENCE_LINK =
  /^(?:reference|references|ref|source|docs?|documentation|link|more|read more|see more|mdn|参考|参考资料|来源|链接|文档|出处)$|^[\w .-]{1,30}\s(?:documentation|docs|reference|guide|manual)$|^.{1,20}(?:官方文档|文档|参考)$/iu;

export function optionText(inline: InlineInfo | undefined, raw: string): string {
  let text = joinLines(raw).trim();
  const link = inline?.trailingLink;
  if (link && REFERENCE_LINK.test(link.trim()) && text.endsWith(link) && text.length > link.length) {
    text = trimEndOf(text.slice(0, text.length - link.length), ' \t(（[-–—:：|').trim();
  }
  return text;
}

/** The note's raw text of one line, when the caller has the note (see NoteText). */
export type RawLine = (line: number) => string;

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/**
 * An option typed as code without backticks (`sed 's/\(.*\)/\1/'`, `grep '^[0-9]*$'`): Markdown took its
 * backslashes for escapes and its stars for emphasis, so the text it renders is not what the author
 * typed, and two options may even render alike. Known by a backslash Markdown kept (before a letter or
 * digit: `\1`, `\d`) beside one it took, or by stars or underscores it took inside a quoted pattern.
 * Then the option is the author's characters; anything else reads as Markdown renders it.
 */
export function typedOption(rendered: string, raw: string | undefined): string {
  if (raw === undefined || rendered.includes('\n')) return rendered;
  const typed = raw.trim();
  const outside = typed.replace(/`[^`]*`/g, ' ');
  if (!outside.includes('\\') && !outside.includes('*') && !outside.includes('_')) return rendered;
  const keptAndTaken = /\\[A-Za-z0-9]/.test(outside) && /\\[!-/:-@[-`{-~]/.test(outside);
  const single = (t: string): number => (t.replace(/\*\*|__/g, '').match(/[*_]/g) ?? []).length;
  const emphasisTaken =
    /['"/$|^]/.test(outside) && single(outside) > single(rendered.replace(/`[^`]*`/g, ' '));
  return keptAndTaken || emphasisTaken ? typed : rendered;
}

/** The raw text of an option's line, without its list marker, box or letter. */
export function rawOptionOf(
  rawLine: RawLine | undefined,
  line: number,
  lettered: boolean,
): string | undefined {
  if (!rawLine) return undefined;
  // A `<br>` is a line break: one ending the line is no character of the option, one inside it parts it.
  const broken = breaksAsLines(rawLine(line));
  if (broken.includes('\n')) return undefined;
  const text = broken.replace(LIST_MARKER, '').replace(TASK_MARK, '');
  return lettered ? letteredOption(text)?.text : text;
}

/**
 * A label with nothing after it (`**Correct:**` over the bullets that say what is correct, `**Gotcha:**`): it
 * heads the lines under it, and a list holding one is points under labels, not the author's options.
 */
export const isLabelAlone = (text: string): boolean =>
  /^(?:\*\*|__)?[^*_\n]{1,40}[:：](?:\*\*|__)?$/.test(text.trim());
