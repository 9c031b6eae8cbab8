import { describe, expect, it } from 'vitest';
import { genusOf } from '../../src/content/definition-genus.ts';
import { describesByRoot, sameRoot } from '../../src/content/gate-checks/other-forms.ts';
import { translatesTerm } from '../../src/content/gate-checks/translated-term.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { askedOf as asked, choicesOf, noteDeck } from './deck-helpers.ts';

/**
 * Layouts and questions round 19's blind sets (AU, AV) showed misread or wrongly asked, in fixtures written
 * for these tests: A–Z glossaries, a key run into the last option, a note's header fields, a sample listing,
 * flags of no command, aspects listed twice in one card, bold phrases of a sentence, clipped words.
 */
const gradedOf = (text: string) => noteDeck(text).questions.filter(isAutoGraded);

describe('an A–Z glossary is one glossary, its distractors of the key’s kind', () => {
  const letter = (l: string, entries: readonly string[]) => [`## ${l}`, '', ...entries, ''];
  const glossary = [
    '# Glossary',
    '',
    ...letter('**A**', [
      '- **Adware**: A type of software that displays advertisements in applications.',
      '- **Asset**: An item perceived as having value to an organization.',
    ]),
    ...letter('**B**', ['- **Botnet**: A collection of computers infected by malware under one attacker.']),
    ...letter('**M**', [
      '- **Malware**: Software designed to harm devices or networks.',
      '- **MITRE**: A collection of non-profit research and development centers.',
      '- **MFA**: A security measure that requires a user to verify their identity in two or more ways.',
    ]),
    ...letter('**S**', [
      '- **Spyware**: Software that gathers information about a person without their consent.',
      '- **Scareware**: Software that frightens users into infecting their device.',
    ]),
    ...letter('**R**', [
      '- **Rootkit**: Software that provides remote, administrative access to a computer.',
    ]),
  ].join('\n');

  it('makes one term card per entry and no card per letter', () => {
    const deck = noteDeck(glossary);
    const cards = deck.cards.map((c) => [c.kind, c.prompt]);
    expect(cards).toContainEqual(['term', 'Malware']);
    expect(cards).toContainEqual(['term', 'Rootkit']);
    expect(cards.filter(([kind]) => kind !== 'term')).toEqual([]);
  });

  it('asks software among software from every letter, and nothing with no entry of its kind', () => {
    const graded = gradedOf(glossary);
    const keys = graded.map((q) => q.options[q.correctIndex ?? -1]);
    expect(keys).toContain('Malware');
    for (const q of graded.filter((x) => x.options.includes('Malware')))
      for (const o of q.options)
        expect(['Adware', 'Malware', 'Spyware', 'Scareware', 'Rootkit']).toContain(o);
    // MITRE is the only collection of centres, MFA the only measure: no question names them.
    expect(graded.flatMap((q) => q.options).join(' ')).not.toMatch(/MITRE|MFA|research and development/);
  });

  it('leaves two headings of one letter alone: no glossary (near miss)', () => {
    const two = [
      '# Notes',
      '',
      ...letter('A', ['- **Adware**: Software that shows ads.']),
      ...letter('B', ['Plain prose.']),
    ];
    expect(noteDeck(two.join('\n')).cards.some((c) => c.kind === 'term')).toBe(false);
  });

  it('reads the genus of a definition', () => {
    expect(genusOf('A data structure for priority queue operations.')).toBe('structure');
    expect(genusOf('The process of converting data to an encoded format.')).toBe('process');
    expect(genusOf('Rules set by a government or other authority.')).toBe('rule');
    expect(genusOf('A type of malware that encrypts files.')).toBe('malware');
    expect(genusOf('一种数据结构')).toBe(null);
  });
});

describe('a key run into the last option', () => {
  const quiz = (after: readonly string[]) =>
    [
      '## 單選題',
      '',
      '1. **Which of the following is NOT a characteristic of cloud computing?**',
      '',
      '   - A. On-demand self-service',
      '   - B. Broad network access',
      '   - C. Fixed pricing',
      '   - D. Resource pooling  ',
      ...after,
    ].join('\n');

  it('reads the key on a line of the last option, and keeps the explanation out of the option', () => {
    const keyed = quiz(['     **答案：** C  ', '     **解釋：** 雲計算通常基於按使用量付費的模式。']);
    expect(choicesOf(keyed)).toEqual([
      ['Which of the following is NOT a characteristic of cloud computing?', 'Fixed pricing'],
    ]);
    const [q] = gradedOf(keyed).filter((x) => x.kind === 'choice');
    expect(q?.options.at(-1)).toBe('Resource pooling');
    expect(q?.answer).toContain('按使用量付費');
  });

  it('reads no key from a last option’s second line that states none (near miss)', () => {
    expect(choicesOf(quiz(['     shared among tenants']))).toEqual([]);
  });
});

