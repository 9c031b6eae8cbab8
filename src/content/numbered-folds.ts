import { foldShowsAnswer } from './choice-syntax.ts';
import type { ContainerPair } from './html-containers.ts';
import { joinLines } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { isContent, unanswered } from './unit-answer.ts';
import { answeredCard, authorChoiceCard, type NoteText, type UnitOutcome } from './unit-card.ts';

/**
 * A `<details>` whose summary only numbers it, as interview notes write each question:
 *
 *     <details><summary>Question 4</summary>        ← a number, not the question
 *     What do the following lines output, and why?  ← the question, with the code it asks about
 *         console.log(1 < 2 < 3);
 *     <details><summary>Answer</summary>            ← the answer: this fold's content
 *     …
 *     </details></details>
 *
 * With no fold that shows the answer, the first paragraph (and code right after it) asks and the rest
 * answers.
 */
export interface NumberedFold {
  readonly pair: ContainerPair;
  /** Every block between the unit's tags. */
  readonly blocks: readonly Block[];
  /** The pairs directly inside it. */
  readonly folds: readonly ContainerPair[];
  readonly path: readonly string[];
  readonly note: NoteText;
}

const showsAnswer = (summary: string | null): boolean => summary !== null && foldShowsAnswer(summary);

type Paragraph = Extract<Block, { type: 'paragraph' }>;

export function numberedFoldCard(unit: NumberedFold): UnitOutcome {
  const { pair, note } = unit;
  const body = unit.blocks.filter((b) => b.line >= pair.contentFrom);
  const fold = unit.folds.find((f) => showsAnswer(f.summary));
  const asked = fold ? body.filter((b) => b.end < fold.open).filter(isContent) : openingQuestion(body);
  const words = asked.find((b): b is Paragraph => b.type === 'paragraph');
  if (!words) return { problem: unanswered(pair.summaryLine, '') };
  const question = joinLines(words.inline.text);
  const afterWords = body.filter((b) => b.line > words.end);
  const sectionPath = [...unit.path, question];
  // Options under the question with their key (in the answer fold or not) ask it as a choice: its stem is
  // the question with what stands between it and the options.
  const choice = authorChoiceCard({
    prompt: question,
    line: words.line,
    sectionPath,
    scope: afterWords,
    stemFrom: words.end + 1,
    note,
    explicitId: null,
  });
  if (choice) return choice;
  const last = asked[asked.length - 1] as Block;
  const prompt = note((asked[0] as Block).line, last.end);
  const answer = fold
    ? body.filter((b) => b.line >= fold.contentFrom && b.end <= fold.contentTo)
    : body.filter((b) => b.line > last.end);
  return answeredCard({
    prompt,
    line: words.line,
    sectionPath,
    scope: answer,
    stemFrom: last.end + 1,
    note,
    explicitId: null,
  });
}

/** Without an answer fold, the question is the first paragraph with the code right after it. */
function openingQuestion(body: readonly Block[]): Block[] {
  const at = body.findIndex(isContent);
  if (body[at]?.type !== 'paragraph') return [];
  const out = [body[at] as Block];
  for (let k = at + 1; k < body.length; k++) {
    const b = body[k] as Block;
    if (b.type === 'code') out.push(b);
    else if (isContent(b)) break;
  }
  return out;
}
