import { findOptionGroup } from './author-choices.ts';
import { boldQuestionLine } from './bold-questions.ts';
import { labelCaseIn, labelledAnswer, statedKey } from './choice-syntax.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import { closingVerdict, judgedByVerdict, judgementCard, openingWords, verdictOf } from './judgements.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks, judgesStatement, putsToJudgement } from './question-cues.ts';
import { withoutNumberingLines } from './question-numbering.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { withStemKey } from './stated-key.ts';
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
 * card; an answer stated after the question ("正确答案：…", "Answer: …"), or after a bold question on its line
 * (`1. [并发] **channel 有什么用？** 用于 goroutine 之间通信。`, bold-questions.ts), makes a question card, a
 * bracketed tag before the question its topic. The item's
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
    let scope = blocks.slice(i + 1, end).filter((b) => !consumed.has(b));
    let made = itemCard(opening, scope, pathAt, note);
    // Options in the item with their key written after it (`1. …。` `A. 正确 B. 错误`, then a `::: tip`
    // holding `正确答案：B`): the key's blocks are the item's too.
    const after = made === null ? keyAfterItem(opening, scope, blocks, end, consumed) : null;
    if (after) {
      scope = [...scope, ...after];
      end += after.length;
      made = itemCard(opening, scope, pathAt, note);
    }
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

/** How many blocks after an item its options' key may stand in (a fold's marker, a label, the key). */
const KEY_REACH = 4;

/**
 * The blocks after an item up to the key of the options in it, when the item has options and no key and
 * a key follows before the next item: else null.
 */
function keyAfterItem(
  opening: Paragraph,
  scope: readonly Block[],
  blocks: readonly Block[],
  end: number,
  consumed: ReadonlySet<Block>,
): Block[] | null {
  const own = findOptionGroup([opening, ...scope]);
  if (own === null || own.keyStated || own.correct.length > 0 || own.letters === null) return null;
  const after: Block[] = [];
  for (let k = end; k < blocks.length && after.length < KEY_REACH; k++) {
    const b = blocks[k] as Block;
    if (consumed.has(b) || b.type === 'heading' || (b.type === 'paragraph' && b.itemEnd !== null)) break;
    after.push(b);
  }
  const found = findOptionGroup([opening, ...scope, ...after]);
  if (found === null || found.correct.length === 0) return null;
  const used = found.lastBlock - scope.length;
  return used >= 1 ? after.slice(0, used) : null;
}

function itemCard(
  opening: Paragraph,
  scope: readonly Block[],
  pathAt: (line: number) => readonly string[],
  note: NoteText,
): { card: RawCard } | { problem: LocalProblem } | null {
  const asked = opening.inline.lines;
  // "Answer: c" under options lettered `a.` … is their key, not an answer in words.
  const labels = labelCaseIn(asked.map((l) => l.text));
  const labelAt = asked.findIndex(
    (l, k) => k > 0 && labelledAnswer(l.text) !== null && statedKey(l.text, labels) === null,
  );
  const line = opening.line;
  if (labelAt < 0) {
    // The options may follow the question in its own paragraph (`A. …` lines), or in the blocks below.
    const all = [opening, ...scope];
    const found = findOptionGroup(all);
    // The key may stand in the question's blank (`…错误的是【 D 】`): the question then asks with it blank.
    const stemKeyed = found
      ? withStemKey(found, promptOf(found.firstBlock === 0 ? found.leadLines : asked))
      : null;
    const group = stemKeyed?.group;
    if (!stemKeyed || !group || group.todo || (group.correct.length === 0 && !group.keyStated))
      return (
        judgedItemCard({ asked, line, pathAt, scope, note }) ??
        oneLineCard({ asked, line, pathAt, scope, note })
      );
    const prompt = stemKeyed.prompt;
    // Boxes under an item that neither asks nor states a key are a checklist, not a quiz; True and False
    // under a statement ask it.
    const asks = asksOrBlanks(prompt) || judgesStatement(group.options);
    if (prompt === '' || (group.letters === null && !group.keyStated && !asks)) return null;
    const sectionPath = [...pathAt(line), prompt];
    return choiceCard(
      { prompt, line, sectionPath, scope: all, stemFrom: opening.end + 1, note, explicitId: null },
      group,
      all.length,
    );
  }
  const prompt = promptOf(asked.slice(0, labelAt));
  const [label, ...rest] = asked.slice(labelAt) as [InlineLine, ...InlineLine[]];
  const answer = { first: labelledAnswer(label.text) ?? '', line: label.line, rest };
  const verdict = verdictOf(answer.first);
  if (verdict && judgedByVerdict(prompt)) {
    const said = [verdict.explanation, ...rest.map((l) => l.text)];
    const end = rest[rest.length - 1]?.line ?? label.line;
    return itemJudgement(
      prompt,
      line,
      pathAt,
      { ...verdict, line: label.line, said, end },
      scope,
      scope,
      note,
    );
  }
  const card = statedAnswerCard(prompt, line, [...pathAt(line), prompt], answer, scope, note);
  return card.answerText === '' ? { problem: unanswered(line, prompt) } : { card };
}

