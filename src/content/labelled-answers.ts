import { labelledAnswer, statedKey } from './choice-syntax.ts';
import type { InlineLine } from './inline-text.ts';
import { judgedByVerdict, judgementCard, verdictOf } from './judgements.ts';
import type { Block } from './markdown-blocks.ts';
import { asksOrBlanks } from './question-cues.ts';
import type { RawCard } from './raw-card.ts';
import { isContent } from './unit-answer.ts';
import type { NoteText } from './unit-card.ts';

/**
 * Exercises answered by a reference answer after them, in a topic section (an exam's "三、综合题"):
 *
 *     51. 在/tmp/source目录下有一个只读test.c文件如下：        ← the exercise: everything up to the label,
 *         ```c …                                               its code and its numbered blanks included
 *     用户当前在 / 目录下，进行如下操作：(1)______ …
 *
 *     参考答案：                                                 ← the answer: the label's paragraph
 *     (1) mkdir /tmp/target …
 *
 * Each exercise with its answer is one question card; the next exercise starts after the answer. The first
 * starts at the first numbered item, question or blank to fill: what comes before it explains the topic
 * (`lead`, an explain card of its own: "…口诀…" then "下面来看一个高频笔试题：…的值是？"). Null when the blocks
 * hold no such label, or something would be left over that belongs to no exercise.
 */
export function labelledAnswerCards(
  blocks: readonly Block[],
  sectionPath: readonly string[],
  note: NoteText,
): { cards: RawCard[]; lead: Block[] } | null {
  const labels: number[] = [];
  for (let k = 0; k < blocks.length; k++) if (labelsAnswer(blocks[k] as Block)) labels.push(k);
  if (labels.length === 0) return null;
  const cards: RawCard[] = [];
  const opening = blocks.findIndex((b, k) => k < (labels[0] as number) && opensExercise(b));
  if (opening < 0) return null;
  let start = opening;
  for (const at of labels) {
    const asked = blocks.slice(start, at).filter(isContent);
    const label = blocks[at] as Extract<Block, { type: 'paragraph' }>;
    const [head, ...rest] = label.inline.lines as [InlineLine, ...InlineLine[]];
    const inline = [labelledAnswer(head.text) ?? '', ...rest.map((l) => l.text)].filter((t) => t !== '');
    // "参考答案：" alone on its line: the answer is the block after it.
    const next = inline.length === 0 ? blocks[at + 1] : undefined;
    const answerText = inline.length > 0 ? inline.join('\n') : next ? note(next.line, next.end) : '';
    if (asked.length === 0 || answerText === '') return null;
    const prompt = exerciseText(asked);
    const first = asked[0] as Block;
    const verdict = verdictOf(answerText);
    start = next ? at + 2 : at + 1;
    if (verdict && judgedByVerdict(prompt)) {
      const at = { verdictLine: label.line, answerEnd: next?.end ?? label.end, explicitId: null };
      const judged = { ...at, statement: prompt, line: first.line, explanation: verdict.explanation };
      cards.push(judgementCard({ ...judged, truth: verdict.truth, sectionPath: [...sectionPath, prompt] }));
      continue;
    }
    cards.push({
      kind: 'question',
      prompt,
      line: first.line,
      answerStart: label.line,
      answerEnd: next?.end ?? label.end,
      answerText,
      sectionPath: [...sectionPath, prompt],
      blocks: [],
      explicitId: null,
      choice: null,
    });
  }
  return blocks.slice(start).some(isContent) ? null : { cards, lead: blocks.slice(0, opening) };
}

/** A paragraph that opens with an answer label ("参考答案：", "Answer: 53"), not a key to options. */
export function labelsAnswer(b: Block): boolean {
  const first = b.type === 'paragraph' ? b.inline.lines[0]?.text : undefined;
  if (first === undefined || !(first.includes('答') || /answer/i.test(first))) return false;
  return labelledAnswer(first) !== null && statedKey(first) === null;
}

/** A numbered item, a question or a blank to fill opens an exercise; explanation does not. */
function opensExercise(block: Block): boolean {
  if (block.type === 'list') return block.ordered;
  return block.type === 'paragraph' && asksOrBlanks(block.inline.text);
}

/** The exercise as Markdown, from its blocks: a fence left open in the note is closed where its block ends. */
function exerciseText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let listEnd = 0;
  for (const b of blocks) {
    if (b.type === 'code') {
      // Code inside a list item was written with the item.
      if (b.line <= listEnd) continue;
      parts.push(fenced(b.info, b.content));
    } else if (b.type === 'paragraph' || b.type === 'heading') {
      parts.push(b.inline.lines.map((l) => l.text).join('\n'));
    } else if (b.type === 'list') {
      listEnd = b.end;
      parts.push(
        b.items
          .map((item, k) => {
            const words = item.inlines.map((i) => i.lines.map((l) => l.text).join('\n')).join('\n');
            const code = item.code.map((c) => fenced('', c));
            return [`${b.ordered ? `${k + 1}.` : '-'} ${words}`, ...code].join('\n');
          })
          .join('\n'),
      );
    }
  }
  return parts.join('\n\n');
}

const fenced = (info: string, content: string): string =>
  `\`\`\`${info}\n${content.replace(/\s+$/, '')}\n\`\`\``;
