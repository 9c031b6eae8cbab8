import { describe, expect, it } from 'vitest';
import { askedOf as asked, choicesOf, noteDeck as deckOf } from './deck-helpers.ts';

/**
 * Layouts and questions round 18's later blind sets (AO–AR) showed misread or wrongly asked, in fixtures
 * written for these tests: keys exercise banks state their own way, giveaways by spelling, tone and root,
 * code a heading points at, fields of figures, an answer review's verdicts and tips on studying.
 */
describe('keys stated as exercise banks type them', () => {
  const question = (key: readonly string[]) =>
    [
      '1. 数据库系统（DBS）与数据库（DB）的关系是（）。',
      '    - A. DB包含DBS',
      '    - B. DBS包含DB',
      '    - C. 没有任何关系',
      '',
      ...key,
      '',
      '解析：数据库系统包含数据库。',
    ].join('\n');

  it('reads "答：B" under the options, and "答：" over a code block holding only the letter', () => {
    const asked = [['数据库系统（DBS）与数据库（DB）的关系是（）。', 'DBS包含DB']];
    expect(choicesOf(question(['答：B']))).toEqual(asked);
    expect(choicesOf(question(['答：', '```', 'B', '```']))).toEqual(asked);
  });

  it('reads no key from a code block of words under "答：" (near miss)', () => {
    expect(choicesOf(question(['答：', '```', 'B is right', '```']))).toEqual([]);
  });
});

describe('giveaways round 18 showed', () => {
  it('does not ask for a protocol its description spells but for the last letter ("File transfer", FTP)', () => {
    const note = [
      '## Ports',
      '',
      '| Protocol | Port | Purpose |',
      '| --- | --- | --- |',
      '| FTP | 21 | File transfer |',
      '| SSH | 22 | Encrypted remote login |',
      '| DNS | 53 | Resolving host names |',
      '| HTTPS | 443 | Encrypted web pages |',
    ].join('\n');
    const keys = asked(note).map(([, key]) => key);
    expect(keys).not.toContain('FTP');
    expect(keys).toContain('SSH');
  });

  it('does not ask which list of uses an item belongs to when the others are its faults', () => {
    const note = (other: string) =>
      [
        '### reflect',
        '',
        // Each list written without an opening all its items share: `不能确定…` twice beside `反射代码…` thrice
        // would tell the lists apart by form (option-kinds.ts), whatever their labels.
        '常用场景：',
        '1. 运行时才决定调用哪个函数；',
        '2. 运行时处理任意类型的对象；',
        '3. 序列化时读取结构体标签；',
        '',
        `${other}：`,
        '1. 代码的可读性差；',
        '2. 编译期发现不了类型问题；',
        '3. 性能比直接调用差；',
      ].join('\n');
    const lists = (text: string) => asked(text).filter(([kind]) => kind === 'list-membership');
    expect(lists(note('反射的缺点'))).toEqual([]);
    expect(lists(note('反射的特点'))).not.toEqual([]);
  });
});

describe('a question under a heading that points at its code', () => {
  const note = (code: readonly string[]) =>
    [
      '## 10.代码如下',
      ...code,
      '',
      'C的正确结果是（）',
      '',
      'A：11',
      '',
      'B：13',
      '',
      'C：12',
      '',
      '答案 B',
    ].join('\n');

  it('asks nothing when the code was typed as plain lines the question does not show', () => {
    expect(choicesOf(note(['int a=5;', '', 'int b=++a;', '', 'int c=a+(++b)']))).toEqual([]);
  });

  it('asks the question when its code block is shown with it (near miss)', () => {
    const shown = [
      '## 10.代码如下',
      '',
      'C的正确结果是（）',
      '',
      '```java',
      'int a=5;',
      'int b=++a;',
      'int c=a+(++b);',
      '```',
      '',
      'A：11',
      '',
      'B：13',
      '',
      'C：12',
      '',
      '答案 B',
    ];
    expect(choicesOf(shown.join('\n')).map(([, key]) => key)).toEqual(['13']);
  });
});

