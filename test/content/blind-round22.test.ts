import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { askable, namesOnlyTheKind } from '../../src/content/definition-values.ts';
import { withFencedAnswersOpened } from '../../src/content/fenced-answers.ts';
import { withHtmlQuestionsRead } from '../../src/content/html-question-paragraphs.ts';
import { namesNested } from '../../src/content/text-normalise.ts';
import { askedOf as asked, choicesOf, noteDeck } from './deck-helpers.ts';

/**
 * Layouts round 22's blind sets showed misread, in fixtures written for these tests: a bank of completion
 * stems (`87. **The phase … is:**`) over lettered options and a key, an author's key alone dated in brackets,
 * a summary list that outlines what the note covers.
 */

describe('a numbered bank of completion stems over lettered options and a key', () => {
  const bank = (second: string) =>
    [
      '# Cell biology',
      '',
      '1. **In which phase of the cell cycle does DNA replication occur?**',
      '   A) G1 phase',
      '   B) S phase',
      '   C) G2 phase',
      '   D) M phase',
      '   *Answer: B*',
      '',
      second,
      '   A) Prophase',
      '   B) Metaphase',
      '   C) Anaphase',
      '   D) Telophase',
      '   *Answer: B*',
      '',
      '3. **Which organelle makes proteins?**',
      '   A) Lysosome',
      '   B) Vacuole',
      '   C) Ribosome',
      '   D) Centriole',
      '   *Answer: C*',
    ].join('\n');

  it('reads a stem that ends in a colon as a question of its own, not the answer of the one above', () => {
    const stems = choicesOf(
      bank("2. **The phase of mitosis where chromosomes align at the cell's center is:**"),
    );
    expect(stems.map(([, key]) => key)).toEqual(['S phase', 'Metaphase', 'Ribosome']);
  });

  it('keeps a numbered line over lines that are no options inside the answer above (near miss)', () => {
    const note = bank("2. **The phase of mitosis where chromosomes align at the cell's center is:**").replace(
      '   A) Prophase\n   B) Metaphase\n   C) Anaphase\n   D) Telophase\n   *Answer: B*',
      '   a note on it',
    );
    expect(choicesOf(note).map(([, key]) => key)).toEqual(['S phase', 'Ribosome']);
  });
});

describe("an author's key alone dated or sized in brackets", () => {
  const quiz = (a: string) =>
    [
      '1. **Who is credited with the discovery of the cell nucleus?**',
      `   A) ${a}`,
      '   B) Robert Brown (1831)',
      '   C) Charles Darwin',
      '   D) Gregor Mendel',
      '   *Answer: B*',
      '',
      '2. **Which organelle is the site of respiration?**',
      '   A) Mitochondria',
      '   B) Ribosome',
      '   C) Vacuole',
      '   *Answer: A*',
    ].join('\n');

  it('asks nothing of it: the year points at the key', () => {
    expect(choicesOf(quiz('Robert Hooke')).map(([, key]) => key)).toEqual(['Mitochondria']);
  });

  it('asks it when another option is dated too (near miss)', () => {
    expect(choicesOf(quiz('Robert Hooke (1665)')).map(([, key]) => key)).toEqual([
      'Robert Brown (1831)',
      'Mitochondria',
    ]);
  });
});

describe('a list that outlines what the note covers', () => {
  const summary = (lead: string) =>
    [
      '# Incident response practice',
      '',
      '## Summary',
      '',
      lead,
      '',
      '- **Incident Response**: Phases, team responsibilities, and containment strategies',
      '- **Business Continuity**: BCP vs DRP, RTO/RPO concepts, and testing methods',
      '- **Disaster Recovery**: Site types, backup importance, and executive support',
      '- **Communication**: Notification systems and resilient networks',
    ].join('\n');

  it('asks none of its blurbs as definitions', () => {
    expect(
      asked(summary('These practice questions cover the essential concepts of the domain, including:')),
    ).toEqual([]);
    expect(asked(summary('本章涵盖以下内容：'))).toEqual([]);
  });

  it('asks the entries of a list led in as terms (near miss)', () => {
    expect(asked(summary('Key terms:')).length).toBeGreaterThan(0);
  });
});

