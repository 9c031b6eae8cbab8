import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { cleanPrompt } from '../../src/content/prompt-text.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * Kinds of notes blind sets AC and AD (round 16) showed misread or badly asked, each with a near miss.
 * Fixtures written for these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const graded = (text: string) => one(text).questions.filter(isAutoGraded);
const keyOf = (q: { options: readonly string[]; correctIndex: number | null }) =>
  q.options[q.correctIndex ?? -1];

describe('an exam whose key is the one option written in bold', () => {
  const exam = [
    '## 一、单项选择题',
    '',
    '1. 开发软件中高成本、低质量、低效率的现象称做（ ）。  ',
    'A. 软件工程',
    'B. 软件周期',
    '**C. 软件危机**',
    'D. 软件产生',
    '',
    '2. 瀑布模型本质上是一种（ ）。',
    '**A. 线性顺序模型**',
    'B. 顺序迭代模型',
    'C. 线性迭代模型',
  ].join('\n');

  it('keys each question by its bold option, shown plain', () => {
    expect(graded(exam).map((q) => [q.stem, keyOf(q)])).toEqual([
      ['开发软件中高成本、低质量、低效率的现象称做（ ）。', '软件危机'],
      ['瀑布模型本质上是一种（ ）。', '线性顺序模型'],
    ]);
    for (const q of graded(exam)) for (const o of q.options) expect(o).not.toContain('**');
  });

  it('keys none where two options are bold', () => {
    const two = exam.replace('B. 顺序迭代模型', '**B. 顺序迭代模型**');
    expect(graded(two).map((q) => q.stem)).toEqual(['开发软件中高成本、低质量、低效率的现象称做（ ）。']);
  });
});

describe('a flashcard app export, a card under `### Front` and `### Back`', () => {
  it('makes each card one question card, no "Back" in a stem', () => {
    const text = [
      '<!-- Card Start -->',
      '### Front',
      'What is a Docker image?',
      '',
      '### Back',
      'An immutable file holding what an application needs to run.',
      '<!-- Card End -->',
      '<!-- Card Start -->',
      '### Front',
      'What is a Dockerfile?',
      '',
      '### Back',
      'A script of the steps that build an image.',
      '<!-- Card End -->',
    ].join('\n');
    expect(one(text).cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['question', 'What is a Docker image?', 'An immutable file holding what an application needs to run.'],
      ['question', 'What is a Dockerfile?', 'A script of the steps that build an image.'],
    ]);
  });
});

describe('a quiz whose options are list items, its keys at the end', () => {
  const text = [
    '## Section 1: OSI',
    '',
    '1. **At which OSI layer do IP addresses operate?**',
    '   - A) Layer 2',
    '   - B) Layer 3',
    '   - C) Layer 4',
    '',
    '2. **MAC addresses operate at which layer?**',
    '   - A) Layer 1',
    '   - B) Layer 2',
    '   - C) Layer 3',
    '',
    '## ANSWER KEY',
    '',
    '### Section 1 (OSI)',
    '1. B (Layer 3)',
    '2. B (Layer 2)',
  ].join('\n');

  it('keys each question, and a key that only repeats its option adds nothing to the reveal', () => {
    const asked = graded(text).filter((q) => q.kind === 'choice');
    expect(asked.map((q) => [q.stem, keyOf(q)])).toEqual([
      ['At which OSI layer do IP addresses operate?', 'Layer 3'],
      ['MAC addresses operate at which layer?', 'Layer 2'],
    ]);
    for (const q of asked) expect(q.answer).not.toContain('(Layer');
  });
});

