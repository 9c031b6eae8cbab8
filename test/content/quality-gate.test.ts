import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import type { Candidate, CandidateOrigin, DistractorSource } from '../../src/content/candidate.ts';
import { generateQuestions } from '../../src/content/generate-questions.ts';
import {
  type DropReason,
  firstFailure,
  gateContextOf,
  MAX_AUTO_GRADED_PER_CARD,
} from '../../src/content/quality-gate.ts';
import {
  isAutoGraded,
  type Lang,
  type QuestionFrame,
  type QuestionKind,
} from '../../src/content/question.ts';
import { buildCandidate } from '../../src/content/question-builder.ts';
import type { Card, CardFacts, TableFact } from '../../src/content/types.ts';

/**
 * Each rule of the quality gate with a candidate it must drop and a near miss it must keep, from small
 * hand-made fixtures in English and Chinese (not from the corpora). A near miss passes every check.
 */

const NO_FACTS: CardFacts = {
  definitions: [],
  tables: [],
  commands: [],
  lists: [],
  sentences: [],
  choice: null,
  answerCommand: null,
  subject: null,
};

function cardOf(lang: Lang, extra: Partial<Card> = {}): Card {
  return {
    id: 'c1',
    kind: 'question',
    prompt: lang === 'zh' ? '笔记' : 'Notes',
    answer: 'answer',
    file: 'notes.md',
    line: 1,
    answerLines: { start: 2, end: 3 },
    sectionPath: ['Notes'],
    deck: 'notes',
    lang,
    tags: [],
    facts: NO_FACTS,
    ...extra,
  };
}

const KIND_OF: Record<CandidateOrigin, QuestionKind> = {
  'definition-forward': 'definition',
  'definition-reverse': 'definition',
  'subject-forward': 'definition',
  'subject-reverse': 'definition',
  'table-row': 'table-row',
  'table-cell': 'table-row',
  command: 'command',
  cloze: 'cloze',
  'list-in': 'list-membership',
  'list-out': 'list-membership',
  'author-choice': 'choice',
};

const FRAME_OF: Record<CandidateOrigin, QuestionFrame | null> = {
  'definition-forward': { kind: 'what-is', context: '' },
  'definition-reverse': { kind: 'which-term', context: '' },
  'subject-forward': { kind: 'what-is', context: '' },
  'subject-reverse': { kind: 'which-term', context: '' },
  'table-row': { kind: 'which-row', header: 'Name' },
  'table-cell': { kind: 'row-cell', header: 'Meaning' },
  command: { kind: 'which-command' },
  cloze: { kind: 'cloze' },
  'list-in': { kind: 'one-of', list: 'Pros' },
  'list-out': { kind: 'not-one-of', list: 'Pros' },
  'author-choice': null,
};

interface Spec {
  readonly origin: CandidateOrigin;
  readonly stem: string;
  /** The key first. */
  readonly options: readonly string[];
  readonly lang?: Lang;
  readonly frame?: QuestionFrame | null;
  readonly source?: DistractorSource;
  readonly card?: Partial<Card>;
  readonly table?: TableFact;
  readonly descriptions?: Record<string, string>;
  readonly arguments?: string;
}

/** A built candidate, the key in the middle so no check can lean on its position. */
function make(spec: Spec): Candidate {
  const [key, ...others] = spec.options;
  const options = [others[0] ?? '', key ?? '', ...others.slice(1)].filter((o) => o !== '');
  const lang = spec.lang ?? 'en';
  const descriptions = spec.descriptions;
  return {
    card: cardOf(lang, spec.card),
    origin: spec.origin,
    distractorSource: spec.source ?? 'same-list',
    question: {
      id: 'c1:q',
      cardId: 'c1',
      deck: 'notes',
      kind: KIND_OF[spec.origin],
      lang,
      stem: spec.stem,
      frame: spec.frame === undefined ? FRAME_OF[spec.origin] : spec.frame,
      options,
      correctIndex: options.indexOf(key ?? ''),
      answer: 'answer',
      source: { file: 'notes.md', line: 2 },
      sectionPath: spec.card?.sectionPath ?? ['Notes'],
      tags: [],
    },
    ...(descriptions ? { descriptionOf: (o: string) => descriptions[o] } : {}),
    ...(spec.table ? { table: spec.table } : {}),
    ...(spec.arguments !== undefined ? { arguments: spec.arguments } : {}),
  };
}