describe("a term's other name opening its definition", () => {
  it('asks the definition without the name that translates the key (`混合收集：Mixed GC：…`)', () => {
    const note = [
      '# GC',
      '',
      '## 按区域分类',
      '',
      '- 新生代收集：Minor GC/Young GC：只对新生代进行垃圾收集',
      '- 老年代收集：Major GC/Old GC：只对老年代进行垃圾收集',
      '- 混合收集：Mixed GC：对整个新生代和部分老年代进行垃圾收集',
    ].join('\n');
    const stems = noteDeck(note)
      .questions.filter((q) => q.kind === 'definition')
      .map((q) => q.stem);
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).not.toMatch(/GC：/);
  });

  it('keeps a definition whose first words before a colon are no name in the other script (near miss)', () => {
    expect(
      askable({ term: '混合收集', definition: 'Mixed GC：对整个新生代和部分老年代进行垃圾收集' }, 1, '')
        ?.definition,
    ).toBe('对整个新生代和部分老年代进行垃圾收集');
    expect(
      askable({ term: '混合收集', definition: 'G1 的默认模式：对整个新生代和部分老年代进行垃圾收集' }, 1, '')
        ?.definition,
    ).toBe('G1 的默认模式：对整个新生代和部分老年代进行垃圾收集');
  });
});

describe('labels that are a situation, a verb cut off, or the idea behind a list', () => {
  const note = (labels: readonly string[]) =>
    [
      '# 垃圾收集算法',
      '',
      '## 分代收集算法',
      '',
      ...labels.map(
        (label, k) =>
          [
            `- ${label}：根据对象存活周期不同将内存分为几块，然后选择合适的垃圾收集算法`,
            `- ${label}：每次收集都有大量对象死去，所以可以选择复制算法`,
            `- ${label}：对象存活几率比较高，所以必须选择标记-清除或标记-整理算法`,
            `- ${label}：先标记存活对象，再清除未标记的对象，会产生内存碎片`,
          ][k],
      ),
    ].join('\n');
  const keys = (labels: readonly string[]) => asked(note(labels)).map(([, key]) => key);
  const names = ['标记清除', '复制算法', '标记整理', '分代收集'];

  it('asks no "在新生代中" among names', () => {
    expect(keys(['在老年代中', '复制算法', '标记整理', '在新生代中'])).not.toContain('在新生代中');
  });

  it('asks no "体现了" or "空间效力原则方面" among names', () => {
    const found = keys(['体现了', '复制算法', '标记整理', '空间效力原则方面']);
    expect(found).not.toContain('体现了');
    expect(found).not.toContain('空间效力原则方面');
  });

  it('asks no "主要思想" among names', () => {
    expect(keys(['主要思想', '复制算法', '标记整理', '标记清除'])).not.toContain('主要思想');
  });

  it('asks the names of a list of names (near miss)', () => {
    expect(keys(names).length).toBeGreaterThan(0);
  });
});

describe('a definition whose substance stands under it', () => {
  it('is no definition when it points at the points below ("满足以下两个条件")', () => {
    expect(
      askable({ term: '保护管辖原则', definition: '双重归罪原则，满足一下`两个条件`，可以追究' }, 1, ''),
    ).toBeNull();
    expect(
      askable({ term: 'Protective principle', definition: 'applies when the following holds' }, 1, ''),
    ).toBeNull();
  });

  it('is one when it lists its points itself (near miss)', () => {
    expect(
      askable({ term: '保护管辖原则', definition: '满足两个条件：重罪，且犯罪地也认为是犯罪' }, 1, ''),
    ).not.toBeNull();
  });
});

