import type { Token } from 'markdown-it';
import { boldKeyedAt } from './bold-key-options.ts';
import { boldQuestionLine } from './bold-questions.ts';
import { bracketKey } from './bracket-keys.ts';
import {
  type LabelCase,
  labelCaseOf,
  labelledAnswer,
  letteredOption,
  lineOptions,
  mayStateKey,
  statedKey,
  TASK_MARK,
} from './choice-syntax.ts';
import { optionLines } from './fenced-options.ts';
import { breaksAsLines } from './html-text.ts';
import { closingVerdict } from './judgements.ts';
import { hasCardTag } from './logseq-text.ts';
import { asksOrBlanks, putsToJudgement } from './question-cues.ts';

/**
 * Which lists are containers of units rather than lists of points: those whose items hold headings
 * (numbered question lists, `1. ### What is React?`), and those whose items ask a question the item itself
 * answers: options under it (`1. Which service …?` then `    - A. …` with the key in the item, a code
 * block of lettered lines and their key, or `A. …` lines and a stated key in the item's paragraphs), or an
 * answer stated on a line of its own (`41. 传统的单核CPU由运算器和______组成。` then `正确答案：控制器`); and
 * numbered lists of two or more questions answered on their own line (`1. **What is X?** X is …`,
 * bold-questions.ts).
 * Found in one pass over markdown-it's tokens (a scan per list would be quadratic in the nesting depth).
 * Returns the indexes of the `*_list_open` tokens that are containers.
 */
export function containerLists(tokens: readonly Token[]): Set<number> {
  const scan: ListScan = { out: new Set<number>(), stack: [] };
  // One small loop handing the few token types that matter to a function each: a long loop body would be
  // compiled afresh (on-stack, and again whole) on every build.
  for (let i = 0; i < tokens.length; i++) {
    switch ((tokens[i] as Token).type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listOpened(scan, tokens, i);
        break;
      case 'list_item_open':
        scan.stack.push(newItem(tokens[i + 1]?.type === 'paragraph_open'));
        break;
      case 'paragraph_open':
        paragraphOpened(scan.stack, tokens[i + 1]);
        break;
      case 'fence':
      case 'code_block':
        codeSeen(scan.stack, tokens[i] as Token);
        break;
      case 'heading_open': {
        const list = innermostList(scan.stack);
        if (list) list.heading = true;
        break;
      }
      case 'list_item_close':
        itemClosed(scan.stack);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listClosed(scan);
        break;
      default:
        break;
    }
  }
  return scan.out;
}

interface ListScan {
  readonly out: Set<number>;
  readonly stack: Frame[];
}

function innermostList(stack: readonly Frame[]): ListFrame | null {
  for (let k = stack.length - 1; k >= 0; k--) {
    const f = stack[k] as Frame;
    if (f.kind === 'list') return f;
  }
  return null;
}

function listOpened(scan: ListScan, tokens: readonly Token[], i: number): void {
  const { stack } = scan;
  const parent = stack[stack.length - 1];
  if (parent?.kind === 'item') noteOptions(parent, tokens[i + 3]);
  // Options with the key in bold, a rationale under it (bold-key-options.ts), right under the question.
  if (
    parent?.kind === 'item' &&
    parent.options === 'none' &&
    parent.paragraphs === 1 &&
    boldKeyedAt(tokens, i)
  )
    parent.options = 'bold';
  const ordered = (tokens[i] as Token).type === 'ordered_list_open';
  stack.push({
    kind: 'list',
    index: i,
    heading: false,
    questions: 0,
    ordered,
    oneLiners: 0,
    judged: 0,
    cards: false,
  });
}

const newItem = (opensWithParagraph: boolean): ItemFrame => ({
  kind: 'item',
  opensWithParagraph,
  paragraphs: 0,
  question: '',
  options: 'none',
  keyed: false,
  answered: false,
  letteredLines: false,
  optionRow: false,
  labels: 'upper',
  oneLine: false,
  judged: false,
});

