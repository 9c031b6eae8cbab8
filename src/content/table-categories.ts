import { stripMarks } from './term-families.ts';
import { normaliseKey } from './text-normalise.ts';
import type { TableRow } from './types.ts';

/**
 * A column that sorts a table's rows into a few kinds (`| 原词 | 词性 | 替换词 |` with `n.`, `adj.`, `v.`
 * down it; a drug table's `Class`): short values, each shared by several rows. The description a row
 * question shows holds its value ("词性: n."), so a row of another kind ("Ugly", an adjective, beside the
 * noun "Fear") is told apart by it alone: a row's distractors are the rows of its own kinds.
 */
const MAX_CATEGORY_CHARS = 12;
/** Rows per distinct value, at the least: fewer and the column names each row, not its kind. */
const ROWS_PER_VALUE = 3;

function categoryColumns(rows: readonly TableRow[]): number[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const columns: number[] = [];
  for (let c = 1; c < width; c++) {
    // A kind left blank here and there (a word list's `Type` cell) still sorts the rows that have one.
    const values = rows.map((r) => normaliseKey(stripMarks(r.cells[c] ?? ''))).filter((v) => v !== '');
    if (values.length * 3 < rows.length * 2 || values.some((v) => v.length > MAX_CATEGORY_CHARS)) continue;
    const distinct = new Set(values).size;
    if (distinct >= 2 && distinct * ROWS_PER_VALUE <= values.length) columns.push(c);
  }
  return columns;
}

/** For each row, the indexes of the other rows of its kinds (every other row when no column sorts them). */
export function sameKindRows(rows: readonly TableRow[]): readonly (readonly number[])[] {
  const columns = categoryColumns(rows);
  const cellValue = (j: number, c: number): string => normaliseKey(stripMarks(rows[j]?.cells[c] ?? ''));
  return rows.map((_, k) => {
    const out: number[] = [];
    for (let j = 0; j < rows.length; j++)
      if (j !== k && columns.every((c) => cellValue(j, c) === cellValue(k, c))) out.push(j);
    return out;
  });
}
