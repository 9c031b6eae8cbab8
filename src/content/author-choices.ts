import { boldKeyGroup } from './bold-key-options.ts';
import {
  keyOnLine,
  type LineOption,
  labelCaseOf,
  letteredOption,
  lineOptions,
  optionLetterAlone,
  statedKey,
  TASK_MARK,
} from './choice-syntax.ts';
import { EXPLANATION_LABEL } from './explanation-label.ts';
import { fencedGroup } from './fenced-options.ts';
import type { InlineLine } from './inline-text.ts';
import { letteredListGroup } from './lettered-lists.ts';
import type { Block, ListItem } from './markdown-blocks.ts';
import { markedListGroup, withMarkedKey } from './marked-options.ts';
import { optionText, type RawLine, rawOptionOf, typedOption } from './option-text.ts';
import { tableGroup } from './quiz-table-options.ts';
import { findKey, keyed, keyUnderLabelAt, type StatedKey } from './stated-key.ts';
import { wordedKey, wordedListGroup } from './worded-key.ts';

/**
 * The options an author wrote under a question, with the key they marked: `- [x]` / `- [ ]` items, or
 * lettered options (`A.`, `A)`, `A、`, `(A)`, `- A:`) with a stated key ("Answer: C", `#### 答案：C`) after
 * them, or such lines alone in a code block under the question (fenced-options.ts), or plain bullets with the
 * key in bold (bold-key-options.ts). Options keep the
 * author's wording; only exact duplicates merge.
 */
export interface OptionGroup {
  /** Index in the scope of the block holding the first option. */
  readonly firstBlock: number;
  /** Index of the last block the options and the key use. */
  readonly lastBlock: number;
  /** Lines of the first block before the first option (a question written just above its options). */
  readonly leadLines: readonly InlineLine[];
  readonly options: readonly string[];
  /** Indexes of the options the author marks right; empty when no key was found. */
  readonly correct: readonly number[];
  /** Line of the first option and of the last line used (the key, else the last option). */
  readonly line: number;
  readonly endLine: number;
  /** The letters as written ("A"…), or null for task items. */
  readonly letters: readonly string[] | null;
  /** Task items with no [x]: a to-do list, not a question. */
  readonly todo: boolean;
  /** A key was stated ("Answer: C"), even one that names no option (then `correct` is empty). */
  readonly keyStated: boolean;
  /** The explanation written on the key's line after its letters (`C. 因为…` under `### 答案`). */
  readonly keyNote?: string | undefined;
  /** Indexes of the options written wholly in bold (`**C.useradd**`): some notes mark the key so. */
  readonly bold?: readonly number[];
  /** The key in the question's blank names no option, or not the stated or bold one: none is kept. */
  readonly keyConflict?: boolean;
}

/** Same wording, same punctuation: `$?` and `$!` stay two options. */
function mergeExact(
  options: readonly string[],
  correct: readonly number[],
): { options: string[]; correct: number[] } {
  const out: string[] = [];
  const index = new Map<string, number>();
  const remap: number[] = [];
  for (const o of options) {
    const known = index.get(o);
    if (known !== undefined) {
      remap.push(known);
      continue;
    }
    index.set(o, out.length);
    remap.push(out.length);
    out.push(o);
  }
  return { options: out, correct: [...new Set(correct.map((k) => remap[k] ?? k))].sort((a, b) => a - b) };
}

/** An option wholly in bold, with no bold inside. */
const WHOLLY_BOLD = /^\*\*([^*\n]+)\*\*$/;

/** Characters authors put in an option to give a list item a body before its code (U+2800, zero widths). */
const INVISIBLE = /[\u2800\u200b-\u200d\u2060\ufeff]/g;

