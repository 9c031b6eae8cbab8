import { clozeSides } from './flashcard-syntax.ts';
import { joinLines } from './html-text.ts';
import {
  childrenAnswer,
  dedentOutline,
  hasCardTag,
  isPropertyLine,
  logseqClozes,
  withoutLogseqMarks,
  withoutTrailingTags,
} from './logseq-text.ts';
import type { Block, ListItem } from './markdown-blocks.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { firstAfter } from './sorted-lines.ts';
import { unanswered } from './unit-answer.ts';

/**
 * Logseq flashcards: an outline block tagged `#card` (or `[[card]]`) is one card. The block's own text,
 * without the tag and its property lines, asks; its child blocks (nested bullets, tabs or spaces, all
 * levels) answer. A `{{cloze …}}` in the block hides its text on the front, as Obsidian's `==cloze==` does:
 * all of a block's clozes on one card, as Logseq asks them. A card block with no children and no cloze is
 * reported unanswered. An outline holding cards is the author's cards: it is added to `consumed` whole
 * (its blocks not tagged are notes, and a topic holding them would repeat the cards), and so is the page's
 * opening block of properties (`title::`, `tags::`), which is the page's settings, not its text.
 */
export interface LogseqInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  /** A line of the note as typed (1-based): an outline's nesting is in its indentation. */
  readonly rawLine: (line: number) => string;
}

type List = Extract<Block, { type: 'list' }>;

export function logseqCards(input: LogseqInput): { cards: RawCard[]; problems: LocalProblem[] } {
  const { blocks, consumed } = input;
  const cards: RawCard[] = [];
  const problems: LocalProblem[] = [];
  const lists = blocks.filter((b): b is List => b.type === 'list' && !consumed.has(b));
  if (!lists.some((l) => l.items.some(isCard))) return { cards, problems };

  for (const list of lists) {
    if (!list.items.some(isCard)) continue;
    for (const item of list.items) {
      if (!isCard(item)) continue;
      const made = cardOf(item, input);
      if ('problem' in made) problems.push(made.problem);
      else cards.push(made.card);
    }
    // The author marked the cards of this outline: its other blocks are notes, not a topic's text that
    // would repeat the cards beside them.
    consumed.add(list);
    for (const b of within(blocks, list.line, list.end)) consumed.add(b);
  }
  // Innermost lists first: a list that only groups card outlines under its items ("- Rust" over cards).
  for (const list of [...lists].reverse()) {
    const groups = list.items.every((item) => {
      const under = within(blocks, item.line, item.end);
      return under.length > 0 && under.every((b) => consumed.has(b));
    });
    if (groups) consumed.add(list);
  }
  const opening = blocks[0];
  if (opening?.type === 'paragraph' && opening.inline.lines.every((l) => isPropertyLine(l.text)))
    consumed.add(opening);
  return { cards, problems };
}

/** The item's own text (not a property line) holds the card tag. */
function isCard(item: ListItem): boolean {
  const own = item.inlines[0];
  return (
    own !== undefined &&
    hasCardTag(own.text) &&
    own.lines.some((l) => hasCardTag(l.text) && !isPropertyLine(l.text))
  );
}

/** The blocks after line `from` up to line `to` (blocks are in document order: a binary search). */
function within(blocks: readonly Block[], from: number, to: number): Block[] {
  const out: Block[] = [];
  for (
    let k = firstAfter(blocks, from, (b) => b.line);
    k < blocks.length && (blocks[k] as Block).line <= to;
    k++
  )
    out.push(blocks[k] as Block);
  return out;
}

type Outcome = { readonly card: RawCard } | { readonly problem: LocalProblem };

function cardOf(item: ListItem, input: LogseqInput): Outcome {
  const { blocks, consumed, rawLine, pathAt } = input;
  const inside = within(blocks, item.line, item.end);
  // The block's children start at its first nested list; what comes before (a code block) is its own text.
  const firstChild = inside.find((b) => b.type === 'list');
  const childStart = firstChild?.line ?? item.end + 1;
  const children = inside.filter((b) => b.line >= childStart);
  for (const b of inside) consumed.add(b);

  // The bullet line, then what is written under it at the block's own indentation (a code block).
  const [first = '', ...rest] = linesOf(item.line, childStart - 1, rawLine);
  const opening = withoutTrailingTags(first.replace(/^\s*[-*+][ \t]+/, ''));
  const own = withoutLogseqMarks([opening, dedentOutline(rest)].join('\n'));
  const answer = withoutLogseqMarks(childrenAnswer(dedentOutline(linesOf(childStart, item.end, rawLine))));
  const clozes = logseqClozes(own);
  const base = {
    line: item.line,
    answerStart: item.line,
    answerEnd: item.end,
    explicitId: null,
    choice: null,
  };
  if (clozes.length > 0) {
    const deletions = clozes.map((c) => ({ ...c, hint: null, group: null }));
    const sides = clozeSides(own, deletions, new Set(deletions.keys()));
    const prompt = joinLines(sides.front);
    return {
      card: {
        ...base,
        kind: 'flashcard',
        prompt,
        answerText: answer === '' ? sides.back : `${sides.back}\n\n${answer}`,
        sectionPath: [...pathAt(item.line), prompt],
        blocks: [],
      },
    };
  }
  if (own === '') return { problem: unanswered(item.line, '') };
  if (answer === '') return { problem: unanswered(item.line, own) };
  return {
    card: {
      ...base,
      kind: 'flashcard',
      prompt: own,
      answerStart: childStart,
      answerText: answer,
      sectionPath: [...pathAt(item.line), own],
      blocks: children,
    },
  };
}

/** Lines from..to as typed, without property lines and the blank lines around them. */
function linesOf(from: number, to: number, rawLine: (line: number) => string): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const line = rawLine(n);
    if (!isPropertyLine(line)) out.push(line);
  }
  while (out.length > 0 && (out[out.length - 1] ?? '').trim() === '') out.pop();
  while (out.length > 0 && (out[0] ?? '').trim() === '') out.shift();
  return out;
}