describe("an author's question about a passage it does not show", () => {
  const quiz = (stem: readonly string[]) =>
    [
      '### Question 4 (Units 5-6)',
      ...stem,
      '',
      'A) Mercantilism',
      'B) The Protestant Reformation',
      'C) Enlightenment philosophy',
      'D) Social Darwinism',
      '',
      '**Answer: C**',
    ].join('\n');
  const quote =
    '"We hold these truths to be self-evident, that all men are created equal, that they are endowed by their Creator with certain unalienable Rights, that among these are Life, Liberty and the pursuit of Happiness."';

  it('asks nothing when the quote stands above the question alone', () => {
    expect(
      choicesOf(
        quiz([
          quote,
          '',
          'The ideas expressed in this excerpt most directly reflect which of the following?',
        ]),
      ),
    ).toEqual([]);
  });

  it('asks it when the stem quotes the passage itself (near miss)', () => {
    expect(
      choicesOf(quiz([`The ideas in this excerpt, ${quote}, most directly reflect which of the following?`])),
    ).toHaveLength(1);
  });
});

describe('two labels under each of several things', () => {
  const note = (collectors: number) =>
    [
      '# JVM',
      '',
      '## 垃圾收集器？',
      '',
      '- Serial收集器：串行收集器，最基本的垃圾收集器',
      '  - 单线程：只会使用一条垃圾收集线程去完成垃圾收集',
      '  - 新生代：采用复制算法，串行回收',
      '  - 老年代：标记-整理算法，串行回收',
      '- ParNew收集器：Serial收集器新生代的并行版本',
      '  - 新生代：使用复制算法，并行回收',
      '  - 老年代：使用标记-整理算法，串行回收',
      '  - 需要多核支持',
      ...(collectors >= 3
        ? [
            '- Parallel Scavenge收集器：使用复制算法的多线程收集器',
            '  - 新生代：使用复制算法，并行回收',
            '  - 老年代：标记-整理算法，可选择',
            '  - 重点关注吞吐量',
          ]
        : []),
    ].join('\n');
  const generations = (collectors: number) =>
    asked(note(collectors))
      .map(([, key]) => key)
      .filter((k) => k === '新生代' || k === '老年代' || k === '标记-整理算法，串行回收');

  it('asks nothing of "新生代" or "老年代" when three collectors give them', () => {
    expect(generations(3)).toEqual([]);
  });

  it('asks them when only two collectors do (near miss: two things compared, no layout yet)', () => {
    expect(generations(2).length).toBeGreaterThan(0);
  });
});

describe("a formula's legend", () => {
  const legend = (terms: readonly [string, string, string, string]) =>
    [
      '# Economics',
      '',
      '## Demand',
      '',
      `- ${terms[0]}: the price a buyer pays for one unit of good X`,
      `- ${terms[1]}: the money a household earns in a period`,
      `- ${terms[2]}: the price of a good that can replace X`,
      `- ${terms[3]}: all other things are held constant while one changes`,
    ].join('\n');

  it('asks nothing of symbols glossed, nor of the word among them', () => {
    expect(asked(legend(['Px', 'I', 'Py', 'Assumption']))).toEqual([]);
  });

  it('asks the terms of a list of words (near miss)', () => {
    expect(asked(legend(['Price', 'Income', 'Substitute', 'Ceteris'])).length).toBeGreaterThan(0);
  });
});

