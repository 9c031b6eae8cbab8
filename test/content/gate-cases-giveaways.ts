import type { DropReason } from '../../src/content/quality-gate.ts';
import type { TableFact } from '../../src/content/types.ts';
import { authored, type Spec } from './gate-fixtures.ts';

/** Two systems compared side by side, the first column's header naming no aspect ("名称"). */
const SIDE_BY_SIDE: TableFact = {
  line: 3,
  header: ['名称', '搜索系统', 'RAG系统'],
  rows: [
    { line: 4, cells: ['任务', '找文档', '给答案'] },
    { line: 5, cells: ['输出', '文档列表', '自然语言答案'] },
    { line: 6, cells: ['核心组件', '索引器 + 排序器', '索引器 + 排序器 + 生成器'] },
  ],
};

/**
 * Give-aways blind judges found in round 16's sets AA and AB (notes the generator had never seen):
 * [rule, dropped, near miss kept].
 */
export const GIVEAWAY_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'key-in-stem',
    // The stem spells out the acronym; only the key repeats a word of the expansion ("Message").
    authored('What is the purpose of the ICMP (Internet Control Message Protocol) in networking?', [
      'To diagnose network-related issues and communicate error messages',
      'To secure wireless networks',
      'To establish secure VPN connections',
      'To regulate the flow of data in a network',
    ]),
    // Near miss: a distractor repeats it too, so the word points at no option.
    authored('What is the purpose of the ICMP (Internet Control Message Protocol) in networking?', [
      'To diagnose network-related issues and communicate error messages',
      'To encrypt messages between hosts',
      'To establish secure VPN connections',
      'To regulate the flow of data in a network',
    ]),
  ],
  [
    'key-in-stem',
    // The expansion first, the acronym in brackets: "Domain Name System (DNS)".
    authored('What does the Domain Name System (DNS) do?', [
      'Resolves domain names to IP addresses',
      'Assigns IP addresses to devices',
      'Routes packets between networks',
    ]),
    authored('What does DNS do?', [
      'Resolves domain names to IP addresses',
      'Assigns IP addresses to devices',
      'Routes packets between networks',
    ]),
  ],
  [
    'key-in-stem',
    // A part of the asked compound ("Deadlock") in the key alone ("…each other's locks").
    {
      origin: 'definition-forward',
      stem: 'Deadlock',
      options: [
        "Situation where two transactions wait indefinitely for each other's locks.",
        'Intentionally introducing redundancy to improve performance.',
        'Organized collection of structured data.',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'Deadlock',
      options: [
        "Situation where two transactions wait indefinitely for each other's locks.",
        'Holding locks for as short a time as possible.',
        'Organized collection of structured data.',
      ],
    },
  ],
  [
    'generic-list-label',
    // "Key Points" of what? The list's subject is the card's, not named in the stem.
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Key Points' },
      options: ['Shares network namespace', 'Request = Limit', 'Gradual rollout'],
    },
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Pod traits' },
      options: ['Shares network namespace', 'Request = Limit', 'Gradual rollout'],
    },
  ],
  [
    'comparison-table',
    // Two systems side by side under a question about their difference: rows are aspects, no terms.
    {
      origin: 'table-row',
      stem: '搜索系统: 文档列表; RAG系统: 自然语言答案',
      frame: { kind: 'which-row', header: '' },
      options: ['输出', '任务', '核心组件'],
      table: SIDE_BY_SIDE,
      lang: 'zh',
      card: { prompt: '了解搜索系统吗？和RAG有什么区别？' },
    },
    {
      origin: 'table-row',
      stem: '搜索系统: 文档列表; RAG系统: 自然语言答案',
      frame: { kind: 'which-row', header: '' },
      options: ['输出', '任务', '核心组件'],
      table: SIDE_BY_SIDE,
      lang: 'zh',
      card: { prompt: '检索增强生成的组成' },
    },
  ],
  [
    'key-echoes-stem',
    // 网桥 is "bridge": the description translates the key.
    {
      origin: 'definition-reverse',
      stem: '当 Docker 进程启动时，会在主机上创建一个名为 docker0 的虚拟网桥，容器都连接到这个虚拟网桥上。',
      options: ['bridge', 'host', 'none', 'container'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '容器不会获得独立的 Network Namespace，而是和宿主机共用一个。',
      options: ['bridge', 'none', 'container'],
      lang: 'zh',
    },
  ],
  [
    'missing-listing',
    authored('What does this example print?', ['3', '2', '1']),
    // "This is an example of:" names what the stem described, no listing.
    authored('A team blocks USB drives on every laptop. This is an example of:', [
      'Prevention',
      'Recovery',
      'Deterrence',
    ]),
  ],
  [
    'not-a-term',
    // "一句话总结" is how an answer sums itself up, not one of the things it names.
    {
      origin: 'definition-reverse',
      stem: '选择它们是为了“灵活性”和“控制力”。',
      options: ['一句话总结', '检索精度下降', '可追溯性'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '用户可以点击查看来源进行事实核查。',
      options: ['可追溯性', '检索精度下降', '实时性'],
      lang: 'zh',
    },
  ],
  [
    'not-a-term',
    // "举例" introduces examples.
    {
      origin: 'definition-forward',
      stem: '举例',
      options: [
        '金融领域的股权结构、医疗领域的药物关系网络。',
        '检索到的文档中至少有一个相关文档。',
        '嵌入向量代表整个块的平均语义。',
      ],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: '知识图谱',
      options: [
        '金融领域的股权结构、医疗领域的药物关系网络。',
        '检索到的文档中至少有一个相关文档。',
        '嵌入向量代表整个块的平均语义。',
      ],
      lang: 'zh',
    },
  ],
  [
    'tell-verb',
    // The key the only step written as an order among causes written as noun phrases.
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Common causes of slow queries' },
      options: [
        'Look for long-running transactions',
        'Missing indexes',
        'Lock contention',
        'Stale statistics',
      ],
    },
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Common causes of slow queries' },
      options: ['Long-running transactions', 'Missing indexes', 'Lock contention', 'Stale statistics'],
    },
  ],
  [
    'missing-listing',
    // Options citing numbered statements the stem lost.
    authored('Reduces address overlap occurrence.', ['2, 4 and 6', '1, 3 and 4', '5 and 6']),
    authored('Which are advantages of NAT?\n1. Conserves addresses.\n2. Adds delay.\n3. Hides hosts.', [
      '1 and 3',
      '2 and 3',
      '1 and 2',
    ]),
  ],
  [
    'missing-listing',
    // "1 only", "3 and 4 only": the numbered remedies were read as a list of their own, away from the stem.
    authored('The subnet masks should be set to 255.255.255.0.', [
      '1 only',
      '2 only',
      '3 and 4 only',
      '4 only',
    ]),
    authored(
      'Which remedies restore the ping?\n1) Use a crossover cable.\n2) Set the masks to /24.\n3) Add a gateway.',
      ['1 only', '2 only', '1 and 2 only'],
    ),
  ],
  [
    'key-in-stem',
    // Among short names, a word of the key alone in the stem (键值), though every option shares 数据.
    authored(
      '以下哪种NoSQL数据库类型以键值对存储数据？',
      ['键值数据库', '文档数据库', '列族数据库', '图数据库'],
      'zh',
    ),
    authored(
      '以下哪种NoSQL数据库最适合存储社交网络中的好友关系？',
      ['图数据库', '文档数据库', '列族数据库', '键值数据库'],
      'zh',
    ),
  ],
  [
    'not-a-term',
    // A book's record: its fields are no terms.
    {
      origin: 'definition-reverse',
      stem: '雷姆兹·H.阿帕希杜塞尔',
      options: ['作者', '出版社', '书名'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '把虚拟地址翻译成物理地址的硬件。',
      options: ['MMU', 'TLB', 'DMA'],
      lang: 'zh',
    },
  ],
  [
    'key-in-stem',
    // The description holds a part of the key's compound: "each other's locks" and Deadlock.
    {
      origin: 'definition-reverse',
      stem: "Situation where two transactions wait indefinitely for each other's locks.",
      options: ['Deadlock', 'Denormalization', 'Database'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Situation where two transactions wait indefinitely for each other.',
      options: ['Deadlock', 'Denormalization', 'Database'],
    },
  ],
  [
    'tell-verb',
    // Orders in title case, bold (`**Check Execution Plan**`), beside the key, a cause.
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Possible causes of a slow query' },
      options: [
        '**Blocking/Locking**',
        '**Check Execution Plan**',
        '**Look for Table Scans**',
        '**Check for Blocking**',
      ],
    },
    {
      origin: 'list-in',
      stem: 'Which of these belongs to the list?',
      frame: { kind: 'one-of', list: 'Possible causes of a slow query' },
      options: ['**Blocking/Locking**', '**Stale Statistics**', '**Table Scans**', '**Check Constraints**'],
    },
  ],
  [
    'key-in-stem',
    // Two long words that open alike, of no one root: "electricity" in the stem, "electrolyte" the key.
    {
      origin: 'definition-reverse',
      stem: 'contains ions in solution and conducts electricity',
      options: ['electrolyte', 'colloid', 'suspension', 'emulsion'],
    },
    // Near miss: a distractor opens alike too ("electrode"), so the sound points at no option.
    {
      origin: 'definition-reverse',
      stem: 'contains ions in solution and conducts electricity',
      options: ['electrolyte', 'electrode', 'suspension', 'emulsion'],
    },
  ],
  [
    'key-in-stem',
    // Options told apart by their numbers, the stem naming the key's in digits: 十八以上 and "年满18周岁".
    {
      origin: 'definition-reverse',
      stem: '都是年满18周岁后犯罪',
      options: ['十八以上', '五年以内', '有期以上', '故意犯罪'],
      lang: 'zh',
    },
    // Near miss: the number named is no option's.
    {
      origin: 'definition-reverse',
      stem: '都是年满16周岁后犯罪',
      options: ['十八以上', '五年以内', '有期以上', '故意犯罪'],
      lang: 'zh',
    },
  ],
  [
    'spelled-acronym',
    // A formula's symbol read off its gloss: Px and "price of good X".
    {
      origin: 'definition-forward',
      stem: 'Px',
      options: ['price of good X', 'stustitute good Y', 'I and Py constant'],
    },
    // Near miss: a gloss that opens on another word.
    {
      origin: 'definition-forward',
      stem: 'Px',
      options: ['the cost of one unit of X', 'stustitute good Y', 'I and Py constant'],
    },
  ],
  [
    'fragment',
    // `**IP** address is a 32-bit …`: the term was the first word of the subject, the rest is no description.
    {
      origin: 'definition-reverse',
      stem: 'address is a 32-bit binary number, written as 4 octets in decimal form',
      options: ['IP', 'MAC', 'DNS'],
    },
    // Near miss: a description that opens on its own subject.
    {
      origin: 'definition-reverse',
      stem: 'A 32-bit binary number, written as 4 octets in decimal form',
      options: ['IP', 'MAC', 'DNS'],
    },
  ],
  [
    'key-echoes-stem',
    // An inflected word of the key translated in the stem: "Stopping" and 停止 ("stopping" → stop).
    {
      origin: 'definition-reverse',
      stem: '在验证误差开始上升时停止训练',
      options: ['Early Stopping', 'Ensemble Learning', 'Entropy', 'Epoch'],
      lang: 'zh',
    },
    // Near miss: the stem says it in other words.
    {
      origin: 'definition-reverse',
      stem: '在验证误差开始上升时结束训练',
      options: ['Early Stopping', 'Ensemble Learning', 'Entropy', 'Epoch'],
      lang: 'zh',
    },
  ],
  [
    'give-away',
    // The key alone shares 有界 with the term, beneath a context whose words every option shares.
    {
      origin: 'definition-forward',
      stem: '有界定理',
      frame: { kind: 'what-is', context: '闭区间上连续函数的四个性质' },
      options: [
        '若连续,则必在区间上有界',
        '若连续,则**必有最大最小值**',
        '若函数f(x)上连续, f(a)f(b)<0, 则必存在$x_0 \\in (a,b)$使得$f(x_0)=0$',
        '若$[a,b]$连续, $f(a) \\ne f(b)$, c是介于函数的常数, 则$\\xi \\in (a,b)$, 使得$f(\\xi)=c$',
      ],
      lang: 'zh',
    },
    // Near miss: the term shares no word with its description.
    {
      origin: 'definition-forward',
      stem: '魏尔斯特拉斯定理',
      frame: { kind: 'what-is', context: '闭区间上连续函数的四个性质' },
      options: [
        '若连续,则必在区间上有界',
        '若连续,则**必有最大最小值**',
        '若函数f(x)上连续, f(a)f(b)<0, 则必存在$x_0 \\in (a,b)$使得$f(x_0)=0$',
        '若$[a,b]$连续, $f(a) \\ne f(b)$, c是介于函数的常数, 则$\\xi \\in (a,b)$, 使得$f(\\xi)=c$',
      ],
      lang: 'zh',
    },
  ],
  [
    'raw-html',
    // Anki's cloze syntax, not read as a cloze, left in a stem.
    {
      origin: 'definition-reverse',
      stem: '{{c1::getprotobyname( )}}：根据协议名返回协议号。',
      options: ['socket', 'bind', 'listen'],
      lang: 'zh',
    },
    // Near miss: a template's braces, balanced, are what the note shows.
    {
      origin: 'definition-reverse',
      stem: 'Prints a value into the page: {{ msg }} in a template.',
      options: ['Interpolation', 'Directive', 'Binding'],
    },
  ],
];
