import type { OptionGroup } from './author-choices.ts';
import { keyOnLine, type LabelCase, labelCaseOf, letteredOption } from './choice-syntax.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks } from './question-cues.ts';
import { isNumberingOnly } from './question-numbering.ts';
import { findKey, keyed, type StatedKey } from './stated-key.ts';

/**
 * Options kept on their own lines by writing them in a code block under the question, the key with them:
 *
 *     1. Which Route 53 routing policy minimises latency?
 *
 *     ```
 *     A. Geolocation Routing
 *     B. Latency Routing
 *
 *     answer: B
 *     ```
 *
 * Read as the same lines written outside the block would be (letters and key by choice-syntax.ts), and
 * only when the block is nothing else: plain text (no language, `text`, `markdown`), every line an option
 * lettered A, B, C … in order, then perhaps the key. A block in a programming language, or one that mixes
 * option lines with other lines, is code the question is about, and stays so.
 */

/** Info strings of a block of plain text: anything else names a language, and the block is code. */
const PLAIN_TEXT = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);

/** The options a block's lines are, and the key after them, with the index of each one's line. */
export interface OptionLines {
  readonly letters: string[];
  readonly texts: string[];
  /** Index, in the block's content, of the first option's line. */
  readonly firstAt: number;
  /** How the options are lettered (`A.` or `a.`): a key in lower case names options lettered so. */
  readonly labels: LabelCase;
  readonly key: { readonly letters: string[]; readonly at: number; readonly note: string } | null;
}

/** The options and key a plain-text block holds and nothing else, or null when it holds anything more. */
export function optionLines(info: string, content: string): OptionLines | null {
  // A block marked as code holds options only when they are bracketed (`【A】[1, 2]`): `A.` lines are code.
  if (!PLAIN_TEXT.has((info.split(/\s/)[0] ?? '').toLowerCase()) && !/^\s*[【（(][Aa][】）)]/.test(content))
    return null;
  // Cheap first: the first line that says something must open option A.
  if (!/^\s*(?:[(（【]\s*)?[`*]{0,2}[Aa]/.test(content)) return null;
  const letters: string[] = [];
  const texts: string[] = [];
  let firstAt = -1;
  let labels: LabelCase = 'upper';
  let key: OptionLines['key'] = null;
  for (const [at, raw] of content.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    // The key closes the options: a line after it is text, and the block is not options alone.
    if (key !== null) return null;
    const option = letteredOption(line);
    if (option && option.letter === String.fromCharCode(65 + letters.length)) {
      if (firstAt < 0) {
        firstAt = at;
        labels = labelCaseOf(line) ?? 'upper';
      }
      letters.push(option.letter);
      texts.push(option.text);
      continue;
    }
    const stated = letters.length >= 2 ? keyOnLine(line, labels) : null;
    if (stated === null) return null;
    key = { ...stated, at };
  }
  return letters.length >= 2 ? { letters, texts, firstAt, labels, key } : null;
}

/** A heading numbered as a question bank numbers its questions (`## 4. Select the policy…`, `### Q4`). */
const NUMBERED_TITLE = /^\s*(?:q\s*)?\d{1,3}\s*[.)、:：]/i;

/**
 * Does the block at `i` come right after its question: at the start of a unit's scope (the question is
 * just above it), or under a paragraph or heading that asks, a numbered heading, or a numbered question
 * standing alone, perhaps with the code it asks about between (`1. Which …?` ends its one-item list where an unindented block follows)?
 */
function followsQuestion(scope: readonly Block[], i: number): boolean {
  if (i === 0) return true;
  const above = scope[i - 1];
  switch (above?.type) {
    case 'paragraph':
      // A paragraph that opens a list item holding the block is that item's question.
      return !above.quoted && (asksOrBlanks(above.inline.text) || above.itemEnd !== null);
    case 'heading':
      return asksOrBlanks(above.inline.text) || NUMBERED_TITLE.test(above.inline.plain);
    case 'list':
      return loneQuestionItem(above);
    case 'code':
      // The program the question asks about, between the question and its options ("执行以下程序，结果为：").
      return !optionLines(above.info, above.content) && followsQuestion(scope, i - 1);
    default:
      return false;
  }
}

/**
 * A list of one item that is one paragraph, numbered or asking: a numbered question standing alone (an
 * unindented block under it ends its list), so what follows right under it answers it. An exported quiz may
 * number it in a paragraph of its own (`1. Question 6`, a picture, then the question): the question is the
 * paragraph after the number. Its text, or null when the list is no such question.
 */
export function loneQuestion(list: Extract<Block, { type: 'list' }>): string | null {
  const item = list.items[0];
  if (list.items.length !== 1 || !item) return null;
  const numbered = item.inlines.length === 2 && isNumberingOnly(item.inlines[0]?.text ?? '');
  const asked = numbered ? item.inlines.slice(1) : item.inlines;
  const text = asked.length === 1 ? (asked[0]?.text ?? '') : null;
  return text !== null && (list.ordered || asksOrBlanks(text)) ? text : null;
}

export const loneQuestionItem = (list: Extract<Block, { type: 'list' }>): boolean =>
  loneQuestion(list) !== null;

/**
 * The options a code block under a question holds, as an option group: the key written in the block, else
 * stated right after it (`Answer: B`, `#### 答案：B`), else none.
 */
export function fencedGroup(scope: readonly Block[], i: number): OptionGroup | null {
  const block = scope[i];
  if (block?.type !== 'code') return null;
  const found = optionLines(block.info, block.content);
  if (!found || !followsQuestion(scope, i)) return null;
  const contentLine = block.line + (block.fenced ? 1 : 0);
  const key: StatedKey | null = found.key
    ? { letters: found.key.letters, block: i, line: contentLine + found.key.at, note: found.key.note }
    : findKey(scope, i + 1, 1, found.labels);
  const { options, correct } = keyed(found.letters, found.texts, key);
  return {
    firstBlock: i,
    lastBlock: key?.block ?? i,
    leadLines: [],
    options,
    correct,
    line: contentLine + found.firstAt,
    // A key inside the block ends the options with the block (its closing fence), one after it on its line.
    endLine: key && key.block !== i ? key.line : block.end,
    letters: found.letters,
    todo: false,
    keyStated: key !== null,
    keyNote: key?.note,
  };
}