describe("an organism's facets beside its clinical forms", () => {
  const note = (facets: boolean) =>
    [
      '# 寄生虫',
      '',
      '## 布氏姜片吸虫',
      '',
      ...(facets ? ['- 虫卵形态：是吸虫中最大的卵，有一个小的卵盖，卵壳薄'] : []),
      '- 带虫者：轻度感染可无症状',
      '- 消化道功能紊乱：中度感染，成虫吸附在小肠上段的粘膜上，造成机械性损伤',
      '- 合并症：重度感染，肠梗阻，消瘦，儿童侏儒症',
      ...(facets ? ['- 诊断：粪便直接涂片法，虫卵浓集法', '- 流行：生食水生植物的习惯，粪污染水源'] : []),
    ].join('\n');
  const offered = (facets: boolean) =>
    noteDeck(note(facets))
      .questions.filter((q) => q.kind === 'definition')
      .flatMap((q) => q.options);

  it('offers no 诊断, 流行 or 虫卵形态 among 带虫者 and 合并症', () => {
    const options = offered(true);
    expect(options.length).toBeGreaterThan(0);
    for (const facet of ['虫卵形态', '诊断', '流行']) expect(options).not.toContain(facet);
  });

  it('asks "Epidemiology" in an English glossary of the fields of medicine (near miss)', () => {
    const glossary = [
      '# Medical terms',
      '',
      '- **Epidemiology**: The study of how disease spreads and how it can be controlled.',
      '- **Oncology**: The study and treatment of tumors and cancers.',
      '- **Hematology**: The study of blood, blood-forming organs, and blood diseases.',
      '- **Genetics**: The study of heredity and the variation of inherited characteristics.',
    ].join('\n');
    const shown = noteDeck(glossary)
      .questions.filter((q) => q.kind === 'definition')
      .flatMap((q) => [q.stem, ...q.options])
      .join('\n');
    expect(shown).toContain('Epidemiology');
  });
});

describe('tables of data, not knowledge', () => {
  const jobs = (names: readonly string[]) =>
    [
      '# 调度',
      '',
      '## 作业调度',
      '',
      '| 作业 | 到达时间 | 服务时间 |',
      '| ---- | -------- | -------- |',
      ...names.map(
        (n, k) => `| ${n} | ${['8:00', '8:50', '9:00', '9:20'][k]} | ${['2.0', '0.5', '0.1', '0.2'][k]} |`,
      ),
    ].join('\n');

  it("asks no row of an exercise's input named J1…J4", () => {
    expect(asked(jobs(['J1', 'J2', 'J3', 'J4']))).toEqual([]);
  });

  it('asks the rows of a table of named things (near miss)', () => {
    const table = [
      '# Ports',
      '',
      '## Well-known ports',
      '',
      '| Protocol | Port | Transport |',
      '| --- | --- | --- |',
      '| SSH | 22 | TCP |',
      '| DNS | 53 | UDP and TCP |',
      '| HTTPS | 443 | TCP |',
      '| SNMP | 161 | UDP |',
    ].join('\n');
    expect(asked(table).length).toBeGreaterThan(0);
  });

  it('asks no row of a study log (status and date columns)', () => {
    const log = [
      '# LeetCode',
      '',
      '| Problem | Topic | Status | Date |',
      '| --- | --- | --- | --- |',
      '| partition-list | linked list | done | 20231018 |',
      '| merge-k-sorted-lists | heap | done | 20231019 |',
      '| binary-search | array | done | 20231022 |',
      '| move-zeroes | two pointers | done | 20231021 |',
    ].join('\n');
    expect(asked(log)).toEqual([]);
  });
});

describe('a question set in an HTML paragraph of its own', () => {
  const post = (open: string) =>
    [
      '# InfoSec interview questions',
      '',
      ...[
        ['What is CSRF ?', 'Cross site request forgery tricks a browser into an unwanted action.'],
        ['What is XXE ?', 'An XML External Entity attack abuses a weakly configured XML parser.'],
        ['What is SSRF ?', 'Server-side request forgery makes a server fetch a URL the attacker picks.'],
      ].flatMap(([q, a], k) => [
        open,
        `  <font color="Black">Question ${k + 1}</font> – ${q}`,
        '</p>',
        `<br>**Ans**:- ${a}`,
        '',
      ]),
    ].join('\n');
  const prompts = (open: string) => noteDeck(post(open)).questions.map((q) => q.stem.split('\n')[0]);

  it('reads each asking paragraph as a question with the answer under it', () => {
    expect(prompts('<p Class="message">')).toEqual([
      'Question 1 – What is CSRF ?',
      'Question 2 – What is XXE ?',
      'Question 3 – What is SSRF ?',
    ]);
  });

  it('leaves an HTML paragraph that asks nothing as the HTML it is (near miss)', () => {
    expect(withHtmlQuestionsRead('<p class="note">\n  Read this first.\n</p>')).toBe(
      '<p class="note">\n  Read this first.\n</p>',
    );
  });
});

