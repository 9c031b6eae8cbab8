import { answerFoldCards } from './answer-folds.ts';
import { readFacts } from './card-facts.ts';
import { containerUnitCard, containerUnits } from './container-units.ts';
import type { FlashcardSyntax } from './flashcard-syntax.ts';
import { flatGlossaryCards } from './flat-glossaries.ts';
import { glossaryCards } from './glossary-tables.ts';
import { headingGlossaryCards } from './heading-glossaries.ts';
import type { ContainerPair } from './html-containers.ts';
import { findInlineCards } from './inline-cards.ts';
import { letterGlossaryCards } from './letter-glossaries.ts';
import { logseqCards } from './logseq-cards.ts';
import type { Block } from './markdown-blocks.ts';
import { type NumberedUnit, numberedUnit } from './numbered-headings.ts';
import { promptItemCards } from './prompt-items.ts';
import { qaItemCards } from './qa-items.ts';
import { qaCards, readQaPairs, unansweredQuestions } from './qa-lines.ts';
import { qaTableCards } from './qa-tables.ts';
import { questionItemCards } from './question-items.ts';
import { isNumberingOnly, isQuestionLabel } from './question-numbering.ts';
import { questionParagraphCards } from './question-paragraphs.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { factTables } from './reference-body.ts';
import { asks, ownBlocks, sectionCards } from './section-cards.ts';
import { buildSections, flatten, type Section, sectionPathFinder } from './section-tree.ts';
import { keyHeadings } from './stated-key.ts';
import type { NoteText } from './unit-card.ts';

export { isContent } from './unit-answer.ts';

export interface ExtractResult {
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
}

export interface ExtractInput {
  readonly blocks: readonly Block[];
  readonly lastLine: number;
  /** The `<details>` and `<quiz>` pairs (html-containers.ts). */
  readonly containers: readonly ContainerPair[];
  readonly syntax: FlashcardSyntax;
  readonly note: NoteText;
  /** The note marks itself as flashcards: bare `word::word` lines are cards. */
  readonly trusted: boolean;
  /** End-marker lines, in order. */
  readonly markers: readonly number[];
  readonly isBlank: (line: number) => boolean;
  /** Headings made from an outline's labels (`* 关键词`, outline-headings.ts): neither questions nor topics. */
  readonly labelLines: ReadonlySet<number>;
  /** A line of the note as typed (1-based): where indentation or a table cell's breaks matter. */
  readonly rawLine: (line: number) => string;
  /** What the note is called (its deck): the topic of a note with no heading at all. */
  readonly name: string;
}

/**
 * A heading that is only a link to a place in a page, with nothing under it before the next heading
 * (`#### [1. What is Hoisting?](…#1-what-is-hoisting)`): a table of contents written as headings, its
 * questions asked (and answered) further down. One with text under it stays a heading.
 */
const TOC_HEADING = /^ {0,3}#{1,6}[ \t]+\[[^\]\n]+\]\([^)\s]*#[^)\s]*\)[ \t]*#*[ \t]*$/;

function isTocEntry(line: number, rawLine: (line: number) => string, lastLine: number): boolean {
  if (!TOC_HEADING.test(rawLine(line))) return false;
  for (let next = line + 1; next <= lastLine; next++) {
    const text = rawLine(next);
    if (text.trim() !== '') return /^ {0,3}#{1,6}[ \t]/.test(text);
  }
  return true;
}

