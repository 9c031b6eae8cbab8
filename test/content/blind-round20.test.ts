import { describe, expect, it } from 'vitest';
import { translatesTerm } from '../../src/content/gate-checks/translated-term.ts';
import { withObsidianImages } from '../../src/content/obsidian-images.ts';
import { isSkippedTitle, stripDecoration } from '../../src/content/question-cues.ts';
import { normaliseKey } from '../../src/content/text-normalise.ts';
import { askedOf as asked, choicesOf, noteDeck } from './deck-helpers.ts';

/**
 * Layouts round 20's blind set BA showed misread, in fixtures written for these tests: lettered options in
 * boxes for the reader to tick with the key in a fold after them, MkDocs quiz pages whose numbered options a
 * style letters, flashcard tables whose question column is not headed "Question", glossaries of headings.
 */
describe('lettered options in empty boxes, the key after them', () => {
  const quiz = (key: string[]) =>
    [
      '### Question 2: AWS Support Plans',
      'A company needs a 15-minute response when a critical server is down. Which support plan gives it?',
      '',
      '- [ ] a. Developer',
      '- [ ] b. Business',
      '- [ ] c. Enterprise On-Ramp',
      '- [ ] d. Enterprise',
      '',
      '<details>',
      '  <summary>Show Correct Answer</summary>',
      '  ',
      ...key,
      '',
      '**Explanation:** Only Enterprise promises 15 minutes.',
      '</details>',
    ].join('\n');

  it('reads the key stated on a line in the fold', () => {
    expect(choicesOf(quiz(['**Correct Answer:** d. Enterprise']))).toEqual([
      [
        'A company needs a 15-minute response when a critical server is down. Which support plan gives it?',
        'Enterprise',
      ],
    ]);
  });

  it('reads the key listed under its label', () => {
    expect(choicesOf(quiz(['**Correct Answer:**', '- d. Enterprise']))).toHaveLength(1);
  });

  it('asks no single-answer question when two options are listed as the key', () => {
    expect(choicesOf(quiz(['**Correct Answers:**', '- b. Business', '- d. Enterprise']))).toEqual([]);
  });

  it('asks nothing of empty boxes with no key (a to-do list, near miss)', () => {
    expect(choicesOf(quiz(['Ask your account manager.']))).toEqual([]);
  });

  it('reads no key from a list under the label that answers in words (near miss)', () => {
    expect(choicesOf(quiz(['**Correct Answer:**', '- the one with a TAM']))).toEqual([]);
  });
});

describe('MkDocs quiz pages: numbered options lettered by a style, the key in an admonition', () => {
  const quiz = (className: string) =>
    [
      '#### 4. What command changes file permissions?',
      '',
      `<div class="${className}" markdown>`,
      '1. perm',
      '2. chmod',
      '3. chperm',
      '4. access',
      '</div>',
      '',
      '??? question "Show Answer"',
      '    The correct answer is **B**. The `chmod` command modifies file permissions.',
      '',
      '    **Concept Tested:** Chmod Command',
    ].join('\n');

  it('reads the items as options A–D keyed by the answer', () => {
    expect(choicesOf(quiz('upper-alpha'))).toEqual([['What command changes file permissions?', 'chmod']]);
  });

  it('reads no options from a numbered list in a plain block (near miss)', () => {
    expect(choicesOf(quiz('admonition'))).toEqual([]);
  });
});

describe('flashcard tables whose question column is headed otherwise', () => {
  const table = (rows: readonly string[]) =>
    ['## IAM Flashcards', '', '| Concept | Answer |', '|--------|--------|', ...rows].join('\n');

  it('reads a row per question and matches no answers against each other', () => {
    const note = table([
      '| What is IAM? | AWS Identity and Access Management |',
      '| IAM resource types | Users, Groups, Roles, Policies |',
      '| What is an IAM role? | Temporary access with assumed identity |',
      '| Default user permissions? | None; must be explicitly granted |',
    ]);
    const deck = noteDeck(note);
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      'What is IAM?',
      'IAM resource types',
      'What is an IAM role?',
      'Default user permissions?',
    ]);
    expect(asked(note)).toEqual([]);
  });

  it('keeps a table of terms as a table of terms (near miss)', () => {
    const note = table([
      '| Region | A separate geographic area |',
      '| Availability Zone | One or more data centres in a Region |',
      '| Edge Location | A site that caches content near users |',
      '| Local Zone | An extension of a Region near a city |',
    ]);
    expect(noteDeck(note).cards.map((c) => c.prompt)).not.toContain('Region?');
    expect(noteDeck(note).cards.some((c) => c.kind === 'question')).toBe(false);
  });
});

