import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { typedCellCount } from '../../src/content/typed-cells.ts';
import { judge } from './gate-fixtures.ts';

/**
 * Tables whose rows a question must not state: labels that do not line up with the cells (a row typed wider
 * or narrower than the header, or a header shifted by a column), and sample data under an example's
 * lead-in. Each case: the note whose table rows are dropped, then a near miss whose rows are asked.
 */
const deckOf = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const tableRows = (text: string) => deckOf(text).questions.filter((q) => q.kind === 'table-row');
const reasons = (text: string) => deckOf(text).dropped.map((d) => d.reason);

const note = (lead: string, header: string, rows: readonly string[]) =>
  ['# 数据库笔记', '', '## 字符串类型', '', lead, '', header, '| -- | -- | -- |', ...rows, ''].join('\n');

const STRING_ROWS = [
  '| CHAR | 0-255 bytes | 定长字符串 |',
  '| VARCHAR | 0-65535 bytes | 变长字符串 |',
  '| BLOB | 0-65535 bytes | 二进制形式的文本数据 |',
  '| TEXT | 0-65535 bytes | 长文本数据 |',
];

describe('a table whose labels do not line up with its cells gives no table-row question', () => {
  it('reads a row as typed: outer pipes, escaped pipes, a quote mark', () => {
    expect(typedCellCount('| a | b | c |')).toBe(3);
    expect(typedCellCount('a | b')).toBe(2);
    expect(typedCellCount('> | a \\| b | c |')).toBe(2);
  });

  it('drops the rows of a table with a row wider than its header (misaligned-table)', () => {
    const ragged = note('MySQL 的字符串类型：', '| 类型 | 大小 | 描述 |', [
      ...STRING_ROWS.slice(0, 3),
      '| TEXT | 0-65535 bytes | 长文本数据 | 常用 |',
    ]);
    expect(tableRows(ragged)).toEqual([]);
    expect(reasons(ragged)).toContain('misaligned-table');
    const even = note('MySQL 的字符串类型：', '| 类型 | 大小 | 描述 |', STRING_ROWS);
    expect(tableRows(even).length).toBeGreaterThan(0);
    expect(reasons(even)).not.toContain('misaligned-table');
  });

  it('drops the rows of a table whose measure column holds no number: the labels shifted', () => {
    const shifted = [
      '# 数据库笔记',
      '',
      '## 数值类型',
      '',
      '| 分类 | 类型 | 大小 | 有符号范围 | 无符号范围 |',
      '| -- | -- | -- | -- | -- |',
      '| TINYINT | 1 byte | (-128,127) | (0,255) | 小整数值 |',
      '| SMALLINT | 2 bytes | (-32768,32767) | (0,65535) | 大整数值 |',
      '| BIGINT | 8 bytes | (-2^63, 2^63-1) | (0, 2^64-1) | 极大整数值 |',
      '| FLOAT | 4 bytes | | | 单精度浮点数值 |',
      '',
    ].join('\n');
    expect(tableRows(shifted)).toEqual([]);
    expect(reasons(shifted)).toContain('misaligned-table');
    const aligned = shifted
      .replace(
        '| 分类 | 类型 | 大小 | 有符号范围 | 无符号范围 |',
        '| 类型 | 大小 | 有符号范围 | 无符号范围 | 用途 |',
      )
      .replace('| -- | -- | -- | -- | -- |', '| -- | -- | -- | -- | -- |');
    expect(reasons(aligned)).not.toContain('misaligned-table');
    expect(tableRows(aligned).length).toBeGreaterThan(0);
  });
});

describe('sample data under an example lead-in gives no question', () => {
  it('drops the rows of a table under "例：" and keeps them under a plain lead-in (example-data)', () => {
    const sample = note('例：创建表', '| 类型 | 大小 | 描述 |', STRING_ROWS);
    expect(tableRows(sample)).toEqual([]);
    expect(reasons(sample)).toContain('example-data');
    const facts = note('字符串类型一览：', '| 类型 | 大小 | 描述 |', STRING_ROWS);
    expect(reasons(facts)).not.toContain('example-data');
  });
});

describe('a sentence that opens an example gives no cloze', () => {
  it('drops "例: …" and keeps the same sentence stated as a fact (example-data)', () => {
    const options = ['id', 'name', 'age', 'status'];
    expect(
      judge({ origin: 'cloze', stem: '例: 将＿＿＿为1数据的name修改为lance', options, lang: 'zh' }),
    ).toBe('example-data');
    expect(
      judge({ origin: 'cloze', stem: '主键字段通常命名为＿＿＿，由数据库自增生成', options, lang: 'zh' }),
    ).not.toBe('example-data');
  });
});
