import { type OptionGroup, optionGroupAt } from './author-choices.ts';
import { loneQuestion, loneQuestionItem } from './fenced-options.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks, hasBlank, looksLikeQuestion, opensMidSentence, refersBack } from './question-cues.ts';
import { isNumberingOnly, withoutNumberingLines } from './question-numbering.ts';
import { withStemKey } from './stated-key.ts';
import { isLabel } from './unit-answer.ts';
import type { NoteText } from './unit-card.ts';

/**
 * Options asked by a paragraph rather than a heading or a list item (inline-cards.ts makes the card): which
 * paragraph asks them, and where the explanation after their key ends.
 */

/** The options at a block, the paragraph that asks them, or else the heading's title they stand under. */
export interface AskedOptions {
  readonly found: OptionGroup | null;
  readonly asked: ReturnType<typeof askedBy>;
  /** The title of the heading right above the options, its key bracket left blank, when it asks them. */
  readonly title: string | null;
}

/**
 * The options starting at block `i` and the question that asks them: a paragraph, else the heading right
 * above (its `title`). Lettered lines with no key outside a question ("A: excellent work") are text, not
 * options, unless the question holds their key in its blank (`…错误的是【 D 】`, stated-key.ts): it then
 * asks with the blank left empty.
 */
export function askedOptions(
  blocks: readonly Block[],
  i: number,
  consumed: ReadonlySet<Block>,
  note: NoteText,
  title: string | null,
): AskedOptions {
  const found = optionGroupAt(blocks, i, (at) => note(at, at));
  const none = { found, asked: null, title: null };
  if (!found || found.todo) return none;
  const keyedBelow = found.correct.length > 0;
  // A key stated below that names no option (`【答案】E`) makes a card that reports it.
  const unnamedKey = !keyedBelow && found.keyStated && found.letters !== null;
  if (!keyedBelow && !unnamedKey && (found.letters === null || found.keyStated)) return none;
  const asked = withCodeAbove(
    blocks,
    withScenario(blocks, askedBy(blocks, i, found.leadLines, consumed), consumed),
    consumed,
  );
  // A blank right after another blank's options is the next part of one sentence of several blanks
  // ("…________" / options / "allows the server to store a ________" / options): no part asks alone.
  if (asked && (continuesBlanks(blocks, asked) || continuedBelow(blocks, found, asked))) return none;
  const heading = headingAbove(blocks, i) >= 0 ? title : null;
  const stem = asked ? withStemKey(found, asked.prompt) : heading ? withStemKey(found, heading) : null;
  // Without a key below or in the blank, the lines stay text.
  if (!stem || (!keyedBelow && !stem.group.keyStated)) return none;
  if (!asked) return { found: stem.group, asked: null, title: stem.prompt };
  return { found: stem.group, asked: { ...asked, prompt: stem.prompt }, title: null };
}

/**
 * A question that points back at what it asks about ("Which solution meets these requirements?", "该公司应使用
 * 哪项服务？") asks about the paragraph above it, or the heading over it (`### 91. A company plans to
 * migrate…` then `**Which service meets these requirements?**`): the stem starts there, so the player reads
 * the requirements.
 */
function withScenario(
  blocks: readonly Block[],
  asked: AskingBlock | null,
  consumed: ReadonlySet<Block>,
): AskingBlock | null {
  if (asked === null || !refersBack(asked.prompt)) return asked;
  const above = blocks[asked.first - 1];
  if (
    above?.type === 'paragraph' &&
    !consumed.has(above) &&
    !isLabel(above.inline) &&
    above.itemEnd === null
  ) {
    const setting = joinLines(withoutNumberingLines(above.inline.text)).trim();
    if (setting !== '')
      return { ...asked, prompt: `${setting}\n\n${asked.prompt}`, line: above.line, first: asked.first - 1 };
  }
  if (above?.type === 'heading') {
    const setting = withoutQuestionNumber(joinLines(above.inline.text).trim());
    if (setting.length > 20 && !isNumberingOnly(setting))
      return { ...asked, prompt: `${setting}\n\n${asked.prompt}` };
  }
  return asked;
}

/**
 * `## 1. Basic Exception Hierarchy`, a program, then `**What is the output?**` over the options: code that
 * opens the question's section (or follows the unit before) right above it is what it asks about, shown
 * after its words. Code after prose stays the prose's.
 */