describe('a glossary of headings', () => {
  const glossary = (bodies: readonly [string, string][]) =>
    ['# Security+ Glossary', '', '## Authentication & Access Control', '']
      .concat(bodies.flatMap(([term, body]) => [`### ${term}`, '', body, '']))
      .join('\n');
  const terms: [string, string][] = [
    ['Authentication', 'The process of verifying a subject’s identity before granting access.'],
    ['Authorization', 'The process of determining what actions a subject is allowed to perform.'],
    ['Accounting', 'The process of tracking user activity to ensure compliance and detect anomalies.'],
    ['Risk Assessment', 'The process of identifying and evaluating risks to an organisation.'],
    ['Access Control List (ACL)', 'A list of permissions attached to an object.'],
  ];

  it('asks each term by its definition among terms defined as the same kind of thing', () => {
    const deck = noteDeck(glossary(terms));
    const byTerm = deck.questions.filter(
      (q) => q.kind === 'definition' && q.stem.includes('The process of verifying'),
    );
    expect(byTerm.length).toBeGreaterThan(0);
    for (const q of byTerm) {
      expect(q.options[q.correctIndex ?? -1]).toBe('Authentication');
      // The ACL is a list, not a process: never a distractor of a process.
      expect(q.options).not.toContain('Access Control List (ACL)');
    }
  });

  it('reads headings over prose as sections (near miss)', () => {
    const prose: [string, string][] = [
      ['Install', 'Run the installer and accept the licence.'],
      ['Configure', 'It reads the settings from the environment.'],
      ['Deploy', 'Push to main and the pipeline deploys.'],
      ['Monitor', 'Watch the dashboards for a day.'],
    ];
    expect(asked(glossary(prose))).toEqual([]);
  });

  it('reads headings that ask as questions, not terms (near miss)', () => {
    const questions: [string, string][] = terms.map(([t, d]) => [`What is ${t}?`, d]);
    const deck = noteDeck(glossary(questions));
    expect(deck.cards.filter((c) => c.facts.glossary !== undefined)).toEqual([]);
  });
});

describe('a key whose note calls another option right too', () => {
  const quiz = (note: string) =>
    [
      '**Q19.** Which SQL command removes all rows from a table while keeping its structure?',
      '- A) DROP TABLE',
      '- B) DELETE FROM table',
      '- C) TRUNCATE TABLE',
      '- D) REMOVE TABLE',
      '',
      `> ✅ **Answer: C — TRUNCATE TABLE** ${note}`,
    ].join('\n');

  it('asks no one-answer question of `(also acceptable: B)`', () => {
    expect(choicesOf(quiz('(also acceptable: B)'))).toEqual([]);
  });

  it('asks it when the note only explains (near miss)', () => {
    expect(choicesOf(quiz('(DELETE logs every row)'))).toHaveLength(1);
  });
});

describe("the note's schedule and the course's outline", () => {
  const scheduled = (title: string) =>
    [
      `## ${title}`,
      '',
      '| 考试科目 | 考试时间 | 考试时长 |',
      '| :--: | :--: | :--: |',
      '| 近代史 | 6.16 | 一个半小时 |',
      '| 物理 | 6.18 | 两个小时 |',
      '| 微积分 | 6.24早上 | 两个小时 |',
      '| 英语 | 6.25早上 | 两个小时 |',
    ].join('\n');

  it('asks nothing of an exam schedule', () => {
    expect(asked(scheduled('考试时间及顺序'))).toEqual([]);
  });

  const outline = (title: string) =>
    [
      `### ${title}`,
      '',
      '1. 介绍：软件开发过程、术语、工具',
      '2. 需求：分析、建模',
      '3. 设计：UI、系统、程序',
      '4. 测试：单元测试、集成测试',
      '5. 管理：合法性、风险、质量保证（QA）',
    ].join('\n');

  it("asks nothing of what the course covers, and still asks a topic's list (near miss)", () => {
    expect(asked(outline('本课程覆盖的内容'))).toEqual([]);
    expect(asked(outline('软件工程的阶段')).length).toBeGreaterThan(0);
  });
});

