import { boldQuestionLine } from './bold-questions.ts';
import { labelledAnswer, letteredOption, statedKey, TASK_MARK } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';
import { indentOf, outdented } from './line-indent.ts';
import { hasCardTag } from './logseq-text.ts';
import { looksLikeQuestion } from './question-cues.ts';
import { linesOf } from './text-lines.ts';

/**
 * Notes kept as one nested bullet outline, with no headings or few: each top-level bullet that has
 * sub-bullets under it is a unit, its text the title, the sub-bullets its content:
 *
 *     * 数据库索引                      ← a group title: no sub-bullets, the units below it are its own
 *     * 关键词                          ← a label: neither a question nor a topic
 *        * B+树
 *     * 为什么使用B+树                   ← asks: a question, the sub-bullets its answer
 *        * 跳表在极端情况下会退化为链表 …
 *     * 索引失效的情况                   ← names a topic: read as a heading over its points is
 *        * 使用like、!=模糊查询
 *
 * Each such bullet becomes a heading one level under the heading it stands under (group titles one level
 * above their units), and its sub-bullets lose the bullet's indentation, so the outline is read as the same
 * note written with headings is. Line numbers do not change.
 *
 * Only a run of top-level bullets that is an outline throughout: one bullet at least asks and has
 * sub-bullets, every bullet without sub-bullets is a label or titles the units after it, and the run ends
 * its section (the text after a list is not its last bullet's). A list of
 * points (no sub-bullets, or none that asks, or a point left alone between units) stays a list; so do to-do
 * lists and quiz items (options, a key or an answer label under a question: question-items.ts reads them).
 */
export interface OutlineRead {
  readonly text: string;
  /** Lines (1-based) of the headings made from labels (`* 关键词`, `- TL;DR`): no card of their own. */
  readonly labelLines: ReadonlySet<number>;
}

const TOP_BULLET = /^[-*+]([ \t]+)(\S.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^(?:[-*_][ \t]*){3,}$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
/** Answers in folds and containers are read by their own readers. */
const CONTAINER = /<\/?(?:details|summary|quiz)\b|^\s*(?::::|\?\?\?|!!!)/i;
/** Words that label what follows rather than state it: keywords, tags, a summary. */
const LABEL = /^(?:关键词|关键字|标签|key ?words?|tags?|tl;? ?dr)\s*(?:[:：].*)?$/i;

type Kind = 'question' | 'topic' | 'label' | 'leaf';

interface Bullet {
  /** Index of the bullet's line. */
  readonly at: number;
  /** Index after its last line (the next bullet's, or the run's end). */
  readonly end: number;
  readonly text: string;
  readonly kind: Kind;
  /** Columns the sub-bullets stand in: taken off when the bullet becomes a heading. */
  readonly indent: number;
}

/**
 * Same as `/^[-*+][ \t]/m.test(text)`, line by line: the pattern tried every position of every note. The
 * pattern's other line ends (\r, U+2028, U+2029) are left to it.
 */
function hasTopBulletLine(text: string): boolean {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'))
    return /^[-*+][ \t]/m.test(text);
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    if ((c === 0x2d || c === 0x2a || c === 0x2b) && (next === 0x20 || next === 0x09)) return true;
    const end = text.indexOf('\n', at);
    if (end < 0) break;
    at = end + 1;
  }
  return false;
}

export function withOutlineHeadings(text: string): OutlineRead {
  const none: OutlineRead = { text, labelLines: new Set() };
  // Cheap first: most notes have no top-level bullet followed by an indented one.
  if (!hasTopBulletLine(text) || !/\n[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]/.test(text)) return none;
  let lines: readonly string[] = linesOf(text);
  let written: string[] | null = null;
  const labelLines = new Set<number>();
  let level = 0;
  const inCode = fenceTracker();
  let changed = false;
  let folds = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      level = (heading[1] as string).length;
      continue;
    }
    // A fold's or a container's own bullets are its content, not units.
    folds = Math.max(0, folds + foldChange(line));
    if (folds !== 0 || !isTopBullet(line)) continue;
    const run = readRun(lines, i);
    if (run.bullets !== null && endsSection(lines, run.end) && isOutline(run.bullets)) {
      // Rewritten in a copy: the split lines are shared (text-lines.ts).
      written ??= [...lines];
      lines = written;
      rewrite(written, run.bullets, level, labelLines);
      changed = true;
    }
    // A run that is no outline is not read again from its next bullet on.
    i = run.end - 1;
  }
  return changed ? { text: lines.join('\n'), labelLines } : none;
}

/**
 * Text after the run up to the next heading would become the last unit's answer once its bullets are
 * headings: the run is read as an outline only when a heading or the end of the note follows it.
 */
function endsSection(lines: readonly string[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k] as string;
    if (line.trim() !== '') return HEADING.test(line);
  }
  return true;
}

/** +1 for a line opening a `<details>`, `<quiz>` or `::: name` container, -1 for one closing it. */
function foldChange(line: string): number {
  if (line.startsWith(':::')) return /^:{3,}\s*$/.test(line) ? -1 : 1;
  if (!line.includes('<')) return 0;
  const opens = (line.match(/<(?:details|quiz)\b/gi) ?? []).length;
  const closes = (line.match(/<\/(?:details|quiz)>/gi) ?? []).length;
  return opens - closes;
}

