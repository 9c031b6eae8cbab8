import type { Token } from 'markdown-it';
import type { OptionGroup } from './author-choices.ts';
import { letteredOption, TASK_MARK } from './choice-syntax.ts';
import { joinLines } from './html-text.ts';
import type { Block, ListItem } from './markdown-blocks.ts';
import { isLabelAlone } from './option-text.ts';
import { asksOrBlanks, judgesStatement } from './question-cues.ts';
import { withoutNumberingLines } from './question-numbering.ts';

/**
 * Options written as a plain bullet list under the question, the key the one option written wholly in bold,
 * as a course platform's quiz export writes them (Coursera):
 *
 *     1.  Question 1
 *         True or False: The internet is considered to be a large MAN.
 *
 *     - True
 *     - **False**
 *       - That’s correct! The internet is the biggest wide area network …
 *
 * Bold is emphasis in most notes, so it is a key only where the note says so: a rationale nested under the
 * bold option that calls it right (`That’s correct!`, `Correct`, `正确`), or the note marking its keys so
 * throughout (keysInBold, set by withBoldKeyNotes). A bold word inside an option (`uses **TCP** port 80`) is
 * no mark. Two bold options are a multi-select (a flashcard, as two `[x]` are); a rationale that calls the
 * bold option wrong leaves no key to trust. The rationale of the key is the reveal, never an option.
 */

type List = Extract<Block, { type: 'list' }>;

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 8;
/** An option is a line: a longer item is a point of a study list. */
const MAX_OPTION_CHARS = 300;
/** How many questions with one bold option make it the note's way of marking keys. */
const MIN_CONVENTION = 3;

/** The words of an option written wholly in bold (`**False**`, `__False__`), or null. */
export function wholeBold(text: string): string | null {
  const t = text.trim();
  if (t.length < 5 || !t.startsWith('**') || !t.endsWith('**')) return null;
  const inner = t.slice(2, -2).trim();
  // `**a** and **b**` is two bold words; `**_**` a blank, no option.
  return inner !== '' && !inner.includes('**') && !/^[\\_*\s]+$/.test(inner) ? inner : null;
}

/** "That’s correct", "You're right": the verdict said in words. */
const SAYS = String.raw`(?:that['’]?s|that is|this is|you['’]?re|you are)\s+`;
/** The verdict word standing alone ("Correct!", "Right.", "Correct" on its line), not "Right side is…". */
const ALONE = String.raw`(?=(?:\*\*)?[ \t]*(?:[!.:：,，！。;；]|\n|$))`;
const RIGHT_WORDS = String.raw`${SAYS}(?:correct|right)(?![\w-])|(?:correct|right)${ALONE}|回答正确|正确${ALONE}|答对`;

/** A rationale that calls its option right: "That’s correct!", "Correct", "You're right.", "正确！". */
const RIGHT = new RegExp(String.raw`^(?:\*\*)?(?:${RIGHT_WORDS})`, 'i');
/** A rationale that calls its option wrong: "Incorrect", "That's not correct", "Not quite", "错误". */
const WRONG = new RegExp(
  String.raw`^(?:\*\*)?(?:(?:${SAYS})?(?:incorrect|wrong|not\s+(?:quite|correct|right))(?![\w-])|错误|不正确|不对|回答错误|答错)`,
  'i',
);
/** The verdict that opens a rationale, taken off before it is shown: the reveal says which is right. */
const VERDICT = new RegExp(
  String.raw`^(?:\*\*)?(?:${RIGHT_WORDS})了?(?:\*\*)?[ \t]*[!.:：,，！。;；]*(?:\*\*)?\s*`,
  'i',
);

/** The items of a list that read as options: one line each, no box, no letter, no code. */
function optionItems(list: List): readonly ListItem[] | null {
  const { items } = list;
  if (list.ordered || items.length < MIN_OPTIONS || items.length > MAX_OPTIONS) return null;
  for (const item of items) {
    const only = item.inlines[0];
    if (item.inlines.length !== 1 || item.code.length > 0 || !only || only.lines.length !== 1) return null;
    const text = only.text;
    if (text === '' || text.length > MAX_OPTION_CHARS || TASK_MARK.test(text)) return null;
    // Lettered options (`- **B.** …`) are read with their stated key (author-choices.ts).
    if (letteredOption(text) || letteredOption(wholeBold(text) ?? '')) return null;
  }
  return items;
}

