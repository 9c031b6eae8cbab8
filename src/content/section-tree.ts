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
 * whatever the levels of the headings inside it.
 */
export function buildSections(blocks: readonly Block[], lastLine: number): Section[] {
  const headingIndex: number[] = [];
  const headings = blocks.filter((b, k): b is HeadingBlock => {
    if (b.type !== 'heading') return false;
    headingIndex.push(k);
    return true;
  });
  const ends = headings.map((h, i) => {
    // A list item holding only its heading (the answer was indented too little to stay in the item):
    // fall back to the heading rule so the answer below still belongs to it.
    const itemEnd = h.itemEnd;
    if (itemEnd !== null && hasBodyWithin(blocks, headingIndex[i] ?? 0, itemEnd)) return itemEnd;
    for (let k = i + 1; k < headings.length; k++) {
      const next = headings[k] as HeadingBlock;
      if (next.depth < h.depth || (next.level <= h.level && next.depth <= h.depth)) return next.line - 1;
    }
    return lastLine;
  });
  const roots: Section[] = [];
  const stack: Section[] = [];
  let blockIndex = 0;
  const all: Section[] = [];
  headings.forEach((heading, i) => {
    const end = ends[i] ?? lastLine;
    while (stack.length > 0 && (stack[stack.length - 1] as Section).end < heading.line) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const title = heading.inline.plain.replace(/\s+/g, ' ').trim();
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

/** Is there a non-heading block after blocks[from] and no later than `end`? */
function hasBodyWithin(blocks: readonly Block[], from: number, end: number): boolean {
  for (let k = from + 1; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.line > end) return false;
    if (b.type !== 'heading') return true;
  }
  return false;
}

export function flatten(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const walk = (s: Section): void => {
    out.push(s);
    for (const c of s.children) walk(c);
  };
  for (const s of sections) walk(s);
  return out;
}