export function extractCards(input: ExtractInput): ExtractResult {
  const { blocks: allBlocks, lastLine, containers, syntax, note } = input;
  const problems: LocalProblem[] = [];
  const cards: RawCard[] = [];
  const consumed = new Set<Block>();

  // 1. <details> and <quiz> units own every block between their tags (headings inside are part of the answer).
  const units = containerUnits(containers, allBlocks);
  const unitOf = new Map<Block, number>();
  units.forEach((u, k) => {
    for (const b of u.blocks) unitOf.set(b, k);
  });

  // `Q:` / `A:` pairs, before the sections: a pair closed by `---` with no blank line is a setext heading.
  const qa = readQaPairs(allBlocks, { inUnit: (b) => unitOf.has(b), note });

  // 2. Sections from the headings that are not inside a unit or a pair and do not state a key (`#### 答案：C`,
  // or `### Answer ✅` over the letter `C`).
  const keys = keyHeadings(allBlocks);
  const sectionHeading = (b: Block): boolean =>
    b.type === 'heading' &&
    !unitOf.has(b) &&
    !keys.has(b) &&
    !qa.blocks.has(b) &&
    !isQuestionLabel(b.inline.plain) &&
    !isTocEntry(b.line, input.rawLine, lastLine);
  const roots = buildSections(allBlocks, lastLine, sectionHeading);
  const sections = flatten(roots);
  const pathAt = sectionPathFinder(sections);

  for (const u of units) {
    for (const b of u.blocks) consumed.add(b);
    const made = containerUnitCard(u, pathAt(u.pair.summaryLine), note);
    if ('problem' in made) problems.push(made.problem);
    else cards.push(made.card);
  }
  for (const b of qa.blocks) consumed.add(b);
  const pairs = qaCards(qa, pathAt, note);
  problems.push(...pairs.problems);
  cards.push(...pairs.cards);
  // And pairs written as list items (`- Q: …` over `  A: …`).
  const listed = qaItemCards(allBlocks, consumed, pathAt, note);
  for (const b of listed.blocks) consumed.add(b);
  cards.push(...listed.cards);

  // Logseq `#card` blocks: the author's own flashcards, before any rule reads their outline as questions.
  const logseq = logseqCards({ blocks: allBlocks, consumed, pathAt, rawLine: input.rawLine });
  problems.push(...logseq.problems);

  // 3. Quiz items: a list item that asks, with its options and key or its stated answer inside it.
  const items = questionItemCards({ blocks: allBlocks, consumed, pathAt, note });
  problems.push(...items.problems);
  cards.push(...items.cards);

  // A question paragraph over a fold that hides its answer (`<summary>Answer</summary>`).
  const folded = answerFoldCards({ blocks: allBlocks, containers, consumed, pathAt, note });
  problems.push(...folded.problems);
  cards.push(...folded.cards);

  const { numbered, asking } = askingSections(sections, consumed, input.labelLines);

  // 4. Cards inside bodies: `::`, `?` lines, clozes, and choices asked by a paragraph.
  const inQuestion = (line: number): boolean => {
    for (let s = pathAt.sectionAt(line); s; s = s.parent) if (asking.has(s)) return true;
    return false;
  };
  // Question-and-answer tables (`| Question | Answer |`) outside questions' answers: one card per row.
  const qaTables = qaTableCards({ blocks: allBlocks, consumed, pathAt, inQuestion, rawLine: input.rawLine });
  problems.push(...qaTables.problems);
  // Glossary tables outside questions' answers: one term card per entry.
  const glossary = [
    ...glossaryCards({ blocks: allBlocks, consumed, pathAt, inQuestion }),
    // A–Z glossaries (`## M` over `- **Malware**: …`): one glossary, not a card per letter.
    ...letterGlossaryCards({ sections, consumed, pathAt, inQuestion }),
    // Term headings each over the one paragraph that defines it (`### Authentication` / "The process of…").
    ...headingGlossaryCards({ sections, consumed, pathAt, inQuestion }),
    // A page of defined terms and nothing else (`**Firewall:** A network security device…` ×40).
    ...flatGlossaryCards({ sections, consumed, pathAt, inQuestion, blocks: allBlocks }),
  ];
  const inline = findInlineCards({
    blocks: allBlocks,
    consumed,
    pathAt,
    inQuestion,
    syntax,
    note,
    trusted: input.trusted,
    markers: input.markers,
    isBlank: input.isBlank,
  });
  problems.push(...inline.problems, ...unansweredQuestions(qa, consumed));
  const noted = [...logseq.cards, ...qaTables.cards];
  const inlineLines = sortedLines([inline.cards, glossary, noted]);
  // Question lines with no label or heading, a run of them in a section (`What is an index?` over its
  // answer): where no reader before found cards.
  const paragraphs = questionParagraphCards({
    blocks: allBlocks,
    consumed,
    pathAt,
    inQuestion,
    note,
    read: inlineLines,
  });
  cards.push(...paragraphs);
  // And bullets typed as a question each (`- 装饰器有多少种␣␣` over its answer's lines).
  const prompts = promptItemCards({
    blocks: allBlocks,
    consumed,
    pathAt,
    inQuestion,
    note,
    rawLine: input.rawLine,
    read: inlineLines,
  });
  cards.push(...prompts);
  const unitLines = [
    ...units.map((u) => u.pair.open),
    ...items.lines,
    ...qa.pairs.map((p) => p.line),
    ...listed.cards.map((c) => c.line),
    ...folded.cards.map((c) => c.line),
    ...paragraphs.map((c) => c.line),
    ...prompts.map((c) => c.line),
  ].sort(byNumber);

  // 5. Sections: questions (with everything under them) and topics (up to their first sub-section).
  sectionCards({
    sections,
    consumed,
    asking,
    numbered,
    labelLines: input.labelLines,
    note,
    inlineLines,
    unitLines,
    cards,
    problems,
  });
  cards.push(...inline.cards, ...glossary, ...noted);
  if (sections.length === 0) cards.push(...headingless(allBlocks, consumed, input.name));
  cards.sort(byLine);
  return { cards, problems };
}