/** The indexes of the options written wholly in bold, when some are and some are not. */
function boldOptions(items: readonly ListItem[]): number[] | null {
  const bold = items.flatMap((item, k) => (wholeBold(item.inlines[0]?.text ?? '') !== null ? [k] : []));
  return bold.length > 0 && bold.length < items.length ? bold : null;
}

/** What each option's nested rationale says of it, and its words (lists nested under the option). */
interface Rationale {
  readonly verdict: 'right' | 'wrong' | null;
  readonly text: string;
}

/**
 * The rationales nested under the options (the blocks after the list that lie inside it), and the index in
 * `scope` of the last of them; null when something else is nested (a picture, a paragraph of its own).
 */
function rationales(
  scope: readonly Block[],
  i: number,
  items: readonly ListItem[],
): { notes: Rationale[]; last: number } | null {
  const list = scope[i] as List;
  const texts: string[][] = items.map(() => []);
  let last = i;
  for (let j = i + 1; j < scope.length; j++) {
    const b = scope[j] as Block;
    if (b.line > list.end) break;
    if (b.type !== 'list') return null;
    const k = items.findIndex((item) => b.line > item.line && b.line <= item.end);
    if (k < 0) return null;
    for (const item of b.items) for (const inline of item.inlines) texts[k]?.push(inline.text);
    last = j;
  }
  const notes = texts.map((lines): Rationale => {
    const text = lines.join('\n').trim();
    const verdict = RIGHT.test(text) ? 'right' : WRONG.test(text) ? 'wrong' : null;
    return { verdict, text };
  });
  return { notes, last };
}

/** The rationale's explanation without the verdict that opens it ("That’s correct! …", "Correct\n…"). */
function explanationOf(text: string): string {
  let rest = text;
  for (let n = 0; n < 3 && VERDICT.test(rest); n++) rest = rest.replace(VERDICT, '').trim();
  return joinLines(rest).trim();
}

/**
 * An option in the author's words without bold: the whole option's (the key's mark) or a word's in it
 * (`uses **TCP** port 80`, emphasis that would single the option out). Code keeps its stars.
 */
function unbolded(text: string): string {
  const words = wholeBold(text) ?? text;
  return joinLines(words.includes('`') ? words : words.replace(/\*\*([^*\n]+?)\*\*/g, '$1')).trim();
}

/** The option group at block `i` when it is a bold-keyed option list, else null. */
export function boldKeyGroup(scope: readonly Block[], i: number): OptionGroup | null {
  const list = scope[i];
  if (list?.type !== 'list' || !list.items.some((item) => item.inlines[0]?.text.startsWith('**')))
    return null;
  const items = optionItems(list);
  const bold = items ? boldOptions(items) : null;
  const nested = items && bold ? rationales(scope, i, items) : null;
  if (!items || !bold || !nested) return null;
  const { notes } = nested;
  const called = bold.some((k) => notes[k]?.verdict === 'right');
  // A rationale calling a bold option wrong: bold and rationale disagree, and neither is trusted.
  if ((!called && !list.keysInBold) || bold.some((k) => notes[k]?.verdict === 'wrong')) return null;
  const options = items.map((item) => unbolded(item.inlines[0]?.text ?? ''));
  if (new Set(options).size !== options.length || options.some(isLabelAlone)) return null;
  // An option the author's rationale calls right is a key as the bold ones are (then several: a multi-select).
  const correct = items.flatMap((_, k) => (bold.includes(k) || notes[k]?.verdict === 'right' ? [k] : []));
  // Course exports repeat one rationale under each right option, at most a stop apart.
  const explained = new Map<string, string>();
  for (const k of correct) {
    const text = explanationOf(notes[k]?.text ?? '');
    const same = text.replace(/[.。!！\s]+$/u, '');
    if (same !== '' && !explained.has(same)) explained.set(same, text);
  }
  return {
    firstBlock: i,
    lastBlock: nested.last,
    leadLines: [],
    options,
    correct,
    line: list.line,
    endLine: list.end,
    letters: null,
    todo: false,
    keyStated: false,
    keyNote: [...explained.values()].join('\n\n') || undefined,
    bold,
  };
}