describe('answers boxed in a fence with no language', () => {
  const note = (info: string) =>
    [
      '# Docker',
      '',
      '#### Basics',
      'Q: What is Docker and why is it used?',
      `\`\`\`${info}`,
      'Ans: Docker is a containerization tool that packages applications with their dependencies.',
      '```',
      'Q: What does a Dockerfile hold?',
      `\`\`\`${info}`,
      'Ans:',
      '- the base image',
      '- the steps that build the image',
      '```',
    ].join('\n');
  const prompts = (info: string) => noteDeck(note(info)).questions.map((q) => q.stem.split('\n')[0]);

  it('reads each boxed answer as the answer of the question above it', () => {
    expect(prompts('')).toEqual(['What is Docker and why is it used?', 'What does a Dockerfile hold?']);
  });

  it('leaves a block marked as a language the code it is (near miss)', () => {
    expect(withFencedAnswersOpened(note('yaml'))).toBe(note('yaml'));
  });
});

describe('a key in bold at the start of an answer fold', () => {
  const quiz = (key: string) =>
    [
      '### Question 1',
      '**Can the officer issue a Criminal Court summons to a 16-year-old for a non-VTL misdemeanor?**',
      '',
      'A. Yes, for all offenses',
      'B. Yes, with supervisor approval',
      'C. No, only for violations and traffic offenses',
      'D. No, never',
      '',
      '<details>',
      '<summary>Answer</summary>',
      '',
      `${key} Per the guide, only violations and VTL misdemeanors.`,
      '</details>',
    ].join('\n');

  it('reads `**C.**` as the key', () => {
    expect(choicesOf(quiz('**C.**')).map(([, key]) => key)).toEqual([
      'No, only for violations and traffic offenses',
    ]);
  });

  it('reads no key from a bold word that opens the answer (near miss)', () => {
    expect(choicesOf(quiz('**Cite.**'))).toEqual([]);
  });
});

describe('a question in an HTML list item with its answer in an HTML paragraph', () => {
  it('reads both', () => {
    const note = [
      '<ul>',
      '',
      ...[
        ['R1. “主机”和“端系统”之间有什么不同？', '主机和端系统并没有不同。'],
        ['R2. 什么是协议？', '协议定义了通信实体之间交换报文的格式和次序。'],
        ['R3. 什么是分组交换？', '把报文分成分组，逐个经链路和交换机转发。'],
      ].flatMap(([q, a]) => ['<li><b>', q, '</b></li>', '<p>', '答案：<br/>', a, '</p>', '']),
      '</ul>',
    ].join('\n');
    const cards = noteDeck(note).questions.filter((q) => q.kind === 'flashcard');
    expect(cards.map((q) => [q.stem, q.answer.trim()])).toEqual([
      ['R1. “主机”和“端系统”之间有什么不同？', '答案：\n主机和端系统并没有不同。'],
      ['R2. 什么是协议？', '答案：\n协议定义了通信实体之间交换报文的格式和次序。'],
      ['R3. 什么是分组交换？', '答案：\n把报文分成分组，逐个经链路和交换机转发。'],
    ]);
  });
});

