import { describe, expect, it } from 'vitest';
import { askedOf, choicesOf, gradedOptions, noteDeck } from './deck-helpers.ts';
import { judge } from './gate-fixtures.ts';

/**
 * Layouts the blind sets of round 25 showed misread, in fixtures written for these tests.
 */

const termsOf = (text: string) =>
  noteDeck(text)
    .cards.filter((c) => c.kind === 'term')
    .map((c) => c.prompt);

describe('a glossary that sets its terms off with a spaced dash, one entry to a paragraph', () => {
  const letters = ['A', 'B', 'C']
    .flatMap((letter, k) => [
      `## ${letter}`,
      '',
      ...[0, 1, 2].flatMap((n) => [
        `${letter}rbiter ${k}${n} - A person who settles a dispute between two parties, number ${k}${n}`,
        '',
      ]),
    ])
    .join('\n');

  it('reads each entry as a term under its letter', () => {
    expect(termsOf(`# Legal glossary\n\n${letters}`)).toHaveLength(9);
  });

  it('reads no dash in running notes as a definition (near miss)', () => {
    const steps = [
      '# Setting up',
      '',
      '## Install',
      '',
      'Step 1 - download the installer from the site',
      '',
      'Step 2 - run it and accept the licence',
      '',
      'Paris - what a trip that was, we loved every day',
    ].join('\n');
    expect(termsOf(steps)).toEqual([]);
  });
});

describe('a quiz in parts, numbered from 1 in each part, keyed by part in the answers', () => {
  const part = (title: string, questions: readonly [string, readonly string[]][]) => [
    `## ${title}`,
    '',
    ...questions.flatMap(([q, options], k) => [
      `${k + 1}.  ${q}`,
      ...options.map((o, i) => `    ${'abcd'[i]}) ${o}`),
      '',
    ]),
  ];
  const quiz = [
    '# History Mock Exam',
    '',
    ...part('Section A', [
      ['In what year did World War II end?', ['1944', '1945', '1946', '1947']],
      ['Who was the first President of the United States?', ['Jefferson', 'Adams', 'Washington', 'Franklin']],
    ]),
    ...part('Section B', [
      ['Which treaty ended World War I?', ['Versailles', 'Paris', 'Vienna', 'Westphalia']],
      ['The Magna Carta was signed in which year?', ['1066', '1215', '1485', '1337']],
    ]),
    '---',
    '',
    '# Answers',
    '',
    '## Section A',
    '',
    '1.  b) 1945 || **Explanation:** The war ended with the surrender of Japan.',
    '2.  c) Washington || **Explanation:** He served from 1789 to 1797.',
    '',
    '## Section B',
    '',
    '1.  a) Versailles || **Explanation:** Signed in 1919.',
    '2.  b) 1215 || **Explanation:** Signed by King John.',
  ].join('\n');

  it("gives each part's questions that part's keys, the explanation without the option repeated", () => {
    expect(choicesOf(quiz)).toEqual([
      ['In what year did World War II end?', '1945'],
      ['Who was the first President of the United States?', 'Washington'],
      ['Which treaty ended World War I?', 'Versailles'],
      ['The Magna Carta was signed in which year?', '1215'],
    ]);
    const answer = noteDeck(quiz).cards.find((c) => c.prompt.startsWith('In what year'))?.answer ?? '';
    expect(answer).toContain('**Explanation:** The war ended');
    expect(answer).not.toContain('||');
  });

  it('guesses no keys when the quiz has fewer parts than its answers (near miss)', () => {
    const onePart = quiz
      .replace('## Section B\n\n1.  Which', '3.  Which')
      .replace('2.  The Magna', '4.  The Magna');
    expect(choicesOf(onePart)).toEqual([]);
  });
});

describe('a key section titled by a bare line (`答案:`)', () => {
  const quiz = (title: string) =>
    [
      '# 前端选择题',
      '',
      '1. `box-sizing: border-box;` 的作用是什么？',
      '   A. 增加元素的边框宽度',
      '   B. 使元素的宽度和高度包含内边距和边框',
      '   C. 移除元素的边框',
      '',
      '2. `let` 和 `var` 的主要区别是什么？',
      '   A. `let` 声明的变量不能重新赋值',
      '   B. `var` 声明的变量有块级作用域',
      '   C. `let` 声明的变量有块级作用域',
      '',
      title,
      '',
      '1. B',
      '2. C',
    ].join('\n');

  it('reads the keys under it', () => {
    expect(choicesOf(quiz('答案:')).map(([, key]) => key)).toEqual([
      '使元素的宽度和高度包含内边距和边框',
      '`let` 声明的变量有块级作用域',
    ]);
  });

  it('reads no key section from a sentence that starts with the word (near miss)', () => {
    expect(choicesOf(quiz('答案: 见下面的列表'))).toEqual([]);
  });
});

