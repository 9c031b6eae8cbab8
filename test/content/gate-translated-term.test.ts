import { describe, expect, it } from 'vitest';
import type { DropReason } from '../../src/content/quality-gate.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * A Latin term of plain English words against a Chinese description that renders them: dropped whatever
 * the distractors share. Each case: [rule, dropped, near miss kept].
 */
const CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    // A table whose name column translates the operator (投射 and $project).
    'key-echoes-stem',
    {
      origin: 'table-row',
      stem: '名称: 投射操作符; 作用: 修改文档的结构，可以重命名、增加或删除字段',
      options: ['$project', '$group', '$limit', '$match'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '作用: 修改文档的结构，可以重命名、增加或删除字段',
      options: ['$project', '$group', '$limit', '$match'],
      lang: 'zh',
    },
  ],
  [
    'translated-term',
    // `no` rendered as 不, though no distractor is a translation the echo check could weigh.
    {
      origin: 'table-row',
      stem: '不进行自动装配，依赖要显式写出',
      options: ['no', 'byType', 'constructor'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '依赖要在 XML 里显式写出',
      options: ['no', 'byType', 'constructor'],
      lang: 'zh',
    },
  ],
  [
    'translated-term',
    // The other direction: the term asked, its description the key (统计 renders count); one distractor
    // renders it too, so the echo check sees no echo of the key alone, but the third option is ruled out.
    {
      origin: 'definition-forward',
      stem: '$count',
      options: ['统计流入的文档数量', '统计每组的文档数量', '跳过前 N 条文档'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: '$count',
      options: ['输出流入的文档个数', '跳过前 N 条文档', '按字段排序'],
      lang: 'zh',
    },
  ],
];

describe('a Latin term is not asked against a Chinese description that translates it', () => {
  for (const [rule, dropped, kept] of CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }
});