describe("tables of one thing's fields under each heading", () => {
  const drug = (name: string, action: string, uses: string, effects: string) => [
    `### ${name}`,
    '| Element | Details |',
    '|---------|---------|',
    `| **Action** | ${action} |`,
    `| **Uses** | ${uses} |`,
    `| **Side Effects** | ${effects} |`,
    '',
  ];
  const note = (drugs: number) =>
    [
      '# Drug classes',
      '',
      ...drug('Nitrates', 'Vasodilation; decrease preload', 'Angina, heart failure', 'Headache, hypotension'),
      ...drug('Warfarin', 'Vitamin K antagonist', 'DVT, PE, A-fib', 'Bleeding, bruising'),
      ...(drugs >= 3
        ? drug('Metformin', 'Decreases hepatic glucose output', 'Type 2 diabetes', 'GI upset')
        : []),
    ].join('\n');

  it('asks no row of them: "Which Details goes with Side Effects?" says not whose', () => {
    expect(asked(note(3)).filter(([kind]) => kind === 'table-row')).toEqual([]);
  });

  it('asks the rows of two tables of the same things (near miss: a layout is three)', () => {
    const lessons = (header: string, cells: readonly string[]) => [
      `| 课文 | ${header} |`,
      '| --- | --- |',
      ...[
        '第一课 记梁任公先生的一次演讲',
        '第二课 让生命舒展如树',
        '第三课 先妣事略',
        '第四课 左忠毅公逸事',
      ].map((l, k) => `| ${l} | ${cells[k]} |`),
      '',
    ];
    const text = [
      '# 课文',
      '',
      '## 出处',
      '',
      ...lessons('出处', ['《梁任公》', '《散文集》', '《震川先生集》', '《方苞集》']),
      '## 主题',
      '',
      ...lessons('主题', [
        '表现梁任公的精神与学养，表达敬仰之情',
        '表达作者对母亲的敬爱与思念',
        '抒发对死去母亲的怀念与哀思',
        '表达左光斗坚毅不屈的高尚情操',
      ]),
    ].join('\n');
    expect(asked(text).filter(([kind]) => kind === 'table-row').length).toBeGreaterThan(0);
  });
});

describe('a short lead naming what the terms are kinds of', () => {
  it('shows "Altitude" with the question about "Density"', () => {
    const note = [
      '# Aircraft systems',
      '',
      'Altitude:',
      '',
      '* True: actual height above sea level',
      '* Indicated: what is shown on the altimeter',
      '* Absolute: height above the ground',
      '* Density: pressure altitude corrected for non standard temperature',
    ].join('\n');
    const contexts = noteDeck(note)
      .questions.filter((q) => q.kind === 'definition')
      .map((q) => (q.frame && 'context' in q.frame ? q.frame.context : ''));
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) expect(context).toBe('Aircraft systems › Altitude');
  });
});

describe("one thing's record, its own name among the fields", () => {
  const brief = (first: string) =>
    [
      '# Brown vs. Board of Education',
      '',
      '## Background',
      `- **${first}:** Brown v. Board of Education of Topeka`,
      '- **Facts:** Black children were denied admission to public schools under laws allowing segregation.',
      '- **Issue:** Whether segregation of public education by race violated the Equal Protection Clause.',
      '- **Decision:** The Supreme Court unanimously ruled that school segregation was unconstitutional.',
      '- **Impact:** The decision declared the "separate but equal" doctrine unconstitutional in education.',
    ].join('\n');

  it('asks none of a case brief\'s fields ("Name of the Case", "Facts", "Issue")', () => {
    expect(asked(brief('Name of the Case'))).toEqual([]);
  });

  it('asks a list whose first entry is a term (near miss)', () => {
    expect(asked(brief('Precedent')).length).toBeGreaterThan(0);
  });
});