/**
 * Does a question stand right above the list at `i` (a picture between aside): a heading or paragraph that
 * asks, or a numbered question standing alone, its number line aside (`1. Question 1` over its text)?
 * A statement counts when the options are True and False.
 */
function underQuestion(blocks: readonly Block[], i: number, options: readonly string[]): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const b = blocks[j] as Block;
    if (b.type === 'html') continue;
    const text =
      b.type === 'heading' || b.type === 'paragraph'
        ? b.inline.text
        : b.type === 'list' && b.items.length === 1
          ? (b.items[0]?.inlines.at(-1)?.text ?? '')
          : null;
    if (text === null) return false;
    return asksOrBlanks(withoutNumberingLines(text)) || (b.type !== 'heading' && judgesStatement(options));
  }
  return false;
}

/**
 * The blocks with the note's way of marking keys read: where at least MIN_CONVENTION questions have options
 * with exactly one wholly bold, and they outnumber the option lists under questions with no bold at all,
 * every bold option list under a question has its bold for its key (keysInBold). A study note that bolds a
 * point here and there is left as it is.
 */
export function withBoldKeyNotes(blocks: readonly Block[]): readonly Block[] {
  const marked: number[] = [];
  let oneBold = 0;
  let noBold = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.type !== 'list') continue;
    const items = optionItems(b);
    if (!items) continue;
    const options = items.map(firstLineText);
    if (!underQuestion(blocks, i, options.map(unboldedOption))) continue;
    const bold = boldOptions(items);
    if (bold === null) {
      if (options.every(notWholeBold)) noBold++;
      continue;
    }
    if (bold.length === 1) oneBold++;
    marked.push(i);
  }
  if (oneBold < MIN_CONVENTION || oneBold <= noBold) return blocks;
  const out = [...blocks];
  for (const i of marked) out[i] = { ...(blocks[i] as List), keysInBold: true };
  return out;
}

const firstLineText = (item: { readonly inlines: readonly { readonly text: string }[] }): string =>
  item.inlines[0]?.text ?? '';
const unboldedOption = (o: string): string => wholeBold(o) ?? o;
const notWholeBold = (o: string): boolean => wholeBold(o) === null;

/** An option written wholly in bold as typed: `**False**`, `__False__`. */
const TYPED_BOLD = /^(\*\*|__)(?!\1)(.+?)\1$/;

/**
 * The same options read from markdown-it's tokens, where a list item holding them is judged a question
 * (container-lists.ts): the list opening at `open`, some of its one-line options wholly in bold, a rationale
 * nested under a bold one calling it right and none calling one wrong. Only that evidence counts there (the
 * note's convention is read later, from the blocks).
 */
export function boldKeyedAt(tokens: readonly Token[], open: number): boolean {
  const level = tokens[open]?.level ?? 0;
  let items = 0;
  let bold = 0;
  let inlines = 0;
  let itemBold = false;
  let rationale = false;
  let called = false;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.level === level && t.nesting === -1) break;
    if (t.type === 'list_item_open' && t.level === level + 1) {
      if (++items > MAX_OPTIONS) return false;
      inlines = 0;
      rationale = false;
    } else if (
      (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') &&
      t.level === level + 2
    )
      return false;
    else if (t.type === 'inline' && t.level === level + 3) {
      const text = t.content.trim();
      if (++inlines > 1 || text === '' || text.includes('\n') || text.length > MAX_OPTION_CHARS) return false;
      if (TASK_MARK.test(text) || letteredOption(text)) return false;
      itemBold = TYPED_BOLD.test(text) && !/\*\*|__/.test(text.slice(2, -2));
      if (itemBold) bold++;
    } else if (t.type === 'inline' && t.level === level + 5 && !rationale) {
      // The first line nested under an option is its rationale's verdict.
      rationale = true;
      if (itemBold && WRONG.test(t.content.trim())) return false;
      if (itemBold && RIGHT.test(t.content.trim())) called = true;
    }
  }
  return items >= MIN_OPTIONS && bold > 0 && bold < items && called;
}
