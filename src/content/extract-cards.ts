import { optionGroupAt } from './author-choices.ts';
import { containerUnitCard, containerUnits } from './container-units.ts';
import type { FlashcardSyntax } from './flashcard-syntax.ts';
import { readsAsTask } from './gate-checks/command-tasks.ts';
import { glossaryCards } from './glossary-tables.ts';
import type { ContainerPair } from './html-containers.ts';
import { joinLines } from './html-text.ts';
import { findInlineCards } from './inline-cards.ts';
import { labelledAnswerCards } from './labelled-answers.ts';
import { logseqCards } from './logseq-cards.ts';
import type { Block } from './markdown-blocks.ts';
import { type NumberedUnit, numberedUnit } from './numbered-headings.ts';
import { qaCards, readQaPairs, unansweredQuestions } from './qa-lines.ts';
import { qaTableCards } from './qa-tables.ts';
import { isSkippedTitle, looksLikeQuestion, stripDecoration } from './question-cues.ts';
import { questionItemCards } from './question-items.ts';
import { isNumberingOnly } from './question-numbering.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { holdsGlossary } from './reference-body.ts';
import {
  buildSections,
  flatten,
  type HeadingBlock,
  type Section,
  sectionPathFinder,
} from './section-tree.ts';
import { keyHeadings, opensWithKey } from './stated-key.ts';
import { normaliseKey } from './text-normalise.ts';
import {
  answers,
  awaitsAnswer,
  isContent,
  isLinkList,
  isQuestionList,
  short,
  trimAnswer,
  unanswered,
} from './unit-answer.ts';
import { choiceCard, type NoteText, unitCard } from './unit-card.ts';

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
}

const EXPLICIT_ID = /<!--\s*id\s*:\s*([\w.-]{1,100})\s*-->/i;

