import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import {
  type AnswerLabel,
  answerLabel,
  closeBold,
  isOptionLine,
  type LabelStop,
  type LineLabel,
  opensOption,
  questionLabel,
} from './qa-labels.ts';
import { asksOrBlanks } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { keepShapesOf } from './shape-keepers.ts';
import { thematicBreakBetween } from './thematic-breaks.ts';
import { unanswered, withoutFooters } from './unit-answer.ts';
import type { NoteText } from './unit-card.ts';

/**
 * Q&A notes: a line labelled as the question, then — on its next line or in the next paragraph — a line
 * labelled as the answer, is one question card, wherever it stands (under any heading, under the note's
 * title, with no heading at all):
 *
 *     Q: What is a Pod?                          **Question:** What does TCP guarantee?
 *     A: The smallest deployable unit…
 *                                                **Answer:** Ordered, reliable delivery…
 *     Q: …                                       - and the lists, code and paragraphs under it
 *
 * The answer runs on (paragraphs, lists, code) up to the next question label, a heading, a thematic break or
 * a unit of another kind. The labels are part of neither side. Options under the question (`A. …` then
 * `B. …`, an `Answer: C` key) are a multiple choice, left to the readers of choices.
 *
 * Read before the section tree: a pair closed by `---` right under it is, to Markdown, a setext heading.
 */
export interface QaPair {
  readonly line: number;
  readonly prompt: string;
  /** The question's words alone (the prompt may show code under them): the last step of its section path. */
  readonly title: string;
  /** The line of the answer's label, and the answer's last line. */
  readonly labelLine: number;
  readonly answerEnd: number;
  /** The first line's answer, as the inline text reads it (should the note's own line not parse). */
  readonly labelRest: string;
  readonly boldOpen: boolean;
  readonly answerStop: LabelStop;
  /** Whole blocks of the answer after the label's own (facts are read from them). */
  readonly answerBlocks: readonly Block[];
}

export interface QaReading {
  readonly pairs: readonly QaPair[];
  /** Every block a pair holds: no section, list or inline reader reads them again. */
  readonly blocks: ReadonlySet<Block>;
  /** Question labels with no answer label after them, and the block each opens. */
  readonly unanswered: readonly { readonly line: number; readonly prompt: string; readonly block: Block }[];
}

export interface QaContext {
  /** Blocks of `<details>`, `<quiz>` and like units: none of a pair. */
  readonly inUnit: (b: Block) => boolean;
  readonly note: NoteText;
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;
type Heading = Extract<Block, { type: 'heading' }>;

interface Cursor {
  readonly block: number;
  readonly line: number;
}

/** Where the answer's label was found, and the label. */
interface Found extends Cursor {
  readonly label: AnswerLabel;
}

/** A question as it is read: where it opens, its words so far and the code blocks it shows. */
interface Question {
  readonly block: number;
  readonly line: number;
  readonly words: string[];
  readonly code: Block[];
  /** Its label opened bold that closes at its end (`**Q: What is X?**`). */
  readonly boldOpen: boolean;
}

/** How a question ends: at its answer's label, at the next question's (unanswered), or at options. */
type QuestionEnd = Found | { readonly orphanAt: Cursor | null } | 'options';

type PairRead =
  | { readonly pair: QaPair; readonly blocks: readonly Block[]; readonly next: Cursor | null }
  | { readonly unanswered: { line: number; prompt: string }; readonly next: Cursor | null }
  | null;

export function readQaPairs(blocks: readonly Block[], context: QaContext): QaReading {
  const reader = new PairReader(blocks, context);
  const pairs: QaPair[] = [];
  const taken = new Set<Block>();
  const orphans: { line: number; prompt: string; block: Block }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (taken.has(blocks[i] as Block)) continue;
    const first = reader.linesOf(i)?.[0];
    if (!first || !questionLabel(first.text)) continue;
    let at: Cursor | null = { block: i, line: 0 };
    while (at) {
      const read = reader.pairAt(at);
      if (read === null) break;
      const from = at.block;
      if ('pair' in read) {
        pairs.push(read.pair);
        for (const b of read.blocks) taken.add(b);
      } else {
        orphans.push({ ...read.unanswered, block: blocks[from] as Block });
      }
      // The blocks a pair took are passed over by the `taken` test above.
      at = read.next;
      if (at) i = at.block;
    }
  }
  return { pairs, blocks: taken, unanswered: orphans };
}

