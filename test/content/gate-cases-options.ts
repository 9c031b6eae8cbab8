import type { DropReason } from '../../src/content/quality-gate.ts';
import type { Spec } from './gate-fixtures.ts';

/** Sibling distractors and form tells: [rule, dropped, near miss kept], in English and Chinese. */
export const OPTION_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
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
    // A catch-all label is the rest of a list, not one of its kind: the description may fit any other item.
    {
      origin: 'table-row',
      stem: '使用时几乎感觉不到框架的存在',
      options: ['其他', '轻量', '控制反转', '面向切面'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '使用时几乎感觉不到框架的存在',
      options: ['非侵入式', '轻量', '控制反转', '面向切面'],
      lang: 'zh',
    },
  ],
  [
    'not-a-term',
    {
      origin: 'definition-reverse',
      stem: "Everything that fits none of the checklist's headings",
      options: ['Other', 'Security', 'Performance'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Everything about keeping the service fast under load',
      options: ['Performance', 'Security', 'Availability'],
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
      options: ['props in React', 'refs', 'hooks'],
    },
    {
      origin: 'subject-reverse',
      stem: '_____ are inputs to components.',
      options: ['props', 'refs', 'hooks'],
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
      options: ['blocks until a child exits', 'makes a copy of the _____', 'replaces the _____ image'],
    },
    {
      origin: 'definition-forward',
      stem: 'wait()',
      options: ['blocks until a child exits', 'creates a new process', 'ends the process'],
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
    'tell-opening',
    {
      origin: 'definition-forward',
      stem: 'EXPOSE',
      options: ['功能是声明容器监听的端口', '设置环境变量', '指定工作目录'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'EXPOSE',
      options: ['功能是声明容器监听的端口', '功能是设置环境变量', '作用是指定工作目录'],
      lang: 'zh',
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