function withCodeAbove(
  blocks: readonly Block[],
  asked: AskingBlock | null,
  consumed: ReadonlySet<Block>,
): AskingBlock | null {
  if (asked === null || asked.pictures !== undefined) return asked;
  const code = blocks[asked.first - 1];
  const before = blocks[asked.first - 2];
  if (code?.type !== 'code' || consumed.has(code)) return asked;
  if (before !== undefined && before.type !== 'heading' && !consumed.has(before)) return asked;
  return { ...asked, first: asked.first - 1, pictures: [code] };
}

/** A heading's words without the number it opens with (`91. A company plans…`). */
const withoutQuestionNumber = (title: string): string =>
  title.replace(/^\s*(?:Q\s*)?\d{1,4}\s*[.)、:：]\s*/i, '').trim();

function continuesBlanks(blocks: readonly Block[], asked: AskingBlock): boolean {
  const above = blocks[asked.first - 1];
  return above?.type === 'list' && hasBlank(asked.prompt) && optionGroupAt(blocks, asked.first - 1) !== null;
}

/** A blank whose sentence goes on under its options ("…with certainty the ____" / options / "of a message."). */
function continuedBelow(blocks: readonly Block[], found: OptionGroup, asked: AskingBlock): boolean {
  const below = blocks[found.lastBlock + 1];
  return (
    below?.type === 'paragraph' &&
    hasBlank(asked.prompt) &&
    opensMidSentence(below.inline.text) &&
    !/[?？]/.test(below.inline.text.split('\n')[0] ?? '')
  );
}

/** Where the question is: its words, its line, its first block, the first line of its stem after it. */
interface AskingBlock {
  readonly prompt: string;
  readonly line: number;
  readonly first: number;
  readonly stemFrom: number;
  /** Pictures inside the question's own item, above its words: shown after them. */
  readonly pictures?: readonly Block[];
}

/**
 * The paragraph that asks the question the options answer: lines just above the options in the same
 * paragraph, else the nearest paragraph above (code, HTML or a figure between belong to the stem), or a
 * numbered question standing alone right above them.
 */
function askedBy(
  blocks: readonly Block[],
  i: number,
  leadLines: readonly InlineLine[],
  consumed: ReadonlySet<Block>,
): AskingBlock | null {
  if (leadLines.length > 0) {
    // `Question 1` on a line of its own above the question numbers it: no words of the question.
    const text = withoutNumberingLines(leadLines.map((l) => l.text).join('\n'))
      .split('\n')
      .join(' ')
      .trim();
    const line = leadLines[leadLines.length - 1] as InlineLine;
    return { prompt: text, line: (leadLines[0] as InlineLine).line, first: i, stemFrom: line.line + 1 };
  }
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const b = blocks[j] as Block;
    if (consumed.has(b) || b.type === 'heading') return null;
    // `1. Which …?` standing alone: an unindented block under a list item ends its list. Pictures may stand
    // between, not code: those inside the item are shown after its question, those below it in the stem.
    const between = blocks.slice(j + 1, i);
    const question = b.type === 'list' && between.every(isPicture) ? loneQuestion(b) : null;
    if (b.type === 'list' && question !== null) {
      const pictures = between.filter((p) => p.line <= b.end);
      return { prompt: promptOf(question), line: b.line, first: j, stemFrom: b.end + 1, pictures };
    }
    if (belongsToStem(b)) continue;
    // The author's aside between a question heading and its options asks nothing: the heading asks.
    if (isAside(b) && headingAbove(blocks, i) >= 0) return null;
    if (b.type === 'paragraph' && !isLabel(b.inline)) {
      const setup = setupAbove(blocks, j, consumed);
      const from = setup ?? b;
      return {
        prompt: setup ? joinLines(setup.inline.text).trim() : promptOf(b.inline.text),
        line: from.line,
        first: setup ? j - 2 : j,
        stemFrom: from.end + 1,
      };
    }
    return null;
  }
  return null;
}

const firstLineOf = (text: string): string => withoutNumberingLines(text).split('\n')[0] ?? '';

/** The question's words, without a line above them that only numbers it (`Question 1`, `1 point`). */
const promptOf = (text: string): string => joinLines(withoutNumberingLines(text)).trim();

/**
 * "类 ABC 定义如下：" then the code, then "将以下哪个方法替换`expression`是不合法的（）": a paragraph ending in a
 * colon with code under it, just above the asking paragraph, sets the question up; the stem starts there
 * so the code it asks about is shown.
 */
function setupAbove(
  blocks: readonly Block[],
  j: number,
  consumed: ReadonlySet<Block>,
): Extract<Block, { type: 'paragraph' }> | null {
  const code = blocks[j - 1];
  const lead = blocks[j - 2];
  if (code?.type !== 'code' || lead?.type !== 'paragraph' || consumed.has(lead) || consumed.has(code))
    return null;
  return isSetup(lead.inline.text) ? lead : null;
}

