import {
  type ClozeMarker,
  clozeCards,
  clozeDeletions,
  clozeSides,
  type FlashcardSyntax,
  type InlineSplit,
  MAX_CLOZE_CARDS,
  multilineSeparator,
  splitInlineCard,
} from './flashcard-syntax.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { askedOptions, explanationEnd, headingAbove } from './paragraph-choices.ts';
import { asksOrBlanks, isFillInTitle, judgesStatement } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { nextLine } from './sorted-lines.ts';
import { unanswered } from './unit-answer.ts';
import { choiceCard, type NoteText } from './unit-card.ts';

export { short } from './unit-answer.ts';

/**
 * Cards that live inside a body rather than in a heading: `question::answer` lines (`:::` both ways), a `?`
 * or `??` line between a question and its answer, clozes (`==hidden==`), and options asked by a paragraph.
 * Blocks they use are added to `consumed` so no section reuses them.
 */
export interface InlineCardsResult {
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
}

export interface InlineCardsInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  /** Is this line inside a question's own answer (a question heading or its numbered item)? */
  readonly inQuestion: (line: number) => boolean;
  readonly syntax: FlashcardSyntax;
  readonly note: NoteText;
  /** The note marks itself as flashcards (`#flashcards`, front matter): bare `word::word` lines are cards. */
  readonly trusted?: boolean;
  /** Lines that held the end marker (`+++`), in order, when the note sets one. */
  readonly markers?: readonly number[];
  /** Is this line of the note blank? (Block ends can include the blank line after them.) */
  readonly isBlank: (line: number) => boolean;
}