function paragraphOpened(stack: readonly Frame[], inline: Token | undefined): void {
  const item = stack[stack.length - 1];
  if (item?.kind !== 'item' || inline?.type !== 'inline') return;
  // `Which…?<br>a. x<br>b. y`: the question and its options on lines of their own.
  const content = breaksAsLines(inline.content);
  const firstEnd = content.indexOf('\n');
  if (item.paragraphs === 0 && item.opensWithParagraph) {
    item.question = firstEnd < 0 ? content : content.slice(0, firstEnd);
    // `- **Answer:** b) Worm` nested under a question item, after its options: the question item is answered.
    const outer = stack[stack.length - 3];
    if (
      outer?.kind === 'item' &&
      outer.paragraphs > 0 &&
      mayStateKey(item.question) &&
      labelledAnswer(item.question)
    )
      outer.answered = true;
    item.oneLine = boldQuestionLine(item.question) !== null;
    item.judged = closingVerdict(item.question) !== null;
    // A Logseq card (`- SQL查询过程 #card`): the outline is the author's cards, whatever headings it holds.
    const list = stack[stack.length - 2];
    if (list?.kind === 'list' && item.question.includes('card') && hasCardTag(item.question))
      list.cards = true;
    // The key in the question's blank (`…错误的是【 D 】`), the options below it.
    if (bracketKey(item.question)) item.keyed = true;
    // Most items are one line: only a paragraph that goes on can hold a key or options under its question.
    if (firstEnd >= 0) {
      const lines = content.slice(firstEnd + 1).split('\n');
      const answers = mayStateKey(content);
      // One lettered option written bold (`**C. 软件危机**`) is the key the author marked.
      if (lines.filter(isBoldOption).length === 1) item.keyed = true;
      for (const l of lines) {
        if (answers) readKeyLine(item, l);
        if (letteredOption(l.trim())?.letter !== 'A') continue;
        seeOptionA(item, l.trim());
        // `A. 正确 B. 错误` right under the question: its options, whose key may follow the item.
        if ((lineOptions(l.trim(), 'A')?.length ?? 0) >= 2) item.optionRow = true;
      }
    }
  } else {
    const first = firstEnd < 0 ? content : content.slice(0, firstEnd);
    if (mayStateKey(content)) readKeyLine(item, first);
    // The options in a paragraph of their own under the question (a blank line between).
    if (item.paragraphs > 0 && letteredOption(first.trim())?.letter === 'A') seeOptionA(item, first.trim());
  }
  item.paragraphs++;
}

/** Options kept on their lines in a code block under the item's question (fenced-options.ts). */
function codeSeen(stack: readonly Frame[], token: Token): void {
  const item = stack[stack.length - 1];
  if (item?.kind === 'item' && item.options === 'none' && optionLines(token.info.trim(), token.content))
    item.options = 'lettered';
}

function itemClosed(stack: Frame[]): void {
  const item = stack.pop();
  const list = stack[stack.length - 1];
  if (item?.kind !== 'item' || list?.kind !== 'list') return;
  if (asksItself(item)) list.questions++;
  else if (item.judged) list.judged++;
  else if (item.opensWithParagraph && item.oneLine) list.oneLiners++;
}

function listClosed(scan: ListScan): void {
  const list = scan.stack.pop();
  if (list?.kind !== 'list') return;
  // One bold question answered after it in a list of points may be a point that asks: two make a list.
  // So do two statements closing with their verdict (`进程是资源分配的基本单位。（√）`): a list of 判断题.
  // A Logseq outline of cards (`- # 一些思考` among `#card` blocks) stays an outline: its cards are read from it.
  if (list.cards) return;
  if (list.heading || list.questions > 0 || list.judged >= 2 || (list.ordered && list.oneLiners >= 2))
    scan.out.add(list.index);
  // A heading anywhere inside makes every enclosing list a container, as it always did.
  const outer = innermostList(scan.stack);
  if (outer && list.heading) outer.heading = true;
}

