import { findInlineCards, short } from './inline-cards.ts';
import type { Block } from './markdown-blocks.ts';
import { isSkippedTitle, looksLikeQuestion, stripDecoration } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { buildSections, flatten, type Section } from './section-tree.ts';
import { normaliseKey } from './text-normalise.ts';

export interface ExtractResult {
  readonly cards: RawCard[];
  readonly problems: LocalProblem[];
}

/** Does this block say something (as opposed to a link, an image, decoration, a rule)? */
export function isContent(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return !block.inline.linkOnly && !block.inline.imageOnly && block.inline.plain.trim() !== '';
    case 'list':
      return block.items.some((item) =>
        item.inlines.some((i) => !i.linkOnly && !i.imageOnly && i.plain.trim() !== ''),
      );
    case 'table':
      return block.rows.some((row) => row.cells.some((c) => !c.linkOnly && c.plain.trim() !== ''));
    case 'code':
      return block.content.trim() !== '';
    default:
      return false;
  }
}

const isLinkList = (block: Block): boolean =>
  block.type === 'list' &&
  block.items.every((item) => item.inlines.every((i) => i.linkOnly || i.plain.trim() === ''));

const isReferenceLabel = (block: Block): boolean => {
  if (block.type !== 'paragraph') return false;
  const plain = block.inline.plain.trim();
  return plain.length <= 24 && (isSkippedTitle(normaliseKey(plain)) || /[:：]$/.test(plain));
};

/** Drop what trails an answer without being part of it: "Back to top" links, reference lists and their label. */
function trimTrailing(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  let droppedLinks = false;
  for (;;) {
    const last = out[out.length - 1];
    if (!last) break;
    if (last.type === 'html' || (last.type === 'paragraph' && last.inline.linkOnly) || isLinkList(last)) {
      droppedLinks ||= last.type !== 'html';
      out.pop();
      continue;
    }
    if (droppedLinks && isReferenceLabel(last)) {
      out.pop();
      droppedLinks = false;
      continue;
    }
    break;
  }
  while (out[0] && !isContent(out[0]) && out[0].type === 'html') out.shift();
  return out;
}

const EXPLICIT_ID = /<!--\s*id\s*:\s*([\w.-]+)\s*-->/i;

/** `<!-- id: name -->` on the line after a heading (or anywhere in its first html block). */
function explicitIdOf(blocks: readonly Block[]): string | null {
  const first = blocks[0];
  if (first?.type !== 'html') return null;
  return EXPLICIT_ID.exec(first.content)?.[1] ?? null;
}

export function extractCards(allBlocks: readonly Block[], lastLine: number): ExtractResult {
  const roots = buildSections(allBlocks, lastLine);
  const sections = flatten(roots);
  const problems: LocalProblem[] = [];
  const cards: RawCard[] = [];

  const pathAt = (line: number): readonly string[] => {
    let found: Section | null = null;
    for (const s of sections) if (s.heading.line <= line && line <= s.end) found = s;
    return found?.path ?? [];
  };
  const inline = findInlineCards(allBlocks, pathAt);
  problems.push(...inline.problems);

  const h1s = sections.filter((s) => s.heading.level === 1);
  const absorbed = new Set<Section>();
  const skipped = new Set<Section>();
  const markTree = (s: Section, into: Set<Section>): void => {
    for (const c of s.children) {
      into.add(c);
      markTree(c, into);
    }
  };

  for (const section of sections) {
    if (absorbed.has(section) || skipped.has(section)) continue;
    const heading = section.heading;
    const key = normaliseKey(stripDecoration(section.title));
    if (isSkippedTitle(key)) {
      skipped.add(section);
      markTree(section, skipped);
      continue;
    }
    const firstChild = section.children[0];
    const ownEnd = firstChild ? firstChild.heading.line - 1 : section.end;
    const own = section.blocks.filter((b) => b.line <= ownEnd && !inline.consumed.has(b));
    const isTitle = heading.level === 1 && h1s.length === 1 && sections[0] === section;
    if (isTitle) continue;

    const asks = looksLikeQuestion(section.title) || heading.itemEnd !== null;
    const id = explicitIdOf(own);
    if (asks) {
      // A question owns its sub-sections: they are part of its answer.
      markTree(section, absorbed);
      const body = section.blocks.filter((b) => !inline.consumed.has(b));
      const answer = trimTrailing(body.filter((b) => b.type !== 'heading' || true));
      const contentBlocks = answer.filter((b) => b.type !== 'heading');
      if (!contentBlocks.some(isContent)) {
        // Inline cards (a choice list right under the heading) already answer it.
        if (!inline.cards.some((c) => c.line > heading.line && c.line <= section.end)) {
          problems.push({
            line: heading.line,
            severity: 'warning',
            code: 'unanswered-question',
            message: `question has no answer: "${short(section.title)}"`,
          });
        }
        continue;
      }
      cards.push(toCard('question', section, answer, contentBlocks, id));
      continue;
    }
    const answer = trimTrailing(own);
    if (!answer.some(isContent)) {
      if (
        section.children.length === 0 &&
        !inline.cards.some((c) => c.line > heading.line && c.line <= section.end)
      ) {
        problems.push({
          line: heading.line,
          severity: 'warning',
          code: 'empty-section',
          message: `heading has no content: "${short(section.title)}"`,
        });
      }
      continue;
    }
    if (isTableOfContents(answer)) continue;
    cards.push(toCard('explain', section, answer, answer, id));
  }
  cards.push(...inline.cards);
  cards.sort((a, b) => a.line - b.line);
  return { cards, problems };
}

/** A body made only of links (a table of contents, a link-only stub) is not a card. */
function isTableOfContents(blocks: readonly Block[]): boolean {
  const content = blocks.filter(isContent);
  return content.every(
    (b) =>
      (b.type === 'table' &&
        b.rows.every((r) =>
          r.cells.every((c) => c.linkOnly || c.plain.trim() === '' || /^\d+$/.test(c.plain.trim())),
        )) ||
      isLinkList(b),
  );
}

function toCard(
  kind: 'question' | 'explain',
  section: Section,
  answer: readonly Block[],
  facts: readonly Block[],
  explicitId: string | null,
): RawCard {
  const first = answer[0];
  const last = answer[answer.length - 1];
  return {
    kind,
    prompt: section.heading.inline.text.replace(/\s*\n\s*/g, ' '),
    line: section.heading.line,
    answerStart: first ? first.line : section.heading.line + 1,
    answerEnd: last ? last.end : section.heading.line,
    answerText: null,
    sectionPath: section.path,
    blocks: facts,
    explicitId,
    choice: null,
  };
}
