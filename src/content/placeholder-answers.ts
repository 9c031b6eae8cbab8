/**
 * Answers the author has not written yet: a placeholder word ("todo", "TBD", "待补充", "略", "..."), a bare
 * URL to read elsewhere, or the two together ("todo" over the link the answer is to come from). A card made
 * of one would reveal nothing; the question is reported as unanswered instead.
 */
const PLACEHOLDER =
  /^[(（[【]?(?:to be (?:completed|done|written|added)|to ?do|tbd|tba|tbc|coming soon|work in progress|wip|n\/a|fixme|待补充|待完善|待更新|待整理|待定|待续|未完待续|暂无|略|同上|\.{2,}|…+|。{3,})[)）\]】]?[\s.。!！…:：]*$/i;

/** A line that only points elsewhere: a bare URL, maybe after a short label ("参考：https://…"). */
const LINK_LINE = /^(?:[^\s:：]{1,16}\s*[:：]\s*)?(?:https?:\/\/\S+|<https?:\/\/\S+>)$/;

/** "todo", "TBD", "待补充": one placeholder word, as a whole line. */
export function isPlaceholderWord(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 40 && PLACEHOLDER.test(trimmed);
}

export const isLinkLine = (line: string): boolean => LINK_LINE.test(line.trim());

const BARE_URL = /^<?https?:\/\/\S+$/;

/** "todo https://…" on one line: a placeholder word and the link the answer is to come from. */
const isPlaceholderWithLink = (line: string): boolean => {
  const trimmed = line.trim();
  // Most lines fail on their first word: split the rest only when it passes.
  const first = FIRST_WORD.exec(trimmed)?.[0] ?? '';
  if (!isPlaceholderWord(first) && !BARE_URL.test(first)) return false;
  return trimmed.split(/\s+/).every((word) => isPlaceholderWord(word) || BARE_URL.test(word));
};

const FIRST_WORD = /^\S*/;

/** Text whose every line is a placeholder word or a bare link: there is no answer in it yet. */
export function isPlaceholderText(text: string): boolean {
  let lines = 0;
  // Line by line without splitting the whole text first: most answers fail on their first line.
  for (let from = 0; from <= text.length; ) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    from = end < 0 ? text.length + 1 : end + 1;
    if (line.trim() === '') continue;
    if (!isPlaceholderWord(line) && !isLinkLine(line) && !isPlaceholderWithLink(line)) return false;
    lines++;
  }
  return lines > 0;
}