describe('a glossary of records: every entry the same labelled fields', () => {
  const entry = (term: string, zh: string, what: string, chapter: string) =>
    `### ${term}\n\n**中文**: ${zh}\n**定义**: ${what}\n**相关章节**: ${chapter}\n`;
  const text = [
    '# 安全术语表',
    '',
    entry('SOC', '安全运营中心', '7×24 小时监控和响应安全事件的组织。', '第11章 安全运营'),
    entry('EDR', '端点检测与响应', '持续监控和响应端点威胁的安全平台。', '第11章 安全运营'),
    entry('RBAC', '基于角色的访问控制', '根据用户角色授予权限的访问控制模型。', '第5章 云安全架构'),
    entry('PAM', '特权访问管理', '管理和审计特权账号的安全方案。', '第8章 身份安全'),
  ].join('\n');

  it('asks nothing of the field labels ("which is described: 中文, 定义, 相关章节?")', () => {
    for (const q of graded(text))
      for (const label of ['中文', '定义', '相关章节']) expect(q.options).not.toContain(label);
    for (const q of graded(text)) expect(q.stem).not.toMatch(/「(?:中文|定义|相关章节)」/);
  });

  it('still asks a definition list whose terms are things, each defined once (near miss)', () => {
    const terms = [
      '# 安全术语',
      '',
      '- **SOC**：7×24 小时监控和响应安全事件的组织。',
      '- **EDR**：持续监控和响应端点威胁的安全平台。',
      '- **RBAC**：根据用户角色授予权限的访问控制模型。',
      '- **PAM**：管理和审计特权账号的安全方案。',
    ].join('\n');
    expect(graded(terms).length).toBeGreaterThan(0);
  });
});

describe('question numbers the text leaves in front of the question', () => {
  it('strips a zero-padded number and a bare number before a Chinese question', () => {
    expect(cleanPrompt('**08 以下哪种类型以键值对存储数据？**')).toBe('以下哪种类型以键值对存储数据？');
    expect(cleanPrompt('18 NoSQL数据库无法支持复杂查询。')).toBe('NoSQL数据库无法支持复杂查询。');
  });

  it('keeps a number that is part of the question', () => {
    expect(cleanPrompt('2 个进程同时访问时会怎样？')).toBe('2 个进程同时访问时会怎样？');
    expect(cleanPrompt('404 错误表示什么？')).toBe('404 错误表示什么？');
    expect(cleanPrompt('3 ways to scale?')).toBe('3 ways to scale?');
  });
});

describe('a key written right under the last option, no blank line between', () => {
  it('reads the key, not a last option "Layer 3 Answer: B"', () => {
    const text = [
      '# Quiz',
      '',
      '**Which layer do IP addresses use?**',
      '- A) Layer 2',
      '- B) Layer 3',
      'Answer: B',
    ].join('\n');
    expect(graded(text).map((q) => [q.options, keyOf(q)])).toEqual([[['Layer 2', 'Layer 3'], 'Layer 3']]);
  });

  it('keeps a last option of two lines whose second line states no key (near miss)', () => {
    const text = [
      '# Quiz',
      '',
      '**Which layer do IP addresses use?**',
      '- A) Layer 2',
      '- B) Layer 3',
      '  of the OSI model',
      '',
      'Answer: B',
    ].join('\n');
    expect(graded(text).map((q) => keyOf(q))).toEqual(['Layer 3 of the OSI model']);
  });
});

