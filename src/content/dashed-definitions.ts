import { definitionItemsOf } from './card-facts.ts';
import { dashedItem } from './dashed-split.ts';
import type { Block } from './markdown-blocks.ts';
import type { DefinitionItem } from './types.ts';

/**
 * The entries of a glossary, where an entry may also set its term off with a spaced dash, as legal and
 * medical glossaries often do, one entry to a paragraph under letter headings:
 *
 *     Larceny - Theft of physical possessions
 *
 *     Lien - A charge, hold, or claim upon property of another as security for a debt
 *
 * In running notes a spaced dash joins anything ("Step 1 - install", "Paris - what a trip"), so only the
 * glossary readers ask for it, and they keep a run only when nearly every line of it is an entry. A line
 * the colon reading defines keeps that reading.
 */
export function glossaryItemsOf(block: Block): DefinitionItem[] {
  const colon = definitionItemsOf(block);
  const read = new Set(colon.map((d) => d.line));
  const dashed: DefinitionItem[] = [];
  const add = (text: string, line: number, source: string): void => {
    if (read.has(line)) return;
    const item = dashedItem(text, line, source);
    if (item) dashed.push(item);
  };
  if (block.type === 'paragraph') for (const l of block.inline.lines) add(l.text, l.line, l.text);
  if (block.type === 'list')
    for (const item of block.items) {
      const only = item.inlines[0];
      if (item.inlines.length === 1 && only && only.lines.length === 1) add(only.text, only.line, only.text);
    }
  return dashed.length === 0 ? colon : [...colon, ...dashed].sort((a, b) => a.line - b.line);
}
