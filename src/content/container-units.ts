import { foldShowsAnswer, statedKey } from './choice-syntax.ts';
import type { ContainerPair } from './html-containers.ts';
import type { Block } from './markdown-blocks.ts';
import { numberedFoldCard } from './numbered-folds.ts';
import { stripDecoration } from './question-cues.ts';
import { isNumberingLabel } from './question-numbering.ts';
import { quizCard } from './quiz-blocks.ts';
import { unanswered } from './unit-answer.ts';
import { type NoteText, type UnitOutcome, unitCard } from './unit-card.ts';

/**
 * The HTML containers that are units, one card each: every `<quiz>`, and a `<details>` whose summary asks
 * something (not a fold label such as "Answer" or "Show more"). Each owns every block between its tags:
 * headings inside are part of its answer, never sections.
 */
export interface ContainerUnit {
  readonly pair: ContainerPair;
  readonly blocks: Block[];
  /** The pairs directly inside it (the answer fold of a numbered question). */
  readonly folds: ContainerPair[];
}

/** Summaries that only label a reveal ("Answer", "See deep-dive answer", "Hide/Show table of contents"). */
const REVEAL_LABEL =
  /^(?:(?:show|see|view|click|expand|hide|toggle|open|reveal|display)\b.{0,40}|(?:the\s+)?(?:answer|answers|solution|solutions|hint|hints|explanation|example|examples|details|more|output|result|code|demo|spoiler)s?|答案|参考答案|答案解析|解析|解答|提示|示例|代码|详情|更多|查看.{0,12}|点击.{0,12}|展开.{0,12}|显示.{0,12}|隐藏.{0,12})[\s:：.。!！]*$/i;

/** Is this `<details>` a question with its answer, or a fold inside something else? */
function isUnitSummary(summary: string | null): boolean {
  if (summary === null) return false;
  const text = stripDecoration(summary.replace(/[*_`]/g, ''));
  if (text === '') return true;
  if (statedKey(text) || foldShowsAnswer(text)) return false;
  return !REVEAL_LABEL.test(text);
}

/**
 * The pairs that hold a quiz: a `<details>` around one (`<summary>Quiz 3</summary>`) is a fold, and the
 * quiz inside is the unit. Each ancestor is marked once: the walk up stops at one already marked.
 */
function quizHolders(pairs: readonly ContainerPair[]): Set<number> {
  const holders = new Set<number>();
  for (const pair of pairs) {
    if (pair.tag !== 'quiz') continue;
    for (let q = pair.parent; q !== null && !holders.has(q); q = pairs[q]?.parent ?? null) holders.add(q);
  }
  return holders;
}

/** The units, outermost only (one nested in a unit is part of its answer), each with its blocks. */
export function containerUnits(pairs: readonly ContainerPair[], blocks: readonly Block[]): ContainerUnit[] {
  const holders = quizHolders(pairs);
  const units = pairs.map((p, k) => p.tag === 'quiz' || (!holders.has(k) && isUnitSummary(p.summary)));
  const insideUnit = (p: ContainerPair): boolean => {
    for (let q = p.parent; q !== null; q = pairs[q]?.parent ?? null) if (units[q]) return true;
    return false;
  };
  const chosen = pairs.flatMap((p, k) => (units[k] && !insideUnit(p) ? [k] : []));
  const folds = new Map<number, ContainerPair[]>(chosen.map((k) => [k, []]));
  for (const p of pairs) if (p.parent !== null) folds.get(p.parent)?.push(p);
  // Units are disjoint and in document order: one walk over the blocks gives each its own.
  const out: ContainerUnit[] = [];
  let b = 0;
  for (const k of chosen) {
    const pair = pairs[k] as ContainerPair;
    while (b < blocks.length && (blocks[b] as Block).line < pair.open) b++;
    const own: Block[] = [];
    while (b < blocks.length && (blocks[b] as Block).line <= pair.close) own.push(blocks[b++] as Block);
    out.push({ pair, blocks: own, folds: folds.get(k) ?? [] });
  }
  return out;
}

/**
 * A unit's card: the quiz's question and options, the summary's question with the answer inside, or under
 * a summary that only numbers it, the question written in its body.
 */
export function containerUnitCard(unit: ContainerUnit, path: readonly string[], note: NoteText): UnitOutcome {
  const { pair } = unit;
  if (pair.tag === 'quiz') return quizCard({ pair, blocks: unit.blocks, path, note });
  const prompt = pair.summary ?? '';
  if (prompt.trim() === '') return { problem: unanswered(pair.summaryLine, prompt) };
  if (isNumberingLabel(prompt)) return numberedFoldCard({ ...unit, path, note });
  return unitCard({
    prompt,
    line: pair.summaryLine,
    sectionPath: [...path, prompt],
    scope: unit.blocks,
    stemFrom: pair.contentFrom,
    note,
    explicitId: null,
  });
}
