import { findOptionGroup } from './author-choices.ts';
import { labelledAnswer, statedKey } from './choice-syntax.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { unanswered } from './unit-answer.ts';
import { choiceCard, type NoteText } from './unit-card.ts';

/**
 * Quiz items: a list item whose paragraph asks and whose own content answers, one card each.
 *
 *     1. Which service stores objects …?            41. 传统的单核CPU由运算器和______组成。
 *         - A. Amazon Glacier                           正确答案：控制器
 *         - B. Amazon S3
 *         <details><summary>Answer</summary> Correct Answer: B … </details>
 *
 * The options and the key (in the item, in a fold inside it, or on the last option's line) make a choice
 * card; an answer stated after the question ("正确答案：…", "Answer: …") makes a question card. The item's
 * opening paragraph knows where the item ends (`itemEnd`, see container-lists.ts); an item that is neither
 * is left to the section it stands in.
 */
export interface QuestionItemsInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  readonly note: NoteText;
}

export interface QuestionItemsResult {
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
  /** Line of each item made a card, in order. */
  readonly lines: number[];
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;

export function questionItemCards(input: QuestionItemsInput): QuestionItemsResult {
  const { blocks, consumed, pathAt, note } = input;
  const cards: RawCard[] = [];
  const problems: LocalProblem[] = [];
  const lines: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const opening = blocks[i] as Block;
    if (opening.type !== 'paragraph' || opening.itemEnd === null || consumed.has(opening)) continue;
    const itemEnd = opening.itemEnd;
    let end = i + 1;
    while (end < blocks.length && (blocks[end] as Block).line <= itemEnd) end++;
    const scope = blocks.slice(i + 1, end).filter((b) => !consumed.has(b));
    const made = itemCard(opening, scope, pathAt, note);
    if (made === null) continue;
    consumed.add(opening);
    for (const b of scope) consumed.add(b);
    lines.push(opening.line);
    if ('problem' in made) problems.push(made.problem);
    else cards.push(made.card);
    i = end - 1;
  }
  return { cards, problems, lines };
}

function itemCard(
  opening: Paragraph,
  scope: readonly Block[],
  pathAt: (line: number) => readonly string[],
  note: NoteText,
): { card: RawCard } | { problem: LocalProblem } | null {
  const asked = opening.inline.lines;
  const labelAt = asked.findIndex(
    (l, k) => k > 0 && labelledAnswer(l.text) !== null && statedKey(l.text) === null,
  );
  const line = opening.line;
  if (labelAt < 0) {
    // The options may follow the question in its own paragraph (`A. …` lines), or in the blocks below.
    const all = [opening, ...scope];
    const group = findOptionGroup(all);
    if (!group || group.todo || (group.correct.length === 0 && !group.keyStated)) return null;
    const lead = group.firstBlock === 0 ? group.leadLines : asked;
    const prompt = promptOf(lead);
    // Boxes under an item that neither asks nor states a key are a checklist, not a quiz.
    if (prompt === '' || (group.letters === null && !group.keyStated && !asksOrBlanks(prompt))) return null;
    const sectionPath = [...pathAt(line), prompt];
    return choiceCard(
      { prompt, line, sectionPath, scope: all, stemFrom: opening.end + 1, note, explicitId: null },
      group,
      all.length,
    );
  }
  const prompt = promptOf(asked.slice(0, labelAt));
  const card = statedAnswerCard(prompt, line, [...pathAt(line), prompt], asked.slice(labelAt), scope, note);
  return card.answerText === '' ? { problem: unanswered(line, prompt) } : { card };
}

const promptOf = (lines: readonly InlineLine[]): string =>
  joinLines(lines.map((l) => l.text).join('\n')).trim();

/** The answer written after its label, with the rest of the item under it. */
function statedAnswerCard(
  prompt: string,
  line: number,
  sectionPath: readonly string[],
  answerLines: readonly InlineLine[],
  scope: readonly Block[],
  note: NoteText,
): RawCard {
  const [label, ...rest] = answerLines as [InlineLine, ...InlineLine[]];
  const first = [labelledAnswer(label.text) ?? '', ...rest.map((l) => l.text)]
    .filter((t) => t !== '')
    .join('\n');
  const last = scope[scope.length - 1];
  const below = scope[0] && last ? note(scope[0].line, last.end) : '';
  return {
    kind: 'question',
    prompt,
    line,
    answerStart: label.line,
    answerEnd: last?.end ?? answerLines[answerLines.length - 1]?.line ?? label.line,
    answerText: [first, below].filter((t) => t !== '').join('\n\n'),
    sectionPath,
    blocks: [...scope],
    explicitId: null,
    choice: null,
  };
}
