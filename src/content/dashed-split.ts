import { askable } from './definition-values.ts';
import type { Block } from './markdown-blocks.ts';
import type { DefinitionItem } from './types.ts';

/** A short name, a spaced dash, the definition: the name at most MAX_TERM_CHARS, no colon before the dash. */
const DASHED = /^([\p{L}\p{N}*_`][^:：\n]{0,59}?)\s+[-–—]{1,2}\s+(\S.*)$/u;
/** How long a term may be, however it is set off (a colon or a dash): longer is a sentence. */
export const MAX_TERM_CHARS = 48;
export const MAX_TERM_WORDS = 6;

function dashedSplit(text: string): { term: string; definition: string } | null {
  const m = DASHED.exec(text.trim());
  if (!m) return null;
  const term = (m[1] ?? '').replace(/\*\*|__/g, '').trim();
  const definition = (m[2] ?? '').trim();
  if (term.length > MAX_TERM_CHARS || term.split(/\s+/).length > MAX_TERM_WORDS || definition.length < 2)
    return null;
  // A sentence before the dash ("We met. Then - …", "see, e.g. - …") names no term; nor does one letter.
  if (
    /[.。，,；;!?！？]/.test(term.replace(/\b(?:e\.g|i\.e|etc|vs|St|Dr|No)\./g, '')) ||
    /^\p{L}$/u.test(term)
  )
    return null;
  return { term, definition };
}

/** A line that sets a term off with a spaced dash (`Lien - A charge upon property…`), read as a definition. */
export function dashedItem(text: string, line: number, source: string): DefinitionItem | null {
  return askable(dashedSplit(text), line, source);
}

/** Fewer items than this are a pair of points, not a list of terms. */
const MIN_DASHED_ITEMS = 3;

/**
 * A list whose every item, three or more, is a term set off by a spaced dash (`* Hypervisor - Software that
 * creates and manages VMs.`, `* medulla -- controls heartbeat, breathing`): the section's definition list,
 * as the same list written with colons is. Null when any item is something else.
 */
export function dashedListItems(block: Block): DefinitionItem[] | null {
  if (block.type !== 'list' || block.ordered || block.items.length < MIN_DASHED_ITEMS) return null;
  const items: DefinitionItem[] = [];
  for (const item of block.items) {
    const only = item.inlines[0];
    if (only?.lines.length !== 1) return null;
    const found = dashedItem(only.text, only.line, only.text);
    if (!found) return null;
    items.push(found);
  }
  return items;
}