/** A quoted paragraph that does not ask: an aside (`> 后缀H表示16进制…`), often a hint to the answer. */
const isAside = (b: Block): boolean => b.type === 'paragraph' && b.quoted && !asksOrBlanks(b.inline.text);

/** How many asides may stand between a question heading and its options. */
const MAX_ASIDES = 3;

/**
 * The index of the heading right above the options at `i`, asides between aside (`#### 3. 存储字长是( C )`, a
 * quoted hint, then `A: …` lines), or -1. The asides are no part of the stem: they would give the answer away.
 */
export function headingAbove(blocks: readonly Block[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < MAX_ASIDES && isAside(blocks[k] as Block)) k--;
  return blocks[k]?.type === 'heading' ? k : -1;
}

/** Code, HTML or a figure between a question and its options: what it asks about, shown with it. */
function belongsToStem(b: Block): boolean {
  return b.type === 'code' || isPicture(b);
}

/** HTML (an `<img>`) or a paragraph that is only an image. */
const isPicture = (b: Block): boolean => b.type === 'html' || (b.type === 'paragraph' && b.inline.imageOnly);

/** A paragraph that ends in a colon: it introduces what follows. */
const SETUP_END = /[:：]\s*(?:\*\*)?\s*$/;
/** Or one that only says a program follows ("有以下程序", "Given the following code"). */
const SETUP_LEAD =
  /^(?:有|阅读|看|分析|执行)?\s*(?:以下|下面|如下|下列)(?:的)?(?:这)?(?:一段|一个)?\s*[A-Za-z+#]{0,10}\s*(?:程序|代码|函数|程序段)\s*$|^(?:given|consider)\s+the\s+following\s+(?:code|program|snippet|function)\s*$/iu;
const isSetup = (text: string): boolean => SETUP_END.test(text) || SETUP_LEAD.test(text.trim());

/** Where the explanation after a paragraph-asked choice ends: the next heading, question or card. */
export function explanationEnd(blocks: readonly Block[], from: number, consumed: ReadonlySet<Block>): number {
  let j = from;
  for (; j < blocks.length; j++) {
    const b = blocks[j] as Block;
    if (consumed.has(b) || b.type === 'heading') break;
    // The next question, its number line aside (`Question 8` over `Which command…?`).
    if (b.type === 'paragraph' && looksLikeQuestion(firstLineOf(b.inline.text))) break;
    if (b.type === 'list' && b.ordered && looksLikeQuestion(firstLineOf(loneQuestion(b) ?? ''))) break;
    if (optionGroupAt(blocks, j)) break;
    // "【单选题】下列程序执行后结果为( )" asks without a question mark: a paragraph the next options hang
    // from (code between belongs to it) is the next question's stem, not this one's explanation.
    if ((b.type === 'paragraph' || (b.type === 'list' && loneQuestionItem(b))) && asksNextOptions(blocks, j))
      break;
  }
  return j;
}

/**
 * The paragraph (or numbered question standing alone) at `j` is followed, past code, HTML or a figure only,
 * by an option group it asks or that is keyed (see askedBy; options in a code block right under it count,
 * fenced-options.ts); a setup ending in a colon ("类 ABC 定义如下：", see setupAbove) may have the asking
 * paragraph between.
 */
function asksNextOptions(blocks: readonly Block[], j: number): boolean {
  const at = blocks[j];
  let setup = at?.type === 'paragraph' && isSetup(at.inline.text);
  for (let k = j + 1; k < blocks.length && k <= j + 4; k++) {
    const b = blocks[k] as Block;
    const group =
      b.type === 'list' || b.type === 'paragraph' || b.type === 'code' ? optionGroupAt(blocks, k) : null;
    if (group === null && belongsToStem(b)) continue;
    if (group === null && setup && b.type === 'paragraph' && blocks[k - 1]?.type === 'code') {
      setup = false;
      continue;
    }
    if (group === null || group.todo) return false;
    // A paragraph that asks over options is a question, keyed or not; else the options need a key, stated
    // below (even one naming no option) or in the asking paragraph's blank (`…的文件是（C）`).
    const asking = askingText(at);
    if (group.correct.length > 0 || group.keyStated || asksOrBlanks(asking)) return true;
    return withStemKey(group, asking).group.correct.length > 0;
  }
  return false;
}

function askingText(block: Block | undefined): string {
  if (block?.type === 'paragraph') return block.inline.text;
  return block?.type === 'list' ? (loneQuestion(block) ?? '') : '';
}