describe('what is no term of the subject', () => {
  it('asks nothing of a note’s header fields (near miss: the same labels’ terms defined below)', () => {
    const note = [
      '# 所有权: 术语表',
      '',
      '> **文档定位**: 所有权、借用、作用域核心术语快速参考',
      '> **使用方式**: 通过术语索引快速查找定义，理解核心概念',
      '> **相关文档**: [主索引](index.md) | [FAQ](faq.md)',
      '',
      '## 术语',
      '',
      '- **所有权**: 每个值有且只有一个所有者',
      '- **借用**: 不取得所有权而使用值的引用',
      '- **生命周期**: 引用保持有效的作用域',
    ].join('\n');
    const keys = asked(note).map(([, key]) => key ?? '');
    expect(keys.join(' ')).not.toMatch(/文档定位|使用方式|相关文档|术语快速参考|主索引/);
    expect(keys.some((k) => /所有权|借用|生命周期|所有者|引用/.test(k))).toBe(true);
  });

  it('asks nothing of a sample listing read off by its values', () => {
    const note = [
      '## 权限管理',
      '',
      '- **rw- / rwx** : 当前用户权限',
      '- **r-- / r-x** : 当前用户所属组操作文件的权限',
      '- **r-- / r-x** : 当前系统其他用户操作文件权限',
      '- 4096 / 25 : 文件大小; 单位 "字节"',
      '- angleliuliu / root : 文件所属用户',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('asks no flag under a heading that names no command, and asks it under one that does', () => {
    const flags = [
      '- -r : 递归删除指定路径中的所有文件',
      '- -f : 忽略提醒直接删除',
      '- -i : 删除前逐一询问',
      '- -v : 显示删除过程',
    ];
    expect(asked(['## 文件操作命令', '', ...flags].join('\n'))).toEqual([]);
    expect(asked(['## rm', '', ...flags].join('\n')).length).toBeGreaterThan(0);
  });

  it('reads no term from bold phrases of a sentence ("**顶点代表事件**，**边表示活动**")', () => {
    const note = [
      '## AOE 网',
      '',
      '- **顶点代表事件**，**边表示活动**，边有权值',
      '- **源点**：入度为0的点',
      '- **汇点**：出度为0的点',
      '- **关键路径**：从源点到汇点的最长路径',
    ].join('\n');
    const options = gradedOf(note).flatMap((q) => q.options);
    expect(options).not.toContain('顶点代表事件');
    expect(options).toContain('源点');
  });
});

describe('one card’s lists of two things under the same labels are aspects', () => {
  it('does not ask "定义" among "特点" and "存储结构" (栈 and 队列 side by side)', () => {
    const note = [
      '## 概念',
      '',
      '1. 栈',
      '   - 定义：一端操作，栈顶栈底',
      '   - 特点：先进后出',
      '   - 存储结构：顺序栈、链栈',
      '2. 队列',
      '   - 定义：一端入队，另一端出队',
      '   - 特点：先进先出',
      '   - 存储结构：顺序队列、链队列',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('still asks names in code one card lists twice (near miss: lifecycle methods before and after a version)', () => {
    const methods = (extra: string) => [
      `   - **componentDidMount**: Runs after the first render ${extra}`,
      `   - **shouldComponentUpdate**: Decides whether the component re-renders ${extra}`,
      `   - **componentWillUnmount**: Runs before the component is removed ${extra}`,
    ];
    const note = ['## Lifecycle', '', '1. New', ...methods('(new)'), '2. Old', ...methods('(old)')].join(
      '\n',
    );
    expect(asked(note).length).toBeGreaterThan(0);
  });
});

describe('giveaways by a clipped word or a spelling', () => {
  const others = ['Linear time complexity.', 'Constant time complexity.', 'Exponential time complexity.'];

  it('sees "log" in O(log n) clip "Logarithmic", the only option that holds it', () => {
    expect(describesByRoot('O(log n)', 'Logarithmic time complexity.', others)).toBe(true);
    // Near miss: no word of O(n²) clipped from "Quadratic".
    expect(describesByRoot('O(n²)', 'Quadratic time complexity.', others)).toBe(false);
  });

  it('reads "analyzing" and "analysis" as one root, "analysis" and "analog" not', () => {
    expect(sameRoot('analyzing', 'analysis')).toBe(true);
    expect(sameRoot('analysis', 'analog')).toBe(false);
    // Only words mathematics clips: "log" and "login" are two words, "job" and "jobless" too.
    expect(sameRoot('log', 'login')).toBe(false);
    expect(sameRoot('job', 'jobless')).toBe(false);
  });
});

describe('an English name its Chinese description translates (set AW)', () => {
  it('sees a method named with its call rendered word by word (`cleanupIncrementally()`, 增量清理)', () => {
    expect(translatesTerm('cleanupIncrementally()', '访问时增量清理')).toBe(true);
    // Near miss: the description renders none of its words.
    expect(translatesTerm('cleanupInRocksdbCompactFilter()', '检查点时清理')).toBe(false);
  });

  it('sees a numeronym spell its word (K8s, Kubernetes), and not a word of another length', () => {
    expect(sameRoot('k8s', 'kubernetes')).toBe(true);
    expect(sameRoot('i18n', 'internationalization')).toBe(true);
    expect(sameRoot('k8s', 'kafkas')).toBe(false);
  });

  it('does not ask which time type is "描述: 处理时间" among Processing, Event and Ingestion Time', () => {
    const note = [
      '## 时间类型',
      '',
      '| 时间类型 | 描述 | 使用场景 |',
      '| --- | --- | --- |',
      '| Event Time | 事件发生的时间 | 乱序数据 |',
      '| Processing Time | 处理时间 | 对延迟敏感 |',
      '| Ingestion Time | 摄入时间 | 折中方案 |',
    ].join('\n');
    expect(asked(note).map(([, key]) => key)).not.toContain('Processing Time');
    expect(asked(note).map(([, key]) => key)).not.toContain('Ingestion Time');
  });
});

describe('quiz keys sets AW and AX wrote (the rules after their judgement)', () => {
  const options = (marks: readonly string[]) => [
    '### Q1. What does ACID stand for in database transactions?',
    '',
    `- A. Atomicity, Consistency, Isolation, Durability${marks[0] ?? ''}`,
    `- B. Accuracy, Consistency, Isolation, Durability${marks[1] ?? ''}`,
    `- C. Atomicity, Consistency, Integration, Durability${marks[2] ?? ''}`,
  ];

  it('reads a lone asterisk after one option, escaped or not, as its key, and takes it off', () => {
    const q = 'What does ACID stand for in database transactions?';
    expect(choicesOf(options([' \\*']).join('\n'))).toEqual([
      [q, 'Atomicity, Consistency, Isolation, Durability'],
    ]);
    expect(choicesOf(options(['', ' *']).join('\n'))).toEqual([
      [q, 'Accuracy, Consistency, Isolation, Durability'],
    ]);
    // Near miss: an asterisk glued to a word is no mark.
    expect(choicesOf(options(['', 'x*']).join('\n'))).toEqual([]);
  });

  it('reads an answer key whose entries say "Answer" after the number (`**1. Answer: A** - …`)', () => {
    const question = (n: number, text: string, opts: readonly string[]) => [
      `### Question ${n}`,
      text,
      '',
      ...opts.map((o, k) => `${'ABCD'[k]}) ${o}  `),
      '',
      '---',
      '',
    ];
    const note = [
      '# Practice test',
      '',
      ...question(1, 'What are the three main cloud service models?', [
        'IaaS, PaaS, SaaS',
        'Public, Private, Hybrid',
        'Compute, Storage, Network',
      ]),
      ...question(2, 'Which model extends an on-premises datacenter?', [
        'Public cloud',
        'Private cloud',
        'Hybrid cloud',
      ]),
      '## Answer Key',
      '',
      '**1. Answer: A** - IaaS, PaaS, SaaS  ',
      '*Explanation:* The three service models.',
      '',
      '**2. Answer: C** - Hybrid cloud  ',
      '*Explanation:* Hybrid combines both.',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['What are the three main cloud service models?', 'IaaS, PaaS, SaaS'],
      ['Which model extends an on-premises datacenter?', 'Hybrid cloud'],
    ]);
  });
});
