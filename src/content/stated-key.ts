import type { OptionGroup } from './author-choices.ts';
import { blankedBracket, bracketKey, trailingKey } from './bracket-keys.ts';
import {
  isAnswerLabelAlone,
  keyLettersAlone,
  keyOnLine,
  type LabelCase,
  labelledAnswer,
  statedKey,
} from './choice-syntax.ts';
import { isAnswerFoldMarker } from './html-containers.ts';
import type { Block } from './markdown-blocks.ts';

/**
 * Where the author states the key to lettered options, after them: on one line (`Answer: C`, `正确答案：B、D`,
 * a heading `#### 答案：C`), or as a label standing alone (`### Answer ✅`, `#### 答案`, `**Answer:**`) with
 * the letters alone under it (`C`, `AB`, `A, C`). What follows the letters is the explanation.
 */
export interface StatedKey {
  readonly letters: string[];
  /** Index of the block holding the letters, and their line. */
  readonly block: number;
  readonly line: number;
  /** The explanation written after the letters on their line (`C. 因为…`), part of the reveal. */
  readonly note?: string;
}

/**
 * The letters written alone under the answer label on line `k` of block `j` (a heading or a paragraph):
 * on the next line, or the first line of the next paragraph. Null when line `k` is no such label, or the
 * label is over an answer in words ("### Answer" then "Because the JVM…"): that states no key.
 */
export function keyUnderLabelAt(
  scope: readonly Block[],
  j: number,
  k: number,
  labels: LabelCase = 'upper',
): StatedKey | null {
  const b = scope[j];
  const lines = b?.type === 'heading' || b?.type === 'paragraph' ? b.inline.lines : null;
  const label = lines?.[k];
  if (!lines || !label || !isAnswerLabelAlone(label.text)) return null;
  const inBlock = lines[k + 1];
  const next = scope[j + 1];
  if (!inBlock && next?.type === 'list') return keyListAt(next, j + 1, labels);
  const under = inBlock ?? (next?.type === 'paragraph' ? next.inline.lines[0] : undefined);
  const key = under ? keyLettersAlone(under.text, labels) : null;
  if (!key || !under) return null;
  return { letters: key.letters, block: inBlock ? j : j + 1, line: under.line, note: key.rest };
}

/**
 * The right options listed under the label (`**Correct Answers:**` over `- c. Performance Efficiency` and
 * `- d. Sustainability`): every item opens with its letters, else the list is an answer in words.
 */
function keyListAt(list: Extract<Block, { type: 'list' }>, j: number, labels: LabelCase): StatedKey | null {
  const letters: string[] = [];
  for (const item of list.items) {
    const first = item.inlines[0]?.lines[0];
    const key = first ? keyLettersAlone(first.text, labels) : null;
    if (!key) return null;
    letters.push(...key.letters);
  }
  const line = list.items[0]?.line ?? list.line;
  return letters.length > 0 ? { letters: [...new Set(letters)], block: j, line } : null;
}

/**
 * Where a stated key is, searching the blocks after the options (a key heading counts) up to `limit`;
 * `labels` is how the options are lettered (a key in lower case names options lettered so).
 */
export function findKey(
  scope: readonly Block[],
  from: number,
  limit: number,
  labels: LabelCase = 'upper',
): StatedKey | null {
  for (let j = from; j < scope.length && j < from + limit; j++) {
    const b = scope[j] as Block;
    if (b.type === 'heading' || b.type === 'paragraph') {
      for (const [k, l] of b.inline.lines.entries()) {
        const key = keyOnLine(l.text, labels);
        if (key) return { letters: key.letters, block: j, line: l.line, note: key.note };
        const labelled = keyUnderLabelAt(scope, j, k, labels);
        if (labelled) return labelled;
        // An answer stated in a form read as no key (`Answer: A dog`): the key of these options is that
        // answer, and a key further on is the next question's.
        if (labelledAnswer(l.text)) return null;
      }
    }
    // A fold that shows the answer (`<summary>查看答案</summary>`) with the letters alone in it.
    if (b.type === 'html' && isAnswerFoldMarker(b.content)) {
      const next = scope[j + 1];
      // The letters alone, or as the one item of a list (`- b`).
      const first =
        next?.type === 'paragraph'
          ? next.inline.lines[0]
          : next?.type === 'list' && next.items.length === 1
            ? next.items[0]?.inlines[0]?.lines[0]
            : undefined;
      const key = first ? keyLettersAlone(first.text, labels) : null;
      if (key && first) return { letters: key.letters, block: j + 1, line: first.line, note: key.rest };
    }
    if (b.type === 'list') {
      for (const item of b.items) {
        const key = item.inlines[0] ? keyOnLine(item.inlines[0].text, labels) : null;
        if (key) return { letters: key.letters, block: j, line: item.line, note: key.note };
      }
    }
    const boxed = b.type === 'code' ? keyInTextBlock(b, labels) : null;
    if (boxed) return { ...boxed, block: j };
    // The key comes right after the options, or after a code block or a short note between them.
    if (b.type === 'table') return null;
  }
  return null;
}