describe('a key labelled on its option (`- **Correct Answer:** Ribosomes`)', () => {
  const quiz = [
    '### Question 2',
    '**On what structure are proteins synthesized?**  ',
    '- RNA  ',
    '- **Correct Answer:** Ribosomes  ',
    '- DNA  ',
    '- Golgi apparatus  ',
    '**Explanation:** Ribosomes translate mRNA into polypeptides.',
  ].join('\n');

  it('reads the key, and the explanation run into the last option is no part of it', () => {
    expect(gradedOptions(noteDeck(quiz))).toEqual([
      [
        'On what structure are proteins synthesized?',
        ['RNA', 'Ribosomes', 'DNA', 'Golgi apparatus'],
        'Ribosomes',
      ],
    ]);
  });

  it('reads no key from a list of points (near miss)', () => {
    const points = quiz.replace('**Correct Answer:** Ribosomes', 'Ribosomes');
    expect(choicesOf(points)).toEqual([]);
  });
});

describe('labels that name facets of a subject (`- Types: …`, `- 诞生地：…`)', () => {
  const system = (labels: readonly string[]) =>
    [
      '# Anatomy',
      '',
      '## Muscular System',
      `- ${labels[0]}: A nerve cell that carries electrical impulses`,
      `- ${labels[1]}: The junction where one neuron passes a signal to the next`,
      `- ${labels[2]}: A branch of a neuron that receives signals from other cells`,
      `- ${labels[3]}: The long fibre of a neuron that carries impulses away from the cell body`,
    ].join('\n');

  it('asks none of them as terms', () => {
    expect(askedOf(system(['Types', 'Functions', 'Contraction', 'Tone']))).toEqual([]);
    const life = [
      '# 亚里士多德',
      '',
      '## 历史背景',
      '',
      '* 诞生地：雅典城北二百公里左右的马其顿城市',
      '* 父亲：马其顿国王的朋友和御医',
      '* 青年时期：前往雅典师从柏拉图学习哲学',
    ].join('\n');
    expect(askedOf(life)).toEqual([]);
  });

  it('asks terms that are no facets, and terms beside one facet among four (near miss)', () => {
    expect(askedOf(system(['Neuron', 'Synapse', 'Dendrite', 'Axon'])).length).toBeGreaterThan(0);
    expect(askedOf(system(['Types', 'Synapse', 'Dendrite', 'Axon'])).length).toBeGreaterThan(0);
  });
});

describe("a table's group rows (`| **成熟时期** | | |`)", () => {
  const table = (groupRow: string) =>
    [
      '# 毛泽东思想',
      '',
      '| 时期 | 文献 | 主要内容 |',
      '| --- | --- | --- |',
      groupRow,
      '| 土地革命战争时期 | 《井冈山的斗争》 | 农村包围城市 |',
      '| 抗日战争时期 | 《论持久战》 | 持久战的战略 |',
      '| 遵义会议之后 | 《实践论》《矛盾论》 | 新民主主义革命理论 |',
      '| 解放战争时期 | 《论人民民主专政》 | 人民民主专政理论 |',
    ].join('\n');
  const optionsOf = (text: string) => gradedOptions(noteDeck(text)).flatMap(([, options]) => options);

  it('are no options of the rows under them', () => {
    expect(optionsOf(table('| **成熟时期** |  |  |'))).not.toContain('**成熟时期**');
    expect(optionsOf(table('| **成熟时期** |  |  |'))).not.toContain('成熟时期');
  });

  it('a row with its cells written stays a row (near miss)', () => {
    const rows = table('| 成熟时期 | 《论联合政府》 | 党的三大作风 |');
    expect(
      noteDeck(rows).questions.some((q) => q.kind !== 'flashcard' && q.options.includes('成熟时期')),
    ).toBe(true);
  });
});

describe('membership asked against a list the note gives no kind ("Key Points:")', () => {
  const design = (otherLabel: string) =>
    [
      '### Design a Chat Application',
      '',
      `**${otherLabel}:**`,
      '- Real-time messaging',
      '- Online/offline status',
      '- Group chats',
      '',
      '**Components:**',
      '- Notification service',
      '- Presence service',
      '- Message broker',
    ].join('\n');
  const membership = (text: string) => noteDeck(text).questions.filter((q) => q.kind === 'list-membership');

  it('takes no outsiders from it', () => {
    expect(membership(design('Key Points'))).toEqual([]);
  });

  it('takes them from a list that names its kind (near miss)', () => {
    expect(membership(design('Features')).length).toBeGreaterThan(0);
  });
});