describe("an acronym's expansion asked a word at a time", () => {
  const rows = [
    ['NAT', 'Network Address Translation'],
    ['TLS', 'Transport Layer Security'],
    ['TCP', 'Transmission Control Protocol'],
    ['TTL', 'Time To Live'],
    ['TPM', 'Trusted Platform Module'],
    ['TOTP', 'Time-based One-Time Password'],
    ['HTTP', 'Hypertext Transfer Protocol'],
    ['CSO', 'Chief Security Officer'],
    ['CAPTCHA', 'Completely Automated Public Turing test'],
    ['CVE', 'Common Vulnerabilities and Exposures'],
    ['CSRF', 'Cross-site Request Forgery'],
    ['CERT', 'Computer Emergency Response Team'],
    ['BYOD', 'Bring Your Own Device'],
    ['BIA', 'Business Impact Analysis'],
    ['BCP', 'Business Continuity Planning'],
  ];
  const text = ['| Acronym | Full form |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join(
    '\n',
  );
  const clozes = graded(text).filter((q) => q.kind === 'cloze');

  it('offers only words that read as the key does in its place: no adverb, no plural for a singular', () => {
    expect(clozes.length).toBeGreaterThan(0);
    for (const q of clozes) {
      const key = keyOf(q) ?? '';
      for (const o of q.options) {
        if (!/ly$/.test(key)) expect(o).not.toMatch(/[a-z]ly$/);
        if (!/[^su]s$/.test(key)) expect(o).not.toMatch(/[^su]s$/);
      }
    }
  });

  it('asks no verb among nouns ("___ Your Own Device")', () => {
    expect(clozes.filter((q) => q.stem.includes('Your Own Device'))).toEqual([]);
  });

  it("blanks no person's name and offers none ('Rivest, ___, & Adleman'), but still lists of terms", () => {
    const people = [
      ...rows,
      ['RSA', 'Rivest, Shamir, & Adleman'],
      ['RC4', 'Rivest Cipher 4'],
      ['RAID', 'Redundant Array of Inexpensive Disks'],
      ['RPO', 'Recovery Point Objective'],
      ['RTO', 'Recovery Time Objective'],
      ['SSO', 'Single Sign-On'],
      ['SIEM', 'Security Information and Event Management'],
    ];
    const table = ['| Acronym | Full form |', '|---|---|', ...people.map(([a, b]) => `| ${a} | ${b} |`)].join(
      '\n',
    );
    const asked = graded(table).filter((q) => q.kind === 'cloze');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked)
      expect(['Rivest', 'Shamir', 'Adleman']).not.toContain(q.options[q.correctIndex ?? -1]);
    for (const q of asked)
      for (const name of ['Rivest', 'Shamir', 'Adleman']) expect(q.options).not.toContain(name);
  });
});

describe('a definition asked under a heading that only numbers a question', () => {
  it('says the heading above it, not "Question 21"', () => {
    const text = [
      '# Databases vs flat files',
      '',
      '## Question 21',
      '',
      '- **Integrity**: constraints keep the data valid.',
      '- **Concurrency**: many users can change data at once.',
      '- **Security**: access is granted per user and table.',
      '- **Recovery**: a crash loses no committed change.',
    ].join('\n');
    const contexts = graded(text).map((q) => (q.frame && 'context' in q.frame ? q.frame.context : null));
    expect(contexts.length).toBeGreaterThan(0);
    for (const c of contexts) expect(c).toBe('Databases vs flat files');
  });
});

describe('a table of contents written as headings that link into the page', () => {
  it('asks nothing of the links and warns of no unanswered question; the questions below are read', () => {
    const text = [
      '#### Table of Contents',
      '',
      '#### [1. What is Hoisting?](https://example.com/notes.md#1-what-is-hoisting)',
      '',
      '#### [2. What is Closure?](#2-what-is-closure)',
      '',
      '## 1. What is Hoisting?',
      '',
      'Declarations are bound at the top of their scope before the code runs.',
      '',
      '## 2. What is Closure?',
      '',
      'A function together with the variables of the scope it was made in.',
    ].join('\n');
    const deck = one(text);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['question', 'What is Hoisting?'],
      ['question', 'What is Closure?'],
    ]);
    expect(deck.problems.filter((p) => p.code === 'unanswered-question')).toEqual([]);
  });

  it('still reads a heading whose words link elsewhere as a question (near miss)', () => {
    const text = [
      '## [What is a Pod?](https://kubernetes.io/docs/concepts/workloads/pods/)',
      '',
      'The smallest deployable unit.',
    ].join('\n');
    expect(one(text).cards.map((c) => c.kind)).toEqual(['question']);
  });
});
