import { optionGroupAt } from './author-choices.ts';
import { foldShowsAnswer, keyLettersAlone } from './choice-syntax.ts';
import type { ContainerPair } from './html-containers.ts';
import { joinLines } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { cleanPrompt } from './prompt-text.ts';
import { asksOrBlanks } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { type NoteText, unitCard } from './unit-card.ts';

/**
 * Flashcards written as a question paragraph over a fold that hides its answer:
 *
 *     **Q1:** What is Linux?
 *     <details>
 *     <summary>Answer</summary>
 *
 *     Linux is a free, open-source operating system kernel …
 *
 *     </details>
 *
 * The paragraph asks, the fold answers (blank lines, lists and code included): one card. A fold whose
 * content is a key to options above it is that question's key (author-choices.ts), not an answer.
 */
export interface AnswerFoldInput {
  readonly blocks: readonly Block[];
  readonly containers: readonly ContainerPair[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  readonly note: NoteText;
}

export function answerFoldCards(input: AnswerFoldInput): { cards: RawCard[]; problems: LocalProblem[] } {
  const { blocks, containers, consumed, pathAt, note } = input;
  const cards: RawCard[] = [];
  const problems: LocalProblem[] = [];
  let b = 0;
  for (const pair of containers) {
    if (pair.tag !== 'details' || pair.parent !== null || !foldShowsAnswer(pair.summary ?? '')) continue;
    // The block right above the fold, and the fold's own blocks.
    while (b < blocks.length && (blocks[b] as Block).line < pair.open) b++;
    const above = blocks[b - 1];
    const inside: Block[] = [];
    for (let k = b; k < blocks.length && (blocks[k] as Block).line <= pair.close; k++)
      if ((blocks[k] as Block).line >= pair.contentFrom) inside.push(blocks[k] as Block);
    if (above?.type !== 'paragraph' || consumed.has(above) || inside.some((x) => consumed.has(x))) continue;
    const text = above.inline.text;
    if (!(asksOrBlanks(text) || Q_LABEL.test(text)) || optionGroupAt(blocks, b - 1) || holdsKey(inside))
      continue;
    const prompt = cleanPrompt(joinLines(above.inline.text));
    const made = unitCard({
      prompt,
      line: above.line,
      sectionPath: [...pathAt(above.line), prompt],
      scope: inside,
      stemFrom: above.end + 1,
      note,
      explicitId: null,
    });
    if ('problem' in made) problems.push(made.problem);
    else cards.push(made.card);
    consumed.add(above);
    for (const x of inside) consumed.add(x);
  }
  return { cards, problems };
}

/** A question labelled as one, whatever its wording (`**Q3:** Name 5 core components…`). */
const Q_LABEL = /^(?:\*\*|__)?(?:q|question)\s*\d{0,4}(?:\*\*|__)?\s*[:：.](?:\*\*|__)?\s*\S/i;

/** The fold opens with a key's letters alone (`C`, `- b`): the key of options, not an answer. */
function holdsKey(inside: readonly Block[]): boolean {
  const first = inside[0];
  const line =
    first?.type === 'paragraph'
      ? first.inline.lines[0]?.text
      : first?.type === 'list'
        ? first.items[0]?.inlines[0]?.text
        : undefined;
  return line !== undefined && keyLettersAlone(line) !== null;
}
