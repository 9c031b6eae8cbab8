import type { OptionGroup } from './author-choices.ts';
import { labelledAnswer, letteredOption, TASK_MARK } from './choice-syntax.ts';
import { EXPLANATION_LABEL } from './explanation-label.ts';
import type { Block } from './markdown-blocks.ts';
import { isLabelAlone } from './option-text.ts';

/**
 * The key marked on its option, as practice-test exports write it: a mark after the option's words.
 *
 *     - Master & Nodes (Correct)          c. Master & Nodes **(Correct)**          C. 网络层 ✅
 *     - A) AWS ✅ Correct Answer
 *     - A. Atomicity, Consistency, Isolation, Durability \*
 *     - **Correct Answer:** Ribosomes                 (a label before the words)
 *
 * The mark is the author's key, and is taken off every option it stands on: left in, it would give the
 * key away. Options lettered with a stated key too must agree with it, or neither is trusted.
 */
/** The mark itself, at the end of the option once its trailing spaces and bold are taken off. */
const CORRECT_MARK =
  /(?:[(（[【][ \t]*(?:correct(?:\s+(?:answer|option))?|right(?:\s+answer)?|正确(?:答案|选项)?)[ \t]*[)）\]】]|(?:✅|✔️?|✓|√)(?:[ \t]*(?:(?:\*\*|__)[ \t]*)?(?:correct(?:\s+(?:answer|option))?|right(?:\s+answer)?|正确(?:答案|选项)?)[!.]?)?)$/iu;

/** A lone asterisk after the words, escaped or not (`- A. Atomicity, Consistency, Isolation, Durability \*`). */
const STAR_MARK = /(?<=[^\s*])[ \t]+\\?\*$/;

/**
 * A capital X set apart after the words (`B) Variation in measurements due to chance  X`), as a quiz marks its
 * key by hand: two spaces or more before it, so a name ending in X ("Mac OS X") is no mark.
 */
const X_MARK = /(?<=\S)[ \t]{2,}X$/;

/**
 * The mark as a label before the words (`- **Correct Answer:** Ribosomes`, `- ✅ Ribosomes`), as a quiz
 * export lists the key among its options.
 */
const LEADING_MARK =
  /^(?:(?:\*\*|__)[ \t]*(?:correct(?:\s+answer)?|right\s+answer|正确答案)[ \t]*[:：][ \t]*(?:\*\*|__)|✅)[ \t]*(?=\S)/iu;
/** An answer review's verdict on an option (`- Incorrect: A tag –– …`): the options are reviewed, not asked. */
const WRONG_LABEL = /^(?:\*\*|__)?[ \t]*(?:incorrect|wrong|错误)[ \t]*[:：]/i;

/** Bold closing the text (`**(Correct)**`), read off before the mark is looked for. */
const CLOSING_BOLD = /(?:\*\*|__)$/;

/**
 * The option's words without a key mark at their end, and whether there was one. The text's end is trimmed
 * by hand: a pattern that allowed spaces on both sides of an optional bold would retry every split of a long
 * run of them.
 */
export function withoutMark(text: string): { text: string; marked: boolean } {
  // Looked for only where the text opens on bold or a tick: most options open on a word.
  const first = text.charCodeAt(0);
  const lead = first === 0x2a || first === 0x5f || first === 0x2705 ? LEADING_MARK.exec(text) : null;
  if (lead && text.length > lead[0].length) return { text: text.slice(lead[0].length).trim(), marked: true };
  const end = text.trimEnd().replace(CLOSING_BOLD, '').trimEnd();
  const m = CORRECT_MARK.exec(end) ?? STAR_MARK.exec(end) ?? X_MARK.exec(end);
  if (!m) return { text, marked: false };
  const words = end.slice(0, m.index).trimEnd().replace(CLOSING_BOLD, '').trimEnd();
  if (words === '') return { text, marked: false };
  // `**Volatile memory** ✓`: the bold that closed before the mark is gone; its opening stars go too.
  const opened = /^(\*\*|__)/.exec(words)?.[1];
  const unclosed = opened !== undefined && words.split(opened).length % 2 === 0;
  return { text: unclosed ? words.slice(2).trimStart() : words, marked: true };
}

