import { stripMarks } from './term-families.ts';
import type { TableFact, TableRow } from './types.ts';

/**
 * Tables of data rather than knowledge: an exercise's input (`| J1 | 8:00 | 2.0 |`, `| P0 | 0032 | 0012 |`)
 * and a study log (`| LC 86 | partition-list | done | 20231018 |`). Their rows are named by placeholders or
 * dated, and "which job arrives at 8:50?" asks the exercise's made-up numbers, not what a reader learns.
 */

/** A name that is a placeholder: a short prefix and a number (`J1`, `P0`, `LC 86`, `进程3`). */
const PLACEHOLDER = /^([A-Za-z]{1,4}|\p{Script=Han}{1,4})\s?(\d{1,4})$/u;

/** The rows are named alike, a prefix and a number each, three or more: a job, a process, a problem by number. */
export function namesArePlaceholders(names: readonly string[]): boolean {
  if (names.length < 3) return false;
  let prefix: string | null = null;
  for (const name of names) {
    const m = PLACEHOLDER.exec(stripMarks(name).trim());
    if (!m) return false;
    const own = (m[1] as string).toLowerCase();
    if (prefix !== null && own !== prefix) return false;
    prefix = own;
  }
  return true;
}

/** A date as logs write it: `20231018`, `2023-10-18`, `2023/10/18`, `10/18`, or a range of them. */
const DATE =
  /^(?:\d{8}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})(?:\s*[-~–至]\s*(?:\d{8}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}))?$/;
/** A status a log marks its entries with. */
const STATUS = /^(?:done|todo|doing|finished|pending|wip|✅|✔️?|❌|☑️?|完成|已完成|未完成|进行中|待办)$/i;

/**
 * A log: a column whose filled cells are mostly dates or statuses, or a table mostly left empty (a plan
 * still to be filled in).
 */
export function isLogTable(table: TableFact, rows: readonly TableRow[]): boolean {
  const width = table.header.length;
  let empty = 0;
  let cells = 0;
  for (let j = 1; j < width; j++) {
    let filled = 0;
    let logged = 0;
    for (const row of rows) {
      const cell = stripMarks(row.cells[j] ?? '').trim();
      cells++;
      if (cell === '') {
        empty++;
        continue;
      }
      filled++;
      if (DATE.test(cell) || STATUS.test(cell)) logged++;
    }
    if (filled >= 2 && logged * 2 > filled) return true;
  }
  return cells > 0 && empty * 2 >= cells;
}
