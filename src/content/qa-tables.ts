import type { InlineInfo } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { askedColumns, qaColumns } from './qa-table-columns.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { typedCells } from './typed-cells.ts';
import { unanswered } from './unit-answer.ts';

/**
 * Question-and-answer tables: a table whose header names a question column and an answer column
 * (`| Question | Answer |`, `| # | Q | A | Difficulty |`, `| 问题 | 答案 |`, `| 题目 | 解析 |`, see
 * qa-table-columns.ts) is a list of questions, one question card per row: the question cell asks, the
 * answer cell answers (a `<br>` in it is a line break). A row with a question and no answer is reported
 * unanswered. Tables inside a question's own answer are that answer; they stay in its card.
 */
export interface QaTableInput {
  readonly blocks: readonly Block[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  readonly inQuestion: (line: number) => boolean;
  /** A line of the note as typed (1-based): the answer cell is read from it, its breaks and Markdown kept. */
  readonly rawLine: (line: number) => string;
}

type Table = Extract<Block, { type: 'table' }>;

export function qaTableCards(input: QaTableInput): { cards: RawCard[]; problems: LocalProblem[] } {
  const { blocks, consumed, pathAt, inQuestion, rawLine } = input;
  const cards: RawCard[] = [];
  const problems: LocalProblem[] = [];
  for (const block of blocks) {
    if (block.type !== 'table' || consumed.has(block) || inQuestion(block.line)) continue;
    const headers = block.header.map((h) => h.plain.trim());
    const columns =
      qaColumns(headers, (j) => isNumberColumn(block, j)) ??
      askedColumns(headers, (j) => mostlyAsks(block, j));
    if (!columns || !asksInWords(block, columns.question)) continue;
    consumed.add(block);
    for (const row of block.rows) {
      const question = row.cells[columns.question];
      if (!says(question)) continue;
      const prompt = question.text.trim();
      const answer = row.cells[columns.answer];
      if (!says(answer)) {
        problems.push(unanswered(row.line, prompt));
        continue;
      }
      const typed = typedRow(rawLine(row.line), block.header.length);
      const cellText = (j: number, cell: InlineInfo): string => readCell(typed?.[j]) ?? cell.text.trim();
      const extra = columns.shown.flatMap((j) => {
        const cell = row.cells[j];
        return says(cell) ? [`${block.header[j]?.plain.trim() ?? ''}: ${cellText(j, cell)}`] : [];
      });
      cards.push({
        kind: 'question',
        prompt,
        line: row.line,
        answerStart: row.line,
        answerEnd: row.line,
        answerText: [cellText(columns.answer, answer), ...extra].join('\n\n'),
        sectionPath: [...pathAt(row.line), prompt],
        // The answer cell read as a paragraph: its sentences, terms and commands, as every answer's are.
        blocks: [
          { type: 'paragraph', line: row.line, end: row.line, inline: answer, quoted: false, itemEnd: null },
        ],
        explicitId: null,
        choice: null,
      });
    }
  }
  return { cards, problems };
}

/** A cell with words in it, not only a link. */
function says(cell: InlineInfo | undefined): cell is InlineInfo {
  return cell !== undefined && !cell.linkOnly && cell.plain.trim() !== '';
}

/** The column's filled cells, as plain text. */
function filledCells(table: Table, j: number): string[] {
  return table.rows.map((r) => r.cells[j]?.plain.trim() ?? '').filter((t) => t !== '');
}

/** A row number as a cell holds it: "1", "2.", "Q3". */
const ROW_NUMBER = /^(?:q\s*)?\d{1,4}[.)、]?$/i;

/** Every filled cell a number: the rows' numbering. */
function isNumberColumn(table: Table, j: number): boolean {
  return filledCells(table, j).every((t) => ROW_NUMBER.test(t));
}

/** Half or more of the column's cells end with a question mark. */
function mostlyAsks(table: Table, j: number): boolean {
  const filled = filledCells(table, j);
  const asking = filled.filter((t) => /[?？]$/.test(t)).length;
  return filled.length >= 2 && asking * 2 >= filled.length;
}

/** Most question cells say something beyond a number: `| Question | Answer |` over `| 1 | B |` is an answer key. */
function asksInWords(table: Table, j: number): boolean {
  const filled = filledCells(table, j);
  const numbers = filled.filter((t) => ROW_NUMBER.test(t)).length;
  return filled.length > 0 && numbers * 2 < filled.length;
}

/** The row's cells as typed, or null when they are not as many as the header's (which is which would be a guess). */
function typedRow(line: string, width: number): string[] | null {
  const cells = typedCells(line);
  return cells.length === width ? cells : null;
}

/** A typed cell as the answer's Markdown: `<br>` a line break, `\|` a pipe. */
function readCell(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const text = typed
    .replace(/\\\|/g, '|')
    .split(/\s*<br\s*\/?>\s*/i)
    .map((part) => part.trim())
    .join('\n')
    .trim();
  return text === '' ? null : text;
}
