import { glossaryColumns, headsTwoColumnGlossary } from './glossary-columns.ts';
import type { InlineInfo } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { cleanPrompt } from './prompt-text.ts';
import { type RawCard, termCard } from './raw-card.ts';
import { countsRows } from './table-alignment.ts';
import { normaliseKey } from './text-normalise.ts';
import type { GlossaryEntry } from './types.ts';

/**
 * Glossary tables: a table of terms and what they mean, outside any question's answer, is a set of units,
 * one term card per term (`| **ARP** | Address Resolution Protocol | [OSI](osi.html) |`). A glossary has no
 * header text, or a first header that names one ("Term", "Acronym", "术语" …); once the columns that are
 * empty or only links are set aside (decoration, cross-references), a term column and a meaning column
 * remain. A table of more columns is a glossary when its headers say what each holds: the term first, then
 * other names of it, one meaning and asides such as the years an exam asked it (glossary-columns.ts,
 * `| 英文简称 | 英文全称 | 中文全称 | 定义/功能 | 年份 |`); the card's answer is its names and meaning, each
 * under its header. Rows with an empty term or meaning (separator rows) are not entries; a term the table
 * gives twice is one card with both meanings. Any other table stays part of the card it sits in.
 */
export interface GlossaryInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  /** Is this line inside a question's own answer? Its tables are that answer. */
  readonly inQuestion: (line: number) => boolean;
}

type Table = Extract<Block, { type: 'table' }>;

/** At least this many entries: two rows are a comparison, not a glossary. */
const MIN_ENTRIES = 3;
/** Longer first cells are sentences, not terms. */
const MAX_TERM_LENGTH = 40;

export function glossaryCards(input: GlossaryInput): RawCard[] {
  const { blocks, consumed, pathAt, inQuestion } = input;
  const cards: RawCard[] = [];
  for (const block of blocks) {
    if (block.type !== 'table' || consumed.has(block) || inQuestion(block.line)) continue;
    const entries = glossaryOf(block);
    if (!entries) continue;
    consumed.add(block);
    for (const entry of entries) {
      const last = entry.lines[entry.lines.length - 1] ?? entry.line;
      cards.push(
        termCard(
          { entry, entries },
          {
            end: last,
            text: (entry.shown.length > 0 ? entry.shown : entry.definitions).join('\n'),
            sectionPath: [...pathAt(entry.line), entry.term],
          },
        ),
      );
    }
  }
  return cards;
}

interface Entry extends GlossaryEntry {
  readonly lines: number[];
  /** The card's answer: the meaning, or each column's header and cell where the table has several. */
  readonly shown: string[];
}

/** Where a table's term, its other names and its meaning stand (see glossary-columns.ts). */
interface Layout {
  readonly term: number;
  /** The column asked as what the term means: the meaning, else the first other name. */
  readonly meaning: number;
  /**
   * Other names beside a meaning column. Without one, the first name is what the term means (an
   * expansion, as in a table of two columns) and the others are only shown.
   */
  readonly names: readonly number[];
  /** Columns shown in the answer, labelled by their headers, where there are two or more. */
  readonly shown: readonly number[];
}

/**
 * Two worded columns: a term and its meaning, under no header text or a term column's header. More, under
 * headers that name a term, other names, one meaning and asides (glossary-columns.ts).
 */
function layoutOf(table: Table, worded: readonly number[]): Layout | null {
  const headers = table.header.map((h) => h.plain.trim());
  const headed = headers.some((h) => h !== '');
  if (worded.length === 2) {
    const [termAt, meaningAt] = worded as [number, number];
    if (headed && !headsTwoColumnGlossary(headers[termAt] ?? '', headers[meaningAt] ?? '')) return null;
    return { term: termAt, meaning: meaningAt, names: [], shown: [] };
  }
  if (!headed) return null;
  const columns = glossaryColumns(headers, worded);
  if (!columns) return null;
  const meaning = columns.meaning ?? columns.names[0];
  if (meaning === undefined) return null;
  const names = columns.meaning === null ? [] : columns.names;
  const shown = [...columns.names, ...(columns.meaning === null ? [] : [columns.meaning])];
  return {
    term: columns.term,
    meaning,
    names,
    shown: shown.length > 1 ? shown.sort((a, b) => a - b) : [],
  };
}

