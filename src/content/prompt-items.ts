import type { InlineLine } from './inline-text.ts';
import type { Block, ListItem } from './markdown-blocks.ts';
import { cleanPrompt } from './prompt-text.ts';
import { isOptionLine, questionLabel } from './qa-labels.ts';
import { looksLikeQuestion } from './question-cues.ts';
import { type QuestionParagraphInput, RUN } from './question-paragraphs.ts';
import type { RawCard } from './raw-card.ts';
import type { Section } from './section-tree.ts';
import { firstAfter, firstWithin } from './sorted-lines.ts';

/**
 * Interview lists typed as a bullet per question, its answer on the lines under it with no indent, or in
 * the code block that follows (the fence ends the list):
 *
 *     - 装饰器有多少种␣␣                 - is和==的区别␣␣
 *     函数装饰器和类装饰器                  is比较对象标识符，==比较对象是否相等
 *     - 实现类装饰器                      - GIL
 *     ```python                          全局解释锁，线程须先拿到GIL才能执行
 *     class Decorator: …
 *     ```
 *
 * A bullet is a prompt when its line asks, or ends in a hard break (two spaces, `\`, `<br>`) before its
 * answer: a line the author broke on purpose. Wrapped prose (`- Images are read-only templates` over `used
 * to create containers.`) is neither. One card per prompt, only where a section holds RUN of them and they
 * are most of its top-level bullets; nested lists are the answers' own.
 */
/** What the question-paragraph reader gets, and the note's lines as typed (a hard break is in them only). */
export interface PromptItemInput extends QuestionParagraphInput {
  readonly rawLine: (line: number) => string;
}

const LONGEST_PROMPT = 120;
const HARD_BREAK = /(?: {2,}|\\|<br\s*\/?>)$/i;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;
const TASK_BOX = /^\[[ xX]\]/;
const WHOLLY_BOLD = /^(?:\*\*[^*]+\*\*|__[^_]+__)[:：]?$/;

type List = Extract<Block, { type: 'list' }>;

interface Prompt {
  readonly item: ListItem;
  readonly first: InlineLine;
  /** The answer's first and last lines, and the code block after the list that is the answer. */
  readonly from: number;
  readonly to: number;
  readonly code: Block | null;
}

interface SectionLists {
  readonly lists: List[];
  readonly prompts: Prompt[];
  items: number;
}

export function promptItemCards(input: PromptItemInput): RawCard[] {
  const { blocks, consumed } = input;
  const bySection = new Map<Section | null, SectionLists>();
  let outer: List | null = null;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.type !== 'list') continue;
    // A list inside the one before it is an answer's own.
    if (outer && b.line <= outer.end) continue;
    outer = b;
    if (consumed.has(b) || input.inQuestion(b.line)) continue;
    const section = input.pathAt.sectionAt(b.line);
    const found = bySection.get(section) ?? { lists: [], prompts: [], items: 0 };
    found.lists.push(b);
    found.items += b.items.length;
    b.items.forEach((item, i) => {
      const next = i === b.items.length - 1 ? blocks[k + 1] : undefined;
      const prompt = promptOf(
        item,
        next?.type === 'code' && !consumed.has(next) ? next : null,
        input.rawLine,
      );
      if (prompt) found.prompts.push(prompt);
    });
    bySection.set(section, found);
  }
  const cards: RawCard[] = [];
  for (const { lists, prompts, items } of bySection.values()) {
    if (prompts.length < RUN || prompts.length * 2 < items) continue;
    const last = lists.at(-1) as List;
    const end = Math.max(last.end, prompts.at(-1)?.to ?? 0);
    if (firstWithin(input.read, (lists[0] as List).line - 1, end) !== null) continue;
    for (const p of prompts) cards.push(cardOf(p, input));
    // From the first list on (a binary search: a scan of the note per section would be quadratic).
    const from = (lists[0] as List).line;
    for (let k = firstAfter(blocks, from - 1, (b) => b.line); k < blocks.length; k++) {
      const b = blocks[k] as Block;
      if (b.line > end) break;
      if (b.end <= end) consumed.add(b);
    }
  }
  return cards;
}

/** The bullet as a prompt over its answer, or null. */
function promptOf(item: ListItem, codeAfter: Block | null, rawLine: (line: number) => string): Prompt | null {
  const lines = item.inlines[0]?.lines ?? [];
  const first = lines[0];
  if (!first) return null;
  const text = first.text.trim();
  if (!SAYS_SOMETHING.test(text) || text.length > LONGEST_PROMPT || questionLabel(text) || isOptionLine(text))
    return null;
  const asks = looksLikeQuestion(text);
  // A task box is an option (`- [ ] :` over its code); a term wholly in bold over its meaning is a glossary's.
  // A label ending in a colon (`特点：`) leads into what follows: it asks nothing.
  if (TASK_BOX.test(text) || (!asks && (WHOLLY_BOLD.test(text) || /[:：]$/.test(text)))) return null;
  const broken = HARD_BREAK.test(rawLine(first.line));
  const second = lines[1];
  if (second) {
    if (!(broken || asks) || isOptionLine(second.text)) return null;
    return { item, first, from: second.line, to: item.end, code: null };
  }
  const further = item.inlines[1];
  if (further) return broken || asks ? { item, first, from: further.line, to: item.end, code: null } : null;
  if (codeAfter === null) return null;
  return { item, first, from: codeAfter.line, to: codeAfter.end, code: codeAfter };
}

function cardOf(p: Prompt, input: PromptItemInput): RawCard {
  const prompt = cleanPrompt(p.first.text.replace(/<br\s*\/?>$/i, ''));
  return {
    kind: 'question',
    prompt,
    line: p.item.line,
    answerStart: p.from,
    answerEnd: p.to,
    answerText: input.note(p.from, p.to),
    sectionPath: [...input.pathAt(p.item.line), prompt],
    blocks: p.code ? [p.code] : [],
    explicitId: null,
    choice: null,
  };
}