describe('an English line translated after a dash', () => {
  const note = (dash: string) =>
    [
      '### 四个基本概念',
      '',
      `- Structured data: numbers, text, dates${dash}`,
      `- Unstructured: images, video, documents${dash.replace('结构化', '无结构')}`,
      '- Metadata: data that describes the attributes of other data',
      '- Database: an organised collection of logically related data',
    ].join('\n');

  it('asks the English half, never with the Chinese name of the term beside it', () => {
    const stems = noteDeck(note('——结构化数据：数字，文本，日期'))
      .questions.filter((q) => q.kind === 'definition')
      .map((q) => `${q.stem}\n${q.options.join('\n')}`);
    for (const s of stems) expect(s).not.toMatch(/结构化数据|无结构数据/);
  });
});

describe('a label on a later line of a list item', () => {
  const note = (breakAfterName: boolean) =>
    ['#### 常见的限流策略', '']
      .concat(
        [
          ['**固定窗口**限流算法', '缺点：会遇到**临界问题**'],
          ['**滑动窗口**限流算法', '缺点：会损失一部分请求'],
          ['漏桶算法', '缺点：**处理效率恒定**，无法迅速处理一批请求'],
          ['令牌桶算法', '缺点：实现较为复杂'],
        ].flatMap(([name, label], k) =>
          breakAfterName ? [`${k + 1}. ${name}`, `   ${label}`, ''] : [`${k + 1}. ${name}：${label}`, ''],
        ),
      )
      .join('\n');

  it('reads no term "漏桶算法 缺点" from a name over its `缺点：` line', () => {
    const texts = noteDeck(note(true)).questions.map((q) => `${q.stem}\n${q.options.join('\n')}`);
    for (const t of texts) expect(t).not.toMatch(/算法\s+缺点/);
  });

  it('reads the term of a name and its colon on one line (near miss)', () => {
    expect(asked(note(false)).length).toBeGreaterThan(0);
  });
});

describe('a Chinese description in Traditional characters that translates the term', () => {
  it('is read against the vocabulary as its Simplified characters', () => {
    expect(translatesTerm('Long Polling', '減少空輪詢，降低成本。')).toBe(true);
    expect(translatesTerm('Long Polling', '减少空轮询，降低成本。')).toBe(true);
    // Near miss: a description that does not render the term.
    expect(translatesTerm('Visibility Timeout', '防止多個消費者同時處理同一條訊息。')).toBe(false);
  });
});

describe('a vocabulary table', () => {
  const note = (withSound: boolean) =>
    [
      '### 认证授权',
      '',
      withSound ? '| 英文 | 音标 | 中文 | 例句 |' : '| 英文 | 中文 |',
      withSound ? '| --- | --- | --- | --- |' : '| --- | --- |',
      ...[
        ['ABAC', '/ˌeɪ biː eɪ ˈsiː/', '基于属性', 'Attribute-based access'],
        ['SSO', '/ˌes es ˈoʊ/', '单点登录', 'Single sign-on'],
        ['JWT', '/dʒɒt/', '令牌格式', 'JWT bearer'],
        ['MFA', '/ˌem ef ˈeɪ/', '多因素认证', 'Enable MFA'],
      ].map(([en, ipa, zh, ex]) => (withSound ? `| ${en} | ${ipa} | ${zh} | ${ex} |` : `| ${en} | ${zh} |`)),
    ].join('\n');

  it('describes a word by its meaning, never by how it sounds or a phrase using it', () => {
    const stems = noteDeck(note(true))
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => q.stem);
    expect(stems.length).toBeGreaterThan(0);
    for (const s of stems) expect(s).not.toMatch(/音标|例句|\/ˌ|Attribute-based/);
  });
});