const isTopBullet = (line: string): boolean => TOP_BULLET.test(line) && !THEMATIC_BREAK.test(line.trim());

/**
 * The top-level bullets from line `start` on, up to a line at the margin that is no bullet; no bullets
 * when the run is no outline whatever they say (a to-do list, quiz items, a bullet that goes on over more
 * lines, text not indented under its bullet). `end` is where reading goes on.
 */
function readRun(lines: readonly string[], start: number): { bullets: Bullet[] | null; end: number } {
  const bullets: Bullet[] = [];
  let broken = false;
  let i = start;
  while (i < lines.length && isTopBullet(lines[i] as string)) {
    let end = i + 1;
    while (end < lines.length) {
      const next = lines[end] as string;
      if (next.trim() !== '' && indentOf(next) === 0) break;
      end++;
    }
    const bullet = readBullet(lines, i, end);
    if (bullet === null) broken = true;
    else bullets.push(bullet);
    i = end;
  }
  // Blank lines before the next text are not the last bullet's.
  return { bullets: broken ? null : trimmedLast(lines, bullets), end: i };
}

function trimmedLast(lines: readonly string[], bullets: Bullet[]): Bullet[] {
  const last = bullets[bullets.length - 1];
  if (!last) return bullets;
  let end = last.end;
  while (end > last.at + 1 && (lines[end - 1] as string).trim() === '') end--;
  bullets[bullets.length - 1] = { ...last, end };
  return bullets;
}

/** One top-level bullet (lines at..end), or null when it is none an outline is made of. */
function readBullet(lines: readonly string[], at: number, end: number): Bullet | null {
  const m = TOP_BULLET.exec(lines[at] as string) as RegExpExecArray;
  const text = (m[2] as string).trim();
  // A Logseq `#card` block is a flashcard of its own (logseq-cards.ts), not a bullet of an outline.
  if (
    TASK_MARK.test(text) ||
    text.startsWith('#') ||
    boldQuestionLine(text) !== null ||
    CONTAINER.test(text) ||
    hasCardTag(text)
  )
    return null;
  const gap = m[1] as string;
  // Where the bullet's content starts (five spaces or more after the marker are one, then code).
  const width = gap.includes('\t') ? 4 : gap.length > 4 ? 2 : 1 + gap.length;
  let first = -1;
  let indent = Number.POSITIVE_INFINITY;
  for (let k = at + 1; k < end; k++) {
    const line = lines[k] as string;
    if (line.trim() === '') continue;
    const columns = indentOf(line);
    // Less indented than the bullet's text: a lazy line of its paragraph, or a sibling bullet.
    if (columns < width || answersAsQuiz(line)) return null;
    if (first < 0) first = k;
    indent = Math.min(indent, columns);
  }
  if (first < 0) return { at, end, text, kind: LABEL.test(plain(text)) ? 'label' : 'leaf', indent: 0 };
  const opening = lines[first] as string;
  // The text under the bullet must be a list of points: the bullet's own text going on, or a paragraph or
  // code under it, is not the outline's shape.
  if (!LIST_ITEM.test(opening) || indentOf(opening) >= width + 4) return null;
  const kind: Kind = LABEL.test(plain(text)) ? 'label' : looksLikeQuestion(text) ? 'question' : 'topic';
  return { at, end, text, kind, indent };
}

/** A line under a bullet that makes it a quiz item or a to-do: options, a box, a key, an answer label. */
function answersAsQuiz(line: string): boolean {
  if (CONTAINER.test(line)) return true;
  const item = LIST_ITEM.exec(line);
  const text = (item ? (item[1] ?? '') : line).trim();
  return (
    TASK_MARK.test(text) ||
    hasCardTag(text) ||
    (item !== null && letteredOption(text) !== null) ||
    statedKey(text) !== null ||
    labelledAnswer(text) !== null
  );
}

const plain = (text: string): string => text.replace(/[*_`]/g, '').trim();

/**
 * An outline throughout: a bullet that asks and has sub-bullets, and every bullet without any either a
 * label or the title of the units right after it.
 */
function isOutline(bullets: readonly Bullet[]): boolean {
  if (!bullets.some((b) => b.kind === 'question')) return false;
  return bullets.every((b, k) => b.kind !== 'leaf' || titlesNext(bullets[k + 1]));
}

const titlesNext = (next: Bullet | undefined): boolean => next !== undefined && next.kind !== 'leaf';

/**
 * Each bullet a heading: group titles one level under the heading above the run, the units after one level
 * further (at least level 2: a lone level-1 heading would be read as the note's title).
 */
function rewrite(lines: string[], bullets: readonly Bullet[], above: number, labelLines: Set<number>): void {
  const top = Math.min(6, Math.max(2, above + 1));
  let unit = top;
  for (const b of bullets) {
    const isGroupTitle = b.kind === 'leaf';
    if (isGroupTitle) unit = Math.min(6, top + 1);
    lines[b.at] = `${'#'.repeat(isGroupTitle ? top : unit)} ${b.text}`;
    if (b.kind === 'label') labelLines.add(b.at + 1);
    for (let k = b.at + 1; k < b.end; k++) lines[k] = outdented(lines[k] as string, b.indent);
  }
}
