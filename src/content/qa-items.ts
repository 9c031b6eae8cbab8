import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { answerLabel, closeBold, type LabelStop, questionLabel } from './qa-labels.ts';
import type { RawCard } from './raw-card.ts';
import type { NoteText } from './unit-card.ts';

/**
 * Q&A pairs written as list items, where the paragraph readers of qa-lines.ts do not look (and, below,
 * items that ask on their first line and answer under it):
 *
 *     - Q: What does `git fetch` do?           - **Q:** What is a detached HEAD?
 *       A: It downloads objects and refs…        **A:** HEAD points at a commit…
 *
 * (Pairs in quotes stay quotes: a quoted 问/答 inside an answer is the answer's source, not a card.)
 * An item whose first line is labelled as a question and that holds a line labelled
 * as its answer, on a later line of its paragraph or opening its next one, is one question card; the answer
 * runs to the item's end (nested lists and code included). A list is read so only when every item is such
 * a pair: a list of which only some items are (`- Q: the queue length` among variables) is left as it is.
 */

type ListBlock = Extract<Block, { type: 'list' }>;
type ListItem = ListBlock['items'][number];

/** The item's question and the line its answer's label opens, or null when it is no pair. */
function pairIn(
  item: ListItem,
): { prompt: string; boldOpen: boolean; labelLine: number; stop: LabelStop } | null {
  const [first, second] = item.inlines;
  const lines: readonly InlineLine[] = first?.lines ?? [];
  const opening = lines[0];
  const asked = opening ? questionLabel(opening.text) : null;
  if (!asked) return null;
  const words = [asked.rest];
  for (const l of [...lines.slice(1), ...(second?.lines.slice(0, 1) ?? [])]) {
    if (answerLabel(l.text, asked.stop))
      return {
        prompt: closeBold(words.join(' ').trim(), asked.boldOpen),
        boldOpen: asked.boldOpen,
        labelLine: l.line,
        stop: asked.stop,
      };
    // The question goes on over a line or two; the answer label opens the item's next paragraph at the latest.
    if (lines.includes(l)) words.push(l.text);
  }
  return null;
}

/** The answer's text: from its label's line to the item's end, the label taken off. */
function answerText(note: NoteText, from: number, to: number, stop: LabelStop): string {
  const [first = '', ...rest] = note(from, to).split('\n');
  const label = answerLabel(first, stop);
  return [closeBold(label?.rest ?? first, label?.boldOpen ?? false), ...rest].join('\n').trim();
}

/**
 * An item that asks on its first line and answers on the lines under it, in the item (`- What is CLI?  ` over
 * `  Command line interface.`): the note's own flashcard. Read where most items of the list are so.
 */
function askedItem(item: ListItem): { prompt: string; labelLine: number } | null {
  const [first, ...rest] = item.inlines;
  const lines: readonly InlineLine[] = first?.lines ?? [];
  const opening = lines[0];
  const next = lines[1] ?? rest[0]?.lines[0];
  if (!opening || !next) return null;
  const prompt = opening.text.trim();
  return prompt === '' ? null : { prompt, labelLine: next.line };
}

const asks = (text: string): boolean => /[?？]\s*$/.test(text);

/** Items that answer, where two thirds of the list's items ask and two at least ask and answer. */
function askedItems(list: ListBlock): ({ prompt: string; labelLine: number } | null)[] | null {
  let asking = 0;
  for (const item of list.items) if (asks(item.inlines[0]?.lines[0]?.text ?? '')) asking++;
  if (asking < 2 || asking * 3 < list.items.length * 2) return null;
  const read = list.items.map(askedItem);
  const answered = read.filter((r) => r !== null && asks(r.prompt)).length;
  return answered >= 2 ? read : null;
}

export interface QaItemsResult {
  readonly cards: RawCard[];
  /** The lists read as pairs, and the blocks nested in their items. */
  readonly blocks: ReadonlySet<Block>;
}

export function qaItemCards(
  blocks: readonly Block[],
  consumed: ReadonlySet<Block>,
  pathAt: (line: number) => readonly string[],
  note: NoteText,
): QaItemsResult {
  const cards: RawCard[] = [];
  const taken = new Set<Block>();
  for (const [i, b] of blocks.entries()) {
    if (b.type !== 'list' || consumed.has(b) || taken.has(b)) continue;
    // Most lists are neither: their first item says so before every item is read.
    const opening = b.items[0]?.inlines[0]?.lines[0]?.text ?? '';
    const labelled = questionLabel(opening) ? b.items.map(pairIn) : [];
    const labels = labelled.length > 0 && labelled.every((p) => p !== null && p.prompt !== '');
    const pairs = labels
      ? labelled
      : askedItems(b)?.map((a) => (a ? { ...a, boldOpen: false, stop: 'colon' as const } : null));
    if (!pairs) continue;
    const made: RawCard[] = [];
    for (const [k, item] of b.items.entries()) {
      const pair = pairs[k];
      if (!pair) continue;
      const answer = answerText(note, pair.labelLine, item.end, pair.stop);
      if (answer === '') {
        if (labels) break;
        continue;
      }
      const nested = blocks.slice(i + 1).filter((n) => n.line > item.line && n.line <= item.end);
      made.push({
        kind: 'question',
        prompt: pair.prompt,
        line: item.line,
        answerStart: pair.labelLine,
        answerEnd: item.end,
        answerText: answer,
        sectionPath: [...pathAt(item.line), pair.prompt],
        blocks: nested,
        explicitId: null,
        choice: null,
      });
    }
    if (labels ? made.length !== b.items.length : made.length < 2) continue;
    cards.push(...made);
    taken.add(b);
    for (const c of made) for (const n of c.blocks) taken.add(n);
  }
  return { cards, blocks: taken };
}