describe("an author's key far longer than its distractors", () => {
  const quiz = (key: string) =>
    [
      '21. A chatbot needs to understand questions and answer by voice and text. Which services fit best?',
      `    - A. ${key}`,
      '    - B. Amazon Rekognition and Amazon Comprehend',
      '    - C. Amazon Kendra and Amazon Translate',
      '    - D. Amazon SageMaker and Amazon Textract',
      '',
      '    Correct answer: A',
    ].join('\n');

  it('asks nothing of a key that explains itself beside bare names', () => {
    expect(
      choicesOf(quiz('Amazon Lex for conversational interface and Amazon Polly for text-to-speech')),
    ).toEqual([]);
  });

  it('asks a key of the same form as the distractors (near miss)', () => {
    expect(choicesOf(quiz('Amazon Lex and Amazon Polly'))).toHaveLength(1);
  });
});

describe("a vocabulary list's columns", () => {
  it('reads the word and its meaning, not its part of speech or a sentence using it', () => {
    const note = [
      '## ① 操作系统基础（OS Basics）',
      '',
      '|词汇|词性|中文释义|英文例句|',
      '|---|---|---|---|',
      '|kernel|n.|内核|The kernel is the core part of the operating system.|',
      '|system call|n.|系统调用|User programs interact with the OS through system calls.|',
      '|shell|n.|外壳程序|The shell provides a command-line interface.|',
      '|scheduler|n.|调度程序|The scheduler decides which process runs next.|',
    ].join('\n');
    const meanings = noteDeck(note).cards.flatMap((c) => c.facts.glossary?.entry.definitions ?? []);
    expect(meanings).toEqual(['内核', '系统调用', '外壳程序', '调度程序']);
  });
});

describe('a heading inside a list item it does not open', () => {
  it('ends with its item: the bullets after it are not under it', () => {
    const note = [
      '# 常见考点',
      '',
      '- HTTP、HTTPS',
      '',
      '  HTTPS 是以安全为目标的 HTTP 通道。',
      '',
      '  ##### http的不足',
      '',
      '  - 通信使用明文，内容可能被窃听',
      '  - 不验证通信方的身份',
      '',
      '- 组件化',
      '',
      '  组件化的优势',
      '',
      '  - 高内聚性：一个组件只专注实现自身的功能',
      '  - 低耦合性：组件只依赖于它的输入参数',
      '  - 复用性：一次封装，到处使用',
    ].join('\n');
    const deck = noteDeck(note);
    for (const q of deck.questions.filter((x) => /内聚|耦合|复用/.test(`${x.stem}${x.options.join('')}`)))
      expect(q.sectionPath).not.toContain('http的不足');
  });
});

describe("the note's interview tips", () => {
  const note = (title: string) =>
    [
      `## ${title}`,
      '',
      '### During the Interview',
      '1. **Be Honest:** Don’t pretend to know something you don’t',
      '2. **Think Aloud:** Explain your thought process',
      '3. **Ask Questions:** Show curiosity and engagement',
      '4. **Practical Examples:** Use real-world scenarios when possible',
    ].join('\n');

  it('asks nothing of the tips under "Interview Tips for Beginners"', () => {
    expect(asked(note('Interview Tips for Beginners'))).toEqual([]);
  });

  it('asks a list of terms under a subject heading (near miss)', () => {
    const subject = note('Agile practices')
      .replace('Be Honest', 'Stand-up')
      .replace('Think Aloud', 'Retrospective')
      .replace('Ask Questions', 'Sprint Review')
      .replace('Practical Examples', 'Backlog Grooming');
    expect(asked(subject).length).toBeGreaterThan(0);
  });
});