/** An option's words, then any code the item holds, fenced, so the option shows the listing it is. */
function taskOptionText(
  item: ListItem,
  words: string,
  rawLine: RawLine | undefined,
  lettered: boolean,
): string {
  const inline = item.inlines[0];
  const rendered = optionText(inline, words.replace(INVISIBLE, '')).trim();
  let text =
    item.code.length > 0 ? rendered : typedOption(rendered, rawOptionOf(rawLine, item.line, lettered));
  // An option that shows a picture keeps it, so the question is seen to be one (and not auto-graded).
  if (inline && inline.images.length > 0)
    text = [text, ...inline.images.map((i) => `![](${i.src})`)].filter((w) => w !== '').join(' ');
  // A paragraph the item goes on with is the option's too (`- [x] 2` over `  1`: what a program prints).
  const more = item.inlines.slice(1).map((i) => i.text.trim());
  const code = item.code.map((c) => `\`\`\`\n${c.replace(/\n$/, '')}\n\`\`\``);
  return [text, ...more, ...code].filter((part) => part !== '').join('\n');
}

/**
 * A task item's words without the box, and a key the author wrote on a line of its own inside it: a key
 * line right under the last option (`   正确答案：C`), or the explanation's label (`解析：`), continues that
 * item's paragraph in Markdown; neither is the option's.
 */
function splitTaskItem(text: string): { words: string; key: string[] | null } {
  const lines = text.replace(TASK_MARK, '').split('\n');
  const at = lines.findIndex((l, k) => k > 0 && (statedKey(l) !== null || EXPLANATION_LABEL.test(l)));
  if (at < 0) return { words: lines.join('\n'), key: null };
  return { words: lines.slice(0, at).join('\n'), key: statedKey(lines[at] as string) };
}

/**
 * Letters written after the boxes (`- [ ] A)程序`): A, B, C … in order on every option, else null.
 */
function boxLetters(words: readonly string[]): { letters: string[]; texts: string[] } | null {
  const letters: string[] = [];
  const texts: string[] = [];
  for (const w of words) {
    const option = letteredOption(w.trim());
    if (!option || option.letter !== String.fromCharCode(65 + letters.length)) return null;
    letters.push(option.letter);
    texts.push(option.text);
  }
  return { letters, texts };
}

/**
 * Options of which only the right ones carry a box, ticked: three to eight short one-line items, one or
 * more `[x]`, no `[ ]`, and the plain ones read as options (no sentence an explanation would end with).
 */
function tickedOnly(items: readonly string[]): boolean {
  if (items.length < 3 || items.length > 8 || items.some((t) => /^\[ \]/.test(t))) return false;
  const plain = items.filter((t) => !TASK_MARK.test(t));
  return (
    plain.length > 0 &&
    plain.length < items.length &&
    items.every((t) => (t.split('\n')[0] ?? '').length <= 80) &&
    plain.every((t) => !/[。.!?！？]$/.test((t.split('\n')[0] ?? '').trim()) && letteredOption(t) === null)
  );
}

/**
 * A list whose items (two or more) are `[ ]` / `[x]` tasks, then perhaps items without a box: the
 * author's explanation written as more of the list ("- The command `pull` is…"), not options.
 */
