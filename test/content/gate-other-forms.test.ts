import { describe, expect, it } from 'vitest';
import { glossTranslatesKey, namesKeyByRoot } from '../../src/content/gate-checks/other-forms.ts';
import type { DropReason } from '../../src/content/quality-gate.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/** The stem names the answer in another form than its own spelling. Each case: [rule, dropped, near miss kept]. */
const CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'give-away',
    // A Latin plural the stem has in the singular: "medium" and Network Media (set H's glossary).
    {
      origin: 'definition-reverse',
      stem: 'The physical or wireless medium used to transmit data between devices.',
      options: ['Network Media', 'Network Interface Card (NIC)', 'Node', 'Hub'],
    },
    // Near miss: another option holds the same word, so the echo tells no option apart.
    {
      origin: 'definition-reverse',
      stem: 'The physical or wireless medium used to transmit data between devices.',
      options: ['Network Media', 'Transmission Media', 'Node', 'Hub'],
    },
  ],
  [
    'give-away',
    // The stem abbreviates a word of the key before numbers: "Cat 3, Cat 5" and Cable Category.
    {
      origin: 'definition-reverse',
      stem: 'A classification system for UTP cables (Cat 3, Cat 5, Cat 6) based on performance.',
      options: ['Cable Category', 'Crossover Cable', 'Collision Domain', 'Client'],
    },
    // Near miss: the same letters as a word of its own, not an abbreviation before a number.
    {
      origin: 'definition-reverse',
      stem: 'A classification of UTP cables by the cat and mouse of their performance.',
      options: ['Cable Category', 'Crossover Cable', 'Collision Domain', 'Client'],
    },
  ],
  [
    'key-in-stem',
    // Another word of the key's root: vue-router and Routing.
    {
      origin: 'definition-reverse',
      stem: 'What vue-router adds to a single-page app',
      options: ['Routing', 'Templating', 'Bundling'],
    },
    {
      origin: 'definition-reverse',
      stem: 'What the official URL library adds to a single-page app',
      options: ['Routing', 'Templating', 'Bundling'],
    },
  ],
  [
    // The word match of give-away.ts already splits identifiers; namesKeyByRoot agrees (below).
    'give-away',
    // The key as a part of an identifier in the stem: HashSet and Set.
    {
      origin: 'definition-reverse',
      stem: 'HashSet 实现的集合接口，元素不重复',
      options: ['Set', 'List', 'Queue'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '元素不重复、不保证顺序的接口',
      options: ['Set', 'List', 'Queue'],
      lang: 'zh',
    },
  ],
  [
    // The echo check sees it first since glued word pairs are split ("mapreduce" → map, reduce).
    'key-echoes-stem',
    // The asked term run together in the right description only: map-reduce and "支持 mapreduce".
    {
      origin: 'definition-forward',
      stem: 'map-reduce',
      options: ['支持 mapreduce 的批量计算', '按字段建立的二级索引', '把写操作记入日志'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'map-reduce',
      options: ['把数据分片并行计算再汇总', '按字段建立的二级索引', '把写操作记入日志'],
      lang: 'zh',
    },
  ],
  [
    // The translation check sees it first; glossTranslatesKey agrees (below) where distractors echo too.
    'key-echoes-stem',
    // A bracketed English gloss that translates the Chinese key: Consistency and 一致性.
    {
      origin: 'definition-reverse',
      stem: '所有节点在同一时刻看到相同的数据（`Consistency`）',
      options: ['一致性', '可用性', '分区容错性'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '所有节点在同一时刻看到相同的数据',
      options: ['一致性', '可用性', '分区容错性'],
      lang: 'zh',
    },
  ],
  [
    'key-in-stem',
    // The description runs together what the key splits, or splits what it runs together.
    {
      origin: 'definition-reverse',
      stem: '可以通过 map-reduce 对集合做批量计算。',
      options: ['支持 mapreduce', '水平扩展', '副本集'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '可以把计算分发到每个分片上，再把结果汇总。',
      options: ['支持 mapreduce', '水平扩展', '副本集'],
      lang: 'zh',
    },
  ],
  [
    'key-in-stem',
    // One word of the key's root is in the description, and no distractor has that word; a distractor
    // sharing another word ("components") does not make the first one fair.
    {
      origin: 'definition-reverse',
      stem: 'Components that catch rendering errors below them and show a fallback instead',
      options: ['Error Boundaries', 'Portals', 'Server Components'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Components that keep rendering failures below them from taking down the whole page',
      options: ['Error Boundaries', 'Portals', 'Server Components'],
    },
  ],
  [
    'key-in-stem',
    // A short word against its plural: "pods" and Pod Security Admission (short words have no root to cut,
    // and a name of several words is no short name the echo check could read as an abbreviation).
    {
      origin: 'definition-reverse',
      stem: 'Restricts what the pods of a namespace may do, by three standard levels',
      options: ['Pod Security Admission', 'Network Policy', 'Resource Quota', 'Limit Range'],
    },
    // Near miss: another option is about pods too, so the word tells no option apart.
    {
      origin: 'definition-reverse',
      stem: 'Restricts what the pods of a namespace may do, by three standard levels',
      options: ['Pod Security Admission', 'Pod Disruption Budget', 'Resource Quota', 'Limit Range'],
    },
  ],
  [
    'key-in-stem',
    // A description option holding the verb of the asked handler's name (onclick and "clicked"; a verb
    // outside the glossary, where the echo check would see it first).
    {
      origin: 'table-cell',
      stem: '`onclick`',
      frame: { kind: 'row-cell', header: 'Description' },
      options: [
        'Fired once the button is clicked by the user',
        'Fired when a message arrives from the server',
        'Fired when the connection is closed by either side',
      ],
    },
    {
      origin: 'table-cell',
      stem: '`onready`',
      frame: { kind: 'row-cell', header: 'Description' },
      options: [
        'Fired once the handshake has finished',
        'Fired when a message arrives from the server',
        'Fired when the connection is closed by either side',
      ],
    },
  ],
];

describe('the stem does not name the key in another form', () => {
  for (const [rule, dropped, kept] of CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }
});

describe('other forms of the key, read directly', () => {
  it('sees the key as a part of an identifier, unless a distractor echoes that same word', () => {
    expect(namesKeyByRoot('HashSet 实现的集合接口', 'Set', ['List', 'Queue'])).toBe(true);
    // A distractor echoing another word ("map") still leaves "set" pointing at the key alone.
    expect(namesKeyByRoot('HashSet 基于 HashMap 实现', 'Set', ['Map', 'Queue'])).toBe(true);
    expect(namesKeyByRoot('HashSet 与 TreeSet 的区别', 'Set', ['SortedSet', 'Queue'])).toBe(false);
  });

  it('matches a short word against its plural, not against a longer word it starts', () => {
    expect(namesKeyByRoot('Show the jobs of this cluster', 'kubectl get job -A', ['kubectl get cm -A'])).toBe(
      true,
    );
    expect(namesKeyByRoot('Show the jobs of this cluster', 'kubectl get job -A', ['kubectl get jobs'])).toBe(
      false,
    );
    expect(namesKeyByRoot('Show the jobless nodes', 'kubectl get job -A', ['kubectl get cm -A'])).toBe(false);
  });

  it('sees a term the key runs together or splits ("map-reduce" and mapreduce)', () => {
    expect(namesKeyByRoot('可以通过 map-reduce 批量处理数据', '支持 mapreduce', ['水平扩展', '高可用'])).toBe(
      true,
    );
    expect(namesKeyByRoot('可以把计算分发到各个分片再汇总', '支持 mapreduce', ['水平扩展', '高可用'])).toBe(
      false,
    );
  });

  it('sees a bracketed gloss translating the key, even when a distractor shares its characters', () => {
    expect(glossTranslatesKey('看到相同的数据（`Consistency`）', '一致性')).toBe(true);
    expect(glossTranslatesKey('看到相同的数据（`Availability`）', '一致性')).toBe(false);
  });
});