describe('round 20, set BF', () => {
  const quizWithKeys = (entry: (n: number, letter: string, text: string) => string) =>
    [
      '## Quiz',
      '',
      '**1. What happens to a hard link when the original file is deleted?**',
      '- a) The hard link breaks',
      '- b) The hard link still reaches the data',
      '- c) The hard link is deleted too',
      '',
      '**2. Which command creates a symbolic link?**',
      '- a) `ln a b`',
      '- b) `ln -h a b`',
      '- c) `ln -s a b`',
      '',
      '### Answer Key',
      '',
      entry(1, 'b', 'The hard link still reaches the data'),
      '*Explanation: both names point to one inode.*',
      '',
      entry(2, 'c', '`ln -s a b`'),
      '*Explanation: -s makes a symbolic link.*',
    ].join('\n');

  it('reads a key section of bold entries whose lower-case letter a bracket sets apart (`**1. b) …**`)', () => {
    expect(choicesOf(quizWithKeys((n, l, t) => `**${n}. ${l}) ${t}**  `)).map(([, key]) => key)).toEqual([
      'The hard link still reaches the data',
      '`ln -s a b`',
    ]);
  });

  it('reads no key from an entry whose lower-case letter is a word (near miss)', () => {
    expect(choicesOf(quizWithKeys((n, l, t) => `**${n}. ${l} ${t}**  `))).toEqual([]);
  });

  const program = (between: readonly string[]) =>
    [
      '## 1. Basic Exception Hierarchy',
      ...between,
      '```java',
      'try { int r = 10 / 0; } catch (Exception e) { System.out.println(e.getClass().getSimpleName()); }',
      '```',
      '**What is the output?**',
      'a) Exception  ',
      'b) RuntimeException  ',
      'c) ArithmeticException  ',
      'd) Compilation error  ',
      '',
      '**Answer: c) ArithmeticException**  ',
    ].join('\n');

  it('shows the program that opens a question’s section with the question', () => {
    const [asked] = choicesOf(program([]));
    expect(asked?.[0]).toContain('System.out.println');
    expect(asked?.[1]).toBe('ArithmeticException');
  });

  it('asks nothing about an output it cannot show (code after prose stays the prose’s, near miss)', () => {
    expect(choicesOf(program(['Division by zero is a runtime error in Java.', '']))).toEqual([]);
  });

  it('reads a glossary whose term headings are numbered', () => {
    const note = [
      '## A) Cloud fundamentals',
      '',
      '### 1. Region',
      'A geographic area where the provider has several data centres.',
      '### 2. Datacenter',
      'A physical building filled with servers and networking equipment.',
      '### 3. Resource Group',
      'A logical container for resources that share a lifecycle.',
      '### 4. Subscription',
      'A logical container for billing and access to resources.',
    ].join('\n');
    expect(noteDeck(note).cards.flatMap((c) => (c.facts.glossary ? [c.prompt] : []))).toEqual([
      'Region',
      'Datacenter',
      'Resource Group',
      'Subscription',
    ]);
  });
});

describe('round 20, set BG', () => {
  it('reads the key written into the blank’s underscores (`_____   B _____`)', () => {
    const note = [
      '# 1',
      '',
      '1.在 Java 中负责对字节代码解释执行的是 _____   B _____。',
      'A. 垃圾回收器 B. 虚拟机 C.编译器 D. Servlet 容器',
    ].join('\n');
    expect(choicesOf(note)).toEqual([['在 Java 中负责对字节代码解释执行的是 ＿＿＿。', '虚拟机']]);
    // Two such blanks: which holds the key is a guess (near miss).
    expect(choicesOf(note.replace('。', '，_____ C _____。'))).toEqual([]);
  });

  it('asks no definition whose bold alone marks the key out', () => {
    const note = [
      '## 缓冲技术',
      '',
      '- 单缓冲：在设备和处理器之间设置一个缓冲器，由输入和输出设备共用',
      '- 双缓冲：为输入和输出设备设置两个缓冲区的缓冲技术',
      '- 多缓冲：多个缓冲区组织成循环缓冲形式',
      '- 缓冲池：**由多个可共享的缓冲区组成，形成空缓冲队列、输入队列和输出队列**',
    ].join('\n');
    const keyBold = noteDeck(note).questions.filter(
      (x) => x.kind === 'definition' && (x.options[x.correctIndex ?? -1] ?? '').includes('**'),
    );
    for (const q of keyBold) expect(q.options.every((o) => o.includes('**'))).toBe(true);
  });

  it('takes what the exam covers, the course outline and interview tips for sections about the note', () => {
    const about = (title: string): boolean => isSkippedTitle(normaliseKey(stripDecoration(title)));
    for (const t of [
      '关于期末考试：',
      '本课程覆盖的内容',
      '考试时间及顺序',
      'Interview Tips for Beginners',
      '面试技巧',
    ])
      expect(about(t)).toBe(true);
    // Near misses: the subject's own sections.
    for (const t of ['考试重点', '课程回顾', 'Interview questions', '面试题', 'Scheduling algorithms'])
      expect(about(t)).toBe(false);
  });
});