function taskGroup(
  scope: readonly Block[],
  block: Extract<Block, { type: 'list' }>,
  at: number,
  rawLine: RawLine | undefined,
): OptionGroup | null {
  const typed = block.items.map((item) => item.inlines[0]?.text ?? '');
  // Only the right options ticked, the others plain items (`- [x] 0`, `- 1`, `- 2`): all are options.
  const all = tickedOnly(typed) ? typed.map((t) => (TASK_MARK.test(t) ? t : `[ ] ${t}`)) : typed;
  let count = 0;
  while (count < all.length && TASK_MARK.test(all[count] ?? '')) count++;
  if (count < 2 || all.slice(count).some((t) => TASK_MARK.test(t))) return null;
  const items = block.items.slice(0, count);
  const texts = all.slice(0, count);
  const split = texts.map(splitTaskItem);
  const lettered = boxLetters(split.map((s) => s.words));
  const boxed = texts.flatMap((t, k) => (/^\[[xX]\]/.test(t) ? [k] : []));
  // Lettered boxes none ticked (`- [ ] a. Agility`, boxes for the reader): the key may follow the options.
  const after =
    lettered && boxed.length === 0 && split.every((s) => s.key === null)
      ? findKey(scope, at + 1, 6, labelCaseOf(split[0]?.words.trim() ?? '') ?? 'upper')
      : null;
  const stated = split.find((s) => s.key !== null)?.key ?? after?.letters ?? null;
  const raw = items.map((item, k) =>
    taskOptionText(item, lettered?.texts[k] ?? split[k]?.words ?? '', rawLine, lettered !== null),
  );
  // `- [x] **ls -la**`: bold on the ticked options only marks them twice; shown, it would give them away.
  const bolded = raw.flatMap((t, k) => (WHOLLY_BOLD.test(t) ? [k] : []));
  if (boxed.length > 0 && bolded.join() === boxed.join())
    for (const k of boxed) raw[k] = (raw[k] as string).replace(WHOLLY_BOLD, '$1');
  // No box ticked: the key line says which; both: they must agree, or the note contradicts itself.
  const named = stated && lettered ? stated.map((l) => lettered.letters.indexOf(l)) : null;
  const marked = boxed.length === 0 && named && !named.includes(-1) ? named : boxed;
  const agrees = named === null || named.join() === marked.join();
  // Neither box nor letter: the key may be written out in words after the options.
  const worded = marked.length === 0 && stated === null && !lettered ? wordedKey(scope, at + 1, raw) : null;
  const ticked = worded ? [worded.index] : marked;
  const { options, correct } = lettered
    ? { options: raw, correct: agrees ? ticked : [] }
    : mergeExact(raw, agrees ? ticked : []);
  return {
    firstBlock: at,
    lastBlock: worded ? worded.block : after ? after.block : at,
    leadLines: [],
    options,
    correct,
    line: block.line,
    // The items without a box after the options are the explanation, not the options' end.
    endLine: items[items.length - 1]?.end ?? block.end,
    letters: lettered?.letters ?? null,
    todo: ticked.length === 0 && stated === null,
    keyStated: stated !== null || worded !== null,
  };
}

/**
 * Is this line option `letter` with its text (`A. text`), perhaps with the next options beside it
 * (`A.多任务    B.单用户`), or its label alone with the text below (`A.`)?
 */
function optionLine(text: string, letter: string): { options: LineOption[] | null } | null {
  if (letteredOption(text)) {
    const options = lineOptions(text, letter);
    return options ? { options } : null;
  }
  return optionLetterAlone(text) === letter ? { options: null } : null;
}

/**
 * Lettered options written as lines, in one paragraph or over consecutive paragraphs. A label alone on its
 * line (`A.`, `(B)`) takes the lines under it as its text, up to the next option, in its paragraph, or the
 * whole next paragraph when the label ends its own (exported question banks write `A.` then the text).
 */
function letteredLines(
  scope: readonly Block[],
  at: number,
  rawLine: RawLine | undefined,
): OptionGroup | null {
  const first = scope[at];
  if (first?.type !== 'paragraph') return null;
  const startLine = first.inline.lines.findIndex((l) => optionLine(l.text, 'A') !== null);
  if (startLine < 0) return null;
  const labels = labelCaseOf(first.inline.lines[startLine]?.text ?? '') ?? 'upper';
  const letters: string[] = [];
  const texts: string[] = [];
  // The text lines of a label written alone, and the paragraph they may be in.
  let below: InlineLine[] | null = null;
  let belowIn = -1;
  const closeBelow = (): boolean => {
    if (below === null) return true;
    const raw = below.length === 1 ? rawOptionOf(rawLine, (below[0] as InlineLine).line, false) : undefined;
    texts.push(typedOption(optionText(undefined, below.map((l) => l.text).join('\n')), raw));
    const done = below.length > 0;
    below = null;
    return done;
  };
  let lastBlock = at;
  let endLine = first.line;
  let keyInRun: StatedKey | null = null;
  const bold: number[] = [];
  let j = at;
  scan: for (; j < scope.length; j++) {
    const b = scope[j] as Block;
    if (b.type !== 'paragraph') break;
    const lines = b.inline.lines;
    for (let k = j === at ? startLine : 0; k < lines.length; k++) {
      const l = lines[k] as InlineLine;
      const option = optionLine(l.text, String.fromCharCode(65 + letters.length));
      if (option) {
        if (!closeBelow()) return null;
        if (option.options === null) {
          letters.push(String.fromCharCode(65 + letters.length));
          below = [];
          belowIn = k === lines.length - 1 ? j + 1 : j;
        }
        // The raw line is one option's only when the line holds one.
        const raw = option.options?.length === 1 ? rawOptionOf(rawLine, l.line, true) : undefined;
        for (const o of option.options ?? []) {
          if (o.bold) bold.push(letters.length);
          letters.push(o.letter);
          texts.push(typedOption(optionText(undefined, o.text), raw));
        }
        lastBlock = j;
        endLine = l.line;
        continue;
      }
      const stated = letters.length >= 2 ? keyOnLine(l.text, labels) : null;
      const key = stated ? { ...stated, block: j, line: l.line } : keyUnderLabelAt(scope, j, k, labels);
      if (key && letters.length >= 2) {
        keyInRun = key;
        lastBlock = key.block;
        endLine = key.line;
        break scan;
      }
      if (below !== null && belowIn === j && letteredOption(l.text) === null) {
        below.push(l);
        lastBlock = j;
        endLine = l.line;
        continue;
      }
      break scan;
    }
  }
  if (!closeBelow() || letters.length < 2) return null;
  const key =
    keyInRun ??
    (() => {
      const found = findKey(scope, lastBlock + 1, 6, labels);
      if (!found) return null;
      lastBlock = found.block;
      endLine = found.line;
      return found;
    })();
  const { options, correct } = keyed(letters, texts, key);
  return {
    firstBlock: at,
    lastBlock,
    leadLines: first.inline.lines.slice(0, startLine),
    options,
    correct,
    line: first.inline.lines[startLine]?.line ?? first.line,
    endLine,
    letters,
    todo: false,
    keyStated: key !== null,
    keyNote: key?.note,
    bold,
  };
}

