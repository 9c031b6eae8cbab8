import type { OptionGroup } from './author-choices.ts';
import { labelledAnswer } from './choice-syntax.ts';
import { isAnswerFoldMarker } from './html-containers.ts';
import { htmlToText, joinLines } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { plainOptionTexts } from './marked-options.ts';
import { normaliseKey } from './text-normalise.ts';

/**
 * The key of options with no box ticked and no letters, written out in words after them: the text of one
 * option alone in a fold that shows the answer (`<summary>Answer</summary>` then `Spot Instances`), after an
 * answer label (`Answer: Spot Instances`), or in bold on a line of its own (`**Reliability**`, an aside after
 * it). Words that are no option's own are an answer, not a key: the options stay a list.
 */
export interface WordedKey {
  readonly index: number;
  /** The block holding the words. */
  readonly block: number;
  readonly line: number;
}

/** How far after the options the key may stand (a fold's marker, its paragraph). */
const REACH = 3;

export function wordedKey(
  scope: readonly Block[],
  after: number,
  options: readonly string[],
): WordedKey | null {
  return wordedKeyOf(scope, after, new OptionKeys(() => options));
}

/**
 * The options words are matched against, read on first use: most lists are followed by no key at all, and
 * their texts and keys were made for nothing. A class, not closures made per list: under tsx every named
 * closure is given its name by a defineProperty call, which showed in profiles.
 */
class OptionKeys {
  private texts: readonly string[] | null | undefined;
  private keys: string[] | null | undefined;
  constructor(private readonly read: () => readonly string[] | null) {}

  options(): readonly string[] | null {
    if (this.texts === undefined) this.texts = this.read();
    return this.texts;
  }

  /** The option these words are (by its key), if only one is. */
  own(text: string): number {
    if (this.keys === undefined) this.keys = this.options()?.map((o) => normaliseKey(o)) ?? null;
    const key = normaliseKey(text);
    if (key === '' || this.keys === null) return -1;
    const at = this.keys.indexOf(key);
    return at >= 0 && this.keys.indexOf(key, at + 1) < 0 ? at : -1;
  }

  match(text: string): number {
    const at = this.own(text);
    return at >= 0 ? at : byPlace(text, this);
  }
}

function wordedKeyOf(scope: readonly Block[], after: number, options: OptionKeys): WordedKey | null {
  for (let j = after; j < scope.length && j < after + REACH; j++) {
    const b = scope[j] as Block;
    if (b.type === 'html' && isAnswerFoldMarker(b.content)) {
      const next = scope[j + 1];
      const words =
        next?.type === 'paragraph'
          ? joinLines(next.inline.text)
          : next?.type === 'html'
            ? htmlToText(next.content)
            : '';
      // The option's words alone, or after an answer label on the fold's first line, an aside under it
      // (`✅ **Correct Answer:** Eavesdropping` over `💡 Passive attacks …`).
      const first = next?.type === 'paragraph' ? next.inline.lines[0] : undefined;
      const labelled = first ? labelledAnswer(first.text) : null;
      let index = options.match(words);
      if (index < 0 && labelled !== null) index = options.match(labelled);
      return index >= 0 && next ? { index, block: j + 1, line: next.line } : null;
    }
    // `- **Answer:** b) Worm`: the key as a bullet of its own under the options.
    const keyItem = b.type === 'list' && b.items.length === 1 ? b.items[0]?.inlines[0] : undefined;
    const itemWords = keyItem ? labelledAnswer(keyItem.lines[0]?.text ?? '') : null;
    if (keyItem && itemWords !== null) {
      const index = options.match(itemWords);
      return index >= 0 ? { index, block: j, line: keyItem.line } : null;
    }
    if (b.type === 'paragraph') {
      const first = b.inline.lines[0];
      const words = first ? (labelledAnswer(first.text) ?? boldAnswer(b.inline.lines)) : null;
      if (words === null) return null;
      const index = options.match(words);
      return index >= 0 && first ? { index, block: j, line: first.line } : null;
    }
    if (b.type !== 'html') return null;
  }
  return null;
}

/**
 * A key naming an option by its place and its words (`b) Worm`, `2. Worm`): both must agree. A number alone
 * (`Answer: 4`) is no place: it may well answer "how many" with options numbered 1 to 4.
 */
const PLACED = /^[(（]?([a-h]|[1-9])[.)）、]\s+(\S.*)$/i;

function byPlace(text: string, options: OptionKeys): number {
  const words = text.trim().replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '');
  const m = PLACED.exec(words);
  if (!m) return -1;
  const mark = (m[1] ?? '').toLowerCase();
  const place = /\d/.test(mark) ? Number(mark) - 1 : mark.charCodeAt(0) - 97;
  return options.own(m[2] ?? '') === place ? place : -1;
}

/** `**Reliability**` alone, or with an aside (`*(…)*`, `(…)`): one bold line; two are several answers. */
const BOLD_LINE = /^\*\*([^*\n]+)\*\*(?:\s*(?:\*\([^)]*\)\*|\([^)]*\)|<br\s*\/?>))?\s*$/;

function boldAnswer(lines: readonly { readonly text: string }[]): string | null {
  const bold = lines.filter((l) => BOLD_LINE.test(l.text.trim()));
  if (bold.length !== 1 || lines.length > 2) return null;
  return BOLD_LINE.exec((lines[0]?.text ?? '').trim())?.[1] ?? null;
}

/**
 * A plain bullet list of one-line options under a question, its key one option's words after it (in bold,
 * after an answer label, in a fold): the author's options and key. Words that match no option leave the
 * list a list of points.
 */
export function wordedListGroup(scope: readonly Block[], i: number): OptionGroup | null {
  const list = scope[i];
  if (!list) return null;
  const keys = new OptionKeys(() => plainOptionTexts(list)?.map((t) => t.trim()) ?? null);
  const key = wordedKeyOf(scope, i + 1, keys);
  // A key is only found by matching an option: the texts were read by then (and are not read again).
  const options = key ? keys.options() : null;
  if (!key || !options) return null;
  return {
    firstBlock: i,
    lastBlock: key.block,
    leadLines: [],
    options,
    correct: [key.index],
    line: list.line,
    endLine: key.line,
    letters: null,
    todo: false,
    keyStated: true,
  };
}
