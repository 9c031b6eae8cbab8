import { describe, expect, it } from 'vitest';
import { translatesTerm } from '../../src/content/gate-checks/translated-term.ts';
import { withHugoShortcodesRead } from '../../src/content/hugo-shortcodes.ts';
import { isSkippedTitle, stripDecoration } from '../../src/content/question-cues.ts';
import { sentencesOf } from '../../src/content/sentence-facts.ts';
import { normaliseKey } from '../../src/content/text-normalise.ts';
import { withHeadingSpaces } from '../../src/content/unspaced-headings.ts';
import { askedOf as asked, choicesOf, noteDeck } from './deck-helpers.ts';

/**
 * Layouts round 21's blind sets BI–BL showed misread, in fixtures written for these tests: a key marked
 * "✅ Correct Answer" on its option, a page of bold terms and nothing else, Hugo's folds, a quiz whose
 * wrong options only echo the question, headings typed without their space, tables that count their rows.
 */
const mcq = (options: readonly string[], stem = 'What is the acronym for Amazon Web Services?') =>
  [`1. ${stem}`, ...options.map((o, k) => `   - ${'ABCD'[k]}) ${o}`)].join('\n');

describe('a key marked on its option with words after the tick', () => {
  it('reads "✅ Correct Answer" as the key and shows the option without it', () => {
    const note = mcq(
      ['Cloud computing ✅ Correct Answer', 'Cloud storage', 'Cloud networking', 'Cloud security'],
      'What is the term for on-demand delivery of IT resources over the Internet?',
    );
    expect(choicesOf(note)).toEqual([
      ['What is the term for on-demand delivery of IT resources over the Internet?', 'Cloud computing'],
    ]);
  });

  it('reads no key from an option that only says "Correct" (near miss)', () => {
    const note = mcq(
      ['Cloud computing', 'Correct', 'Cloud networking', 'Cloud security'],
      'Which word is a verdict?',
    );
    expect(choicesOf(note)).toEqual([]);
  });

  it('takes the bold off a marked option whole (`**Volatile memory** ✓`)', () => {
    const note = [
      '## Question 1',
      '',
      '**What type of memory is RAM?**',
      '',
      '1. Non-volatile memory',
      '2. **Volatile memory** ✓',
      '3. Secondary memory',
      '4. Optical memory',
    ].join('\n');
    const keys = choicesOf(note).map(([, key]) => key);
    expect(keys).toEqual(['Volatile memory']);
  });
});

describe('a page of defined terms and nothing else', () => {
  const entries: [string, string][] = [
    ['Firewall', 'A network security device that monitors traffic to or from your network'],
    ['Router', 'A network device that connects multiple networks together'],
    ['Switch', 'A device that makes connections between specific devices on a network'],
    ['Hub', 'A network device that broadcasts information to every device on the network'],
    ['Modem', 'A device that connects your router to the internet'],
    [
      'Address Resolution Protocol (ARP)',
      'A network protocol used to determine the MAC address of the next device',
    ],
    ['Domain Name System (DNS)', 'A networking protocol that translates domain names into IP addresses'],
    ['User Datagram Protocol (UDP)', 'A connectionless protocol that sends data without a connection'],
    ['Secure Shell (SSH)', 'A security protocol used to create a shell with a remote system'],
  ];
  const page = (list: readonly [string, string][]) => list.map(([t, d]) => `**${t}:** ${d}`).join('\n\n');

  it('makes a term card of each entry, asked among entries of the same kind', () => {
    const deck = noteDeck(page([...entries, entries[0] as [string, string]]));
    const terms = deck.cards.filter((c) => c.kind === 'term').map((c) => c.prompt);
    // The entry the author copied twice is one card.
    expect(terms).toHaveLength(entries.length);
    // Devices are asked among devices: never a protocol beside them.
    const devices = new Set(['Firewall', 'Router', 'Switch', 'Hub', 'Modem']);
    const asked = deck.questions.filter(
      (q) => q.kind === 'definition' && devices.has(q.options[q.correctIndex ?? -1] ?? ''),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const o of q.options) expect(devices).toContain(o);
  });

  it('keeps a short list as its section’s facts (near miss)', () => {
    const deck = noteDeck(`# Network devices\n\n${page(entries.slice(0, 5))}`);
    expect(deck.cards.filter((c) => c.kind === 'term')).toEqual([]);
  });

  it('keeps a page that also holds prose as a topic (near miss)', () => {
    const prose = Array.from(
      { length: 6 },
      (_, k) => `Paragraph ${k} of the lecture says more about networks.`,
    );
    const deck = noteDeck(`# Networks\n\n${[page(entries), ...prose].join('\n\n')}`);
    expect(deck.cards.filter((c) => c.kind === 'term')).toEqual([]);
  });
});

