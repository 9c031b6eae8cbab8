import { optionGroupAt } from './author-choices.ts';
import { isAnswerLabelAlone } from './choice-syntax.ts';
import { labelsAnswer } from './labelled-answers.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks } from './question-cues.ts';
import { isFieldLines, isNumberingOnly } from './question-numbering.ts';
import type { Section } from './section-tree.ts';
import { isContent } from './unit-answer.ts';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** A numbered section read as one question: the paragraph that asks, and the blocks after it. */
export interface NumberedUnit {
  readonly question: Paragraph;
}

/**
 * The question of a section whose heading is only its number, or null when the section is no such unit.
 * `own` is the section's text up to its first sub-section. The unit is one question when its first
 * paragraph is followed by the options it asks about, or is answered under an answer heading (`### Answer`,
 * `### 答案`), or asks (a question, a blank to fill) and is answered below; a section holding two option
 * groups is a run of questions, each read where it stands.
 */
export function numberedUnit(section: Section, own: readonly Block[]): NumberedUnit | null {
  if (!isNumberingOnly(section.title)) return null;
  // The question's fields (`**类型：** 单选题`) above it are no question.
  const at = own.findIndex(
    (b) => isContent(b) && !(b.type === 'paragraph' && isFieldLines(b.inline.lines.map((l) => l.text))),
  );
  const question = own[at];
  // A paragraph that holds its options too is read where it stands, its first lines asking.
  if (question?.type !== 'paragraph' || question.quoted || optionGroupAt(own, at)) return null;
  const rest = own.slice(at + 1);
  const answerHeading = section.children.some((c) => isAnswerLabelAlone(c.title) && c.blocks.some(isContent));
  if (!answerHeading && !rest.some(isContent)) return null;
  const groups = optionGroups(own, at);
  if (groups > 1) return null;
  if (groups === 1 || answerHeading) return { question };
  // An exercise with its reference answer ("参考答案：…") is read by the labelled-answer reader, its code
  // with it; a long paragraph that holds a question mark somewhere is a chapter's prose, not a question.
  const text = question.inline.text;
  return asksOrBlanks(text) && text.length <= QUESTION_MAX && !rest.some(labelsAnswer) ? { question } : null;
}

/** The longest paragraph read as the question under a bare number (a question bank's are a line or two). */
const QUESTION_MAX = 300;

/** How many option groups start in `blocks` (from the one at `from` on), counting each once. */
function optionGroups(blocks: readonly Block[], from: number): number {
  let count = 0;
  for (let i = from; i < blocks.length; i++) {
    const group = optionGroupAt(blocks, i);
    if (!group) continue;
    count++;
    i = Math.max(i, group.lastBlock);
  }
  return count;
}