/** Could this text open an option: `[`, `(`, `（` or a letter A–H first? (Checked before any pattern.) */
function opensOption(text: string | undefined): boolean {
  const c = text?.charCodeAt(0) ?? 0;
  // A letter typed as code or bold (`` `A` : ``, `**A.**`): look past the marks.
  if ((c === 96 || c === 42) && text !== undefined) return /^(?:`|\*\*)[A-Ha-h]/.test(text);
  return c === 91 || c === 40 || c === 0xff08 || (c >= 65 && c <= 72) || (c >= 97 && c <= 104);
}

/**
 * The option group that starts at block `i` of `scope`, or null. With the note's raw lines, options typed
 * as code without backticks keep the author's characters (see typedOption).
 */
export function optionGroupAt(scope: readonly Block[], i: number, rawLine?: RawLine): OptionGroup | null {
  return withMarkedKey(unmarkedGroupAt(scope, i, rawLine));
}

/** Options as plain bullets, keyed by bold (a nested rationale), a mark after one, or its words after the list. */
const plainListGroup = (scope: readonly Block[], i: number): OptionGroup | null =>
  boldKeyGroup(scope, i) ?? markedListGroup(scope, i) ?? wordedListGroup(scope, i);

/** The options at `i` as written, a key marked on an option (`(Correct)`, `✅`) still in its text. */
function unmarkedGroupAt(scope: readonly Block[], i: number, rawLine?: RawLine): OptionGroup | null {
  const b = scope[i];
  if (b?.type === 'table') return tableGroup(b, i, rawLine);
  if (b?.type === 'code') {
    const fenced = fencedGroup(scope, i);
    // Lettered lines in a block with the question's own options under it are code it asks about.
    if (fenced && !fenced.keyStated && optionGroupAt(scope, i + 1, rawLine)) return null;
    return fenced;
  }
  if (b?.type === 'list' && !opensOption(b.items[0]?.inlines[0]?.text)) return plainListGroup(scope, i);
  if (b?.type === 'paragraph' && !b.inline.lines.some((l) => opensOption(l.text))) return null;
  if (b?.type === 'list') {
    const task = taskGroup(scope, b, i, rawLine);
    if (task) return task;
    return letteredListGroup(scope, i, rawLine) ?? plainListGroup(scope, i);
  }
  if (b?.type === 'paragraph') return letteredLines(scope, i, rawLine);
  return null;
}

/** The first option group in `scope`, or null. */
export function findOptionGroup(scope: readonly Block[], rawLine?: RawLine): OptionGroup | null {
  for (let i = 0; i < scope.length; i++) {
    const group = optionGroupAt(scope, i, rawLine);
    if (group) return group;
  }
  return null;
}