/** The group with its options' marks taken off, keyed by them when nothing else keys it. */
export function withMarkedKey(group: OptionGroup | null): OptionGroup | null {
  if (!group) return null;
  const read = group.options.map(withoutMark);
  const marked = read.flatMap((r, k) => (r.marked ? [k] : []));
  if (marked.length === 0) return withBoldKey(group);
  const options = read.map((r) => r.text);
  if (group.correct.length === 0 && !group.keyConflict) return { ...group, options, correct: marked };
  const agrees = group.correct.length === marked.length && group.correct.every((k) => marked.includes(k));
  return agrees ? { ...group, options } : { ...group, options, correct: [], keyConflict: true };
}

/**
 * Lettered options with no key stated, exactly one of them written wholly in bold (`**C - A containerization
 * platform**`): the bold is the author's key. Bold on several is emphasis, and no key.
 */
function withBoldKey(group: OptionGroup): OptionGroup {
  const bold = group.bold ?? [];
  if (group.keyStated || group.correct.length > 0 || bold.length !== 1 || group.options.length < 3)
    return group;
  return { ...group, correct: bold };
}

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 8;
const MAX_OPTION_CHARS = 300;

/**
 * The items of a plain bullet list that could be a question's options: two to eight, each one line of
 * words, no box and no letter (those lists have readers of their own). Null for a list of another kind.
 */
/** Lines an option may wrap onto: more is a paragraph, no option. */
const MAX_WRAPPED_LINES = 3;

export function plainOptionTexts(list: Block): string[] | null {
  if (list.type !== 'list' || list.items.length < MIN_OPTIONS || list.items.length > MAX_OPTIONS) return null;
  const texts: string[] = [];
  for (const item of list.items) {
    const only = item.inlines[0];
    // An option wrapped onto a second line (`1. Applying … results in different` / `   states`) is one option.
    if (item.inlines.length !== 1 || !only) return null;
    // A key or its explanation run into the last option (`- Requires physical access␣␣` / `**Correct Answer:**
    // 2`, `**Explanation:** …`) is no part of it.
    const keyAt = only.lines.findIndex(
      (l, k) => k > 0 && (labelledAnswer(l.text) !== null || EXPLANATION_LABEL.test(l.text)),
    );
    const lines = keyAt > 0 ? only.lines.slice(0, keyAt) : only.lines;
    if (lines.length > MAX_WRAPPED_LINES) return null;
    const text = only.lines.length === 1 ? only.text : lines.map((l) => l.text.trim()).join(' ');
    if (
      text === '' ||
      text.length > MAX_OPTION_CHARS ||
      TASK_MARK.test(text) ||
      letteredOption(text) ||
      isLabelAlone(text)
    )
      return null;
    texts.push(text);
  }
  return texts;
}

/**
 * A plain bullet list of one-line options, one of them marked (`- Master & Nodes (Correct)`): the author's
 * options and key. Without a mark, a bullet list is a list of points, and is left as it is.
 */
export function markedListGroup(scope: readonly Block[], i: number): OptionGroup | null {
  const list = scope[i];
  const texts = list ? plainOptionTexts(list) : null;
  if (!list || !texts) return null;
  // One mark: a checklist ticks several of its points (`- Install Docker ✅`), a quiz marks its key.
  if (texts.filter((t) => withoutMark(t).marked).length !== 1 || texts.some((t) => WRONG_LABEL.test(t)))
    return null;
  return {
    firstBlock: i,
    lastBlock: i,
    leadLines: [],
    options: texts,
    correct: [],
    line: list.line,
    endLine: list.end,
    letters: null,
    todo: false,
    keyStated: false,
  };
}