/** An item read as a card of its own: the lines that ask, where it stands, and the blocks under it. */
interface AnsweredItem {
  readonly asked: readonly InlineLine[];
  readonly line: number;
  readonly pathAt: (line: number) => readonly string[];
  readonly scope: readonly Block[];
  readonly note: NoteText;
}

/**
 * A statement closing with its verdict (`1. 进程是资源分配的基本单位。（√）`), or put to judgement ("(T/F) …")
 * with the verdict opening what is under it (`- False`), as a True / False choice (judgements.ts).
 */
function judgedItemCard({ asked, line, pathAt, scope, note }: AnsweredItem): { card: RawCard } | null {
  const prompt = promptOf(asked);
  const closing = closingVerdict(prompt);
  const [first, ...rest] = scope;
  const verdict = closing ? null : first && putsToJudgement(prompt) ? verdictOf(openingWords(first)) : null;
  if (!closing && !verdict) return null;
  const statement = closing?.statement ?? prompt;
  const truth = closing?.truth ?? verdict?.truth ?? false;
  const said = [verdict?.explanation ?? ''];
  const at = closing ? line : (first?.line ?? line);
  return itemJudgement(
    statement,
    line,
    pathAt,
    { truth, line: at, said, end: line },
    closing ? scope : rest,
    scope,
    note,
  );
}

/** Where an item's verdict stands, what the author said after it, and the item's last line when nothing follows. */
interface ItemVerdict {
  readonly truth: boolean;
  readonly line: number;
  readonly said: readonly string[];
  readonly end: number;
}

/** The item's statement as a True / False card, explained by what is said after the verdict and the blocks under it. */
function itemJudgement(
  statement: string,
  line: number,
  pathAt: (line: number) => readonly string[],
  verdict: ItemVerdict,
  explained: readonly Block[],
  scope: readonly Block[],
  note: NoteText,
): { card: RawCard } {
  const last = scope[scope.length - 1];
  const below = explained[0] && last ? note(explained[0].line, last.end) : '';
  const card = judgementCard({
    statement,
    line,
    sectionPath: [...pathAt(line), statement],
    truth: verdict.truth,
    verdictLine: verdict.line,
    answerEnd: last?.end ?? verdict.end,
    explanation: [...verdict.said, below].filter((t) => t !== '').join('\n\n'),
    explicitId: null,
  });
  return { card };
}

/** `**Q?** answer` on the item's first line, the rest of the item continuing the answer. */
function oneLineCard({ asked, line, pathAt, scope, note }: AnsweredItem): { card: RawCard } | null {
  const [first, ...rest] = asked as [InlineLine, ...InlineLine[]];
  const read = boldQuestionLine(first.text);
  if (read === null) return null;
  const prompt = joinLines(read.question).trim();
  const path = pathAt(line);
  // A tag naming the section it stands in (`[并发]` under `## 并发`) files it nowhere new.
  const tagged = read.tag !== null && read.tag !== path[path.length - 1] ? [read.tag] : [];
  const sectionPath = [...path, ...tagged, prompt];
  const answer = { first: read.answer, line: first.line, rest };
  return { card: statedAnswerCard(prompt, line, sectionPath, answer, scope, note) };
}

/** The question's words, without a line above them that only numbers it (`Question 1`). */
const promptOf = (lines: readonly InlineLine[]): string =>
  joinLines(withoutNumberingLines(lines.map((l) => l.text).join('\n'))).trim();

/** An answer's first words (after its label, or after the question on its line) and the lines under them. */
interface StatedAnswer {
  readonly first: string;
  readonly line: number;
  readonly rest: readonly InlineLine[];
}

/** The answer stated in the item, with the rest of the item under it. */
function statedAnswerCard(
  prompt: string,
  line: number,
  sectionPath: readonly string[],
  answer: StatedAnswer,
  scope: readonly Block[],
  note: NoteText,
): RawCard {
  const { rest } = answer;
  const first = [answer.first, ...rest.map((l) => l.text)].filter((t) => t !== '').join('\n');
  const last = scope[scope.length - 1];
  const below = scope[0] && last ? note(scope[0].line, last.end) : '';
  return {
    kind: 'question',
    prompt,
    line,
    answerStart: answer.line,
    answerEnd: last?.end ?? rest[rest.length - 1]?.line ?? answer.line,
    answerText: [first, below].filter((t) => t !== '').join('\n\n'),
    sectionPath,
    blocks: [...scope],
    explicitId: null,
    choice: null,
  };
}