const NO_COMMANDS = gateContextOf([]);
const judge = (spec: Spec, context = NO_COMMANDS): DropReason | null => firstFailure(make(spec), context);

const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGHUP', 'SIGINT'];

/** [rule, dropped, near miss kept] */
const CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
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
      stem: '＿＿＿ 命令用于容器与主机之间的数据拷贝',
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
      origin: 'definition-reverse',
      stem: '_____ stops a _____ at once: the _____ cannot catch it',
      options: SIGNALS,
    },
    {
      origin: 'definition-reverse',
      stem: '_____ stops a process at once: the _____ cannot catch it',
      options: SIGNALS,
    },
  ],
  [
    'too-many-blanks',
    {
      origin: 'subject-reverse',
      stem: '＿＿＿是＿＿＿的＿＿＿管理工具。',
      options: ['Docker Swarm', 'Docker Hub', 'Docker Compose'],
      lang: 'zh',
    },
    {
      origin: 'subject-reverse',
      stem: '＿＿＿是 Docker 官方的集群管理工具。',
      options: ['Docker Swarm', 'Docker Hub', 'Docker Compose'],
      lang: 'zh',
    },
  ],
  [
    'blank-splits-word',
    {
      origin: 'definition-reverse',
      stem: 'lists the _____work requests of the page',
      options: ['Network', 'Console', 'Sources'],
    },
    {
      origin: 'definition-reverse',
      stem: 'lists the _____ requests of the page',
      options: ['Network', 'Console', 'Sources'],
    },
  ],
  [
    'blank-splits-word',
    {
      origin: 'definition-reverse',
      stem: '描述算法运行时间随输入规模增长的时间＿＿＿度',
      options: ['复杂', '空间', '稳定'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '描述算法所需步数随输入规模增长的＿＿＿',
      options: ['时间复杂度', '空间复杂度', '稳定性'],
      lang: 'zh',
    },
  ],
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
      stem: '＿＿＿ 是运行 Java 字节码的虚拟机。',
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
  // Siblings ----------------------------------------------------------------------------------------------
  [
    'distractor-not-sibling',
    {
      origin: 'command',
      stem: 'How do I exit without saving the shell history?',
      options: ['kill', 'rngd', 'ldd'],
      source: 'other-programs',
    },
    {
      origin: 'command',
      stem: 'How do I test whether a host answers?',
      options: ['ping', 'traceroute', 'dig'],
      source: 'sibling-answers',
    },
  ],
  [
    'generic-list-label',
    {
      origin: 'list-in',
      stem: 'Docker 面试题',
      frame: { kind: 'one-of', list: '初级' },
      options: ['镜像和容器的区别', '网络模式', '存储驱动'],
      lang: 'zh',
      source: 'same-answer-lists',
    },
    {
      origin: 'list-in',
      stem: 'Docker 有哪些优缺点？',
      frame: { kind: 'one-of', list: '优点' },
      options: ['启动快', '隔离性弱', '内核共享带来安全风险'],
      lang: 'zh',
      source: 'same-answer-lists',
    },
  ],
  [
    'generic-list-label',
    {
      origin: 'list-out',
      stem: 'Interview questions',
      frame: { kind: 'not-one-of', list: 'Advanced' },
      options: ['What is a pod?', 'How does etcd elect a leader?', 'How do CRDs work?'],
      source: 'same-answer-lists',
    },
    {
      origin: 'list-out',
      stem: 'Running databases on Kubernetes',
      frame: { kind: 'not-one-of', list: 'Cons' },
      options: ['one deployment workflow', 'harder storage operations', 'upgrades need operators'],
      source: 'same-answer-lists',
    },
  ],
  [
    'not-a-term',
    {
      origin: 'subject-reverse',
      stem: '_____ stands for Secure Shell.',
      options: ['SSH and how does it work', 'packet filter', 'firewall'],
    },
    {
      origin: 'subject-reverse',
      stem: '_____ encrypts a remote login session.',
      options: ['SSH', 'Telnet', 'rsh'],
    },
  ],
  [
    'not-a-term',
    // A single letter asked alone; in a table whose header names it ("Which Mode…") it is a name.
    {
      origin: 'definition-forward',
      stem: 'M',
      options: ['sorts by resident memory', 'sorts by processor time', 'shows a usage summary'],
    },
    {
      origin: 'table-row',
      stem: 'read the file or list the directory',
      frame: { kind: 'which-row', header: 'Mode' },
      options: ['`r`', '`w`', '`x`'],
    },
  ],
  [
    'not-a-term',
    // A subject that still carries its question's setting ("What are props in React?").
    {
      origin: 'subject-reverse',
      stem: '_____ are inputs to components.',
      options: ['props in React', 'state', 'refs'],
    },
    {
      origin: 'subject-reverse',
      stem: '_____ are inputs to components.',
      options: ['props', 'state', 'refs'],
    },
  ],
  [
    'not-a-term',
    // Paragraph labels in bold are no terms: "**Note:** …", "**答案**：…".
    {
      origin: 'definition-reverse',
      stem: '编译时会检查类型，运行时不会再检查',
      options: ['注意', '答案', '解析'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '编译时会检查类型，运行时不会再检查',
      options: ['静态类型', '动态类型', '鸭子类型'],
      lang: 'zh',
    },
  ],
  [
    'not-a-term',
    // Places in a sequence: every step is a step, only its number differs.
    {
      origin: 'definition-reverse',
      stem: 'configure the network before the first boot',
      options: ['Step 2', 'Step 1', 'Step 3'],
    },
    {
      origin: 'definition-reverse',
      stem: 'configure the network before the first boot',
      options: ['Provisioning', 'Bootstrapping', 'Hardening'],
    },
  ],
  // Form tells ----------------------------------------------------------------------------------------------
  [
    'tell-blank',
    {
      origin: 'definition-forward',
      stem: 'wait()',
      options: ['makes the process _____', 'creates a new process', 'ends the process'],
    },
    {
      origin: 'definition-forward',
      stem: 'wait()',
      options: ['makes the process _____', 'creates a new _____', 'ends the process'],
    },
  ],
  [
    'tell-code',
    {
      origin: 'definition-reverse',
      stem: 'lists the running containers',
      options: ['`docker ps`', 'docker images', 'docker logs'],
    },
    {
      origin: 'definition-reverse',
      stem: 'lists the running containers',
      options: ['`docker ps`', '`docker images`', 'docker logs'],
    },
  ],
  [
    'tell-brackets',
    {
      origin: 'cloze',
      stem: '_____ runs once, right after the component is inserted into the tree.',
      options: ['componentDidMount()', 'componentWillUpdate', 'shouldComponentUpdate'],
    },
    {
      origin: 'cloze',
      stem: '_____ runs once, right after the component is inserted into the tree.',
      options: ['componentDidMount()', 'componentWillUpdate()', 'shouldComponentUpdate'],
    },
  ],
  [
    'tell-script',
    {
      origin: 'definition-reverse',
      stem: '负责在相邻节点之间传输帧',
      options: ['数据链路层', 'Network layer', 'Transport layer'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '负责在相邻节点之间传输帧',
      options: ['数据链路层', '网络层', '传输层'],
      lang: 'zh',
    },
  ],
  [
    'tell-punctuation',
    {
      origin: 'definition-forward',
      stem: 'Job',
      options: [
        'runs pods until enough of them succeed.',
        'runs one pod on every node',
        'keeps a stable identity per replica',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'Job',
      options: [
        'runs pods until enough of them succeed.',
        'runs one pod on every node.',
        'keeps a stable identity per replica',
      ],
    },
  ],
  [
    'tell-case',
    {
      origin: 'cloze',
      stem: '_____ has a cache of values between -128 and 127.',
      options: ['Short', 'float', 'double'],
    },
    {
      origin: 'cloze',
      stem: '_____ has a cache of values between -128 and 127.',
      options: ['Short', 'Float', 'double'],
    },
  ],
  [
    'tell-length',
    {
      origin: 'command',
      stem: '如何清理批量后台停止的容器？',
      options: ['docker rm -f web api db cache queue', 'docker ps', 'docker cp'],
      lang: 'zh',
      source: 'same-program',
    },
    {
      origin: 'command',
      stem: '如何清理批量后台停止的容器？',
      options: ['docker rm', 'docker ps', 'docker cp'],
      lang: 'zh',
      source: 'same-program',
    },
  ],
];

describe('the quality gate drops what a player would reject, and keeps the near miss', () => {
  for (const [rule, dropped, kept] of CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }

  it('covers every rule the gate checks by itself', () => {
    const covered = new Set(CASES.map(([rule]) => rule));
    for (const rule of [
      'reference-section',
      'layout-table',
      'link-table',
      'raw-html',
      'stem-too-long',
      'stem-not-standalone',
      'stem-lead-in',
      'fragment',
      'not-a-description',
      'too-many-blanks',
      'blank-splits-word',
      'key-in-stem',
      'key-gloss',
      'give-away',
      'ambiguous-key',
      'names-another',
      'blank-in-enumeration',
      'cloze-not-defining',
      'uninformative-cells',
      'distractor-not-sibling',
      'generic-list-label',
      'not-a-term',
      'tell-blank',
      'tell-code',
      'tell-brackets',
      'tell-script',
      'tell-punctuation',
      'tell-case',
      'tell-length',
    ] as const)
      expect(covered.has(rule), rule).toBe(true);
  });

  it('ambiguous-key: a subcommand the notes run with the same arguments as the key would do the job too', () => {
    const notes = (other: string) =>
      buildDeck([
        {
          path: 'docker.md',
          text: [
            '## Stopping',
            '',
            '```sh',
            'docker kill $(docker ps -q)',
            '```',
            '',
            '```sh',
            `${other}`,
            '```',
          ].join('\n'),
        },
      ]);
    const spec: Spec = {
      origin: 'command',
      stem: 'How do I stop every running container?',
      options: ['docker kill', 'docker stop', 'docker rm'],
      arguments: '$(docker ps -q)',
      source: 'same-program',
    };
    expect(judge(spec, gateContextOf(notes('docker stop $(docker ps -q)').cards))).toBe('ambiguous-key');
    // Another program on the same operand does another job; the same subcommand on other arguments too.
    expect(judge(spec, gateContextOf(notes('docker stop web').cards))).toBeNull();
    expect(judge(spec, gateContextOf(notes('watch $(docker ps -q)').cards))).toBeNull();
  });

  it('leaves the options and key the author wrote alone, judging only where they sit', () => {
    const author: Spec = {
      origin: 'author-choice',
      stem: 'Which of these is a text editor?',
      options: ['vim', '`ls`', 'cp'],
      source: 'author',
    };
    expect(judge(author)).toBeNull();
    expect(judge({ ...author, card: { sectionPath: ['Shell', 'References'] } })).toBe('reference-section');
  });
});

describe("a unit that carries its author's options", () => {
  it('is asked with those options only: nothing is generated from its explanation', () => {
    const text = [
      '## Which signal cannot be caught?',
      '',
      '- [ ] SIGTERM',
      '- [x] SIGKILL',
      '- [ ] SIGHUP',
      '',
      'Signals at a glance:',
      '',
      '- **SIGTERM**: asks a process to stop politely',
      '- **SIGKILL**: stops a process at once and cannot be caught',
      '- **SIGHUP**: tells a daemon that its terminal went away',
      '- **SIGINT**: interrupts a process from the keyboard',
    ].join('\n');
    const deck = buildDeck([{ path: 'quiz.md', text }]);
    // One unit: the author's options with the definition list below them (however the parser splits it).
    const choice = deck.cards.find((c) => c.facts.choice !== null);
    const withList = deck.cards.find((c) => c.facts.definitions.length > 0);
    if (!choice || !withList) throw new Error('fixture not read as expected');
    const unit: Card = { ...choice, facts: { ...choice.facts, definitions: withList.facts.definitions } };
    const auto = generateQuestions([unit], 'seed').questions.filter(isAutoGraded);
    expect(auto.map((q) => q.kind)).toEqual(['choice']);
    expect(auto[0]?.options[auto[0]?.correctIndex ?? -1]).toBe('SIGKILL');
    // The same list in a unit without options does give definition questions.
    const plain: Card = { ...unit, facts: { ...unit.facts, choice: null } };
    expect(generateQuestions([plain], 'seed').questions.some((q) => q.kind === 'definition')).toBe(true);
  });
});

describe('the builder and the per-card limit', () => {
  const card = cardOf('en');
  const draft = {
    kind: 'definition' as const,
    origin: 'definition-reverse' as const,
    distractorSource: 'same-list' as const,
    variant: 'rev-1',
    stem: 'stops a process at once',
    frame: { kind: 'which-term' as const, context: '' },
    answer: 'a',
    line: 2,
  };

  it('too-few-options: a key with one distractor is no question; with two it is', () => {
    expect(buildCandidate(card, { ...draft, correct: 'SIGKILL', distractors: ['SIGTERM'] }, 's')).toBe(
      'too-few-options',
    );
    expect(
      typeof buildCandidate(card, { ...draft, correct: 'SIGKILL', distractors: ['SIGTERM', 'SIGINT'] }, 's'),
    ).toBe('object');
  });

  it('option-too-long: a key past 200 characters is dropped, not cut; one of 200 is kept whole', () => {
    const long = 'x'.repeat(201);
    expect(buildCandidate(card, { ...draft, correct: long, distractors: ['SIGTERM', 'SIGINT'] }, 's')).toBe(
      'option-too-long',
    );
    const built = buildCandidate(
      card,
      { ...draft, correct: long.slice(1), distractors: ['SIGTERM', 'SIGINT'] },
      's',
    );
    expect(typeof built === 'object' && built.question.options).toContain(long.slice(1));
  });

  it('picks distractors that look like the key before those that would give it away by their form', () => {
    const built = buildCandidate(
      card,
      {
        ...draft,
        kind: 'cloze',
        origin: 'cloze',
        distractorSource: 'term-family',
        frame: { kind: 'cloze' },
        stem: '_____ has a cache between -128 and 127.',
        correct: 'Short',
        distractors: ['float', 'double', 'Integer', 'Long', 'char'],
      },
      's',
    );
    if (typeof built !== 'object') throw new Error(built);
    expect(built.question.options).toEqual(expect.arrayContaining(['Short', 'Integer', 'Long']));
    expect(firstFailure(built, NO_COMMANDS)).not.toBe('tell-case');
  });

  it('card-limit: one big table gives at most three questions; a card with fewer keeps all of its own', () => {
    const rows = [
      '200 | the request succeeded',
      '201 | a new resource was created',
      '301 | the resource moved for good',
      '304 | the cached copy is still valid',
      '404 | nothing was found at that address',
      '500 | the server failed unexpectedly',
    ];
    const commands = [
      ['如何查看本机的网络连接？', 'netstat -anp'],
      ['如何测试主机是否可达？', 'ping example.com'],
      ['如何跟踪数据包经过的路由？', 'traceroute example.com'],
      ['如何查询域名的解析记录？', 'dig example.com'],
    ];
    const deckText = [
      '## Status codes',
      '',
      '| Code | Meaning |',
      '|---|---|',
      ...rows.map((r) => `| ${r} |`),
      '',
      '## 常用命令',
      '',
      ...commands.flatMap(([q, c]) => [`### ${q}`, '', '```bash', c, '```', '']),
    ].join('\n');
    const deck = buildDeck([{ path: 'net.md', text: deckText }]);
    const auto = deck.questions.filter(isAutoGraded);
    const table = deck.cards.find((c) => c.prompt === 'Status codes');
    expect(auto.filter((q) => q.cardId === table?.id)).toHaveLength(MAX_AUTO_GRADED_PER_CARD);
    const limited = deck.dropped.filter((d) => d.reason === 'card-limit');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((d) => d.id.startsWith(`${table?.id}:`))).toBe(true);
    // Each command card gives its one question, the other commands of the section as distractors.
    expect(auto.filter((q) => q.kind === 'command')).toHaveLength(commands.length);
    // The limit is a default: a caller may ask for another.
    const one = buildDeck([{ path: 'net.md', text: deckText }], { maxAutoGradedPerCard: 1 });
    expect(one.questions.filter((q) => isAutoGraded(q) && q.cardId === table?.id)).toHaveLength(1);
  });
});
