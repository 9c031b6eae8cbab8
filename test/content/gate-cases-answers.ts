import type { DropReason } from '../../src/content/quality-gate.ts';
import { SIGNALS, type Spec } from './gate-fixtures.ts';

/** Give-aways and exactly one right option: [rule, dropped, near miss kept], in English and Chinese. */
export const ANSWER_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  // Give-aways ------------------------------------------------------------------------------------------------
  [
    'key-in-stem',
    {
      origin: 'definition-reverse',
      stem: 'Jenkins is a continuous integration server',
      options: ['Jenkins', 'Nagios', 'Puppet'],
    },
    {
      origin: 'definition-reverse',
      stem: 'a continuous integration server',
      options: ['Jenkins', 'Nagios', 'Puppet'],
    },
  ],
  [
    'key-in-stem',
    // The key's expansion: "Just In Time" spells JIT.
    {
      origin: 'definition-reverse',
      stem: 'compiles hot code just in time, while the program runs',
      options: ['JIT', 'AOT', 'GC'],
    },
    {
      origin: 'definition-reverse',
      stem: 'compiles hot code while the program runs',
      options: ['JIT', 'AOT', 'GC'],
    },
  ],
  [
    'key-in-stem',
    // The gloss in the key's brackets.
    {
      origin: 'definition-reverse',
      stem: '保存 Images 的只读模板，用于创建容器实例',
      options: ['Docker 镜像(Images)', 'Docker 仓库(Registry)', 'Docker 主机(Host)'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '只读模板，用于创建容器实例',
      options: ['Docker 镜像(Images)', 'Docker 仓库(Registry)', 'Docker 主机(Host)'],
      lang: 'zh',
    },
  ],
  [
    'key-in-stem',
    // An acronym inside the key, spelled out in the stem.
    {
      origin: 'definition-reverse',
      stem: 'Time to first byte drops: users see content sooner',
      options: ['Faster TTFB', 'Better UX', 'Prioritized hydration'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Users see content sooner',
      options: ['Faster TTFB', 'Better UX', 'Prioritized hydration'],
    },
  ],
  [
    'key-gloss',
    {
      origin: 'subject-reverse',
      stem: '＿＿＿（即时编译器）在运行时把热点代码编译成机器码。',
      options: ['JIT', 'AOT', 'JVM'],
      lang: 'zh',
    },
    {
      origin: 'subject-reverse',
      stem: '＿＿＿在运行时把热点代码编译成机器码。',
      options: ['JIT', 'AOT', 'JVM'],
      lang: 'zh',
    },
  ],
  [
    // The command's name inside a word only the key has ("concatenate" holds cat).
    'key-gloss',
    {
      origin: 'definition-forward',
      stem: 'cat',
      options: [
        'used to view, create, concatenate the files.',
        'used to view the file one screen at a time.',
        'used to show the last lines of a file.',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'cat',
      options: [
        'used to view, create and join files.',
        'used to view the file one screen at a time.',
        'used to show the last lines of a file.',
      ],
    },
  ],
  [
    'give-away',
    {
      origin: 'command',
      stem: '使用 tag 命令为镜像添加标签',
      options: ['docker tag', 'docker pull', 'docker save'],
      lang: 'zh',
      source: 'same-program',
    },
    {
      origin: 'command',
      stem: '为镜像添加一个新的名称',
      options: ['docker tag', 'docker pull', 'docker save'],
      lang: 'zh',
      source: 'same-program',
    },
  ],
  [
    'give-away',
    {
      origin: 'definition-forward',
      stem: 'useDeferredValue',
      options: ['Defers expensive re-renders', 'Marks updates as non-urgent', 'Reads the nearest provider'],
    },
    {
      origin: 'definition-forward',
      stem: 'useMemo',
      options: [
        'Caches a computed value between renders',
        'Marks updates as non-urgent',
        'Reads the nearest provider',
      ],
    },
  ],
  // Exactly one right option --------------------------------------------------------------------------------
  [
    'ambiguous-key',
    // A row's description copied from its neighbour but for a word: the note's slip, not one right answer.
    {
      origin: 'table-row',
      stem: '在父表中删除记录时，检查该记录是否有对应外键，如果有则也删除外键在子表中的记录',
      options: ['SET NULL', 'SET DEFAULT', 'NO ACTION'],
      lang: 'zh',
      descriptions: {
        'SET NULL': '在父表中删除记录时，检查该记录是否有对应外键，如果有则也删除外键在子表中的记录',
        'SET DEFAULT': '在父表中删除记录时，检查该记录是否有对应外键，如果有则同时删除外键在子表中的记录',
        'NO ACTION': '在父表中删除记录时，检查该记录是否有外键，如果有则不允许删除',
      },
    },
    {
      origin: 'table-row',
      stem: '在父表中删除记录时，检查该记录是否有对应外键，如果有则把子表中的外键设为空值',
      options: ['SET NULL', 'SET DEFAULT', 'NO ACTION'],
      lang: 'zh',
      descriptions: {
        'SET NULL': '在父表中删除记录时，检查该记录是否有对应外键，如果有则把子表中的外键设为空值',
        'SET DEFAULT': '在父表中删除记录时，检查该记录是否有对应外键，如果有则同时删除外键在子表中的记录',
        'NO ACTION': '在父表中删除记录时，检查该记录是否有外键，如果有则不允许删除',
      },
    },
  ],
  [
    'ambiguous-key',
    // A short description that a distractor's says all of: `netstat -lt` lists TCP ports too.
    {
      origin: 'definition-reverse',
      stem: 'TCP类型的端口',
      options: ['netstat -ntpl', 'netstat -lt', 'netstat -anp'],
      lang: 'zh',
      descriptions: {
        'netstat -ntpl': 'TCP类型的端口',
        'netstat -lt': '只显示所有监听tcp端口',
        'netstat -anp': '显示系统端口使用情况',
      },
    },
    {
      origin: 'definition-reverse',
      stem: 'UDP类型的端口',
      options: ['netstat -nupl', 'netstat -lt', 'netstat -anp'],
      lang: 'zh',
      descriptions: {
        'netstat -nupl': 'UDP类型的端口',
        'netstat -lt': '只显示所有监听tcp端口',
        'netstat -anp': '显示系统端口使用情况',
      },
    },
  ],
  [
    'ambiguous-key',
    {
      origin: 'table-row',
      stem: 'flashcard defines two cards.',
      options: ['Single-line Bidirectional', 'Multi-line Bidirectional', 'Cloze'],
      descriptions: {
        'Single-line Bidirectional': 'flashcard defines two cards.',
        'Multi-line Bidirectional': 'flashcard defines two cards.',
        Cloze: 'flashcard defines one card per deletion.',
      },
    },
    {
      origin: 'table-row',
      stem: 'flashcard defines two cards.',
      options: ['Single-line Bidirectional', 'Multi-line Basic', 'Cloze'],
      descriptions: {
        'Single-line Bidirectional': 'flashcard defines two cards.',
        'Multi-line Basic': 'flashcard defines a single card.',
        Cloze: 'flashcard defines one card per deletion.',
      },
    },
  ],
  [
    'names-another',
    // SIGTERM is named in the stem: a term that appears in more than one definition.
    { origin: 'definition-reverse', stem: 'cannot be caught, unlike SIGTERM', options: SIGNALS },
    { origin: 'definition-reverse', stem: 'cannot be caught or ignored', options: SIGNALS },
  ],
  [
    'names-another',
    {
      origin: 'definition-forward',
      stem: 'head',
      options: [
        'shows the start of a file',
        'shows the end of a file, the reverse of head',
        'shows a file one page at a time',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'head',
      options: [
        'shows the start of a file',
        'shows the end of a file as it grows',
        'shows a file one page at a time',
      ],
    },
  ],
  [
    'blank-in-enumeration',
    {
      origin: 'cloze',
      stem: '`Byte`, _____, `Long` are cached between -128 and 127.',
      options: ['Short', 'Float', 'Double'],
    },
    {
      origin: 'cloze',
      stem: '_____ is cached between -128 and 127 like the other integer wrappers.',
      options: ['Short', 'Float', 'Double'],
    },
  ],
  [
    'blank-in-enumeration',
    {
      origin: 'cloze',
      stem: 'Docker 提供 ＿＿＿和 docker events 等工具来监控容器。',
      options: ['docker stats', 'docker tag', 'docker save'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿ 命令用于实时查看容器的资源使用情况。',
      options: ['docker stats', 'docker tag', 'docker save'],
      lang: 'zh',
    },
  ],
  [
    'cloze-not-defining',
    {
      origin: 'cloze',
      stem: '实际上，跨平台已经不是卖点，各种 ＿＿＿ 新特性也不是。',
      options: ['JDK', 'JRE', 'JVM'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿ 是执行 Java 字节码的程序。',
      options: ['JVM', 'JRE', 'JDK'],
      lang: 'zh',
    },
  ],
  [
    'cloze-not-defining',
    {
      origin: 'cloze',
      stem: 'Values are read in class components through _____ after the first paint.',
      options: ['componentDidMount', 'componentWillUpdate', 'shouldComponentUpdate'],
    },
    {
      origin: 'cloze',
      stem: '_____ runs once, right after the component is inserted into the tree.',
      options: ['componentDidMount', 'componentWillUpdate', 'shouldComponentUpdate'],
    },
  ],
  [
    'uninformative-cells',
    {
      origin: 'table-row',
      stem: 'Shadow DOM: ✅ Yes; Virtual DOM: ❌ No',
      options: ['Encapsulation', 'Managed by', 'Use case'],
    },
    {
      origin: 'table-row',
      stem: 'Shadow DOM: the browser; Virtual DOM: JS frameworks',
      options: ['Managed by', 'Encapsulation', 'Use case'],
    },
  ],
];