describe("Hugo's folds", () => {
  const note = [
    '## 基础语法篇',
    '',
    '{{< details "Go 语言中 = 和 := 有什么区别？" >}}',
    '`=` 给已声明的变量赋值。',
    '',
    '`:=` 声明并初始化变量，只能在函数内部使用。',
    '{{< /details >}}',
    '',
    '{{< hint info >}}',
    '面试时先说结论。',
    '{{< /hint >}}',
  ].join('\n');

  it('reads a `details` shortcode as a fold with its question, and no shortcode as text', () => {
    const deck = noteDeck(note);
    expect(deck.cards.map((c) => c.prompt)).toContain('Go 语言中 = 和 := 有什么区别？');
    for (const q of deck.questions) expect(`${q.stem}\n${q.options.join('\n')}`).not.toContain('{{<');
    for (const c of deck.cards) expect(c.answer).not.toContain('{{<');
  });

  it('leaves shortcodes in a code block as the listing’s (near miss)', () => {
    const listing = '```\n{{< details "Q" >}}\n```';
    expect(withHugoShortcodesRead(listing)).toBe(listing);
  });
});

describe('wrong options that only echo the question', () => {
  const quiz = (b: string, c: string, d: string) =>
    [
      '### 9. What is PAT?',
      '',
      'A) Port Address Translation',
      '',
      `B) ${b}`,
      '',
      `C) ${c}`,
      '',
      `D) ${d}`,
      '',
      '**Correct Answer**: A) Port Address Translation',
    ].join('\n');

  it('asks nothing when every wrong option is the name in a stock phrase', () => {
    expect(
      choicesOf(quiz('📊 Monitor PAT operations', '⚙️ Configure PAT settings', '🌐 Configure PAT networking')),
    ).toEqual([]);
  });

  it('asks it when the wrong options are statements that name the subject (near miss)', () => {
    expect(
      choicesOf(
        quiz(
          'Maps every private address to a public address through PAT',
          'A protocol that encrypts the traffic PAT forwards',
          'Assigns addresses to the hosts behind PAT',
        ),
      ),
    ).toHaveLength(1);
  });
});

describe("an author's key glossed alone", () => {
  const quiz = (a: string) =>
    [
      '5\\.**Which constructor does the Java compiler provide when a class defines none?**',
      '',
      `A) ${a}`,
      '',
      'B) Copy constructor',
      '',
      '**C) Default constructor (Zero-Argument Constructor)**',
      '',
      'D) Private constructor',
      '',
      '**Explanation:** The compiler adds a default constructor.',
    ].join('\n');

  it('asks nothing when only the key carries a bracketed aside', () => {
    expect(choicesOf(quiz('Parameterized constructor'))).toEqual([]);
  });

  it('asks it when another option has brackets too (near miss)', () => {
    expect(choicesOf(quiz('Parameterized constructor (with arguments)'))).toHaveLength(1);
  });
});

