import { isParagraphLabel } from './gate-checks/paragraph-labels.ts';
import { joinLines } from './html-text.ts';
import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { isMatchingTable } from './option-labels.ts';
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
  // `| **成熟时期** | | |` over the rows of that period: a group's title, no row of the same kind as its members.
  const rows = block.rows.flatMap((r) => {
    const typed = r.cells.slice(counted).map((c) => c.text.trim());
    if (header.length >= 2 && isGroupTitle(typed)) return [];
    const cells = typed.map(withoutSubRowMark);
    return [{ line: r.line, cells: order ? inOrder(cells, order) : cells }];
  });
  if (isMatchingTable(rows.map((r) => r.cells))) return { line: block.line, header, rows: [] };
  const misaligned = headerMisaligned(
    block.ragged,
    header,
    rows.map((r) => r.cells),
  );
  return { line: block.line, header, rows, ...(misaligned ? { misaligned } : {}) };
}

/** `&nbsp;&nbsp;• Aromatic`: the indent and bullet a sub-row is typed with, no part of its name. */
const withoutSubRowMark = (text: string): string =>
  text.trim().replace(/^(?:&nbsp;|\s)*[•·▪◦‣][ \t\u00a0]*/, '');

/** A row whose first cell alone is written: the title of the rows under it. */
const isGroupTitle = (cells: readonly string[]): boolean =>
  (cells[0] ?? '') !== '' && cells.length >= 2 && cells.slice(1).every((c) => c === '' || /^[-—–]+$/.test(c));

export function listOf(block: Extract<Block, { type: 'list' }>, previous: Block | null): ListFact | null {
  const items: { text: string; line: number }[] = [];
  for (const item of block.items) {
    const text = joinLines(item.inlines[0]?.text ?? '')
      .replace(/[；;。，,.]$/, '')
      .trim();
    if (text !== '' && !(item.inlines[0]?.linkOnly ?? true)) items.push({ text, line: item.line });
  }
  if (items.length < 2 || items.length !== block.items.length) return null;
  // `- **Key point**` over points of its own beside plain points: a label of a sub-list among members.
  const holding = block.items.filter((item) => item.nested === true).length;
  if (holding > 0 && holding < block.items.length) return null;
  // `- **贡献**` and `- **限制**` each over their points: an evaluation's facets, not things of one kind.
  if (holding > 0 && items.some((i) => isParagraphLabel(i.text))) return null;
  const label = leadInOf(previous);
  if (label !== null && surveysTheNote(label)) return null;
  // Enumerations, not paragraphs in bullets: "which of these is one of them" needs short items.
  for (const i of items) if (i.text.length > 40) return null;
  return { line: block.line, label, items };
}

/**
 * The paragraph right above a list that introduces it ("解决竞争条件：", "Features:"), or null. A line of it
 * that ends in a colon of its own (`**参考答案：**` over `科学发展观的科学内涵：`) labels what follows it: the
 * lead-in is what comes after the last such line.
 */
export function leadInOf(previous: Block | null | undefined): string | null {
  if (previous?.type !== 'paragraph' || !/[:：]$/.test(previous.inline.plain.trim())) return null;
  const lines = previous.inline.lines;
  for (let k = lines.length - 2; k >= 0; k--)
    if (/[:：]$/.test((lines[k] as InlineLine).plain.trim()))
      return lines
        .slice(k + 1)
        .map((l) => l.text.trim())
        .join('\n');
  return previous.inline.text.trim();
}

/**
 * The term a paragraph defines on its last line, when the list right under it enumerates it
 * ("**Survivorship curves**: to show likelihood of death varies with age" over `- Type I: …`): written as a
 * lead-in ("Survivorship curves:"), it says what the list's terms are. A bold term of three words at most.
 */
export function definedAbove(previous: Block | null | undefined): string | null {
  if (previous?.type !== 'paragraph') return null;
  const last = previous.inline.lines.at(-1)?.text.trim() ?? '';
  const term = /^\*\*([^*\n]{2,40})\*\*\s*[:：]\s*\S/.exec(last)?.[1]?.trim();
  return term && term.split(/\s+/).length <= 3 ? `${term}:` : null;
}

/**
 * A lead-in that says what the note covers ("These practice questions cover …, including:", "本章涵盖："): the
 * list under it outlines the note, each entry a blurb of a part, and asking it tests the note's layout.
 */
const SURVEY_LEAD_EN =
  /\b(?:this|these|the following|the above|our)\s+(?:\w+\s+){0,2}?(?:questions|notes?|guide|chapters?|sections?|document|page|quiz(?:zes)?|course|articles?|lessons?|modules?|tutorial|post|cheat ?sheet|file|book|deck|flashcards|cards|units?|exercises|labs?)\s+(?:\w+\s+){0,2}?(?:covers?|covered|includes?|included|discuss(?:es|ed)?|reviews?|reviewed|explores?|explored|summari[sz]es?|summari[sz]ed|touch(?:es)? on|walks? (?:you )?through)\b|\b(?:we|you)(?:'ll| will| have)?\s+(?:cover(?:ed)?|reviewed|discussed|explored)\b/i;
const SURVEY_LEAD_ZH =
  /(?:本文|本章|本节|本篇|本课|以上|上述|这些(?:题目|问题|笔记|练习)|本(?:笔记|文档|课程|教程|部分))[^。]{0,30}?(?:涵盖|覆盖|包括|包含|介绍了|讲解了|总结了|讨论了)/;

export function surveysTheNote(lead: string): boolean {
  return lead.length <= 400 && (SURVEY_LEAD_EN.test(lead) || SURVEY_LEAD_ZH.test(lead));
}