describe('a membership key alone out of the way its list ends (`… service` three times)', () => {
  const spec = (options: readonly string[]) => ({
    origin: 'list-out' as const,
    stem: 'Design Uber',
    frame: { kind: 'not-one-of' as const, list: 'Core Services' },
    options,
    lang: 'en' as const,
  });

  it('drops it', () => {
    expect(
      judge(spec(['Ride matching algorithm', 'Location service', 'Matching service', 'Analytics service'])),
    ).toBe('odd-one-out');
  });

  it('keeps options that end each their own way (near miss)', () => {
    expect(
      judge(spec(['Ride matching algorithm', 'Location tracking', 'Driver matching', 'Surge pricing'])),
    ).toBeNull();
  });
});

describe("a table's column that sorts its rows into kinds (`词性`: n., adj.)", () => {
  const words = [
    ['Fear', 'n.', 'horror'],
    ['Anger', 'n.', 'fury'],
    ['Joy', 'n.', 'delight'],
    ['Happy', 'adj.', 'satisfied'],
    ['Angry', 'adj.', 'furious'],
    ['Scared', 'adj.', 'terrified'],
    ['Ugly', 'adj.', 'hideous'],
  ];
  const table = (kinds: boolean) =>
    [
      '# 六级替换词',
      '',
      '| 原词 | 词性 | 替换词 |',
      '| --- | --- | --- |',
      ...words.map(([w, pos, syn], k) => `| ${w} | ${kinds ? pos : `${pos} ${k}`} | ${syn} |`),
    ].join('\n');
  const rowQuestions = (text: string) =>
    gradedOptions(noteDeck(text)).filter(([stem]) => stem.includes('替换词'));

  it("offers only rows of the key's kind", () => {
    const asked = rowQuestions(table(true));
    expect(asked.length).toBeGreaterThan(0);
    const kind = new Map(words.map(([w, pos]) => [w, pos]));
    for (const [, options, key] of asked)
      for (const o of options) expect(kind.get(o)).toBe(kind.get(key ?? ''));
  });

  it('offers rows of every kind where the column names each row (near miss)', () => {
    const kind = new Map(words.map(([w, pos]) => [w, pos]));
    const mixed = rowQuestions(table(false)).some(
      ([, options]) => new Set(options.map((o) => kind.get(o))).size > 1,
    );
    expect(mixed).toBe(true);
  });
});

describe('a matching exercise written as a table (连线题)', () => {
  const table = (lettered: boolean) =>
    [
      '## 连线题',
      '',
      '| 组件 | 职责 |',
      '|------|------|',
      ...[
        '管理 run 注册表，支持取消运行',
        '组装 CompiledStateGraph',
        '基于 asyncio.Queue 的管道',
        '格式化 SSE 字符串',
      ].map(
        (duty, k) =>
          `| ${['RunManager', 'make_lead_agent', 'StreamBridge', 'sse_consumer'][k]} | ${lettered ? `${'ABCD'[k]}. ` : ''}${duty} |`,
      ),
    ].join('\n');

  it('pairs nothing from its rows', () => {
    expect(askedOf(table(true))).toEqual([]);
  });

  it('a table of components and their duties is asked (near miss)', () => {
    expect(askedOf(table(false)).length).toBeGreaterThan(0);
  });
});

describe('a question that leans on the one before it ("More specifically, …")', () => {
  const authored = (stem: string) => ({
    origin: 'author-choice' as const,
    stem,
    options: ['Ribosomes', 'RNA', 'DNA', 'Amino acids'],
    lang: 'en' as const,
  });

  it('drops it', () => {
    expect(judge(authored('More specifically, on what structure are proteins synthesized?'))).toBe(
      'stem-not-standalone',
    );
  });

  it('keeps the question asked on its own (near miss)', () => {
    expect(judge(authored('On what structure, more specifically, are proteins synthesized?'))).toBeNull();
  });
});

describe('a cheat sheet that says the task first (`List all processes: `ps -A``)', () => {
  const sheet = (lines: readonly string[]) => ['# Shell', '', ...lines.flatMap((l) => [l, ''])].join('\n');
  const tasks = [
    'Get a list of users: `less /etc/passwd`',
    'List all processes: **ps -A**',
    'Kill a process: `kill -9 PID`',
    'Show disk usage: `df -h`',
  ];
  const commandQuestions = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => q.options[q.correctIndex ?? -1]);

  it('asks its commands by their tasks', () => {
    expect(commandQuestions(sheet(tasks)).length).toBeGreaterThan(0);
  });

  it('reads no command table from prose or from two lines (near miss)', () => {
    expect(commandQuestions(sheet(tasks.map((t) => `${t} works on every system`)))).toEqual([]);
    expect(commandQuestions(sheet(tasks.slice(0, 2)))).toEqual([]);
  });
});

