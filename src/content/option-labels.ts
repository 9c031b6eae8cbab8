/**
 * A column of bare option labels: the letters, numbers or ordinals a quiz puts before its options
 * (`A`, `B`, `C`, `D`; `1`, `2`, `3`; `①`, `②`; `(a)`, `(b)`), in order from the first. Such a column names
 * places in a question's layout, never a thing to learn: a quiz written as a table (`|编号|选项|` with the
 * key row marked) has one, a table of facts does not (`h`, `j`, `k`, `l` or ports 80, 443 are not in order).
 */

const LETTERS = 'ABCDEFGH';
const CIRCLED = '①②③④⑤⑥⑦⑧';
const CHINESE = '一二三四五六七八';

/** The label's place (0 for A, 1, ①, 一), or -1 when the cell is not a bare label. */
function labelPlace(cell: string): { place: number; kind: string } | null {
  const bare = cell
    .replace(/<[^>]+>/g, '')
    .replace(/[*`_\s]/g, '')
    .replace(/^[(（[]|[)）\].、．:：]$/g, '');
  if (bare.length === 1) {
    const letter = LETTERS.indexOf(bare.toUpperCase());
    if (letter >= 0) return { place: letter, kind: bare === bare.toUpperCase() ? 'A' : 'a' };
    const circled = CIRCLED.indexOf(bare);
    if (circled >= 0) return { place: circled, kind: '①' };
    const chinese = CHINESE.indexOf(bare);
    if (chinese >= 0) return { place: chinese, kind: '一' };
  }
  if (/^\d{1,2}$/.test(bare)) return { place: Number(bare) - 1, kind: '1' };
  return null;
}

/** Whether every cell (two or more) is a bare option label of one kind, in order from the first label. */
export function isOptionLabelColumn(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  let kind: string | null = null;
  return cells.every((cell, k) => {
    const label = labelPlace(cell);
    if (!label || label.place !== k) return false;
    kind ??= label.kind;
    return label.kind === kind;
  });
}

/** The index of a table's first option-label column, or -1. */
export function optionLabelColumnOf(rows: readonly (readonly string[])[]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) if (isOptionLabelColumn(rows.map((r) => r[c] ?? ''))) return c;
  return -1;
}

/** A cell opening with an option's letter before its words (`A. 管理 run 注册表`, `(B) Queue`). */
const LETTERED_CELL = /^(?:\*\*)?[(（]?([A-H])[)）.、．:：](?:\*\*)?[ \t]*\S/;

/**
 * A matching exercise written as a table (连线题: `| ① RunManager | A. 管理 run 注册表 |`): one column's cells
 * are lettered in order from A, the answers to match shuffled against the other column. Its rows pair
 * nothing; the pairs are the exercise's key.
 */
export function isMatchingTable(rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 2) return false;
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const letters = rows.map((r) => LETTERED_CELL.exec((r[c] ?? '').trim())?.[1]);
    if (letters.every((l, k) => l === LETTERS[k])) return true;
  }
  return false;
}