class PairReader {
  constructor(
    private readonly blocks: readonly Block[],
    private readonly context: QaContext,
  ) {}

  /**
   * The lines of a block a pair may stand in: a paragraph of its own (not a quote, not a list item's), or
   * a `---` setext heading that holds a label (the author's `---` after the pair, written with no blank line).
   */
  linesOf(index: number): readonly InlineLine[] | null {
    const b = this.blocks[index];
    if (!b || this.context.inUnit(b)) return null;
    if (b.type === 'paragraph') return b.quoted || b.itemEnd !== null ? null : b.inline.lines;
    if (b.type !== 'heading' || !this.isDashSetext(b)) return null;
    const text = b.inline.lines[0]?.text ?? '';
    return questionLabel(text) || answerLabel(text, 'dot') ? b.inline.lines : null;
  }

  private isDashSetext(b: Heading): boolean {
    return b.end > b.line && /^\s*-+\s*$/.test(this.context.note(b.end, b.end));
  }

  /** The last line of a block's own text (a setext heading's underline is a break, not text). */
  private textEnd(b: Block): number {
    return b.type === 'heading' ? b.end - 1 : b.end;
  }

  /** A thematic break (`---`, `***`, `___`) or a setext underline between two blocks. */
  private brokenBetween(before: Block, after: Block): boolean {
    if (before.type === 'heading' && before.end > before.line) return true;
    return thematicBreakBetween(before, after, this.context.note);
  }

  /** The pair whose question label opens line `at`, or null when its question turns out to hold options. */
  pairAt(at: Cursor): PairRead {
    const qLine = (this.linesOf(at.block) as readonly InlineLine[])[at.line] as InlineLine;
    const asked = questionLabel(qLine.text) as LineLabel;
    const question: Question = {
      block: at.block,
      line: qLine.line,
      words: [asked.rest],
      code: [],
      boldOpen: asked.boldOpen,
    };
    const inOwn = this.questionLines(question, at, asked.stop);
    if (inOwn !== 'on') return this.settle(question, inOwn);
    // A label alone on its line (`**Question:**`) over a paragraph of the question's words.
    let before = this.blocks[at.block] as Block;
    let k = at.block + 1;
    const words = this.blocks[k];
    if (question.words.every((w) => w.trim() === '') && words && !this.brokenBetween(before, words)) {
      const first = this.linesOf(k)?.[0]?.text ?? '';
      if (first !== '' && !questionLabel(first) && !answerLabel(first, asked.stop)) {
        const read = this.questionLines(question, { block: k, line: -1 }, asked.stop);
        if (read !== 'on') return this.settle(question, read);
        before = words;
        k++;
      }
    }
    // Or in the next paragraph, after the code the question shows.
    for (; k < this.blocks.length; k++) {
      const b = this.blocks[k] as Block;
      if (b.type !== 'code' || this.context.inUnit(b) || this.brokenBetween(before, b)) break;
      question.code.push(b);
      before = b;
    }
    const next = this.blocks[k];
    const nextLines = next ? this.linesOf(k) : null;
    const label = nextLines ? answerLabel(nextLines[0]?.text ?? '', asked.stop) : null;
    // Decks put a `---` between a card's sides too: a label after a break answers an asked question.
    const across = label !== null && next !== undefined && this.brokenBetween(before, next);
    if (label && (!across || wordsOf(question) !== ''))
      return this.settle(question, { block: k, line: 0, label });
    return next && opensOptions(next) ? null : this.settle(question, { orphanAt: null });
  }

  /**
   * The question's lines in block `at.block` after line `at.line`, up to the answer's label (found), the next
   * question's label (an orphan), an option (a multiple choice) or the block's end ('on').
   */
  private questionLines(question: Question, at: Cursor, stop: LabelStop): QuestionEnd | 'on' {
    const lines = this.linesOf(at.block) as readonly InlineLine[];
    for (let k = at.line + 1; k < lines.length; k++) {
      const text = (lines[k] as InlineLine).text;
      const label = answerLabel(text, stop);
      if (label) return { block: at.block, line: k, label };
      if (questionLabel(text)) return { orphanAt: { block: at.block, line: k } };
      if (isOptionLine(text)) return 'options';
      question.words.push(text);
    }
    return 'on';
  }