/** The table's entries when it is a glossary, else null. */
function glossaryOf(table: Table): Entry[] | null {
  let width = table.header.length;
  for (const r of table.rows) width = Math.max(width, r.cells.length);
  const worded: number[] = [];
  for (let j = 0; j < width; j++)
    if (table.rows.some((r) => says(r.cells[j])) && !isIndexColumn(table, j)) worded.push(j);
  const layout = worded.length >= 2 ? layoutOf(table, worded) : null;
  if (!layout) return null;
  const byTerm = new Map<string, Entry>();
  const entries: Entry[] = [];
  let rows = 0;
  let termLike = 0;
  for (const row of table.rows) {
    const term = row.cells[layout.term];
    const meaning = row.cells[layout.meaning];
    if (!says(term) || !says(meaning) || isCrossReference(meaning.plain)) continue;
    rows++;
    const text = cleanPrompt(term.text.trim());
    if (text.length <= MAX_TERM_LENGTH && !/[。，；;.,]$/.test(text)) termLike++;
    const key = normaliseKey(text);
    const definition = meaning.text.trim();
    const names = layout.names.flatMap((j) => {
      const cell = row.cells[j];
      return says(cell) ? [cleanPrompt(cell.text.trim())] : [];
    });
    const shown = layout.shown.flatMap((j) => {
      const cell = row.cells[j];
      return says(cell) ? [`${table.header[j]?.plain.trim() ?? ''}: ${cell.text.trim()}`] : [];
    });
    const known = byTerm.get(key);
    if (known) {
      if (!known.definitions.includes(definition)) (known.definitions as string[]).push(definition);
      for (const name of names) if (!known.names?.includes(name)) (known.names as string[]).push(name);
      known.shown.push(...shown);
      known.lines.push(row.line);
      continue;
    }
    const entry: Entry = {
      term: text,
      definitions: [definition],
      ...(layout.names.length > 0 ? { names } : {}),
      line: row.line,
      lines: [row.line],
      shown,
    };
    byTerm.set(key, entry);
    entries.push(entry);
  }
  // Mostly short names in the term column: a table of sentences is not a glossary.
  if (entries.length < MIN_ENTRIES || termLike * 5 < rows * 4) return null;
  return entries;
}

/**
 * A column that only marks where each letter of an A–Z glossary starts (`| A | | | |` rows, then the
 * letter's entries with that cell empty): no part of any entry. Its cells are mostly empty, and almost every
 * one that is not is a single letter or digit.
 */
function isIndexColumn(table: Table, j: number): boolean {
  // `| S.No. | Topic | Key Point |` over `| 1. | **IAM User** | …`: the rows' count, no column of words.
  if (j === 0 && countsRows(table.rows.map((r) => r.cells[0]?.plain.trim() ?? ''))) return true;
  let filled = 0;
  let letters = 0;
  for (const r of table.rows) {
    const text = r.cells[j]?.plain.trim() ?? '';
    if (text === '') continue;
    filled++;
    if (/^[\p{L}\p{N}#]$/u.test(text)) letters++;
  }
  return filled * 2 < table.rows.length && letters >= 2 && letters * 5 >= filled * 4;
}

/** A meaning that sends the reader to another place ("See General section; …", "参见上文"): no meaning to ask. */
const isCrossReference = (text: string): boolean =>
  /^(?:see(?:\s+also)?|refer\s+to|cf\.?|参见|详见|见上文|见下文|同上)(?=[\s:：,，;；]|$)/i.test(text.trim());

/** A cell with words in it, not only a link. */
function says(cell: InlineInfo | undefined): cell is InlineInfo {
  // A row of dashes typed as a separator between groups says nothing either.
  return cell !== undefined && !cell.linkOnly && cell.plain.trim() !== '' && !/^[-=—–:\s]+$/.test(cell.plain);
}