describe("Obsidian's image embeds", () => {
  it('are pictures, never words of an option', () => {
    const note = [
      '## 副本放置',
      '',
      '- 第一个副本：放置在上传文件的数据节点，集群外提交则随机挑选一台节点',
      '- 第二个副本：放置在与第一个副本不同的机架的节点上 ![[Pasted image 1.png]]',
      '- 第三个副本：与第一个副本相同机架的其他节点上，为了更快地写入',
      '- 第四个副本：随机挑选节点放置，后面的副本都随机放置 ![[diagram.png|300]]',
      '',
      '```text',
      '![[kept as typed.png]]',
      '```',
    ].join('\n');
    const texts = noteDeck(note).questions.map((q) => `${q.stem}\n${q.options.join('\n')}`);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toContain('![[');
    expect(withObsidianImages(note)).toContain('![[kept as typed.png]]');
    // A note embedded in another is no picture (near miss).
    expect(withObsidianImages('see ![[Other note]]')).toBe('see ![[Other note]]');
  });
});

describe('round 20, set BH', () => {
  it('reads "**XSS**（跨站脚本攻击）是指…" as XSS defined without its Chinese name', () => {
    const note = [
      '## 常见攻击',
      '',
      '- **XSS**（跨站脚本攻击）是指攻击者把恶意脚本注入到网页中，用户访问时脚本执行',
      '- **CSRF**（跨站请求伪造）是指攻击者诱导用户访问恶意网站，伪造用户的请求',
      '- **SQL 注入**是指把恶意 SQL 拼进查询语句，让数据库执行',
      '- **点击劫持**是指用透明的 iframe 盖住页面，诱导用户点击',
    ].join('\n');
    const defined = noteDeck(note).cards.flatMap((c) => c.facts.definitions.flat());
    expect(defined.find((d) => d.term === 'XSS')?.definition).toBe(
      '攻击者把恶意脚本注入到网页中，用户访问时脚本执行',
    );
    // Near miss: a bold term with no bracket after it keeps its sentence as written.
    expect(defined.find((d) => d.term === 'SQL 注入')?.definition).toBe(
      '是指把恶意 SQL 拼进查询语句，让数据库执行',
    );
  });

  it('asks no description that points at "the above"', () => {
    const note = (last: string) =>
      [
        '### 软件过程的概念',
        '',
        '- 个体含义：软件产品或系统在生存周期中的某一类活动的集合，如软件开发过程',
        `- 整体含义：${last}`,
        '- 工程含义：应用软件工程的原则和方法来构造软件过程模型，并结合具体要求实例化',
      ].join('\n');
    const describing = (text: string) =>
      noteDeck(text).questions.filter(
        (q) => q.kind === 'definition' && /整体含义/.test(q.options.join() + q.stem),
      );
    for (const q of describing(note('软件产品或系统在所有上述含义下的软件过程的总体。')))
      expect(`${q.stem}${q.options.join('')}`).not.toContain('上述');
    // Near miss: the same entry said in its own words is asked.
    expect(describing(note('软件产品或系统在各个层面的软件过程的总体。')).length).toBeGreaterThan(0);
  });
});