describe('definitions set apart in one paragraph', () => {
  it('asks no isolation level among the kinds of Undo log', () => {
    const note = [
      '# MVCC',
      '',
      '1.Insert Undo日志：Insert操作产生的日志<br>',
      '2.Update Undo日志：Update或Delete操作产生的日志<br>',
      '3.Purge Undo日志：回收线程清理的日志<br>',
      '<br>',
      '什么时候生成ReadView？<br>',
      'RC：开启事务后，每次select生成ReadView<br>',
      'RR：开启事务后，第一次select生成ReadView<br>',
      'RU：直接读取记录最新版本<br>',
    ].join('\n');
    const levels = new Set(['RC', 'RR', 'RU']);
    const questions = noteDeck(note).questions.filter((q) => q.kind === 'definition');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const key = q.options[q.correctIndex ?? -1] ?? '';
      for (const o of q.options) expect(levels.has(o)).toBe(levels.has(key));
    }
  });
});

describe('tables', () => {
  const rows: [string, string][] = [
    ['IAM User', 'Identity to access AWS services with policies'],
    ['Lambda', 'Run code without managing servers'],
    ['EC2', 'Virtual machine in the cloud'],
    ['Security Group', 'Virtual firewall around EC2 instances'],
  ];

  it('asks "which entry" under a header that asks (`| What | Why |`), never "Which What"', () => {
    const note = [
      '## What to back up',
      '',
      '| What | Why | How |',
      '|---|---|---|',
      ...rows.map(([a, b], k) => `| ${a} | ${b} | ${['Console', 'CLI', 'API', 'SDK'][k]} |`),
    ];
    const frames = noteDeck(note.join('\n'))
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => q.frame);
    expect(frames.length).toBeGreaterThan(0);
    // The entry's kind unnamed, the question the table stands under says what it is about (round 22).
    for (const frame of frames)
      expect(frame).toEqual({ kind: 'which-row', header: '', context: 'What to back up' });
  });

  const counted = (header: string) =>
    [
      '# Summary',
      '',
      header,
      '|---|---|---|',
      ...rows.map(([a, b], k) => `| ${k + 1}. | **${a}** | ${b} |`),
    ].join('\n');

  it('reads a glossary that counts its rows (`| S.No. | Topic | Key Point |`) as its topics', () => {
    const deck = noteDeck(counted('| S.No. | Topic | Key Point |'));
    expect(deck.cards.filter((c) => c.kind === 'term').map((c) => c.prompt)).toEqual(rows.map(([a]) => a));
  });

  it('reads a table that counts its rows (`| No. | Name | Key point |`) by its names', () => {
    const graded = asked(counted('| No. | Name | Key point |'));
    expect(graded.length).toBeGreaterThan(0);
    for (const [, key] of graded) expect(key).not.toMatch(/^\d/);
  });

  it('asks a long table whose one name repeats, except that name', () => {
    const services = [
      ['S3', 'Scalable object storage with versioning'],
      ['Lambda', 'Runs code without managing servers'],
      ['EC2', 'Virtual machines in the cloud'],
      ['RDS', 'Managed relational databases'],
      ['DynamoDB', 'Managed NoSQL key-value tables'],
      ['CloudFront', 'Content delivery network at the edge'],
      ['Route 53', 'Domain name service with health checks'],
      ['SQS', 'Managed message queues between services'],
      ['SNS', 'Publish and subscribe notifications'],
      ['CloudWatch', 'Metrics, logs and alarms for resources'],
      ['CloudTrail', 'Records API calls made in the account'],
      ['EBS', 'Block storage volumes for instances'],
    ];
    const note = ['## Summary', '', '| Name | Key point |', '|---|---|'];
    const table = [...services, ['CloudTrail', 'Governance and audit trail']].map(
      ([a, b]) => `| ${a} | ${b} |`,
    );
    const keys = asked([...note, ...table].join('\n')).map(([, key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('CloudTrail');
  });
});

describe('summary labels among the terms', () => {
  it('offers no "Trade-off" beside the things it weighs', () => {
    const note = [
      '#### Q2: "What are the computational trade-offs?"',
      '',
      '- **RNN**: O(n) time, O(n) space, but sequential processing',
      '- **Transformer**: O(n²) time, O(n²) space, but parallel processing',
      '- **CNN**: O(n) time, local windows, parallel processing',
      '- **Trade-off**: Transformer uses more computation but trains much faster',
    ].join('\n');
    for (const q of noteDeck(note).questions) expect(q.options).not.toContain('Trade-off');
  });
});

describe('headings typed without their space', () => {
  it('reads `##1. 软件工程的定义` as a heading', () => {
    expect(withHeadingSpaces('##1. 软件工程的定义\n###2.软件危机')).toBe(
      '## 1. 软件工程的定义\n### 2.软件危机',
    );
  });

  it('leaves an Obsidian tag, `#include` and code as typed (near miss)', () => {
    const text = '#软件工程 #todo\n#include <stdio.h>\n```\n##1. 代码\n```';
    expect(withHeadingSpaces(text)).toBe(text);
  });
});

describe("the note's answer template", () => {
  it('takes "回答结构 (Answer Structure)" for a section about answering, not the subject', () => {
    const about = (title: string): boolean => isSkippedTitle(normaliseKey(stripDecoration(title)));
    for (const t of ['1. 回答结构 (Answer Structure)', '答题思路', 'Answer template'])
      expect(about(t)).toBe(true);
    // Near misses: the subject's own sections.
    for (const t of ['2. 关键词 (Key Terms)', '数据结构', 'Answer set programming'])
      expect(about(t)).toBe(false);
  });
});

describe('a table of topics', () => {
  const table = (header: string) =>
    [
      '## Ownership in Rust',
      '',
      header,
      '|---|---|',
      '| Ownership | Each variable owns its memory until it is moved or dropped |',
      '| Moves | Assigning one variable to another moves ownership |',
      '| Borrowing | A reference lends the value read-only |',
      '| Mutable Borrowing | A mutable reference allows changing the value |',
    ].join('\n');

  it('asks its rows when the topics stand alone (`| Topic | Insight |`)', () => {
    expect(asked(table('| Topic | Insight |')).length).toBeGreaterThan(0);
  });

  it('asks nothing of a first column of aspects (`| Feature | Insight |`, near miss)', () => {
    expect(asked(table('| Feature | Insight |'))).toEqual([]);
  });
});

describe('numbered options keyed by number in a section of answers', () => {
  const quiz = (keys: readonly string[]) =>
    [
      '## Questions',
      '',
      '1. **What does Infrastructure as Code primarily aim to achieve?**',
      '    1. Consistency and automation',
      '    2. Manual configuration',
      '    3. Physical infrastructure setup',
      '2. **What is idempotency in the context of IaC?**',
      '    1. Applying the same configuration multiple times results in different',
      '       states',
      '    2. Applying the same configuration multiple times results in the same state',
      '    3. Applying configuration manually',
      '',
      '## Answers',
      '',
      ...keys,
    ].join('\n');

  it('reads `1. **1**. Consistency…` as the key of question 1, an option wrapped onto two lines as one', () => {
    expect(
      choicesOf(quiz(['1. **1**. Consistency and automation', '2. **2**. Applying the same configuration'])),
    ).toEqual([
      ['What does Infrastructure as Code primarily aim to achieve?', 'Consistency and automation'],
      [
        'What is idempotency in the context of IaC?',
        'Applying the same configuration multiple times results in the same state',
      ],
    ]);
  });

  it('reads no key from a number that is part of the answer’s words (near miss)', () => {
    expect(choicesOf(quiz(['1. 3 tools at least', '2. 2 runs give one state']))).toEqual([]);
  });
});

describe("the note's tips for remembering", () => {
  it('are about studying, not the subject', () => {
    const about = (title: string): boolean => isSkippedTitle(normaliseKey(stripDecoration(title)));
    for (const t of ['📚 Final Memorization Tips', '练习建议', '记忆技巧']) expect(about(t)).toBe(true);
    // A subject's own (round 18 kept "Memory techniques" so: the note may be about memory).
    for (const t of ['Memory management', 'Memory techniques', '内存管理']) expect(about(t)).toBe(false);
  });
});

describe('an acronym before its expansion, the key alone', () => {
  const fold = (question: string, answer: string) => [
    `### ${question}`,
    '',
    '<details>',
    '<summary>Click to reveal answer</summary>',
    '',
    answer,
    '',
    '</details>',
    '',
  ];
  const note = (csrf: string) =>
    [
      '## Study questions',
      '',
      ...fold(
        '1. What is Cross-Site Scripting (XSS)?',
        'An injection attack that runs scripts in the pages other users view.',
      ),
      ...fold(
        '2. What is Content Security Policy (CSP)?',
        'A security header that controls which resources a page may load.',
      ),
      ...fold(
        `3. What is ${csrf}?`,
        'An attack that tricks signed-in users into unwanted actions through their session.',
      ),
      ...fold(
        '4. What is a Web Application Firewall (WAF)?',
        'A security appliance that filters HTTP traffic to web applications.',
      ),
      ...fold(
        '5. What is SQL Injection (SQLi)?',
        'An injection attack that smuggles SQL into a query through its input.',
      ),
    ].join('\n');
  const keyed = (text: string, key: string) =>
    noteDeck(text).questions.filter(
      (q) => q.kind === 'definition' && q.options[q.correctIndex ?? -1] === key,
    );

  it('is never asked as the odd one out by its form', () => {
    expect(keyed(note('CSRF (Cross-Site Request Forgery)'), 'CSRF (Cross-Site Request Forgery)')).toEqual([]);
  });

  it('is asked when it is named as the others are (near miss)', () => {
    expect(
      keyed(note('Cross-Site Request Forgery (CSRF)'), 'Cross-Site Request Forgery (CSRF)').length,
    ).toBeGreaterThan(0);
  });
});

describe('round 21, sets BM and BN', () => {
  it('reads the key of lettered bullets from the one written wholly in bold (`- **C) Richard Stallman**`)', () => {
    const quiz = [
      '1. **Who launched the GNU Project in 1983?**',
      '   - A) Linus Torvalds',
      '   - B) Ken Thompson',
      '   - **C) Richard Stallman**',
      '   - D) Dennis Ritchie',
    ].join('\n');
    expect(choicesOf(quiz)).toEqual([['Who launched the GNU Project in 1983?', 'Richard Stallman']]);
    // Bold on two options is emphasis, no key (near miss).
    expect(choicesOf(quiz.replace('- A) Linus Torvalds', '- **A) Linus Torvalds**'))).toEqual([]);
  });

  const numbered = (key: string, options: readonly string[]) =>
    [
      '1. **What is the main purpose of the cloud?**  ',
      ...options.map((o) => `   - ${o}  `),
      `   **Correct Answer:** ${key}  `,
    ].join('\n');
  const phrases = [
    'To store data on local servers',
    'To provide computing resources over the internet',
    'To replace all physical servers',
  ];

  it('reads a key that gives the place of a plain bullet (`**Correct Answer:** 2`)', () => {
    expect(choicesOf(numbered('2', phrases))).toEqual([
      ['What is the main purpose of the cloud?', 'To provide computing resources over the internet'],
    ]);
  });

  it('reads no place from a number among options that are numbers (near miss)', () => {
    expect(choicesOf(numbered('2', ['1', '2', '4']))).not.toEqual([
      ['What is the main purpose of the cloud?', '1'],
    ]);
  });

  it('asks no list of an answer that labels two lists alike (the strengths of each way)', () => {
    const note = [
      '### JavaScript 继承方式有几种？',
      '',
      '#### 1、原型链继承',
      '',
      '优点：',
      '',
      '- 简单，易于实现',
      '- 父类新增原型方法，子类都能访问到',
      '',
      '缺点：',
      '',
      '- 无法实现多继承',
      '- 创建子类实例时，无法向父类构造函数传参',
      '',
      '#### 2、构造继承',
      '',
      '优点：',
      '',
      '- 解决了子类实例共享父类引用属性的问题',
      '- 可以实现多继承',
      '',
      '缺点：',
      '',
      '- 只能继承父类的实例属性和方法',
      '- 无法实现函数复用',
    ].join('\n');
    expect(noteDeck(note).questions.filter((q) => q.kind === 'list-membership')).toEqual([]);
  });

  it('takes how to use the flashcards or the glossary, and study techniques, for sections about the note', () => {
    const about = (title: string): boolean => isSkippedTitle(normaliseKey(stripDecoration(title)));
    for (const t of ['How to Use These Flashcards', 'How to Use This Glossary', 'Active Learning Techniques'])
      expect(about(t)).toBe(true);
    for (const t of ['How to use Git hooks', 'Machine learning techniques']) expect(about(t)).toBe(false);
  });

  const glossary = (fields: boolean) =>
    [
      '# Distributed Systems Glossary',
      '',
      '## C',
      '',
      ...[
        ['CAP Theorem', 'Theorem stating that a distributed system offers at most two of three guarantees.'],
        [
          'Consistent Hashing',
          'Technique for distributing data across nodes that moves few keys when nodes change.',
        ],
        ['Circuit Breaker', 'Pattern that stops calls to a failing service until it recovers.'],
      ].flatMap(([t, d]) => [
        `### ${t}`,
        fields ? `**Definition**: ${d}` : d,
        '',
        '**Related**: [Patterns](/patterns/)',
        '',
      ]),
      '## H',
      '',
      ...[
        [
          'Hinted Handoff',
          'Technique where a node keeps writes meant for a failed node and hands them over later.',
        ],
        ['Happens-Before Relation', 'Relation that orders two events when one could have caused the other.'],
      ].flatMap(([t, d]) => [
        `### ${t}`,
        fields ? `**Definition**: ${d}` : d,
        '',
        '**Related**: [Clocks](/clocks/)',
        '',
      ]),
    ].join('\n');

  it('reads a glossary of term headings under A–Z letters, each entry written as fields', () => {
    const deck = noteDeck(glossary(true));
    expect(deck.cards.filter((c) => c.kind === 'term').map((c) => c.prompt)).toEqual([
      'CAP Theorem',
      'Consistent Hashing',
      'Circuit Breaker',
      'Hinted Handoff',
      'Happens-Before Relation',
    ]);
    // The fields are the entry's: no second card, and no "heading has no content".
    expect(deck.cards.filter((c) => c.kind === 'explain')).toEqual([]);
    expect(deck.problems).toEqual([]);
  });

  it('asks no field of an entry (`**Related**`, `**Alternatives**`) as a term', () => {
    const note = [
      '### Two-Phase Commit (2PC)',
      '**Definition**: Distributed transaction protocol ensuring all participants commit or abort.',
      '',
      '**Phases**: Prepare (vote), Commit/Abort (decision)',
      '',
      '**Problems**: Blocking, coordinator failure, performance',
      '',
      '**Alternatives**: Saga pattern, eventual consistency',
      '',
      '### Idempotency',
      '**Definition**: Property where applying an operation many times has the effect of applying it once.',
      '',
      '### Jitter',
      '**Definition**: Random variation in timing added to avoid synchronised load.',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });
});

describe('a list under a chapter heading that only numbers it', () => {
  const note = (heading: string) =>
    [
      `#### ${heading}`,
      '',
      '竞争条件：并发进程或线程对共享变量的访问导致数据不一致的情况',
      '',
      '解决竞争条件：',
      '',
      '* 硬件：使用test_and_set原语和swap原语',
      '* 软件：使用进程同步算法',
      '* 上层（高级语言）：管程',
    ].join('\n');
  const contexts = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'definition')
      .map((q) => (q.frame?.kind === 'which-term' || q.frame?.kind === 'what-is' ? q.frame.context : null));

  it('is asked in the words that introduce the list ("解决竞争条件"), not as "第七章"', () => {
    const found = contexts(note('第七章'));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c).toBe('解决竞争条件');
  });

  it('keeps a heading that names its subject as the context (near miss)', () => {
    for (const c of contexts(note('进程同步'))) expect(c).toBe('进程同步');
  });
});

describe("a key the reader cannot read, then the next question's", () => {
  const quiz = (key: string) =>
    [
      '**Question 5:**  ',
      'What happens with NULL values in JOIN equality conditions?',
      '',
      'a) NULLs match other NULLs  ',
      'b) NULLs match all values  ',
      'c) NULLs never match other NULLs  ',
      '',
      `**Correct Answer:** ${key}  `,
      '',
      '**Question 6:**  ',
      'Which join keeps every row of the left table?',
      '',
      'a) LEFT JOIN  ',
      'b) INNER JOIN  ',
      'c) CROSS JOIN  ',
      '',
      '**Correct Answer:** a) LEFT JOIN',
    ].join('\n');

  it("never takes the next question's key for its own", () => {
    expect(choicesOf(quiz('the third one'))).toEqual([
      ['Which join keeps every row of the left table?', 'LEFT JOIN'],
    ]);
  });

  it('reads a key written in bold after its bold label (`**Correct Answer:** **c) …**`)', () => {
    expect(choicesOf(quiz('**c) NULLs never match other NULLs**'))).toEqual([
      ['What happens with NULL values in JOIN equality conditions?', 'NULLs never match other NULLs'],
      ['Which join keeps every row of the left table?', 'LEFT JOIN'],
    ]);
  });
});

// "Spring MVC" beside "Model-View-Controller": a case of gate-cases-shapes.ts (spelled-acronym).
describe('round 21, set BP: descriptions that translate their term', () => {
  it('reads 捕获, 一次, 行数, 阻止 and 自身 as the words of capture, once, rows, stop and self', () => {
    expect(translatesTerm('.capture', '使用事件捕获模式，元素自身触发的事件先在此处处理')).toBe(true);
    expect(translatesTerm('.once', '事件将只会触发一次；')).toBe(true);
    expect(translatesTerm('rows', '预估扫描行数')).toBe(true);
    expect(translatesTerm('.stop', '阻止事件继续传播；')).toBe(true);
    expect(translatesTerm('.self', '只当在 event.target 是当前元素自身时触发处理函数')).toBe(true);
    // Near miss: a description that renders none of the term's words.
    expect(translatesTerm('.exact', '有且只有这些系统修饰键被按下时才触发')).toBe(false);
  });
});

describe('a sentence the line break cut in two', () => {
  const read = (first: string, second: string) =>
    sentencesOf({
      line: 1,
      text: `${first}\n${second}`,
      terms: [],
      lines: [
        { line: 1, text: first, plain: first, terms: [] },
        { line: 2, text: second, plain: second, terms: [] },
      ],
    }).map((s) => s.text);

  it('gives no sentence of either half', () => {
    const found = read(
      'Options API是指编写对应的功能模块, 比如data定义数据、methods中定义方法、computed中定',
      '义计算属性、watch中监听属性改变，也包括生命周期钩子。',
    );
    for (const s of found) expect(s).not.toMatch(/computed中定$|^义计算属性/);
  });

  it('keeps a line that ends its sentence (near miss)', () => {
    const found = read(
      'Options API是指编写对应的功能模块, 比如data定义数据、methods中定义方法。',
      'computed中定义计算属性、watch中监听属性改变，也包括生命周期钩子。',
    );
    expect(found.some((s) => s.endsWith('methods中定义方法。'))).toBe(true);
    expect(found.some((s) => s.startsWith('computed中定义计算属性'))).toBe(true);
  });
});

describe('the entry that names the whole', () => {
  const note = (prompt: string) =>
    [
      `## ${prompt}`,
      '',
      '- MVVM：是Model-View-ViewModel的缩写；',
      '- Model：代表数据模型，也可以在其中定义数据修改和操作的业务逻辑；',
      '- View：代表UI组件，它负责将数据模型转化成界面展现出来；',
      '- ViewModel：监听模型数据的改变和控制视图行为、处理用户交互；',
      '- Binder：在视图与视图模型之间自动同步数据的绑定器；',
    ].join('\n');
  const offered = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'definition')
      .flatMap((q) => q.options);

  it('is neither asked nor offered among its parts ("MVVM框架？" over `- MVVM：…`)', () => {
    expect(offered(note('MVVM框架？'))).not.toContain('MVVM');
  });

  it('stays a sibling where the question names none of the entries (near miss)', () => {
    expect(offered(note('前端架构模式？'))).toContain('MVVM');
  });
});
