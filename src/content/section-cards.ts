import { optionGroupAt } from './author-choices.ts';
import { readsAsTask } from './gate-checks/command-tasks.ts';
import { joinLines } from './html-text.ts';
import { closingVerdict } from './judgements.ts';
import { labelledAnswerCards } from './labelled-answers.ts';
import type { Block } from './markdown-blocks.ts';
import type { NumberedUnit } from './numbered-headings.ts';
import { isExerciseKindTitle, isSkippedTitle, looksLikeQuestion, stripDecoration } from './question-cues.ts';
import { isNumberingOnly } from './question-numbering.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { factTables, holdsGlossary } from './reference-body.ts';
import type { HeadingBlock, Section } from './section-tree.ts';
import { firstWithin } from './sorted-lines.ts';
import { opensWithKey } from './stated-key.ts';
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

/**
 * The cards of a note's sections (extract-cards.ts, its last step): a question with everything under it,
 * a topic up to its first sub-section. One function per part, each small: V8 compiles a long loop body
 * afresh on every build.
 */

/** What the earlier steps found, and where the section cards go. */
export interface SectionScan {
  readonly sections: readonly Section[];
  /** Blocks a unit, a pair or an inline card already took. */
  readonly consumed: ReadonlySet<Block>;
  /** The sections that ask a question. */
  readonly asking: ReadonlySet<Section>;
  /** Headings that are only a number, with the question in the paragraph under them. */
  readonly numbered: ReadonlyMap<Section, NumberedUnit>;
  /** Headings made from an outline's labels: neither questions nor topics. */
  readonly labelLines: ReadonlySet<number>;
  readonly note: NoteText;
  /** Lines of the cards found inside bodies and of the units, each sorted. */
  readonly inlineLines: readonly number[];
  readonly unitLines: readonly number[];
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
}

/** The sections walked so far: those a question took in, those skipped with their sub-sections. */
interface SectionWalk {
  readonly absorbed: Set<Section>;
  readonly skipped: Set<Section>;
  /** The note has a single level-one heading: its title, a card only when it holds a glossary. */
  readonly title: Section | null;
}

export function sectionCards(scan: SectionScan): void {
  const { sections } = scan;
  const h1s = sections.filter(isLevelOne);
  const walk: SectionWalk = {
    absorbed: new Set<Section>(),
    skipped: new Set<Section>(),
    title: h1s.length === 1 && sections[0] === h1s[0] ? (h1s[0] as Section) : null,
  };
  for (const section of sections) sectionCard(scan, walk, section);
}

const isLevelOne = (s: Section): boolean => s.heading.level === 1;

function sectionCard(scan: SectionScan, walk: SectionWalk, section: Section): void {
  if (walk.absorbed.has(section) || walk.skipped.has(section)) return;
  const key = normaliseKey(stripDecoration(section.title));
  if (isSkippedTitle(key) || scan.labelLines.has(section.heading.line)) {
    walk.skipped.add(section);
    // Questions written a level under "## Instructions" are the quiz, not its instructions.
    markTree(section, walk.skipped, isSkippedTitle(key) ? scan.asking : new Set());
    return;
  }
  const own = ownBlocks(section, scan.consumed);
  const id = explicitIdOf(own);
  if (walk.title === section && !holdsGlossary(own)) {
    // The title's own text is the note's introduction; a table of facts in it is content.
    const tables = scan.asking.has(section) ? [] : factTables(own);
    if (tables.length > 0) topicCard(scan, section, tables, id);
    return;
  }
  if (scan.asking.has(section)) questionCard(scan, walk, section, id);
  else topicCard(scan, section, own, id);
}

/** Every section under `s` into `into`, but those that ask (and what is under them). */
function markTree(s: Section, into: Set<Section>, asking: ReadonlySet<Section>): void {
  for (const c of s.children) {
    if (asking.has(c)) continue;
    into.add(c);
    markTree(c, into, asking);
  }
}

/** A card inside the section, or one its heading opens (a glossary's term heading over its definition). */
const holdsInlineCard = (scan: SectionScan, from: number, to: number): boolean =>
  anyWithin(scan.inlineLines, from - 1, to) || anyWithin(scan.unitLines, from, to);

