import { boldQuestionLine } from './bold-questions.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { cleanPrompt } from './prompt-text.ts';
import { isOptionLine, questionLabel } from './qa-labels.ts';
import { opensChoice } from './qa-lines.ts';
import { looksLikeQuestion, putsToJudgement } from './question-cues.ts';
import type { RawCard } from './raw-card.ts';
import type { Section, SectionPathFinder } from './section-tree.ts';
import { firstWithin } from './sorted-lines.ts';
import { thematicBreakBetween } from './thematic-breaks.ts';
import type { NoteText } from './unit-card.ts';

/**
 * Q&A notes typed with no Markdown for the question: a paragraph that opens with a question line, plain or
 * bold as a whole, its answer on the lines under it or in the blocks after it, up to the next such question:
 *
 *     What is an index?                      **What is a view?**
 *     A structure that speeds up lookups.
 *     It costs extra writes.                 A stored query, read like a table.
 *
 *     什么是事务？                            **What is a trigger?** Code run on a table event.
 *     一组要么全做、要么全不做的操作。
 *                                            How do you format the files? `terraform fmt`
 *
 * One card each. Only where a section (or a note with no heading) asks so at least RUN times, every one
 * answered: a lone question line in prose is the author thinking aloud, not a card. Not under a heading that
 * asks (its answer may ask back), nor a question over options, a key or a label (their readers own those).
 */
export interface QuestionParagraphInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: SectionPathFinder;
  readonly inQuestion: (line: number) => boolean;
  readonly note: NoteText;
  /** The lines of the cards other readers found in bodies, sorted: a run holding one is theirs (a quiz, a deck). */
  readonly read: readonly number[];
}

/** Questions enough in one section for it to be a Q&A note (bullets too: prompt-items.ts). */
export const RUN = 3;
/** A question line longer than this is prose that happens to end in a question mark. */
const LONGEST_QUESTION = 200;

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** A question line read: the words asked, and the answer's opening on the same line (a bold question's). */
interface Asked {
  readonly question: string;
  readonly rest: string;
}

interface Found {
  readonly index: number;
  readonly asked: Asked;
}

export function questionParagraphCards(input: QuestionParagraphInput): RawCard[] {
  const { blocks, consumed } = input;
  const sectionAt = input.pathAt.sectionAt;
  const bySection = new Map<Section | null, Found[]>();
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.type !== 'paragraph' || b.quoted || b.itemEnd !== null || consumed.has(b)) continue;
    const asked = askedBy(b.inline.lines);
    if (asked === null || input.inQuestion(b.line) || opensChoice(blocks, k + 1)) continue;
    const section = sectionAt(b.line);
    const found = bySection.get(section) ?? [];
    found.push({ index: k, asked });
    bySection.set(section, found);
  }
  const cards: RawCard[] = [];
  for (const [section, found] of bySection) {
    if (found.length < RUN) continue;
    const starts = new Set(found.map((f) => f.index));
    const made = found.map((f) => cardOf(f, starts, section, input));
    // Every one answered, or the run is no Q&A note (a list of questions to think about).
    if (made.some((m) => m === null)) continue;
    for (const m of made as Made[]) {
      cards.push(m.card);
      for (const b of m.taken) consumed.add(b);
    }
  }
  return cards;
}

/**
 * The question a paragraph's first line asks, alone on it (plain, or bold as a whole), or bold with its
 * answer after it; null when the line does not ask, is a label, or the next line asks too (a question list).
 */
function askedBy(lines: readonly InlineLine[]): Asked | null {
  const first = lines[0]?.text.trim() ?? '';
  if (first === '' || questionLabel(first) || putsToJudgement(first)) return null;
  if (lines.length === 1 && !/[?？]\s*(?:\*\*|__)?$/.test(first)) return askedOnItsLine(first);
  if (first.length > LONGEST_QUESTION) return null;
  const second = lines[1]?.text ?? '';
  if (isOptionLine(second) || (/[?？]\s*$/.test(second) && looksLikeQuestion(second))) return null;
  const bold = boldQuestionLine(first);
  if (bold !== null && bold.tag === null) return { question: bold.question, rest: bold.answer };
  const words = first.replace(/^(\*\*|__)(.+)\1$/, '$2').trim();
  return /[?？]$/.test(words) && looksLikeQuestion(words) ? { question: words, rest: '' } : null;
}

/**
 * A deck's card on one line, the question and its answer split by the first question mark, as Anki exports
 * and some decks write them (`How do you initialize a working directory? \`terraform init\``).
 */
function askedOnItsLine(line: string): Asked | null {
  const bold = boldQuestionLine(line);
  if (bold !== null) return bold.tag === null ? { question: bold.question, rest: bold.answer } : null;
  // Most paragraph lines ask nothing: no copy of them is made to look for a mark they do not hold.
  if (!line.includes('?') && !line.includes('？')) return null;
  // The first mark that ends a sentence, outside code (`s[::-1]`, `正??反` are no questions).
  const outsideCode = line.includes('`') ? line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) : line;
  const mark = outsideCode.search(/\?(?=\s)|？/);
  if (mark < 0 || mark + 1 > LONGEST_QUESTION) return null;
  const question = line.slice(0, mark + 1).trim();
  const rest = line.slice(mark + 1).trim();
  if (/[?？]\s*$/.test(rest) || !looksLikeQuestion(question)) return null;
  return { question, rest };
}

interface Made {
  readonly card: RawCard;
  readonly taken: readonly Block[];
}

/** The card of one question paragraph: its answer runs to the next question of the run, a heading or a break. */
function cardOf(
  found: Found,
  starts: ReadonlySet<number>,
  section: Section | null,
  input: QuestionParagraphInput,
): Made | null {
  const { blocks, consumed, note } = input;
  const paragraph = blocks[found.index] as Paragraph;
  const after: Block[] = [];
  let before: Block = paragraph;
  for (let k = found.index + 1; k < blocks.length && !starts.has(k); k++) {
    const b = blocks[k] as Block;
    if (b.type === 'heading' || consumed.has(b) || input.pathAt.sectionAt(b.line) !== section) break;
    if (thematicBreakBetween(before, b, note)) break;
    after.push(b);
    before = b;
  }
  const ownAnswer = paragraph.end > paragraph.line || found.asked.rest !== '';
  if (!ownAnswer && after.length === 0) return null;
  const answerStart =
    found.asked.rest !== '' ? paragraph.line : ownAnswer ? paragraph.line + 1 : (after[0] as Block).line;
  const answerEnd = (after.at(-1) ?? paragraph).end;
  const below = note(answerStart === paragraph.line ? paragraph.line + 1 : answerStart, answerEnd);
  const answerText = (answerStart === paragraph.line ? [found.asked.rest, below] : [below])
    .filter((t) => t.trim() !== '')
    .join('\n')
    .trim();
  if (answerText === '' || firstWithin(input.read, paragraph.line - 1, answerEnd) !== null) return null;
  const prompt = cleanPrompt(found.asked.question);
  return {
    card: {
      kind: 'question',
      prompt,
      line: paragraph.line,
      answerStart,
      answerEnd,
      answerText,
      sectionPath: [...input.pathAt(paragraph.line), prompt],
      blocks: after,
      explicitId: null,
      choice: null,
    },
    taken: [paragraph, ...after],
  };
}