/** Scheduling comments the plugin writes after a card (`<!--SR:!2021-08-11,4,270-->`). */
const SR_COMMENT = /\s*<!--SR:[^>]{0,200}-->/g;
/** Obsidian tags at the start of a card line (`#flashcards/deckA Question::Answer`). */
const LEADING_TAGS = /^(?:#[\p{L}\p{N}_/-]+\s+)+/u;

const cleanSide = (text: string): string => text.replace(SR_COMMENT, '').replace(LEADING_TAGS, '').trim();

/** A line holding only Obsidian tags (`#flashcards/deckA`): not content of its own. */
const isTagLine = (text: string): boolean => /^(?:#[\p{L}\p{N}_/-]+\s*)+$/u.test(text.trim());

const NO_SPLITS: readonly null[] = [];

const mayHoldCard = (text: string, syntax: FlashcardSyntax): boolean =>
  (syntax.inline !== '' && text.includes(syntax.inline)) ||
  (syntax.inlineReversed !== '' && text.includes(syntax.inlineReversed));

/** One note's blocks as inline cards are read from them, and what was found. */
interface InlineScan {
  readonly input: InlineCardsInput;
  readonly trusted: boolean;
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;
type List = Extract<Block, { type: 'list' }>;

export function findInlineCards(input: InlineCardsInput): InlineCardsResult {
  const scan: InlineScan = { input, trusted: input.trusted ?? false, cards: [], problems: [] };
  const { blocks, consumed, inQuestion } = input;
  // A small loop handing each block to the reader of its kind: one long loop body was compiled afresh each
  // time it met an object of a new shape.
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (consumed.has(block)) continue;
    // Options asked by a paragraph (or written under one): outside question sections, which own theirs.
    const mayOpen = block.type === 'list' || block.type === 'paragraph' || block.type === 'code';
    if (mayOpen && !inQuestion(block.line)) {
      const end = choiceAt(scan, i);
      if (end !== null) {
        i = end - 1;
        continue;
      }
    }
    if (block.type === 'list') listCards(scan, block);
    else if (block.type === 'paragraph') i = paragraphCards(scan, block, i);
  }
  return { cards: scan.cards, problems: scan.problems };
}

function card(
  scan: InlineScan,
  c: Omit<RawCard, 'explicitId' | 'choice' | 'sectionPath'> & Partial<RawCard>,
): void {
  scan.cards.push({
    explicitId: null,
    choice: null,
    sectionPath: [...scan.input.pathAt(c.line), c.prompt],
    ...c,
  });
}

function flashcards(
  scan: InlineScan,
  prompt: string,
  answer: string,
  line: number,
  end: number,
  reversed: boolean,
): void {
  card(scan, {
    kind: 'flashcard',
    prompt,
    line,
    answerStart: line,
    answerEnd: end,
    answerText: answer,
    blocks: [],
  });
  if (reversed) reverseCard(scan, prompt, answer, line, end);
}

/** A reversed card (`:::`, `??`): the back asked, the front its answer. */
function reverseCard(scan: InlineScan, prompt: string, answer: string, line: number, end: number): void {
  card(scan, {
    kind: 'flashcard',
    prompt: answer,
    line,
    answerStart: line,
    answerEnd: end,
    answerText: prompt,
    blocks: [],
  });
}

/** The choice card of options asked by the block at `i` (or under it): the index after its blocks, else null. */
function choiceAt(scan: InlineScan, i: number): number | null {
  const { blocks, consumed, pathAt, note } = scan.input;
  const block = blocks[i] as Block;
  const title = headingAbove(blocks, i) >= 0 ? (pathAt(block.line).at(-1) ?? null) : null;
  const { found, asked, title: headed } = askedOptions(blocks, i, consumed, note, title);
  // Options in a code block are options only under what asks them (or a numbered heading).
  const group = block.type === 'code' && asked === null && blocks[i - 1]?.type !== 'heading' ? null : found;
  const path = group ? pathAt(group.line) : [];
  const prompt = asked?.prompt ?? headed ?? path[path.length - 1] ?? '';
  // Boxes under something that neither asks nor states a key are a checklist, some of it done; True and
  // False under a statement ask it.
  const judged = asked !== null && group !== null && judgesStatement(group.options);
  const checklist = group?.letters === null && !group.keyStated && !asksOrBlanks(prompt) && !judged;
  // Keys that disagree make a card that reports it, so the options are not read as text.
  // A stated key that names no option is reported too.
  const keyed =
    group !== null &&
    (group.correct.length > 0 || group.keyConflict === true || (group.keyStated && group.letters !== null));
  if (!group || group.todo || !keyed || checklist) return null;
  const end = explanationEnd(blocks, group.lastBlock + 1, consumed);
  const scope = blocks.slice(asked?.first ?? i, end);
  const offset = asked?.first ?? i;
  const made = choiceCard(
    {
      prompt,
      line: asked?.line ?? group.line,
      sectionPath: asked ? [...path, prompt] : headed ? [...path.slice(0, -1), headed] : path,
      scope,
      stemFrom: asked?.stemFrom ?? group.line,
      pictures: asked?.pictures?.map((p) => note(p.line, p.end)).join('\n\n'),
      note,
      explicitId: null,
    },
    { ...group, firstBlock: group.firstBlock - offset, lastBlock: group.lastBlock - offset },
    scope.length,
  );
  for (const b of scope) consumed.add(b);
  if ('problem' in made) scan.problems.push(made.problem);
  else scan.cards.push(made.card);
  return end;
}

/** A list item of one line that is a card (`question::answer`, also after a task box), else null. */
function itemCard(
  item: List['items'][number],
  syntax: FlashcardSyntax,
  trusted: boolean,
): InlineSplit | null {
  const text = (item.inlines[0]?.text ?? '').replace(/^\[[ xX]\]\s+/, '');
  return item.inlines.length === 1 && item.inlines[0]?.lines.length === 1
    ? splitInlineCard(text, syntax, trusted)
    : null;
}

/** `- question::answer` items (and task items holding cards). */
function listCards(scan: InlineScan, block: List): void {
  const { syntax } = scan.input;
  const split: (InlineSplit | null)[] = [];
  let found = 0;
  for (const item of block.items) {
    const one = itemCard(item, syntax, scan.trusted);
    if (one !== null) found++;
    split.push(one);
  }
  if (found === 0) return;
  split.forEach((s, k) => {
    const item = block.items[k];
    if (!s || !item) return;
    const prompt = cleanSide(s.question);
    const answer = cleanSide(s.answer);
    if (prompt === '') return;
    if (answer === '') scan.problems.push(unanswered(item.line, prompt));
    else flashcards(scan, prompt, answer, item.line, item.line, s.reversed);
  });
  if (found === block.items.length) scan.input.consumed.add(block);
}

/** The cards of the paragraph at `i`; returns the index of the last block they took. */
function paragraphCards(scan: InlineScan, block: Paragraph, i: number): number {
  const { syntax } = scan.input;
  const lines = block.inline.lines;
  // A `?` (or `??`) line: the question touches it from above, the answer from below.
  const mark = lines.length < 2 ? -1 : lines.findIndex((l) => multilineSeparator(l.plain, syntax) !== null);
  if (mark >= 0) return separatedCard(scan, block, i, mark);
  // question::answer, one per line (a paragraph may mix cards and other lines).
  const split = mayHoldCard(block.inline.text, syntax)
    ? lines.map((l) => splitInlineCard(l.text, syntax, scan.trusted))
    : NO_SPLITS;
  const found = split.filter((s) => s !== null).length;
  if (found > 0) {
    split.forEach((s, k) => {
      const l = lines[k] as InlineLine;
      if (!s) return;
      const prompt = cleanSide(s.question);
      const answer = cleanSide(s.answer);
      if (prompt === '') return;
      if (answer === '') scan.problems.push(unanswered(l.line, prompt));
      else flashcards(scan, prompt, answer, l.line, l.line, s.reversed);
    });
    if (lines.every((l, k) => split[k] !== null || isTagLine(l.text) || l.text.trim() === ''))
      scan.input.consumed.add(block);
    return i;
  }
  // Clozes: a paragraph with ==hidden== text (outside questions' answers, where a highlight is emphasis);
  // under a fill-in-the-blank exercise's heading ("填空题"), the answers the author wrote in bold too.
  if (scan.input.inQuestion(block.line)) return i;
  const fillIn = scan.input.pathAt(block.line).some(isFillInTitle);
  const markers: readonly ClozeMarker[] = fillIn
    ? [...new Set([...syntax.clozes, 'bold' as const])]
    : syntax.clozes;
  if (markers.length > 0) clozeParagraphCards(scan, block, markers);
  return i;
}

/** A question and its answer on either side of the `?` line at `mark`; returns the last block taken. */
function separatedCard(scan: InlineScan, block: Paragraph, i: number, mark: number): number {
  const { input } = scan;
  const { blocks, consumed, syntax, note } = input;
  const lines = block.inline.lines;
  const reversed = multilineSeparator((lines[mark] as InlineLine).plain, syntax) === 'reversed';
  const question = lines.slice(0, mark);
  consumed.add(block);
  const prompt = cleanSide(question.map((l) => l.text).join(' '));
  if (prompt === '') return i;
  const below = lines.slice(mark + 1).filter((l) => l.text !== '' && !/^<!--SR:/.test(l.text));
  // Blocks that touch the answer (a list, a code block), or everything up to the end marker.
  const marker = nextLine(input.markers ?? [], block.end);
  let last = i;
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j] as Block;
    const prev = blocks[j - 1] as Block;
    if (consumed.has(next) || next.type === 'heading') break;
    const touches = next.line <= prev.end + 1 && !input.isBlank(next.line - 1);
    if (marker !== null ? next.line > marker : !touches) break;
    if (multilineSeparator(firstText(next), syntax) !== null) break;
    last = j;
  }
  const start = below[0]?.line ?? (blocks[i + 1] as Block | undefined)?.line ?? block.end + 1;
  const endLine = last > i ? (blocks[last] as Block).end : block.end;
  if (below.length === 0 && last === i) {
    scan.problems.push(unanswered(question[0]?.line ?? block.line, prompt));
    return i;
  }
  for (let j = i + 1; j <= last; j++) consumed.add(blocks[j] as Block);
  const answer = cleanSide(note(start, endLine).replace(SR_COMMENT, ''));
  const line = question[0]?.line ?? block.line;
  card(scan, {
    kind: 'flashcard',
    prompt,
    line,
    answerStart: start,
    answerEnd: endLine,
    answerText: answer,
    blocks: blocks.slice(i + 1, last + 1),
  });
  if (reversed) reverseCard(scan, prompt, answer, line, endLine);
  return last;
}

