import { roleOf } from './glossary-columns.ts';
import { stripMarks } from './term-families.ts';
import { normaliseKey } from './text-normalise.ts';
import type { TableFact, TableRow } from './types.ts';

/** A table row as a question shows it: its description from the other cells, and the reveal's text. */

/** The row's cells after its name, each under its header when there are several. */
export function describedOf(table: TableFact, row: TableRow): string {
  const parts = (withNames: boolean): string[] => {
    const out: string[] = [];
    for (let j = 1; j < row.cells.length; j++) {
      if (spellsOrUsesName(table, j) || (!withNames && namesAgain(table, j))) continue;
      const c = row.cells[j] as string;
      // `| abschließend | | lastly |`: a cell left empty says nothing ("Type: ;" would read as a glitch).
      if (c.trim() === '') continue;
      out.push(row.cells.length > 2 ? `${stripMarks(table.header[j] ?? '')}: ${c}` : c);
    }
    return out;
  };
  // A vocabulary table's translation is all it says of a word: there it is the description.
  const described = parts(false);
  return (described.length > 0 ? described : parts(true)).join('; ');
}

/** `| 类型 | 英文 | 效应 |`: the row's name in another language (or written out), the key in other words. */
const namesAgain = (table: TableFact, j: number): boolean =>
  table.header.length > 2 && roleOf(stripMarks(table.header[j] ?? '')) === 'name';

/**
 * A column that says the row's name again: how it sounds (`| 音标 |` `/ˌeɪ biː eɪ ˈsiː/`) or a phrase using
 * it (`| 例句 |` "Attribute-based access"). A vocabulary table's description is its other columns.
 */
function spellsOrUsesName(table: TableFact, j: number): boolean {
  const header = normaliseKey(stripMarks(table.header[j] ?? ''));
  if (NAME_ECHO_HEADER.test(header)) return true;
  const cells = table.rows.map((r) => (r.cells[j] ?? '').trim()).filter((c) => c !== '');
  return (
    cells.length > 0 && cells.every((c) => /^\/[^/]+\/$|^\[[^\]]+\]$/.test(c) && /[ˈˌəɪʊʃʒθðŋæɔː]/.test(c))
  );
}

const NAME_ECHO_HEADER =
  /^(?:音标|发音|读音|pronunciation|phonetics?|ipa|例句|例子|示例|举例|examples?|examplesentences?|sampleusage|usage|用法示例)$/;

/** The row as the reveal shows it: each header beside its cell, a line each. */
export function sourceOf(table: TableFact, row: TableRow): string {
  const lines: string[] = [];
  for (let j = 0; j < table.header.length; j++)
    lines.push(`${stripMarks(table.header[j] as string)}: ${row.cells[j] ?? ''}`);
  return lines.join('\n');
}