/** Enough terms defined for a glossary to ask about. */
const GLOSSARY_TERMS = 3;

/** The blocks of a note with no heading, when they define terms enough to be a glossary; else none. */
function glossaryBlocks(blocks: readonly Block[]): Block[] {
  const facts = readFacts('', blocks, null, null);
  const terms = facts.definitions.reduce((n, group) => n + group.length, 0);
  return terms >= GLOSSARY_TERMS ? blocks.filter((b) => b.type !== 'html') : [];
}

/**
 * A note with no heading at all whose content is a table of facts (a cheat sheet saved as one table) or a
 * glossary: one topic named after the note, its tables (or its terms) as the answer.
 */
function headingless(blocks: readonly Block[], consumed: ReadonlySet<Block>, name: string): RawCard[] {
  const free = blocks.filter((b) => !consumed.has(b));
  const found = factTables(free);
  // Or a glossary (`**Term**: …`, a bold term over its definition, `Term: …` bullets), as notes titled by
  // their file name keep one: its terms are the topic.
  const tables = found.length > 0 ? found : glossaryBlocks(free);
  const first = tables[0];
  const last = tables[tables.length - 1];
  if (!first || !last) return [];
  const prompt = name.replace(/[-_]+/g, ' ').trim();
  return [
    {
      kind: 'explain',
      prompt,
      line: first.line,
      answerStart: first.line,
      answerEnd: last.end,
      answerText: null,
      sectionPath: [prompt],
      blocks: tables,
      explicitId: null,
      choice: null,
    },
  ];
}

/**
 * The sections that ask: a heading that asks itself, or one that is only a number (`## 1.`, `### Q3`) over
 * the question in the paragraph under it (its numbered unit); labels neither.
 */
function askingSections(
  sections: readonly Section[],
  consumed: ReadonlySet<Block>,
  labelLines: ReadonlySet<number>,
): { numbered: Map<Section, NumberedUnit>; asking: Set<Section> } {
  const numbered = new Map<Section, NumberedUnit>();
  // Whether each heading asks, worked out once: both loops below need it.
  const asksItself = new Set<Section>();
  for (const s of sections) if (asks(s)) asksItself.add(s);
  for (const s of sections) {
    if (asksItself.has(s) || labelLines.has(s.heading.line) || !isNumberingOnly(s.title)) continue;
    const unit = numberedUnit(s, ownBlocks(s, consumed));
    if (unit) numbered.set(s, unit);
  }
  const asking = new Set<Section>();
  for (const s of sections)
    if (!labelLines.has(s.heading.line) && (asksItself.has(s) || numbered.has(s))) asking.add(s);
  return { numbered, asking };
}

/** The lines of the cards of each group, sorted. */
function sortedLines(groups: readonly (readonly { readonly line: number }[])[]): number[] {
  const lines: number[] = [];
  for (const group of groups) for (const c of group) lines.push(c.line);
  return lines.sort(byNumber);
}

const byNumber = (a: number, b: number): number => a - b;
const byLine = (a: { readonly line: number }, b: { readonly line: number }): number => a.line - b.line;