  /** The pair, the question left unanswered (reading on at the next question, if any), or null (a choice). */
  private settle(question: Question, end: QuestionEnd): PairRead {
    if (end === 'options') return null;
    if ('orphanAt' in end)
      return { unanswered: { line: question.line, prompt: promptOf(question) }, next: end.orphanAt };
    return this.answered(question, promptOf(question), end);
  }

  /** The pair once its answer's label is found at `at`: the answer runs on to where the next unit starts. */
  private answered(question: Question, prompt: string, at: Found): PairRead {
    const { label } = at;
    const lines = this.linesOf(at.block) as readonly InlineLine[];
    const labelBlock = this.blocks[at.block] as Paragraph | Heading;
    // `A:` over `B:` is option A of a multiple choice, not the answer.
    if (label.letter && this.optionFollows(at, lines)) return null;
    const taken: Block[] = [];
    for (let b = question.block; b <= at.block; b++) taken.push(this.blocks[b] as Block);
    const pair = (answerEnd: number, answerBlocks: readonly Block[]): QaPair => ({
      line: question.line,
      prompt,
      title: closeBold(wordsOf(question), question.boldOpen),
      labelLine: (lines[at.line] as InlineLine).line,
      answerEnd,
      labelRest: label.rest,
      boldOpen: label.boldOpen,
      answerStop: label.stop,
      answerBlocks,
    });
    // Within the label's paragraph, up to the next question label.
    for (let k = at.line + 1; k < lines.length; k++) {
      const line = lines[k] as InlineLine;
      if (questionLabel(line.text))
        return { pair: pair(line.line - 1, []), blocks: taken, next: { block: at.block, line: k } };
    }
    if (labelBlock.type === 'heading')
      return { pair: pair(this.textEnd(labelBlock), []), blocks: taken, next: null };
    // Then the blocks after it.
    const answerBlocks: Block[] = [];
    // Up to its last block that says something: a card's `#tags` or a link footer ends no answer's text.
    const trimmed = (kept = withoutFooters(answerBlocks)): QaPair =>
      pair(kept.at(-1)?.end ?? labelBlock.end, kept);
    for (let k = at.block + 1; k < this.blocks.length; k++) {
      if (this.endsAnswer(k)) break;
      const b = this.blocks[k] as Block;
      const own = b.type === 'paragraph' && !b.quoted ? b.inline.lines : null;
      const asks = own?.findIndex((l) => questionLabel(l.text)) ?? -1;
      if (asks === 0) return { pair: trimmed(), blocks: taken, next: { block: k, line: 0 } };
      taken.push(b);
      if (asks > 0) {
        const line = (own as readonly InlineLine[])[asks] as InlineLine;
        return { pair: pair(line.line - 1, answerBlocks), blocks: taken, next: { block: k, line: asks } };
      }
      answerBlocks.push(b);
    }
    return { pair: trimmed(), blocks: taken, next: null };
  }

  /**
   * A heading, a thematic break, a list item's question, a multiple choice or a unit of another kind ends an
   * answer.
   */
  private endsAnswer(k: number): boolean {
    const b = this.blocks[k] as Block;
    const previous = this.blocks[k - 1] as Block;
    if (this.context.inUnit(b) || b.type === 'heading' || this.brokenBetween(previous, b)) return true;
    return (b.type === 'paragraph' && b.itemEnd !== null) || opensChoice(this.blocks, k);
  }

  /** Option B right after the `A` label's line (in its paragraph, or opening the next block). */
  private optionFollows(at: Cursor, lines: readonly InlineLine[]): boolean {
    const after = lines[at.line + 1];
    if (after) return opensOption(after.text, 'B');
    const next = this.blocks[at.block + 1];
    return next !== undefined && opensOptions(next, 'B');
  }
}

// One reader kept (shape-keepers.ts): the code reading pairs keeps its compiled form between loads.
keepShapesOf([new PairReader([], { inUnit: () => false, note: () => '' })]);