describe('a term beside a kind of itself', () => {
  it('offers no "General Journal" beside "Journal"', () => {
    const glossary = [
      '# Bookkeeping',
      '',
      '## Records',
      '',
      '- Journal: A formal record of financial transactions in chronological order.',
      '- General Journal: The chronological record of all transactions before they are posted to accounts.',
      '- Ledger: A collection of individual accounts that records the balances of each account.',
      '- Trial Balance: A list of all account balances to check that debits equal credits.',
      '- Invoice: A bill sent to a customer listing goods sold and the amount due.',
    ].join('\n');
    const journal = 'A formal record of financial transactions in chronological order.';
    const general = 'The chronological record of all transactions before they are posted to accounts.';
    const questions = noteDeck(glossary).questions.filter((x) => x.kind === 'definition');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const shown = [q.stem, ...q.options];
      expect(shown.includes('General Journal') && shown.includes('Journal')).toBe(false);
      expect(shown.includes('General Journal') && shown.includes(journal)).toBe(false);
      expect(shown.includes('Journal') && shown.includes(general)).toBe(false);
    }
  });

  it('sees the nesting by whole words only (near miss: "Key" is no part of "Monkey")', () => {
    expect(namesNested('Journal', 'General Journal')).toBe(true);
    expect(namesNested('Key', 'Monkey')).toBe(false);
  });
});

describe('a table whose first header names no kind', () => {
  const note = (header: string) =>
    [
      '# Docker',
      '',
      '## What are the different Docker networking types?',
      '',
      `| ${header} | Use Case |`,
      '|---------|----------|',
      '| Bridge | Default, good for isolated containers |',
      '| Host | Shares the host’s network |',
      '| Overlay | Multi-host communication across a swarm |',
      '| None | Full network isolation |',
    ].join('\n');
  const contexts = (header: string) =>
    noteDeck(note(header))
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => (q.frame && 'context' in q.frame ? q.frame.context : undefined));

  it('asks "Which Type …?" with the question the table answers', () => {
    const found = contexts('Type');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c).toBe('What are the different Docker networking types?');
  });

  it('asks "Which Network driver …?" without it (near miss: the header names the kind)', () => {
    const found = contexts('Network driver');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c ?? '').toBe('');
  });
});

describe('numbered questions whose lines end in typed breaks', () => {
  it('reads `1. **What is …?** <br/>` over `- Answer: …<br/><br/>` as a question and its answer', () => {
    const note = [
      '# Networking',
      '',
      ...[
        ['What is the OSI model?', 'A framework that splits networking into seven layers.'],
        ['What is a subnet mask?', 'It divides an IP address into network and host portions.'],
        ['What is a router?', 'A device that forwards packets between networks.'],
      ].flatMap(([q, a], k) => [`${k + 1}. **${q}** <br/>`, `   - Answer: ${a}<br/><br/>`, '']),
    ].join('\n');
    const cards = noteDeck(note).questions.filter((q) => q.kind === 'flashcard');
    expect(cards.map((q) => q.stem)).toEqual([
      'What is the OSI model?',
      'What is a subnet mask?',
      'What is a router?',
    ]);
    for (const q of cards) expect(q.answer).not.toContain('<br');
  });
});

describe('a question typed as an HTML heading', () => {
  const post = (tag: string) =>
    [
      `<${tag}> Question 1: What is PEP8? </${tag}>`,
      '<p> A coding standard for Python; pylint helps to follow it. </p>',
      '',
      `<${tag}> Question 2: How to read an 8GB file? </${tag}>`,
      '<p> Operate on chunks, not the whole file at once. </p>',
      '',
      `<${tag}> Question 3: Tabs or spaces? </${tag}>`,
      '<p> Spaces, as PEP8 says. </p>',
    ].join('\n');

  it('reads each as a question and the paragraph under it as its answer', () => {
    const cards = noteDeck(post('h3')).questions.filter((q) => q.kind === 'flashcard');
    expect(cards.map((q) => [q.stem, q.answer.trim()])).toEqual([
      ['What is PEP8?', 'A coding standard for Python; pylint helps to follow it.'],
      ['How to read an 8GB file?', 'Operate on chunks, not the whole file at once.'],
      ['Tabs or spaces?', 'Spaces, as PEP8 says.'],
    ]);
  });

  it('leaves an HTML heading that asks nothing as the HTML it is (near miss)', () => {
    expect(withHtmlQuestionsRead('<h2> Understanding decorators </h2>\n<p> Text. </p>')).toBe(
      '<h2> Understanding decorators </h2>\n<p> Text. </p>',
    );
  });
});