/**
 * The key opening a plain text block after the options, its explanation under it, as some quiz notes box them:
 * a fence holding `Correct: a` then "The -l option tells ls to provide a long listing.".
 */
function keyInTextBlock(
  block: Extract<Block, { type: 'code' }>,
  labels: LabelCase,
): Omit<StatedKey, 'block'> | null {
  if (!block.fenced || !/^(?:|te?xt|plain(?:text)?)$/i.test(block.info.trim())) return null;
  const lines = block.content.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  const key = at >= 0 ? keyOnLine(lines[at] as string, labels) : null;
  if (!key) return null;
  const note = [key.note, ...lines.slice(at + 1).map((l) => l.trim())].filter((t) => t !== '').join(' ');
  // The block ends the key: its explanation is the note, the closing fence no text of the reveal.
  return { letters: key.letters, line: block.end, note };
}

/**
 * Text that opens with a key to options it does not hold (`A:- B, when a VLAN is created…` under a bare
 * `39.`): the answer of an entry whose question and options were lost, nothing to explain or ask.
 */
export function opensWithKey(blocks: readonly Block[]): boolean {
  const first = blocks[0];
  return first?.type === 'paragraph' && keyOnLine(first.inline.lines[0]?.text ?? '') !== null;
}

/** The options with the indexes the key names; a key naming a letter that is no option is no key. */
export function keyed(
  letters: readonly string[],
  texts: readonly string[],
  key: { letters: string[] } | null,
): { options: string[]; correct: number[] } {
  const correct = (key?.letters ?? []).map((l) => letters.indexOf(l)).filter((k) => k >= 0);
  if (key && correct.length !== key.letters.length) return { options: [...texts], correct: [] };
  // Lettered options are not merged: the key and the explanation name them by letter.
  return { options: [...texts], correct };
}

/** The headings that only label the key under them (`### Answer ✅` over `C`): part of a unit, not a section. */
export function keyHeadings(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j] as Block;
    if (b.type !== 'heading') continue;
    const last = b.inline.lines.length - 1;
    if (statedKey(b.inline.text) !== null || keyUnderLabelAt(blocks, j, last) !== null) out.add(b);
  }
  return out;
}

/**
 * Lettered options under a question that holds its key in its blank (`下面…错误的是【 D 】`, `权限值为（B）`), or after
 * it past a run of spaces (`…应组织成**        B`, the key then cut off the question):
 * the key is the bracket's, and the question asks with the bracket left blank. A key the author also states
 * after the options, or marks by writing one option in bold, must name the same options, or neither is
 * trusted: the group keeps no key, and says why (as it does for a bracket naming no option, `【E】`).
 * A question with no such bracket is left as it is.
 */
export function withStemKey(group: OptionGroup, prompt: string): { group: OptionGroup; prompt: string } {
  const inBlank = group.letters ? bracketKey(prompt) : null;
  const after = group.letters && !inBlank ? trailingKey(prompt) : null;
  const bracket = inBlank ?? after;
  if (!bracket || !group.letters) return { group, prompt };
  const named = keyed(group.letters, group.options, bracket).correct;
  // Bold on every option is the author's style, not a mark.
  const bold = group.bold && group.bold.length < group.options.length ? group.bold : [];
  const inOrder = (a: readonly number[]): string => [...a].sort((x, y) => x - y).join();
  const same = (a: readonly number[]): boolean => inOrder(a) === inOrder(named);
  const agrees =
    named.length > 0 && (!group.keyStated || same(group.correct)) && (bold.length === 0 || same(bold));
  const keyConflict = !agrees;
  const correct = agrees ? named : [];
  return {
    group: { ...group, correct, keyStated: true, keyConflict },
    prompt: after ? prompt.slice(0, after.start).trimEnd() : blankedBracket(prompt, bracket),
  };
}
