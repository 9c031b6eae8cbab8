import { joinLines } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { countsRows, headerMisaligned } from './table-alignment.ts';
import { commandFirstOrder, inOrder } from './task-first-tables.ts';
import type { ListFact, TableFact } from './types.ts';

/** Facts read from a table or a list as a whole: the table's rows under their labels, a list's items. */

/**
 * At least half of the rows hold a cell that is only a link, and the other cells say little (numbers,
 * a difficulty, a date): an index of other pages. A table whose linked names come with descriptions of
 * their own still states facts.
 */
export function isLinkTable(block: Extract<Block, { type: 'table' }>): boolean {
  const linked = block.rows.filter((r) => r.cells.some((c) => c.linkOnly)).length;
  if (block.rows.length === 0 || linked * 2 < block.rows.length) return false;
  const said = block.rows
    .flatMap((r) => r.cells.filter((c) => !c.linkOnly && c.plain.trim() !== ''))
    .map((c) => c.plain.trim().length)
    .sort((a, b) => a - b);
  return said.length === 0 || (said[Math.floor(said.length / 2)] ?? 0) < 24;
}

export function tableOf(block: Extract<Block, { type: 'table' }>): TableFact {
  // `| S.No. | Topic | Key Point |` over `| 1. | **IAM User** | …`: the count is the table's, the rows are
  // the topics' (a table of two columns keeps it, and the gate reads it as a layout).
  const counted =
    block.header.length >= 3 && countsRows(block.rows.map((r) => r.cells[0]?.text.trim() ?? '')) ? 1 : 0;
  const written = block.header.slice(counted).map((h) => h.text.trim());
  const order = commandFirstOrder(written.map((h) => h.replace(/[*_`]/g, '')));
  const header = order ? inOrder(written, order) : written;
  const rows = block.rows.map((r) => {
    const cells = r.cells.slice(counted).map((c) => c.text.trim());
    return { line: r.line, cells: order ? inOrder(cells, order) : cells };
  });
  const misaligned = headerMisaligned(
    block.ragged,
    header,
    rows.map((r) => r.cells),
  );
  return { line: block.line, header, rows, ...(misaligned ? { misaligned } : {}) };
}

export function listOf(block: Extract<Block, { type: 'list' }>, previous: Block | null): ListFact | null {
  const items: { text: string; line: number }[] = [];
  for (const item of block.items) {
    const text = joinLines(item.inlines[0]?.text ?? '')
      .replace(/[；;。，,.]$/, '')
      .trim();
    if (text !== '' && !(item.inlines[0]?.linkOnly ?? true)) items.push({ text, line: item.line });
  }
  if (items.length < 2 || items.length !== block.items.length) return null;
  // Enumerations, not paragraphs in bullets: "which of these is one of them" needs short items.
  for (const i of items) if (i.text.length > 40) return null;
  return { line: block.line, label: leadInOf(previous), items };
}

/** The paragraph right above a list that introduces it ("解决竞争条件：", "Features:"), or null. */
export function leadInOf(previous: Block | null | undefined): string | null {
  return previous?.type === 'paragraph' && /[:：]$/.test(previous.inline.plain.trim())
    ? previous.inline.text.trim()
    : null;
}