/** `<!-- id: name -->` on the line after a heading (or anywhere in its first html block). */
function explicitIdOf(blocks: readonly Block[]): string | null {
  const first = blocks[0];
  if (first?.type !== 'html') return null;
  return EXPLICIT_ID.exec(first.content)?.[1] ?? null;
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
    b.type === 'heading' && !unitOf.has(b) && !keys.has(b) && !qa.blocks.has(b);
  const roots = buildSections(allBlocks, lastLine, sectionHeading);
  const isLabel = (s: Section): boolean => input.labelLines.has(s.heading.line);
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

  // Logseq `#card` blocks: the author's own flashcards, before any rule reads their outline as questions.
  const logseq = logseqCards({ blocks: allBlocks, consumed, pathAt, rawLine: input.rawLine });
  problems.push(...logseq.problems);

  // 3. Quiz items: a list item that asks, with its options and key or its stated answer inside it.
  const items = questionItemCards({ blocks: allBlocks, consumed, pathAt, note });
  problems.push(...items.problems);
  cards.push(...items.cards);

  // A heading that is only a number (`## 1.`, `### Q3`) numbers the question in the paragraph under it.
  const numbered = new Map<Section, NumberedUnit>();
  for (const s of sections) {
    if (asks(s) || isLabel(s) || !isNumberingOnly(s.title)) continue;
    const unit = numberedUnit(s, ownBlocks(s, consumed));
    if (unit) numbered.set(s, unit);
  }

  // 4. Cards inside bodies: `::`, `?` lines, clozes, and choices asked by a paragraph.
  const asking = new Set<Section>();
  for (const s of sections) if (!isLabel(s) && (asks(s) || numbered.has(s))) asking.add(s);
  const inQuestion = (line: number): boolean => {
    for (let s = pathAt.sectionAt(line); s; s = s.parent) if (asking.has(s)) return true;
    return false;
  };
  // Question-and-answer tables (`| Question | Answer |`) outside questions' answers: one card per row.
  const qaTables = qaTableCards({ blocks: allBlocks, consumed, pathAt, inQuestion, rawLine: input.rawLine });
  problems.push(...qaTables.problems);
  // Glossary tables outside questions' answers: one term card per entry.
  const glossary = glossaryCards({ blocks: allBlocks, consumed, pathAt, inQuestion });
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
  const inlineLines = [...inline.cards, ...glossary, ...noted].map((c) => c.line).sort((a, b) => a - b);
  const unitLines = [...units.map((u) => u.pair.open), ...items.lines, ...qa.pairs.map((p) => p.line)].sort(
    (a, b) => a - b,
  );

  // 5. Sections: questions (with everything under them) and topics (up to their first sub-section).
  const h1s = sections.filter((s) => s.heading.level === 1);
  const absorbed = new Set<Section>();
  const skipped = new Set<Section>();
  const markTree = (s: Section, into: Set<Section>): void => {
    for (const c of s.children) {
      into.add(c);
      markTree(c, into);
    }
  };
  const holdsInlineCard = (from: number, to: number): boolean =>
    anyWithin(inlineLines, from, to) || anyWithin(unitLines, from, to);

  for (const section of sections) {
    if (absorbed.has(section) || skipped.has(section)) continue;
    const heading = section.heading;
    const key = normaliseKey(stripDecoration(section.title));
    if (isSkippedTitle(key) || isLabel(section)) {
      skipped.add(section);
      markTree(section, skipped);
      continue;
    }
    const own = ownBlocks(section, consumed);
    const isTitle = heading.level === 1 && h1s.length === 1 && sections[0] === section;
    if (isTitle && !holdsGlossary(own)) continue;
    const id = explicitIdOf(own);

    if (asking.has(section)) {
      // A question owns its sub-sections, they are part of its answer; a sub-section that asks a question
      // of its own ("## 回收进程如何工作？" then "### 谈谈redis事务？") is its own card, unless it sits in the
      // question's numbered item.
      const own = ownedSubsections(section);
      for (const s of own.absorbed) absorbed.add(s);
      // Under a numbering, the question is the paragraph under it, and the answer what follows.
      const asked = numbered.get(section)?.question;
      const body = outside(section.blocks, own.asking).filter(
        (b) => !consumed.has(b) && !(b.type === 'html' && EXPLICIT_ID.test(b.content)) && b !== asked,
      );
      const prompt = asked ? joinLines(asked.inline.text) : headingPrompt(heading);
      const made = unitCard({
        prompt,
        line: asked?.line ?? heading.line,
        sectionPath: asked ? [...section.path.slice(0, -1), prompt] : section.path,
        scope: body,
        stemFrom: (asked?.end ?? heading.end) + 1,
        note,
        explicitId: id,
      });
      // A question whose answer is made of cards of its own (a choice list, <details>) is a section.
      if ('problem' in made && made.problem.code === 'unanswered-question') {
        if (!holdsInlineCard(heading.line, section.end) && own.asking.length === 0)
          problems.push(unanswered(heading.line, asked ? prompt : section.title));
        continue;
      }
      if ('problem' in made) problems.push(made.problem);
      else cards.push(made.card);
      continue;
    }
    // A topic's text ends where its first unit (<details>, <quiz>, quiz item) starts: its answer is one
    // stretch of the note, and the units are cards of their own.
    const firstUnit = firstWithin(unitLines, heading.line, ownEndOf(section));
    const answer = trimAnswer(firstUnit === null ? own : own.filter((b) => b.line < firstUnit));
    // A topic holding only a list of questions with no answers ("- What did you learn this week?") asks.
    const questionList = (b: Block): boolean => b.type === 'list' && isQuestionList(b);
    const onlyQuestions = answer.some(questionList) && answer.every((b) => !isContent(b) || questionList(b));
    if (!answers(answer) || onlyQuestions) {
      if (section.children.length === 0 && !holdsInlineCard(heading.line, section.end)) {
        // "## 重平衡" over `todo`: the author means to answer it, as under a question heading.
        if (awaitsAnswer(answer)) problems.push(unanswered(heading.line, section.title));
        else
          problems.push({
            line: heading.line,
            severity: 'warning',
            code: 'empty-section',
            message: `heading has no content: "${short(section.title)}"`,
          });
      }
      continue;
    }
    if (isTableOfContents(answer)) continue;
    // The answer of an entry whose question and options were lost (`39.` over `A:- B, …`): nothing to ask.
    if (opensWithKey(answer)) {
      problems.push({
        line: heading.line,
        severity: 'warning',
        code: 'unanswered-question',
        message: `a key with no question or options under "${short(section.title)}"`,
      });
      continue;
    }
    // A heading that states a question without a question mark ("### 1.…的是_____。") over a quiz table
    // whose key row the author marked: the author's own choice question, one card.
    const table = answer[0]?.type === 'table' ? optionGroupAt(answer, 0, (line) => note(line, line)) : null;
    if (table) {
      const made = choiceCard(
        {
          prompt: headingPrompt(heading),
          line: heading.line,
          sectionPath: section.path,
          scope: answer,
          stemFrom: heading.end + 1,
          note,
          explicitId: id,
        },
        table,
        answer.length,
      );
      if ('card' in made) cards.push(made.card);
      else problems.push(made.problem);
      continue;
    }
    // Exercises each followed by a reference answer ("参考答案：…") are cards of their own; the text before
    // the first one is the topic.
    const exercises = labelledAnswerCards(answer, section.path, note);
    if (exercises) cards.push(...exercises.cards);
    const topic = exercises ? trimAnswer(exercises.lead) : answer;
    if (!answers(topic)) continue;
    const first = topic[0] as Block;
    const last = topic[topic.length - 1] as Block;
    cards.push({
      kind: 'explain',
      prompt: headingPrompt(heading),
      line: heading.line,
      answerStart: first.line,
      answerEnd: last.end,
      answerText: null,
      sectionPath: section.path,
      blocks: topic,
      explicitId: id,
      choice: null,
    });
  }
  cards.push(...inline.cards, ...glossary, ...noted);
  cards.sort((a, b) => a.line - b.line);
  return { cards, problems };
}

