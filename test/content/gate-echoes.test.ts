import { describe, expect, it } from 'vitest';
import { keyEchoesStem } from '../../src/content/gate-checks/echoes.ts';
import type { DropReason } from '../../src/content/quality-gate.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * The key echoes the stem where no distractor does: by translation, a shared Chinese character, an
 * identifier's parts, an abbreviation. Each case: [rule, dropped, near miss kept].
 */
const ECHO_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'key-echoes-stem',
    // A name with its number asked against descriptions that each open with their own (第三范式 / 3NF 是…).
    {
      origin: 'definition-forward',
      stem: '第三范式',
      options: ['3NF 要求字段没有冗余', '1NF 要求属性具有原子性', '2NF 要求记录有惟一标识'],
      lang: 'zh',
    },
    // Near miss: the descriptions say what each form asks without naming it.
    {
      origin: 'definition-forward',
      stem: '第三范式',
      options: ['要求字段没有冗余', '要求属性具有原子性', '要求记录有惟一标识'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // Options that differ by their number only, the stem writing the key's (1NF → 第一范式).
    {
      origin: 'definition-reverse',
      stem: '1NF 是对属性的原子性约束，要求属性具有原子性，不可再分解',
      options: ['第一范式', '第二范式', '第三范式'],
      lang: 'zh',
    },
    // Near miss: the stem says no number, or says the key's and a distractor's alike.
    {
      origin: 'definition-reverse',
      stem: '要求属性具有原子性，不可再分解',
      options: ['第一范式', '第二范式', '第三范式'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // The same in English: 3NF asked against normal forms by their ordinals (the key first, as judge() takes it).
    {
      origin: 'definition-reverse',
      stem: '3NF removes transitive dependencies on the key',
      options: ['Third normal form', 'First normal form', 'Second normal form'],
      lang: 'en',
    },
    {
      origin: 'definition-reverse',
      stem: 'Removes transitive dependencies on the key',
      options: ['Third normal form', 'First normal form', 'Second normal form'],
      lang: 'en',
    },
  ],
  [
    'key-echoes-stem',
    // A command named by its translation: 放弃 → DISCARD (the glossary knows discard, cancel, watch).
    {
      origin: 'definition-reverse',
      stem: '放弃执行事务块内的所有命令',
      options: ['DISCARD', 'EXEC', 'MULTI', 'WATCH'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '事务块内的命令一条也不会生效',
      options: ['DISCARD', 'EXEC', 'MULTI', 'WATCH'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // Everyday words translated: 名称 → byName (the glossary knows name, type and constructor).
    {
      origin: 'definition-reverse',
      stem: '根据名称自动装配',
      options: ['byName', 'byType', 'constructor'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '按属性的标识符找同 id 的 bean 注入',
      options: ['byName', 'byType', 'constructor'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // A pipeline stage named by its translation: 限制 → $limit.
    {
      origin: 'table-row',
      stem: '限制返回的文档数',
      options: ['$limit', '$skip', '$sort'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '只保留前 N 条文档',
      options: ['$limit', '$skip', '$sort'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // A Chinese description naming the class in translation: 优先 + 队列 → PriorityQueue.
    {
      origin: 'definition-reverse',
      stem: '按元素的优先级出队的无界队列',
      options: ['PriorityQueue', 'ConcurrentLinkedQueue', 'LinkedBlockingQueue'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '出队时总是先给出最小的元素，容量没有上限',
      options: ['PriorityQueue', 'ConcurrentLinkedQueue', 'LinkedBlockingQueue'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // The other direction: the method's name translated in the key.
    {
      origin: 'definition-forward',
      stem: 'pollFirst',
      options: ['取出并移除头部元素', '在尾部追加一个元素', '返回元素个数'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'pollFirst',
      // Every option translates as much of the name: the notes, not the name, tell them apart.
      options: [
        '取出并移除头部元素，为空时返回 null',
        '取出并移除头部元素，为空时抛出异常',
        '取出头部元素但不移除',
      ],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // Each distractor translates one part of the stem, the key both: 队头 + 插入 → offerFirst.
    {
      origin: 'definition-reverse',
      stem: '在队头插入一个元素，容量满时返回 false',
      options: ['offerFirst', 'offerLast', 'pollFirst'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '容量满时返回 false，而不是抛出异常',
      options: ['offerFirst', 'offerLast', 'pollFirst'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // A Chinese task naming the subcommand: 导出 → export.
    {
      origin: 'command',
      stem: '把容器的文件系统导出为归档',
      options: ['podman export', 'podman logs', 'podman top'],
      lang: 'zh',
    },
    {
      origin: 'command',
      stem: '把容器的文件系统打包成一个归档文件',
      options: ['podman export', 'podman logs', 'podman top'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // An acronym of translated words: 虚拟机 → the VM of KVM.
    {
      origin: 'cloze',
      stem: '＿＿＿ 是 Linux 内核自带的虚拟机方案。',
      options: ['KVM', 'LXC', 'QEMU'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿ 是 Linux 内核自带的硬件辅助方案。',
      options: ['KVM', 'LXC', 'QEMU'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // A Chinese character only the key shares, in different words: 序 in 次序 and 顺序.
    {
      origin: 'definition-reverse',
      stem: '元素按先后次序紧挨着存放',
      options: ['顺序存储', '链式存储', '散列存储'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '元素一个挨着一个存放在连续的内存里',
      options: ['顺序存储', '链式存储', '散列存储'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // A command name built from the stem's words: "make a directory" → mkdir.
    {
      origin: 'command',
      stem: 'How do I make a directory, parents included?',
      options: ['mkdir', 'touch', 'chmod'],
    },
    {
      origin: 'command',
      stem: 'How do I create a folder, parents included?',
      options: ['mkdir', 'touch', 'chmod'],
    },
  ],
  [
    'key-echoes-stem',
    // An identifier with a glued prefix: "closes" and onclose.
    {
      origin: 'definition-reverse',
      stem: 'Fires when the socket closes.',
      options: ['onclose', 'onopen', 'onmessage'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Fires when the socket is shut by either side.',
      options: ['onclose', 'onopen', 'onmessage'],
    },
  ],
  [
    'key-echoes-stem',
    // A command table's lines, flags and placeholders aside, by their job word: Service and `svc`.
    {
      origin: 'table-row',
      stem: '查看当前命名空间下的 Service',
      frame: { kind: 'which-row', header: '命令' },
      options: ['kubectl get svc -A', 'kubectl get pod -A', 'kubectl logs NAME', 'kubectl get node -o wide'],
      lang: 'zh',
    },
    // Near miss: the task says what the key shows without naming what it lists.
    {
      origin: 'table-row',
      stem: '查看当前命名空间下对外暴露的访问入口',
      frame: { kind: 'which-row', header: '命令' },
      options: ['kubectl get svc -A', 'kubectl get pod -A', 'kubectl logs NAME', 'kubectl get node -o wide'],
      lang: 'zh',
    },
  ],
  [
    'key-in-stem',
    // The description opens with its own subject's short name.
    {
      origin: 'definition-reverse',
      stem: 'NRU：优先换出一段时间内没被访问的页',
      options: ['最近未使用算法', '先进先出算法', '时钟算法'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '优先换出一段时间内没被访问的页',
      options: ['最近未使用算法', '先进先出算法', '时钟算法'],
      lang: 'zh',
    },
  ],
];

/**
 * A list whose descriptions each repeat their own name: what the key alone shares with the stem is then
 * the list's habit, not chance, even where a distractor shares another character by chance.
 */
const RECOVERY_ZH = {
  回滚: '借助 undo 日志把数据回退到事务开始前，不必查数据页',
  前滚: '借助 redo 日志把已提交的修改向前滚动重放',
  备份还原: '先用备份覆盖数据目录，再还原增量',
  检查点: '定期做一次检查，把脏页刷到磁盘',
};
const RECOVERY_PLAIN_ZH = {
  回滚: '借助 undo 日志把数据回退到事务开始前，不必查数据页',
  前滚: '借助 redo 日志把已提交的修改重新写入数据页',
  备份还原: '用一份完整的拷贝覆盖数据目录',
  检查点: '定期刷脏页，缩短故障后要扫描的日志',
};

const LIST_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'key-echoes-stem',
    // 回退 names 回滚; 查 beside 检查点 does not undo it, as every description's own name shows.
    {
      origin: 'definition-reverse',
      stem: RECOVERY_ZH.回滚,
      options: ['回滚', '前滚', '备份还原', '检查点'],
      lang: 'zh',
      descriptions: RECOVERY_ZH,
    },
    // The same stem beside descriptions that do not repeat their names: 回 and 查 may both be chance.
    {
      origin: 'definition-reverse',
      stem: RECOVERY_PLAIN_ZH.回滚,
      options: ['回滚', '前滚', '备份还原', '检查点'],
      lang: 'zh',
      descriptions: RECOVERY_PLAIN_ZH,
    },
  ],
];

describe('a list whose descriptions repeat their own names gives no word-matching question', () => {
  for (const [rule, dropped, kept] of LIST_CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }
});

describe('the key does not echo the stem where no distractor does', () => {
  for (const [rule, dropped, kept] of ECHO_CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }
});

describe('echoes the gate sees through', () => {
  const cases: readonly (readonly [string, string, readonly string[], boolean])[] = [
    // An identifier's glued prefix and a plural of capitals.
    ['Runs when the socket reports an error', 'onerror', ['onopen', 'onclose', 'onmessage'], true],
    ['Gives each rendered form field unique IDs', 'useId', ['useMemo', 'useRef', 'useReducer'], true],
    ['Gives each rendered form field a stable name', 'useId', ['useMemo', 'useRef', 'useReducer'], false],
    // A command name made of a stem word's letters.
    ['Concatenate two logs into one', 'cat', ['less', 'head', 'sort'], true],
    ['Join two logs into one', 'cat', ['less', 'head', 'sort'], false],
    // Command lines by their job word, flags and placeholders aside: "Pods" and `get pod -A`; a
    // placeholder the line names its operand with (IMAGE) still counts on the whole line.
    ['显示所有命名空间里的 Pods', 'kubectl get pod -A', ['kubectl get cm -A', 'kubectl logs NAME'], true],
    ['显示所有命名空间里的 Pods', 'kubectl get pod -A', ['kubectl top pod', 'kubectl logs NAME'], false],
    [
      '删除一个本地镜像',
      'docker rmi IMAGE',
      ['docker rm CONTAINER', 'docker ps', 'docker logs -f CONTAINER'],
      true,
    ],
    // Chinese words sharing a character: 回退 and 回滚; a stem without it keeps the question.
    ['把分支回退到上一个版本', '回滚', ['合并', '暂存'], true],
    ['把分支恢复成上一个版本的样子', '回滚', ['合并', '暂存'], false],
  ];
  for (const [stem, key, distractors, dropped] of cases)
    it(`${dropped ? 'drops' : 'keeps'} ${key} for "${stem}"`, () => {
      expect(keyEchoesStem(stem, key, distractors)).toBe(dropped);
    });
});