function questionCard(scan: SectionScan, walk: SectionWalk, section: Section, id: string | null): void {
  const { heading } = section;
  const { consumed, note, problems } = scan;
  // A question owns its sub-sections, they are part of its answer; a sub-section that asks a question
  // of its own ("## 回收进程如何工作？" then "### 谈谈redis事务？") is its own card, unless it sits in the
  // question's numbered item.
  const own = ownedSubsections(section);
  for (const s of own.absorbed) walk.absorbed.add(s);
  // Under a numbering, the question is the paragraph under it, and the answer what follows.
  const asked = scan.numbered.get(section)?.question;
  const body: Block[] = [];
  for (const b of outside(section.blocks, own.asking))
    if (!consumed.has(b) && !(b.type === 'html' && EXPLICIT_ID.test(b.content)) && b !== asked) body.push(b);
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
    if (!holdsInlineCard(scan, heading.line, section.end) && own.asking.length === 0)
      problems.push(unanswered(heading.line, asked ? prompt : section.title));
    return;
  }
  if ('problem' in made) problems.push(made.problem);
  else scan.cards.push(made.card);
}

const isQuestionListBlock = (b: Block): boolean => b.type === 'list' && isQuestionList(b);
const isContentOrQuestionList = (b: Block): boolean => !isContent(b) || isQuestionListBlock(b);

function topicCard(scan: SectionScan, section: Section, own: Block[], id: string | null): void {
  const { heading } = section;
  const { note, problems, cards } = scan;
  // A topic's text ends where its first unit (<details>, <quiz>, quiz item) starts: its answer is one
  // stretch of the note, and the units are cards of their own.
  const firstUnit = firstWithin(scan.unitLines, heading.line, ownEndOf(section));
  const answer = trimAnswer(firstUnit === null ? own : own.filter((b) => b.line < firstUnit));
  // A topic holding only a list of questions with no answers ("- What did you learn this week?") asks.
  const onlyQuestions = answer.some(isQuestionListBlock) && answer.every(isContentOrQuestionList);
  if (!answers(answer) || onlyQuestions) {
    if (section.children.length === 0 && !holdsInlineCard(scan, heading.line, section.end)) {
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
    return;
  }
  if (isTableOfContents(answer) || isExerciseKindTitle(normaliseKey(stripDecoration(section.title)))) return;
  // A heading that only numbers the question read in it (`### **Q1-C2**`): what is left after that card
  // (the author's "why the others are wrong") is no topic of its own.
  if (isNumberingOnly(section.title) && holdsInlineCard(scan, heading.line, section.end)) return;
  // The answer of an entry whose question and options were lost (`39.` over `A:- B, …`): nothing to ask.
  if (opensWithKey(answer)) {
    problems.push({
      line: heading.line,
      severity: 'warning',
      code: 'unanswered-question',
      message: `a key with no question or options under "${short(section.title)}"`,
    });
    return;
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
    return;
  }
  // Exercises each followed by a reference answer ("参考答案：…") are cards of their own; the text before
  // the first one is the topic.
  const exercises = labelledAnswerCards(answer, section.path, note);
  if (exercises) cards.push(...exercises.cards);
  const topic = exercises ? trimAnswer(exercises.lead) : answer;
  if (!answers(topic)) return;
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

const EXPLICIT_ID = /<!--\s*id\s*:\s*([\w.-]{1,100})\s*-->/i;

/** `<!-- id: name -->` on the line after a heading (or anywhere in its first html block). */
function explicitIdOf(blocks: readonly Block[]): string | null {
  const first = blocks[0];
  if (first?.type !== 'html') return null;
  return EXPLICIT_ID.exec(first.content)?.[1] ?? null;
}

/** The last line of a section's own text, before its first sub-section. */
function ownEndOf(section: Section): number {
  const firstChild = section.children[0];
  return firstChild ? firstChild.heading.line - 1 : section.end;
}

/** A section's own text, up to its first sub-section, without what a unit already took. */
export function ownBlocks(section: Section, consumed: ReadonlySet<Block>): Block[] {
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

export function asks(section: Section): boolean {
  return (
    looksLikeQuestion(section.title) ||
    section.heading.itemEnd !== null ||
    setsTask(section.title) ||
    // A statement closing with its verdict (`#### 12. …表示结果正溢。（✖）`): a true-or-false exercise.
    closingVerdict(section.title) !== null
  );
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
