/**
 * Whether a table's header labels line up with its cells. Two ways they do not: a row typed with more or
 * fewer cells than the header (markdown-it pads or cuts it, so a cell may sit under the wrong label), and a
 * header that has one label too many or too few though every row has the header's width, which shows as a
 * column labelled with a measure ("大小", "范围", "Size", "Range") whose cells hold no number at all: the
 * labels have shifted by a column ("| 分类 | 类型 | 大小 | … |" over "| TINYINT | 1 byte | (-128,127) | …").
 * A table-row question from such a table tells the player false facts.
 */

/** Labels of a quantity: a column under one holds numbers ("0-255 bytes", "(-128,127)", "4"). */
const MEASURE_LABEL =
  /(?:^|\s)(?:size|range|length|bytes?|count|min(?:imum)?|max(?:imum)?|port|bits?)(?:\s|$)|大小|范围|长度|字节|取值|数量|端口|位数|默认值/i;

/** Cells said to be a measure but holding no digit, in at least two rows and in every row that has one. */
function wordsUnderMeasure(header: readonly string[], rows: readonly (readonly string[])[]): boolean {
  return header.some((label, k) => {
    if (!MEASURE_LABEL.test(label)) return false;
    const cells = rows.map((r) => (r[k] ?? '').trim()).filter((c) => c !== '');
    return cells.length >= 2 && cells.every((c) => !/\d/.test(c));
  });
}

export function headerMisaligned(
  ragged: boolean,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): boolean {
  return ragged || wordsUnderMeasure(header, rows);
}

/**
 * A line that opens an example ("例：创建表", "例: 将id为1数据的name修改为'lance'", "Example 2:", "e.g.:"):
 * what follows it (a table, or the rest of the line) is sample data, not a fact of the topic.
 */
export function isExampleLead(text: string): boolean {
  return /^\s*(?:例|举例|示例|例如|比如|example|for example|e\.g\.)\s*\d*\s*[:：]/i.test(text);
}

/** A first column that counts the rows (1, 2, 3 …, or from 0): places in the table, not names. */
export function countsRows(cells: readonly string[]): boolean {
  const first = cells.map((c) => c.replace(/[*`.、)）\s]/g, ''));
  return first.length > 1 && first.every((c, k) => c === String(k + 1) || c === String(k));
}