describe('lists of troubles beside lists of remedies', () => {
  const note = (fixLabel: string) =>
    [
      '# MySQL',
      '',
      '## 如何处理主从延迟？',
      '',
      '**原因**：',
      '- 从库配置低',
      '- 大事务',
      '- 主库写入压力大',
      '',
      `**${fixLabel}**：`,
      '- 使用并行复制',
      '- 拆分大事务',
      '- 提升从库配置',
    ].join('\n');

  it('asks no cause among remedies, nor a remedy among causes', () => {
    expect(asked(note('解决方案')).filter(([kind]) => kind === 'list-membership')).toEqual([]);
  });

  it('asks between two lists of one tone, causes beside symptoms (near miss)', () => {
    expect(asked(note('常见现象')).filter(([kind]) => kind === 'list-membership').length).toBeGreaterThan(0);
  });
});

describe('round 22, set CA', () => {
  it("reads a syllabus' levels (掌握, 熟悉, 了解) as labels, not terms", () => {
    const note = [
      '# 第二章 会计概述',
      '',
      '**掌握：**借贷记账法、会计凭证、会计账簿和账务处理程序',
      '',
      '**熟悉：**会计要素及其分类、会计计量属性、会计等式',
      '',
      '**了解：**会计科目和账户的分类、成本会计基础、管理会计基础',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('drops the rest of a name typed after its bold from the definition (`**pharynx**/throat - …`)', () => {
    expect(
      askable({ term: 'pharynx', definition: '/throat - part of oral tract above larynx' }, 1, '')
        ?.definition,
    ).toBe('part of oral tract above larynx');
    expect(
      askable({ term: 'voiced', definition: 'sounds - sounds made with vocal folds vibrating' }, 1, '')
        ?.definition,
    ).toBe('sounds made with vocal folds vibrating');
    expect(
      askable({ term: 'velum', definition: '/**soft palate** - soft part of the roof of the mouth' }, 1, '')
        ?.definition,
    ).toBe('soft part of the roof of the mouth');
    // Near miss: a definition that says something before its dash keeps it.
    expect(
      askable({ term: 'pharynx', definition: 'part of the throat - above the larynx' }, 1, '')?.definition,
    ).toBe('part of the throat - above the larynx');
  });

  it('neither asks nor offers a definition that names only the kind every entry is ("a speech sound")', () => {
    expect(
      namesOnlyTheKind('a speech sound', ['speech sound produced with constriction in the vocal tract']),
    ).toBe(true);
    expect(namesOnlyTheKind('a speech sound', ['a sound made by a musical instrument'])).toBe(false);
  });
});

describe('the same note three times in one deck', () => {
  it('asks its table rows in each copy: copies share no layout', () => {
    const note = [
      '# Ports',
      '',
      '## Well-known ports',
      '',
      '| Protocol | Port | Transport |',
      '| --- | --- | --- |',
      '| SSH | 22 | TCP |',
      '| DNS | 53 | UDP and TCP |',
      '| HTTPS | 443 | TCP |',
      '| SNMP | 161 | UDP |',
    ].join('\n');
    const copies = buildDeck([1, 2, 3].map((k) => ({ path: `copy-${k}/ports.md`, text: note })));
    expect(copies.questions.filter((q) => q.kind === 'table-row').length).toBeGreaterThan(0);
  });
});
