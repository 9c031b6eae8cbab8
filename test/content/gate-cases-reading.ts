import type { DropReason } from '../../src/content/quality-gate.ts';
import { NO_FACTS, SIGNALS, type Spec } from './gate-fixtures.ts';

/** Where a question comes from, whether it reads alone, its blanks: [rule, dropped, near miss kept], in English and Chinese. */
export const READING_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  // Where a question comes from -------------------------------------------------------------------------
  [
    'reference-section',
    {
      origin: 'definition-reverse',
      stem: 'stops a process at once and cannot be caught',
      options: SIGNALS,
      card: { sectionPath: ['Linux', 'Useful resources'] },
    },
    {
      origin: 'definition-reverse',
      stem: 'stops a process at once and cannot be caught',
      options: SIGNALS,
      card: { sectionPath: ['Linux', 'Useful signals'] },
    },
  ],
  [
    'layout-table',
    {
      origin: 'table-row',
      stem: '决定类、方法和变量能被哪些代码使用',
      frame: { kind: 'which-row', header: '分类' },
      options: ['访问控制', '程序控制', '错误处理'],
      lang: 'zh',
      table: { line: 3, header: ['分类', '关键字', '', ''], rows: [] },
    },
    {
      origin: 'table-row',
      stem: '决定类、方法和变量能被哪些代码使用',
      frame: { kind: 'which-row', header: '分类' },
      options: ['访问控制', '程序控制', '错误处理'],
      lang: 'zh',
      table: { line: 3, header: ['分类', '关键字'], rows: [] },
    },
  ],
  [
    'layout-table',
    // Rows numbered 1, 2, 3: places in the table, not names (status codes are names).
    {
      origin: 'table-row',
      stem: 'Install the packages the build needs',
      frame: { kind: 'which-row', header: '#' },
      options: ['2', '1', '3'],
      table: {
        line: 3,
        header: ['#', 'Step'],
        rows: ['1', '2', '3'].map((n, k) => ({ line: 4 + k, cells: [n, 'step'] })),
      },
    },
    {
      origin: 'table-row',
      stem: 'the resource moved for good',
      frame: { kind: 'which-row', header: 'Code' },
      options: ['301', '304', '404'],
      table: {
        line: 3,
        header: ['Code', 'Meaning'],
        rows: ['301', '304', '404'].map((n, k) => ({ line: 4 + k, cells: [n, 'meaning'] })),
      },
    },
  ],
  [
    'option-label-table',
    // A quiz written as tables: a column of option letters in order. A row question asks the layout.
    {
      origin: 'table-row',
      stem: 'IEEE802.5',
      frame: { kind: 'which-row', header: '编号' },
      options: ['C', 'A', 'B', 'D'],
      lang: 'zh',
      table: {
        line: 3,
        header: ['编号', '选项'],
        rows: ['A', 'B', 'C', 'D'].map((l, k) => ({ line: 4 + k, cells: [l, `IEEE802.${k + 3}`] })),
      },
    },
    // Single letters that are names, not places: Vim motions are not A, B, C in order.
    {
      origin: 'table-row',
      stem: 'move the cursor one line down',
      frame: { kind: 'which-row', header: 'Key' },
      options: ['j', 'h', 'k', 'l'],
      table: {
        line: 3,
        header: ['Key', 'Motion'],
        rows: ['h', 'j', 'k', 'l'].map((l, k) => ({ line: 4 + k, cells: [l, `motion ${k}`] })),
      },
    },
  ],
  [
    'misaligned-table',
    // Labels that do not line up with the cells (read from the note by table-alignment.ts).
    {
      origin: 'table-row',
      stem: '类型: 1 byte; 大小: (-128,127); 有符号范围: (0,255)',
      frame: { kind: 'which-row', header: '分类' },
      options: ['TINYINT', 'SMALLINT', 'BIGINT'],
      lang: 'zh',
      table: { line: 3, header: ['分类', '类型', '大小', '有符号范围'], rows: [], misaligned: true },
    },
    {
      origin: 'table-row',
      stem: '大小: 1 byte; 有符号范围: (-128,127); 无符号范围: (0,255)',
      frame: { kind: 'which-row', header: '类型' },
      options: ['TINYINT', 'SMALLINT', 'BIGINT'],
      lang: 'zh',
      table: { line: 3, header: ['类型', '大小', '有符号范围', '无符号范围'], rows: [] },
    },
  ],
  [
    'example-data',
    {
      origin: 'table-row',
      stem: 'field meaning: age; type: int; constraint: CHECK',
      frame: { kind: 'which-row', header: 'Field' },
      options: ['age', 'name', 'status'],
      table: { line: 3, header: ['Field', 'Meaning', 'Type', 'Constraint'], rows: [], example: true },
    },
    {
      origin: 'table-row',
      stem: 'fails unless the value passes its condition',
      frame: { kind: 'which-row', header: 'Constraint' },
      options: ['CHECK', 'UNIQUE', 'DEFAULT'],
      table: { line: 3, header: ['Constraint', 'Meaning'], rows: [] },
    },
  ],
  [
    'link-table',
    {
      origin: 'table-row',
      stem: 'Easy',
      options: ['Exercise 1', 'Exercise 2', 'Exercise 3'],
      table: { line: 3, header: ['Name', 'Level'], rows: [] },
      card: { facts: { ...NO_FACTS, linkTables: [3] } },
    },
    {
      origin: 'table-row',
      stem: 'Sends one request per line of the input file',
      options: ['Exercise 1', 'Exercise 2', 'Exercise 3'],
      table: { line: 3, header: ['Name', 'Task'], rows: [] },
      card: { facts: { ...NO_FACTS, linkTables: [9] } },
    },
  ],
  // Whether it reads on its own ------------------------------------------------------------------------
  [
    'raw-html',
    { origin: 'definition-reverse', stem: 'stops a process <br> at once', options: SIGNALS },
    { origin: 'definition-reverse', stem: 'stops a process at once, unlike `<Ctrl-C>`', options: SIGNALS },
  ],
  [
    'stem-too-long',
    { origin: 'definition-reverse', stem: `stops a process ${'at once, '.repeat(60)}`, options: SIGNALS },
    {
      origin: 'definition-reverse',
      stem: `stops a process ${'at once, '.repeat(40)}for good.`,
      options: SIGNALS,
    },
  ],
  [
    'stem-not-standalone',
    { origin: 'cloze', stem: 'This is why _____ cannot be caught by a handler.', options: SIGNALS },
    { origin: 'cloze', stem: '_____ cannot be caught by a handler.', options: SIGNALS },
  ],
  [
    'stem-not-standalone',
    {
      origin: 'cloze',
      stem: '另外，＿＿＿ 命令用于容器与主机之间的数据拷贝',
      options: ['docker cp', 'docker tag', 'docker save'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿ 命令用于在容器与主机之间搬运文件',
      options: ['docker cp', 'docker tag', 'docker save'],
      lang: 'zh',
    },
  ],
  [
    'stem-not-standalone',
    { origin: 'cloze', stem: '_____ is the newest of the four.', options: ['Linux', 'Unix', 'BSD'] },
    {
      origin: 'cloze',
      stem: '_____ is the newest Unix-like system, started in 1991.',
      options: ['Linux', 'Plan 9', 'BSD'],
    },
  ],
  [
    'stem-lead-in',
    {
      origin: 'definition-reverse',
      stem: 'The signals a process can receive are listed here:',
      options: SIGNALS,
    },
    { origin: 'definition-reverse', stem: 'asks a process to stop, and can be caught', options: SIGNALS },
  ],
  [
    'stem-lead-in',
    {
      origin: 'cloze',
      stem: '＿＿＿ 命令用于拷贝文件，常用参数如下：',
      options: ['docker run', 'docker tag', 'docker save'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿ 命令用于创建并启动一个新容器。',
      options: ['docker run', 'docker tag', 'docker save'],
      lang: 'zh',
    },
  ],
  [
    'stem-lead-in',
    {
      origin: 'cloze',
      stem: 'MySQL 默认的存储引擎 ＿＿＿ 支持事务，它加锁的最小单位是',
      options: ['InnoDB', 'MyISAM', 'Memory'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: 'MySQL 默认的存储引擎 ＿＿＿ 支持事务，它加锁的最小单位是行。',
      options: ['InnoDB', 'MyISAM', 'Memory'],
      lang: 'zh',
    },
  ],
  [
    'fragment',
    {
      origin: 'definition-forward',
      stem: 'Linux Mint',
      options: [
        ', which is built from Ubuntu releases',
        'a rolling release for experts',
        'a distribution for penetration testing',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'Linux Mint',
      options: [
        'a desktop distribution built from Ubuntu releases',
        'a rolling release for experts',
        'a distribution for penetration testing',
      ],
    },
  ],
  [
    'not-a-description',
    {
      origin: 'definition-reverse',
      stem: 'for sharing stateful logic',
      options: ['Custom Hooks', 'Render Props', 'Mixins'],
    },
    {
      origin: 'definition-reverse',
      stem: 'functions that share stateful logic between components',
      options: ['Custom Hooks', 'Render Props', 'Mixins'],
    },
  ],
  // Blanks ------------------------------------------------------------------------------------------------
  [
    'too-many-blanks',
    {
      origin: 'cloze',
      stem: '_____ stops a _____ at once: the _____ cannot catch it',
      options: SIGNALS,
    },
    {
      origin: 'cloze',
      stem: '_____ stops a process at once: the _____ cannot catch it',
      options: SIGNALS,
    },
  ],
  [
    'too-many-blanks',
    {
      origin: 'cloze',
      stem: '＿＿＿是＿＿＿的＿＿＿管理工具。',
      options: ['Docker Swarm', 'Docker Hub', 'Docker Compose'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿是 Docker 官方的编组工具，把多台主机组织成一个整体。',
      options: ['Docker Swarm', 'Docker Hub', 'Docker Compose'],
      lang: 'zh',
    },
  ],
  [
    'blank-splits-word',
    {
      origin: 'subject-reverse',
      stem: '_____work lists the requests of the page.',
      options: ['Network', 'Console', 'Sources'],
    },
    {
      origin: 'subject-reverse',
      stem: '_____ lists the requests of the page.',
      options: ['Network', 'Console', 'Sources'],
    },
  ],
  [
    'blank-splits-word',
    {
      origin: 'subject-reverse',
      stem: '＿＿＿度描述算法运行时间随输入规模增长的快慢。',
      options: ['复杂', '空间', '稳定'],
      lang: 'zh',
    },
    {
      origin: 'subject-reverse',
      stem: '＿＿＿描述算法所需步数随输入规模增长的快慢。',
      options: ['时间复杂度', '空间复杂度', '稳定性'],
      lang: 'zh',
    },
  ],
];