describe('a section list whose every item sets its term off with a dash (`* Hypervisor - Software that…`)', () => {
  const list = (items: readonly string[]) =>
    ['## Virtualization', '', ...items.map((i) => `* ${i}`)].join('\n');
  const terms = [
    'Public Cloud - A cloud anyone can pay to access, owned by a third party',
    'Private Cloud - A cloud reserved for one company or organization',
    'Hybrid Cloud - A mix of public and private clouds working together',
    'Community Cloud - A cloud shared by organizations with common needs',
  ];

  it('is read as the section’s definition list', () => {
    expect(askedOf(list(terms)).length).toBeGreaterThan(0);
  });

  it('is not, when one item is a plain point (near miss)', () => {
    expect(askedOf(list([...terms.slice(0, 3), 'Clouds are popular these days']))).toEqual([]);
  });
});

describe('what a table row shows and offers', () => {
  const table = (types: readonly string[], bullet: string) =>
    [
      '# Words',
      '',
      '| Word | Type | Meaning |',
      '| --- | --- | --- |',
      ...['fliehen', 'später', 'der Boden', 'plötzlich'].map(
        (w, k) =>
          `| ${k === 0 ? bullet : ''}${w} | ${types[k] ?? ''} | ${['to flee', 'later', 'the floor', 'suddenly'][k]} |`,
      ),
    ].join('\n');
  const shown = (text: string) =>
    gradedOptions(noteDeck(text)).flatMap(([stem, options]) => [stem, ...options]);

  it('leaves an empty cell out of the description, and a sub-row’s bullet out of its name', () => {
    const texts = shown(table(['verb', '', 'noun', ''], '&nbsp;&nbsp;• '));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => /Type: ;|Type: $/m.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('•'))).toBe(false);
  });

  it('shows written cells and plain names (near miss)', () => {
    const texts = shown(table(['verb', 'adverb', 'noun', 'adverb'], ''));
    expect(
      texts.some((t) => t.includes('Type: verb') || t.includes('Type: adverb') || t.includes('Type: noun')),
    ).toBe(true);
  });
});

describe("an author's question that points at a table it does not show", () => {
  const authored = (stem: string) => ({
    origin: 'author-choice' as const,
    stem,
    options: ['2.0', '0.5', '0.4', '1.3'],
    lang: 'en' as const,
  });

  it('drops it', () => {
    expect(
      judge(authored('Refer to Table 4.1.2. What is the price elasticity of demand between the two points?')),
    ).toBe('missing-picture');
  });

  it('keeps a question that shows its table (near miss)', () => {
    expect(
      judge(
        authored(
          'Refer to the table.\n\n| Price | Quantity |\n| --- | --- |\n| 4 | 10 |\n| 6 | 8 |\n\nWhat is the elasticity?',
        ),
      ),
    ).toBeNull();
  });
});

describe('brackets the author left empty (`键值对集合（）`)', () => {
  const list = (hash: string) =>
    [
      '## 数据类型',
      '',
      `- Hash：${hash}`,
      '- Set：无序的去重集合（共同好友、共同关注）',
      '- ZSet：可排序版的集合（排行榜）',
      '- List：有序可重复的列表（消息队列）',
    ].join('\n');
  const shown = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'definition')
      .flatMap((q) => [q.stem, ...q.options]);

  it('are no part of a definition shown with a question', () => {
    const texts = shown(list('键值对集合（）'));
    expect(texts.some((t) => t.includes('键值对集合'))).toBe(true);
    expect(texts.some((t) => t.includes('（）'))).toBe(false);
  });

  it('brackets with words in them stay (near miss)', () => {
    expect(shown(list('键值对集合（对象存储）')).some((t) => t.includes('键值对集合（对象存储）'))).toBe(
      true,
    );
  });
});

describe("an author's Chinese key alone translating the code name asked about (`charset` → 字符编码)", () => {
  const authored = (options: readonly string[]) => ({
    origin: 'author-choice' as const,
    stem: '在HTML中，`meta` 标签的 `charset` 属性的作用是什么？',
    options,
    lang: 'zh' as const,
  });

  it('drops it', () => {
    expect(
      judge(authored(['定义页面的字符编码', '设置页面的语言', '指定页面的描述', '控制页面的缓存'])),
    ).toBe('translated-term');
  });

  it('keeps it where a distractor renders the name too (near miss)', () => {
    expect(
      judge(authored(['定义页面的字符编码', '转换页面的字符编码', '指定页面的描述', '控制页面的缓存'])),
    ).toBeNull();
  });
});

