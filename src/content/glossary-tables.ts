import type { InlineInfo } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { cleanPrompt } from './prompt-text.ts';
import type { RawCard } from './raw-card.ts';
import { normaliseKey } from './text-normalise.ts';
import type { GlossaryEntry } from './types.ts';

/**
 * Glossary tables: a table of terms and what they mean, outside any question's answer, is a set of units,
 * one term card per term (`| **ARP** | Address Resolution Protocol | [OSI](osi.html) |`). A glossary has no
 * header text, or a first header that names one ("Term", "Acronym", "术语" …); once the columns that are
 * empty or only links are set aside (decoration, cross-references), a term column and a meaning column
 * remain. Rows with an empty cell (separator rows, a term without a meaning) are not entries; a term the
 * table gives twice is one card with both meanings. Any other table stays part of the card it sits in.
 */
export interface GlossaryInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  /** Is this line inside a question's own answer? Its tables are that answer. */
  readonly inQuestion: (line: number) => boolean;
}

type Table = Extract<Block, { type: 'table' }>;

/** First-column headers that name a glossary, compared as normalised keys. */
const GLOSSARY_HEADERS = new Set([
  'term',
  'terms',
  'acronym',
  'acronyms',
  'abbreviation',
  'abbreviations',
  'abbr',
  'glossary',
  'jargon',
  '术语',
  '名词',
  '缩写',
  '缩略语',
  '简称',
  '英文缩写',
]);

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
      cards.push({
        kind: 'term',
        prompt: entry.term,
        line: entry.line,
        answerStart: entry.line,
        answerEnd: last,
        answerText: entry.definitions.join('\n'),
        sectionPath: [...pathAt(entry.line), entry.term],
        blocks: [],
        explicitId: null,
        choice: null,
        glossary: { entry, entries },
      });
    }
  }
  return cards;
}

interface Entry extends GlossaryEntry {
  readonly lines: number[];
}

/** The table's entries when it is a glossary, else null. */
function glossaryOf(table: Table): Entry[] | null {
  let width = table.header.length;
  for (const r of table.rows) width = Math.max(width, r.cells.length);
  const columns: number[] = [];
  for (let j = 0; j < width && columns.length <= 2; j++)
    if (table.rows.some((r) => says(r.cells[j]))) columns.push(j);
  if (columns.length !== 2) return null;
  const [termAt, meaningAt] = columns as [number, number];
  const headed = table.header.some((h) => h.plain.trim() !== '');
  if (headed && !GLOSSARY_HEADERS.has(normaliseKey(table.header[termAt]?.plain ?? ''))) return null;
  const byTerm = new Map<string, Entry>();
  const entries: Entry[] = [];
  let rows = 0;
  let termLike = 0;
  for (const row of table.rows) {
    const term = row.cells[termAt];
    const meaning = row.cells[meaningAt];
    if (!says(term) || !says(meaning) || isCrossReference(meaning.plain)) continue;
    rows++;
    const text = cleanPrompt(term.text.trim());
    if (text.length <= MAX_TERM_LENGTH && !/[。，；;.,]$/.test(text)) termLike++;
    const key = normaliseKey(text);
    const definition = meaning.text.trim();
    const known = byTerm.get(key);
    if (known) {
      if (!known.definitions.includes(definition)) (known.definitions as string[]).push(definition);
      known.lines.push(row.line);
      continue;
    }
    const entry: Entry = { term: text, definitions: [definition], line: row.line, lines: [row.line] };
    byTerm.set(key, entry);
    entries.push(entry);
  }
  // Mostly short names in the term column: a table of sentences is not a glossary.
  if (entries.length < MIN_ENTRIES || termLike * 5 < rows * 4) return null;
  return entries;
}

/** A meaning that sends the reader to another place ("See General section; …", "参见上文"): no meaning to ask. */
const isCrossReference = (text: string): boolean =>
  /^(?:see(?:\s+also)?|refer\s+to|cf\.?|参见|详见|见上文|见下文|同上)(?=[\s:：,，;；]|$)/i.test(text.trim());

/** A cell with words in it, not only a link. */
function says(cell: InlineInfo | undefined): cell is InlineInfo {
  return cell !== undefined && !cell.linkOnly && cell.plain.trim() !== '';
}
