import { collapseSpaces } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';

export type HeadingBlock = Extract<Block, { type: 'heading' }>;

export interface Section {
  readonly heading: HeadingBlock;
  readonly title: string;
  /** Last line the section owns (1-based, inclusive). */
  readonly end: number;
  /** Titles of the enclosing sections, outermost first, then this one. */
  readonly path: readonly string[];
  /** Blocks inside the section, sub-sections included, in document order. */
  readonly blocks: readonly Block[];
  readonly children: Section[];
  readonly parent: Section | null;
}

/**
 * Sections by the rule people read notes with: a heading owns everything up to the next heading of the
 * same or a higher level. A heading that opens a list item (numbered question lists) owns the whole item,
 * whatever the levels of the headings inside it, and what follows the item up to the next such heading (a
 * paragraph or list the author did not indent still answers it). `isSection` leaves out headings that are
 * part of something else (inside a `<details>` answer, a stated key such as `#### 答案：C`).
 */
export function buildSections(
  blocks: readonly Block[],
  lastLine: number,
  isSection: (b: Block) => boolean = (b) => b.type === 'heading',
): Section[] {
  const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading' && isSection(b));
  // The end of each heading's section: the line before the next heading that closes it, found with a
  // stack of still-open headings (one pass: each heading is pushed and popped once).
  const ends: number[] = new Array(headings.length).fill(lastLine);
  const open: number[] = [];
  headings.forEach((next, k) => {
    while (open.length > 0) {
      const h = headings[open[open.length - 1] as number] as HeadingBlock;
      if (!(next.depth < h.depth || (next.level <= h.level && next.depth <= h.depth))) break;
      ends[open.pop() as number] = next.line - 1;
    }
    open.push(k);
  });
  // A heading inside a list item it does not open is part of that item: its section ends with it.
  headings.forEach((h, k) => {
    if (h.insideItemEnd !== null) ends[k] = Math.min(ends[k] ?? lastLine, h.insideItemEnd);
  });
  const roots: Section[] = [];
  const stack: Section[] = [];
  let blockIndex = 0;
  const all: Section[] = [];
  headings.forEach((heading, i) => {
    const end = ends[i] ?? lastLine;
    while (stack.length > 0 && (stack[stack.length - 1] as Section).end < heading.line) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const title = collapseSpaces(heading.inline.plain);
    const section: Section = {
      heading,
      title,
      end,
      path: [...(parent?.path ?? []), title],
      blocks: [],
      children: [],
      parent,
    };
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
    all.push(section);
  });
  // Attach blocks: each section gets every block in its line range (one slice, not a copy of a copy).
  for (const section of all) {
    while (blockIndex < blocks.length && (blocks[blockIndex] as Block).line <= section.heading.line)
      blockIndex++;
    let j = blockIndex;
    while (j < blocks.length && (blocks[j] as Block).line <= section.end) j++;
    (section as { blocks: readonly Block[] }).blocks = blocks.slice(blockIndex, j);
  }
  return roots;
}

/**
 * The sections that `keep` takes, grouped by parent (or by what `groupOf` says they belong to) in document
 * order: the groups of `min` or more.
 */
export function siblingGroups(
  sections: readonly Section[],
  keep: (s: Section) => boolean,
  min: number,
  groupOf: (s: Section) => Section | null = (s) => s.parent,
): Section[][] {
  const byParent = new Map<Section | null, Section[]>();
  for (const s of sections) {
    if (!keep(s)) continue;
    const group = groupOf(s);
    const siblings = byParent.get(group) ?? [];
    siblings.push(s);
    byParent.set(group, siblings);
  }
  return [...byParent.values()].filter((group) => group.length >= min);
}

export function flatten(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) walkInto(out, s);
  return out;
}

/** The section and its sub-sections, depth first, onto `out`. */
function walkInto(out: Section[], s: Section): void {
  out.push(s);
  for (const c of s.children) walkInto(out, c);
}

export interface SectionPathFinder {
  (line: number): readonly string[];
  sectionAt(line: number): Section | null;
}

/** The innermost section holding a line, by binary search over the headings (not a scan per card). */
export function sectionPathFinder(sections: readonly Section[]): SectionPathFinder {
  const sectionAt = (line: number): Section | null => {
    let lo = 0;
    let hi = sections.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sections[mid] as Section).heading.line <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let s: Section | null = sections[found] ?? null; s; s = s.parent) if (line <= s.end) return s;
    return null;
  };
  const finder = ((line: number) => sectionAt(line)?.path ?? []) as SectionPathFinder;
  finder.sectionAt = sectionAt;
  return finder;
}