/** A block that opens with a lettered option (`letter` when given): a paragraph's first line, or a list's first item. */
function opensOptions(b: Block, letter?: string): boolean {
  const first =
    b.type === 'paragraph'
      ? b.inline.lines[0]?.text
      : b.type === 'list'
        ? b.items[0] && firstText(b.items[0])
        : undefined;
  if (first === undefined) return false;
  return letter === undefined ? isOptionLine(first) : opensOption(first, letter);
}

/**
 * A multiple choice written another way from block `k` on: options `A.` then `B.` (in a paragraph or a
 * list), a task list with a box checked, or a paragraph over either. Its reader makes it a card of its own.
 */
export function opensChoice(blocks: readonly Block[], k: number): boolean {
  const options = (b: Block | undefined): boolean => {
    if (b?.type === 'list')
      return opensOptions(b, 'A') || b.items.some((i) => /^\[[xX]\]\s/.test(firstText(i)));
    if (b?.type !== 'paragraph') return false;
    const lines = b.inline.lines;
    return lines.some((l, j) => opensOption(l.text, 'A') && opensOption(lines[j + 1]?.text ?? '', 'B'));
  };
  const b = blocks[k];
  return options(b) || (b?.type === 'paragraph' && options(blocks[k + 1]));
}

const firstText = (item: Extract<Block, { type: 'list' }>['items'][number]): string =>
  item.inlines[0]?.lines[0]?.text ?? '';

const wordsOf = (question: Question): string =>
  joinLines(question.words.filter((w) => w.trim() !== '').join('\n')).trim();

/** The question's words (and the code it shows, fenced as written) without its label or bold around it. */
function promptOf(question: Question): string {
  const asked = closeBold(wordsOf(question), question.boldOpen);
  const listings = question.code.map((b) =>
    b.type === 'code' ? `\`\`\`${b.info}\n${b.content.replace(/\s+$/, '')}\n\`\`\`` : '',
  );
  return [asked, ...listings].filter((t) => t !== '').join('\n\n');
}

/** The cards of the pairs (their section paths from where they stand) and the problems of those without answers. */
export function qaCards(
  reading: QaReading,
  pathAt: (line: number) => readonly string[],
  note: NoteText,
): { cards: RawCard[]; problems: LocalProblem[] } {
  const cards: RawCard[] = [];
  const problems: LocalProblem[] = [];
  for (const p of reading.pairs) {
    const answerText = answerOf(p, note);
    if (p.prompt === '' || answerText === '') {
      problems.push(unanswered(p.line, p.prompt));
      continue;
    }
    cards.push({
      kind: 'question',
      prompt: p.prompt,
      line: p.line,
      // A label alone on its line (`答案：` over a list) is no line of the answer.
      answerStart: p.labelRest === '' ? p.labelLine + 1 : p.labelLine,
      answerEnd: p.answerEnd,
      answerText,
      sectionPath: [...pathAt(p.line), p.title],
      blocks: p.answerBlocks,
      explicitId: null,
      choice: null,
    });
  }
  return { cards, problems };
}

/** The answer as the note writes it (its Markdown, links and all), without the label. */
function answerOf(p: QaPair, note: NoteText): string {
  const text = note(p.labelLine, p.answerEnd);
  const [first = '', ...rest] = text.split('\n');
  const label = answerLabel(first, p.answerStop);
  const opening = closeBold(label ? label.rest : p.labelRest, p.boldOpen);
  return [opening, ...rest].join('\n').trim();
}

/**
 * The questions left without an answer label, as warnings: only where the note writes Q&A pairs, or the
 * labelled line asks (`Q: the queue length` in a list of variables is no question), and no other reader
 * made something of it (a question over options is a multiple choice).
 */
export function unansweredQuestions(reading: QaReading, consumed: ReadonlySet<Block>): LocalProblem[] {
  return reading.unanswered
    .filter(
      (q) =>
        (reading.blocks.has(q.block) || !consumed.has(q.block)) &&
        (reading.pairs.length > 0 || asksOrBlanks(q.prompt)),
    )
    .map((q) => unanswered(q.line, q.prompt));
}