function clozeParagraphCards(scan: InlineScan, block: Paragraph, markers: readonly ClozeMarker[]): void {
  const lines = block.inline.lines;
  const text = lines.map((l) => l.text).join('\n');
  const deletions = clozeDeletions(text, markers);
  if (deletions.length > 0) {
    scan.input.consumed.add(block);
    const body = cleanSide(text.replace(SR_COMMENT, ''));
    const shown = clozeDeletions(body, markers);
    const groups = clozeCards(shown);
    if (groups.length > MAX_CLOZE_CARDS)
      scan.problems.push({
        line: block.line,
        severity: 'warning',
        code: 'many-clozes',
        message: `${groups.length} clozes in one paragraph: asked together as one card (split the paragraph to ask them one by one)`,
      });
    for (const asked of groups.length > MAX_CLOZE_CARDS ? [new Set(shown.keys())] : groups) {
      const sides = clozeSides(body, shown, asked);
      card(scan, {
        kind: 'flashcard',
        prompt: joinLines(sides.front),
        line: block.line,
        answerStart: block.line,
        answerEnd: block.end,
        answerText: sides.back,
        blocks: [],
      });
    }
  }
}

function firstText(block: Block): string {
  return block.type === 'paragraph' ? (block.inline.lines[0]?.plain ?? '') : '';
}