/** A section's own text, up to its first sub-section, without what a unit already took. */
/** The last line of a section's own text, before its first sub-section. */
function ownEndOf(section: Section): number {
  const firstChild = section.children[0];
  return firstChild ? firstChild.heading.line - 1 : section.end;
}

function ownBlocks(section: Section, consumed: ReadonlySet<Block>): Block[] {
  const ownEnd = ownEndOf(section);
  return section.blocks.filter((b) => b.line <= ownEnd && !consumed.has(b));
}

/**
 * The sub-sections a question absorbs into its answer, and those from its first sub-question on (not
 * descended into: each is read as a section of its own). Inside the question's numbered list item,
 * everything is its answer.
 */
function ownedSubsections(section: Section): { absorbed: Section[]; asking: Section[] } {
  const owned: Owned = { absorbed: [], asking: [], itemEnd: section.heading.itemEnd, split: false };
  walkOwned(owned, section);
  return { absorbed: owned.absorbed, asking: owned.asking };
}

interface Owned {
  readonly absorbed: Section[];
  readonly asking: Section[];
  readonly itemEnd: number | null;
  /**
   * From the first sub-question on, the sub-sections are cards and topics of their own: an answer is one
   * stretch of the note.
   */
  split: boolean;
}

function walkOwned(owned: Owned, s: Section): void {
  for (const c of s.children) {
    const inItem = owned.itemEnd !== null && c.heading.line <= owned.itemEnd;
    owned.split ||= !inItem && looksLikeQuestion(c.title);
    if (owned.split) owned.asking.push(c);
    else {
      owned.absorbed.push(c);
      walkOwned(owned, c);
    }
  }
}

/** The blocks outside the given sections (both in document order: one walk, not a scan per block). */
function outside(blocks: readonly Block[], sections: readonly Section[]): readonly Block[] {
  if (sections.length === 0) return blocks;
  const out: Block[] = [];
  let k = 0;
  for (const b of blocks) {
    while (k < sections.length && (sections[k] as Section).end < b.line) k++;
    const s = sections[k];
    if (!s || b.line < s.heading.line) out.push(b);
  }
  return out;
}

function asks(section: Section): boolean {
  return looksLikeQuestion(section.title) || section.heading.itemEnd !== null || setsTask(section.title);
}

/** A numbered heading or a task that ends with a colon: "### 24. Find duplicate emails:" asks for what follows. */
function setsTask(title: string): boolean {
  if (!/[:：]\s*$/.test(title)) return false;
  return /^\s*(?:q\s*)?\d{1,4}\s*[.)、]/i.test(title) || readsAsTask(title);
}

/** The heading's question; a task's colon only pointed at the answer below it. */
const headingPrompt = (heading: HeadingBlock): string => {
  const text = joinLines(heading.inline.text);
  return setsTask(heading.inline.plain) ? text.replace(/\s*[:：]\s*$/, '') : text;
};

/** The first line of the sorted `lines` in (from, to], or null. A binary search: sections times cards would be quadratic. */
function firstWithin(lines: readonly number[], from: number, to: number): number | null {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = lines[lo];
  return first !== undefined && first <= to ? first : null;
}

const anyWithin = (lines: readonly number[], from: number, to: number): boolean =>
  firstWithin(lines, from, to) !== null;

/** A body made only of links (a table of contents, a link-only stub) is not a card. */
function isTableOfContents(blocks: readonly Block[]): boolean {
  const content = blocks.filter(isContent);
  return content.every(
    (b) =>
      (b.type === 'table' &&
        b.rows.every((r) =>
          r.cells.every((c) => c.linkOnly || c.plain.trim() === '' || /^\d+$/.test(c.plain.trim())),
        )) ||
      isLinkList(b),
  );
}