interface ListFrame {
  readonly kind: 'list';
  readonly index: number;
  heading: boolean;
  questions: number;
  readonly ordered: boolean;
  /** Items that are a bold question with its answer after it on the line. */
  oneLiners: number;
  /** Items that are a statement closing with its verdict (judgements.ts). */
  judged: number;
  /** An item is a Logseq card (`#card`): the list is an outline of cards. */
  cards: boolean;
}

interface ItemFrame {
  readonly kind: 'item';
  readonly opensWithParagraph: boolean;
  paragraphs: number;
  /** The first line of the paragraph that opens the item. */
  question: string;
  /**
   * Options right in the item: lettered (a nested `A.` / `- [ ] A)` list, or a code block of such lines),
   * boxes only, plain with the key in bold and its rationale, or none.
   */
  options: 'lettered' | 'boxes' | 'bold' | 'none';
  /** A line of the item states the key ("Correct Answer: A", "正确答案：C"), or its question holds it (`【C】`). */
  keyed: boolean;
  /** A line after the question states the answer in words ("正确答案：控制器"). */
  answered: boolean;
  /** Options written as lines, in the question's own paragraph (`A. …` under it) or in one below it. */
  letteredLines: boolean;
  /** Two or more options side by side on the line under the question (`A. 正确 B. 错误`). */
  optionRow: boolean;
  /** How those options are lettered (`A.` or `a.`): a key in lower case names options lettered so. */
  labels: LabelCase;
  /** The question line is a bold question with its answer after it (bold-questions.ts). */
  oneLine: boolean;
  /** The question line is a statement closing with its verdict (`…。（√）`, judgements.ts). */
  judged: boolean;
}

type Frame = ListFrame | ItemFrame;

/** A list opening inside an item: are its items the item's options? `first` is its first inline token. */
function noteOptions(item: ItemFrame, first: Token | undefined): void {
  if (item.options !== 'none' || first?.type !== 'inline') return;
  const text = (first.content.split('\n')[0] ?? '').trim();
  const boxed = TASK_MARK.exec(text);
  const rest = boxed ? text.slice(boxed[0].length) : text;
  if (letteredOption(rest)?.letter === 'A') item.options = 'lettered';
  else if (boxed) item.options = 'boxes';
}

function seeOptionA(item: ItemFrame, line: string): void {
  if (item.letteredLines) return;
  item.letteredLines = true;
  item.labels = labelCaseOf(line) ?? 'upper';
}

function readKeyLine(item: ItemFrame, line: string): void {
  if (statedKey(line, item.labels)) item.keyed = true;
  else if (labelledAnswer(line)) item.answered = true;
}

/** A lettered option line written wholly in bold: `**C. 软件危机**`, `C. **软件危机**`. */
function isBoldOption(line: string): boolean {
  const option = letteredOption(line.trim());
  return option !== null && lineOptions(line.trim(), option.letter)?.[0]?.bold === true;
}

/**
 * Options with letters, or boxes under something that asks or with a stated key (a to-do list under a
 * plain item is not a quiz); or an answer stated after the question.
 */
function asksItself(item: ItemFrame): boolean {
  // An option of a quiz (`- [x] B)文件` with the key line under it) is not a question of its own.
  if (!item.opensWithParagraph || TASK_MARK.test(item.question) || letteredOption(item.question))
    return false;
  if (item.options === 'lettered' || item.options === 'bold') return true;
  if (item.options === 'boxes') return item.keyed || asksOrBlanks(item.question);
  // "(T/F) …" with its verdict under it (`- False`, "Answer: True").
  if (putsToJudgement(item.question)) return true;
  return (
    (item.answered || (item.keyed && item.letteredLines) || item.optionRow) && item.question.trim() !== ''
  );
}