describe('round 18, sets AQ and AR', () => {
  it('reads a key section of lower-case letters (`**Q1: b** - …`) folded at the end of a quiz', () => {
    const question = (n: number, stem: string, options: readonly string[]) => [
      `### Question ${n} (2 points)`,
      `**${stem}**`,
      '',
      ...options.map((o, k) => `${'abcd'[k]}) ${o}`),
      '',
      '**Your Answer**: _____',
      '',
      '---',
      '',
    ];
    const note = [
      '# Ownership quiz',
      '',
      ...question(1, 'Which is stored on the heap?', [
        '`let x = 5;`',
        '`let s = String::from("a");`',
        '`let b = true;`',
      ]),
      ...question(2, 'When is a value dropped?', [
        'When you call drop',
        'When its owner leaves scope',
        'When the program exits',
      ]),
      ...question(3, 'Which one copies?', ['`clone()`', '`drop()`', '`take()`']),
      '## Answer Key & Explanations',
      '',
      '<details>',
      '<summary>Click to reveal answers</summary>',
      '',
      '**Q1: b** - `String` is heap-allocated.',
      '',
      '**Q2: b** - Dropping follows scope.',
      '',
      '**Q3: a or c** - Either reading is accepted.',
      '',
      '</details>',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['Which is stored on the heap?', '`let s = String::from("a");`'],
      ['When is a value dropped?', 'When its owner leaves scope'],
    ]);
  });

  it('keys no question past a heading: an unnumbered bonus question after the last numbered one stays unkeyed', () => {
    const options = (list: readonly string[]) => list.map((o, k) => `${'abc'[k]}) ${o}`);
    const note = [
      '### Question 1',
      'Which is stored on the heap?',
      '',
      ...options(['An integer', 'A String', 'A bool']),
      '',
      '### Question 2',
      'How many mutable references at once?',
      '',
      ...options(['Unlimited', 'Exactly one', 'Two']),
      '',
      '## Bonus Section',
      '',
      '### Bonus Question 1',
      'What are lifetimes for?',
      '',
      ...options(['Measuring time', 'Keeping references valid', 'Threads']),
      '',
      '## Answer Key',
      '',
      '**Q1: b** - Strings live on the heap.',
      '',
      '**Q2: b** - One at a time.',
      '',
      '**Bonus 1: b** - References never outlive their data.',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['Which is stored on the heap?', 'A String'],
      ['How many mutable references at once?', 'Exactly one'],
    ]);
  });

  it('does not ask for a name its acronym spells, words joined by "&" too (CUR, Cost & Usage Report)', () => {
    const table = [
      '## Financial Management',
      '| Service | Description | Acronym |',
      '|---------|-------------|---------|',
      '| **Cost Explorer** | Cost analysis and optimization | - |',
      '| **Budgets** | Cost budgeting and alerts | - |',
      '| **Cost & Usage Report** | Detailed billing reports | CUR |',
      '| **RI Reporting** | Reserved instance utilization | RI |',
    ].join('\n');
    expect(asked(table).map(([, key]) => key)).not.toContain('Cost & Usage Report');
  });

  it('asks nothing of a field list of figures (a quiz’s time limit and passing score)', () => {
    const header = [
      '# Assessment quiz',
      '',
      '- **Time Limit**: 20-25 minutes',
      '- **Passing Score**: 80% (24/30 points)',
    ];
    expect(asked([...header, '- **Attempts**: 2 per week'].join('\n'))).toEqual([]);
  });

  it('reads no terms from an answer review’s verdicts, nor from tips on studying the deck', () => {
    const review = [
      '## What should you use?',
      '',
      '- Correct: A lock –– A resource lock will meet both requirements.',
      '- Incorrect: A tag –– A tag will not meet the requirements.',
      '- Incorrect: Conditional Access –– It will not meet the requirements.',
    ];
    expect(asked(review.join('\n'))).toEqual([]);
    const tips = [
      '## Tips for using flashcards',
      '',
      '- **Leitner box**: Cards move to a later box each time they are answered right.',
      '- **SM-2**: The algorithm that schedules each review further apart.',
      '- **Interleaving**: Mixing several topics within one study session.',
    ];
    expect(asked(tips.join('\n'))).toEqual([]);
    expect(asked(tips.join('\n').replace('Tips for using flashcards', 'Memory techniques'))).not.toEqual([]);
  });

  it('does not ask an author’s definition question whose key alone shares the term’s root', () => {
    const quiz = (term: string) =>
      [
        `1. Which is the correct definition for the term ${term} in web security?`,
        '',
        'A. It refers to the prevention of data tampering',
        'B. It refers to keeping data available to its users during outages',
        'C. It refers to safeguarding private data from unauthorized access',
        '',
        '**Answer: B**',
      ].join('\n');
    expect(choicesOf(quiz('Availability'))).toEqual([]);
    expect(choicesOf(quiz('Resilience')).map(([, key]) => key)).toEqual([
      'It refers to keeping data available to its users during outages',
    ]);
  });
});

describe('round 18, sets AS and AT', () => {
  const glossary = [
    '## Concurrency',
    '',
    '- **Mutex**: A lock that lets exactly one thread into a critical section at a time.',
    '- **Semaphore**: A counter of permits that lets a fixed number of threads in at once.',
    '- **Monitor**: A lock joined with wait and notify, built into every Java object.',
  ];

  it('reads a note saved whole in a Markdown code block as the note it holds', () => {
    expect(asked(['````markdown', ...glossary, '````'].join('\n'))).not.toEqual([]);
    // A Markdown sample shown among other text stays a listing (near miss).
    expect(
      asked(['# Sample', '', 'A note looks like this:', '', '````markdown', ...glossary, '````'].join('\n')),
    ).toEqual([]);
  });

  it('asks nothing of a list of fields most of whose values are no description', () => {
    const fields = [
      '## Mock interview',
      '',
      '- **Difficulty**: Intermediate',
      '- **Duration**: ~45 minutes',
      '- **Goal**: Assess knowledge of service management, storage and troubleshooting methodology.',
    ];
    expect(asked(fields.join('\n'))).toEqual([]);
  });

  it('keeps a label typed under an item out of its definition (`按锁级别分类：`)', () => {
    const locks = [
      '## MySQL有哪些锁',
      '',
      '- 表级锁：对当前操作的整张表加锁，实现简单，资源消耗较少',
      '按锁级别分类：',
      '- 行级锁：只针对当前操作的记录加锁，能大大减少数据库操作的冲突',
      '- 页级锁：速度快，但冲突多，一次锁定相邻的一组记录',
      '- 共享锁：读取操作创建的，其他用户可以并发读取数据',
    ];
    const deck = deckOf(locks.join('\n'));
    const options = deck.questions.filter((q) => q.kind === 'definition').flatMap((q) => q.options);
    expect(options.some((o) => o.includes('按锁级别分类'))).toBe(false);
  });

  it('does not ask for a term whose root only the key repeats (Visibility, "immediately visible")', () => {
    const atomic = [
      '## What are atomic operations?',
      '',
      '- **Atomicity**: The operation runs as one indivisible unit that other threads cannot split.',
      '- **Visibility**: Changes made by the operation are immediately visible to other threads.',
      '- **All or nothing**: Either the whole operation completes or it leaves no effect at all.',
    ];
    const keys = asked(atomic.join('\n')).map(([, key]) => key ?? '');
    expect(keys.some((k) => k.includes('immediately visible'))).toBe(false);
  });
});
