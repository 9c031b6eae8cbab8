import type { DropReason } from '../../src/content/quality-gate.ts';
import { authored, NO_FACTS, type Spec } from './gate-fixtures.ts';

const logsCard = (commands: readonly string[]) => ({
  facts: { ...NO_FACTS, commands: commands.map((command, k) => ({ line: 3 + k, command, shell: true })) },
});

/**
 * A question the author wrote and keyed, that a chat still cannot ask: [rule, dropped, near miss kept], in
 * English and Chinese. And the one rule of this family for generated options.
 */
export const AUTHORED_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'image-question',
    authored('Which shape is drawn?\n\n![](pics/q7/shape.png)', ['a hexagon', 'a square', 'a circle']),
    authored('Which shape has six sides?', ['a hexagon', 'a square', 'a circle']),
  ],
  [
    'image-question',
    authored('Which diagram shows a star topology?', [
      '![](pics/q8/b.png)',
      '![](pics/q8/a.png)',
      '![](pics/q8/c.png)',
    ]),
    authored('Which topology joins every node to one hub?', ['star', 'ring', 'bus']),
  ],
  [
    'missing-picture',
    authored('What does the diagram below show? 如图', ['a star', 'a ring', 'a bus']),
    // A stem showing its picture is dropped too (image-question): the near miss asks in words.
    authored('Which topology joins every node to one hub?', ['a star', 'a ring', 'a bus']),
  ],
  [
    'missing-picture',
    authored('如图所示，哪一层负责路由？', ['网络层', '传输层', '链路层'], 'zh'),
    authored('哪一层负责路由？', ['网络层', '传输层', '链路层'], 'zh'),
  ],
  [
    'missing-picture',
    authored(
      '图1_2给出的四个人物，下列哪个是正确的？',
      ['左1是java之父', '左2是java之父', '左3是java之父'],
      'zh',
    ),
    authored('下列哪个人物是java之父？', ['James Gosling', 'Bill Gates', 'Linus Torvalds'], 'zh'),
  ],
  [
    'missing-picture',
    authored('Which layer does Figure 3.1 highlight?', ['network', 'transport', 'link']),
    authored('Which layer chooses the path of a packet across routers?', ['network', 'transport', 'link']),
  ],
  [
    'missing-picture',
    authored(
      'The sales and production offices sit behind a router as shown in the diagram below. How many broadcast domains are there?',
      ['two', 'four', 'six'],
    ),
    authored('The sales and production offices sit behind a router. How many broadcast domains are there?', [
      'two',
      'four',
      'six',
    ]),
  ],
  [
    'key-in-stem',
    // Among descriptions too: only the key repeats 建筑 of 建筑群子系统 (every option shares 子系统).
    authored(
      '结构化综合布线系统中的建筑群子系统是指（    ）。',
      [
        '连接各个建筑物的子系统',
        '管理楼层内各种设备的子系统',
        '工作区信息插座之间的线缆子系统',
        '实现楼层设备间连接的子系统',
      ],
      'zh',
    ),
    authored(
      '结构化综合布线系统中的干线子系统是指（    ）。',
      [
        '实现楼层设备间连接的子系统',
        '管理楼层内各种设备的子系统',
        '工作区信息插座之间的线缆子系统',
        '连接各个建筑物的子系统',
      ],
      'zh',
    ),
  ],
  [
    'stem-not-standalone',
    authored('Which solution meets these requirements?', [
      'S3 Transfer Acceleration',
      'Snowball Edge',
      'EBS snapshots',
    ]),
    authored(
      'A company must gather 500 GB a day from sites on every continent into one bucket, fast.\n\nWhich solution meets these requirements?',
      ['S3 Transfer Acceleration', 'Snowball Edge', 'EBS snapshots'],
    ),
  ],
  [
    'fragment',
    authored('allows the HTTP server to store a ____', ['dynamic', 'manifest', 'latent']),
    authored('what file lists the URLs of every chunk of a video?', ['dynamic', 'manifest', 'latent']),
  ],
  [
    'empty-stem',
    authored('25Q: A: ________', ['QUIC', 'DASH', 'DNS']),
    authored('25Q: Which protocol streams video in chunks of several bit rates?', ['QUIC', 'DASH', 'DNS']),
  ],
  [
    'asks-for-several',
    authored('Which Layer 1 devices extend a LAN segment? (Select two)', [
      'Hub',
      'Switch',
      'Router',
      'Repeater',
    ]),
    authored('Which Layer 1 device only repeats bits to every port?', [
      'Hub',
      'Switch',
      'Router',
      'Repeater',
    ]),
  ],
  [
    'asks-for-several',
    authored('Elasticity in AWS means? (Choose two)', [
      'Rightsize with demand',
      'Max RAM on EC2',
      'Pay-as-you-go',
    ]),
    authored('Which two words name the pillar about recovering from failure?', [
      'Reliability',
      'Security',
      'Cost',
    ]),
  ],
  [
    'asks-for-several',
    authored('下列属于传输层协议的是（多选）', ['TCP', 'IP', 'ARP', 'UDP'], 'zh'),
    authored('下列属于传输层协议的是', ['TCP', 'IP', 'ARP', 'ICMP'], 'zh'),
  ],
  [
    'missing-listing',
    authored('Given the following build script, which target runs first?', ['prepare', 'package', 'deploy']),
    authored(
      'Given the following build script, which target runs first?\n\n```make\nall: prepare package\n```',
      ['prepare', 'package', 'deploy'],
    ),
  ],
  [
    'missing-listing',
    authored('下面的程序输出什么？', ['3', '2', '1'], 'zh'),
    authored('以下函数中哪个返回数组的长度？', ['`size()`', '`count()`', '`width()`'], 'zh'),
  ],
  [
    'missing-listing',
    authored('在以下示例中，链接是什么颜色？', ['红色', '蓝色', '绿色'], 'zh'),
    // "该类问题" is "this kind of question", not a class.
    authored('该类问题通常用哪种数据结构解决？', ['栈', '队列', '堆'], 'zh'),
  ],
  [
    'missing-listing',
    authored('What does this function return for an empty list?', ['zero', 'null', 'an error']),
    // "Which of the following…" points at the options, not at a listing.
    authored('Which of the following functions returns the length of a list?', [
      '`len`',
      '`size`',
      '`count`',
    ]),
  ],
  [
    'key-in-stem',
    authored('Note: incremental mode skips unchanged files. Which mode skips unchanged files?', [
      'incremental mode',
      'release mode',
      'strict mode',
    ]),
    // A stem that names several options asks the reader to choose among them.
    authored('Which is incremental, watch mode or release mode?', [
      'watch mode',
      'release mode',
      'strict mode',
    ]),
  ],
  [
    'key-in-stem',
    authored(
      '提示：增量模式会跳过未改动的文件。哪种模式跳过未改动的文件？',
      ['增量模式', '发布模式', '严格模式'],
      'zh',
    ),
    // No option shares a word with the stem.
    authored('Which keyword declares a block-scoped binding that cannot be reassigned?', [
      '`const`',
      '`var`',
      '`let`',
    ]),
  ],
  [
    'key-in-stem',
    // Another form of the key: a word of its root ("linear" and "linearly"), no distractor echoing anything.
    authored('How does the lookup time of an unsorted list grow, linear or otherwise?', [
      'It grows linearly with the length',
      'It stays constant',
      'It halves every step',
    ]),
    // A distractor echoes the stem too ("constant"): the reader still has to know.
    authored('Is the lookup time of an unsorted list linear or constant?', [
      'It grows linearly with the length',
      'It stays constant',
      'It halves every step',
    ]),
  ],
  [
    'key-in-stem',
    // A Chinese word of the key in the stem (独立 and 独立的), in no distractor.
    authored('单元测试应当 ＿＿＿，独立于其他测试执行。', ['独立的', '有序的', '共享状态的'], 'zh'),
    authored('单元测试之间应当是什么关系？', ['独立的', '有序的', '共享状态的'], 'zh'),
  ],
  [
    'key-in-stem',
    // A hint line naming the key, although a distractor is named elsewhere in the stem.
    authored(
      'Which runner runs instrumented tests, Robolectric or another?\nNotice: the Instrumentation runner loads tests onto the device.',
      ['InstrumentationTestRunner', 'Robolectric', 'JUnitCore'],
    ),
    authored('Which runner runs instrumented tests, Robolectric or another?', [
      'InstrumentationTestRunner',
      'Robolectric',
      'JUnitCore',
    ]),
  ],
  [
    'missing-listing',
    // "此代码", "该模板语法": a demonstrative and a listing a few words apart.
    authored('此模板语法代码会输出什么？', ['空字符串', '报错', 'undefined'], 'zh'),
    // "此类" is "this kind of".
    authored('此类错误通常在什么阶段被发现？', ['编译期', '运行期', '部署期'], 'zh'),
  ],
  [
    'missing-listing',
    // Inline code is no class: the class the stem points at is missing.
    authored('What does `assertEquals` check in the following test class?', [
      'that the sum is 4',
      'that the list is empty',
      'nothing',
    ]),
    // Inline code can carry an expression.
    authored('What does the following expression return: `[1, 2].length`?', ['2', '1', 'undefined']),
  ],
  [
    'missing-listing',
    // A value asked of "the list" that the stem never shows.
    authored("What is the index of 'pear' in the list?", ['1', '0', '2']),
    authored("What does `['apple', 'pear'].index('pear')` return?", ['1', '0', '2']),
  ],
  [
    'ambiguous-key',
    // The asked card's own answer runs the distractor too: both do (part of) the job.
    {
      origin: 'command',
      source: 'same-program',
      stem: 'How do I see why a container stopped?',
      options: ['docker logs', 'docker inspect', 'docker pause', 'docker tag'],
      card: logsCard(['docker logs web', 'docker inspect web']),
    },
    {
      origin: 'command',
      source: 'same-program',
      stem: 'How do I see why a container stopped?',
      options: ['docker logs', 'docker commit', 'docker pause', 'docker tag'],
      card: logsCard(['docker logs web']),
    },
  ],
  [
    'ambiguous-key',
    // The key only runs the program that does the job (`env` in an image): `docker inspect` shows it too.
    {
      origin: 'command',
      source: 'same-program',
      stem: '如何查看镜像支持的环境变量？',
      options: ['docker run', 'docker inspect', 'docker start', 'docker save'],
      arguments: 'IMAGE env',
      lang: 'zh',
    },
    // Running a program in a new container is the key's own job.
    {
      origin: 'command',
      source: 'same-program',
      stem: '如何在一个新容器里跑一条命令？',
      options: ['docker run', 'docker inspect', 'docker start', 'docker save'],
      arguments: 'IMAGE env',
      lang: 'zh',
    },
  ],
  [
    'ambiguous-key',
    {
      origin: 'command',
      source: 'same-program',
      stem: 'How do I list the files inside a pod?',
      options: ['kubectl exec', 'kubectl describe', 'kubectl logs', 'kubectl apply'],
      arguments: 'web -- ls /srv',
    },
    {
      origin: 'command',
      source: 'same-program',
      stem: 'How do I run a command inside a pod?',
      options: ['kubectl exec', 'kubectl describe', 'kubectl logs', 'kubectl apply'],
      arguments: 'web -- ls /srv',
    },
  ],
  [
    'refers-to-options',
    { origin: 'list-in', stem: 'Which is one of these?', options: ['Make', 'Ninja', 'All of the above'] },
    { origin: 'list-in', stem: 'Which is one of these?', options: ['Make', 'Ninja', 'Above the fold'] },
  ],
  [
    'empty-stem',
    // The question's text was lost in reading: the options alone ask nothing.
    authored('', ['150', '100', '50', '0'], 'zh'),
    authored('以下哪个数是 100 与 50 之和？', ['150', '100', '50', '0'], 'zh'),
  ],
  [
    'typing-hint',
    // A cheat sheet's aside on how the key is typed picks the doubled letter.
    {
      origin: 'table-row',
      stem: '(repeat the letter) Deletes the whole current line into the register',
      options: ['dd', 'dw', 'db', 'cc'],
      frame: { kind: 'which-row', header: 'Shortcut' },
      source: 'same-column',
    },
    {
      origin: 'table-row',
      stem: 'Deletes the whole current line into the register',
      options: ['dd', 'dw', 'db', 'cc'],
      frame: { kind: 'which-row', header: 'Shortcut' },
      source: 'same-column',
    },
  ],
];