describe('a blank whose sentence only says which kind it is ("_____ is a valid JSON value")', () => {
  const cloze = (stem: string, lang: 'en' | 'zh' = 'en') => ({
    origin: 'cloze' as const,
    stem,
    options: lang === 'en' ? ['`null`', '`false`', '`"Hello"`'] : ['快速排序', '冒泡排序', '堆排序'],
    lang,
  });

  it('drops it: every sibling of the kind fits', () => {
    expect(judge(cloze('_____ is a valid JSON value and is included'))).toBe('cloze-not-defining');
    expect(judge(cloze('＿＿＿是常用的排序算法之一', 'zh'))).toBe('cloze-not-defining');
  });

  it('keeps a sentence that says what sets the blank apart (near miss)', () => {
    expect(judge(cloze('_____ is the JSON value that stands for an empty reference'))).toBeNull();
  });
});

describe("an answer's parts lettered in bold labels (`**a) `2 + 2`:** Simple addition…`)", () => {
  const answer = (labelled: boolean) =>
    [
      '### 4. Type coercion in arithmetic operations',
      '',
      `**a) ${labelled ? '`2 + 2`:**' : '**'} Simple addition of two numbers`,
      '',
      `**b) ${labelled ? '`"2" + "2"`:**' : '**'} String concatenation`,
      '',
      `**c) ${labelled ? '`2 + 2 - 2`:**' : 'Left to right evaluation**'}`,
      '',
      ...(labelled ? [] : ['Answer: B']),
    ].join('\n');

  it('are no options', () => {
    expect(choicesOf(answer(true))).toEqual([]);
  });

  it('lettered options in bold letters stay options (near miss)', () => {
    expect(choicesOf(answer(false)).length).toBe(1);
  });
});

describe('a "term" that stops at a count waiting for its noun (`…通过第一部：**《宪法》**`)', () => {
  const firsts = (last: string) =>
    [
      '## 史纲重要的第一次',
      '',
      '1. 第一次国共合作正式形成：**国民党一大的成功召开**',
      '2. 第一次明确指出执政党建设问题：**中共七届二中全会**',
      '3. 第一次提出建设一项伟大工程：**《<共产党人>发刊词》**',
      `4. ${last}：**《宪法》**`,
    ].join('\n');
  const termsRead = (text: string) =>
    noteDeck(text).cards.flatMap((c) => c.facts.definitions.flatMap((list) => list.map((d) => d.term)));

  it('is no term, so neither asked nor offered', () => {
    const terms = termsRead(firsts('1954 年人大一届通过第一部'));
    expect(terms).toContain('第一次国共合作正式形成');
    expect(terms).not.toContain('1954 年人大一届通过第一部');
  });

  it('a term that names its count’s noun stays (near miss)', () => {
    expect(termsRead(firsts('1954 年通过的第一部根本大法'))).toContain('1954 年通过的第一部根本大法');
  });
});

describe('a description that names the parts of its key in order ("由执行状态转变为就绪状态" for 执行——就绪)', () => {
  const reverse = (description: string) => ({
    origin: 'definition-reverse' as const,
    stem: description,
    options: ['执行——就绪', '就绪——执行', '执行——阻塞', '阻塞——就绪'],
    lang: 'zh' as const,
  });

  it('drops it: the description spells the key piece by piece', () => {
    expect(judge(reverse('正在执行的进程，因时间片用完而被暂停，该进程便由执行状态转变为就绪状态'))).toBe(
      'key-in-stem',
    );
  });

  it('keeps a description that says what happens without naming the states (near miss)', () => {
    expect(judge(reverse('时间片用完或有更高优先级的进程要运行，被迫让出处理机'))).toBeNull();
  });
});

describe('an outline numeral in front of a heading (`二）损伤靶器官`, `（3）`)', () => {
  const prompts = (heading: string) =>
    noteDeck(`## ${heading}\n\n- 心脏：心律失常、心力衰竭\n- 肾脏：早期无症状\n`).cards.map((c) => c.prompt);

  it('is no part of the prompt the stem shows', () => {
    expect(prompts('二）损伤靶器官')).toEqual(['损伤靶器官']);
    expect(prompts('一、概述')).toEqual(['概述']);
    expect(prompts('（3）并发症')).toEqual(['并发症']);
  });

  it('a heading that opens with a numeral as a word stays whole (near miss)', () => {
    expect(prompts('十大原则')).toEqual(['十大原则']);
  });
});
