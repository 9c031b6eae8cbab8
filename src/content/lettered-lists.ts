import type { OptionGroup } from './author-choices.ts';
import { keyOnLine, type LabelCase, labelCaseOf, letteredOption, lineOptions } from './choice-syntax.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { optionText, type RawLine, rawOptionOf, typedOption } from './option-text.ts';
import { findKey, keyed, type StatedKey } from './stated-key.ts';

/** A list of options lettered in order at block `i`, with its key (run into the last option, or after the list). */
export function letteredListGroup(scope: readonly Block[], i: number, rawLine?: RawLine): OptionGroup | null {
  const b = scope[i];
  if (b?.type !== 'list') return null;
  const lettered = letteredList(b, nestedLists(scope, i), rawLine);
  if (!lettered) return null;
  const key = lettered.key ? { ...lettered.key, block: i } : findKey(scope, i + 1, 6, lettered.labels);
  const { options, correct } = keyed(lettered.letters, lettered.texts, key);
  return {
    firstBlock: i,
    lastBlock: key ? key.block : i,
    leadLines: [],
    options,
    correct,
    line: b.line,
    endLine: key ? key.line : b.end,
    letters: lettered.letters,
    todo: false,
    keyStated: key !== null,
    keyNote: key?.note,
    bold: lettered.bold,
  };
}

/**
 * A list whose items are lettered A, B, C … in order (`- A: text`). A list nested in an option is part of
 * it, a command's second line (`* A. switchport access vlan 8` over `   - switchport voice vlan 6`): cut
 * off, two options could read alike and the key would not say what it names.
 */
function letteredList(
  block: Extract<Block, { type: 'list' }>,
  nested: readonly Extract<Block, { type: 'list' }>[],
  rawLine: RawLine | undefined,
): {
  letters: string[];
  texts: string[];
  labels: LabelCase;
  key: StatedKey | null;
  bold: number[];
} | null {
  if (block.items.length < 2) return null;
  const letters: string[] = [];
  const texts: string[] = [];
  const bold: number[] = [];
  const labels = labelCaseOf(block.items[0]?.inlines[0]?.text ?? '') ?? 'upper';
  // `- B) Layer 3` over `Answer: B` with no blank line: Markdown runs the key into the last option, and
  // the explanation after it (`- D. Only for large enterprises␣␣` / `**答案：** A␣␣` / `**解釋：** …`).
  const last = block.items[block.items.length - 1]?.inlines[0];
  const runIn = last ? runOnKey(last, labels) : null;
  const keyLine = runIn?.line ?? null;
  const runOn = runIn?.key ?? null;
  for (const item of block.items) {
    const inline = item.inlines[0];
    const cut = runOn !== null && keyLine !== null && inline !== undefined && inline === last;
    const text = cut ? inline.text.slice(0, inline.text.indexOf(keyLine.text, 1)).trimEnd() : inline?.text;
    const option = text !== undefined ? letteredOption(text) : null;
    if (!option || option.letter !== String.fromCharCode(65 + letters.length)) return null;
    // `- **C) Richard Stallman**`: the bold wraps the whole option, the author's key (withBoldKey).
    const one = lineOptions(text ?? '', option.letter);
    const wrapped = one?.length === 1 && one[0]?.bold === true ? one[0] : null;
    if (wrapped) bold.push(letters.length);
    letters.push(option.letter);
    const own = wrapped
      ? wrapped.text
      : typedOption(optionText(cut ? undefined : inline, option.text), rawOptionOf(rawLine, item.line, !cut));
    const under = nested
      .filter((n) => n.line > item.line && n.line <= item.end)
      .flatMap((n) => n.items.map((i) => joinLines(i.inlines[0]?.text ?? '').trim()))
      .filter((t) => t !== '');
    texts.push([own, ...under].join(' '));
  }
  const key =
    runOn && keyLine ? { letters: runOn.letters, block: -1, line: keyLine.line, note: runOn.note } : null;
  return { letters, texts, labels, key, bold };
}

/** The key run into the last option on a line of its own after the first (the lines after it, the explanation, stay in the reveal). */
function runOnKey(
  last: { readonly lines: readonly InlineLine[] },
  labels: LabelCase,
): { line: InlineLine; key: { letters: string[]; note?: string } } | null {
  for (let k = 1; k < last.lines.length; k++) {
    const line = last.lines[k] as InlineLine;
    const key = keyOnLine(line.text, labels);
    if (!key) continue;
    return { line, key };
  }
  return null;
}

/** The lists nested in the items of the list at `i`: markdown-it gives them as blocks after it. */
function nestedLists(scope: readonly Block[], i: number): Extract<Block, { type: 'list' }>[] {
  const list = scope[i];
  const out: Extract<Block, { type: 'list' }>[] = [];
  for (let k = i + 1; list && k < scope.length; k++) {
    const b = scope[k] as Block;
    if (b.line > list.end) break;
    if (b.type === 'list') out.push(b);
  }
  return out;
}
