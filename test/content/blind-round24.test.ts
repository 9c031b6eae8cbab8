import { describe, expect, it } from 'vitest';
import { noteDeck } from './deck-helpers.ts';
import { judge } from './gate-fixtures.ts';

/**
 * Layouts the blind sets of rounds 23 and 24 showed misread, in fixtures written for these tests.
 */

/** The sections a card stands under (its own heading left out), as chat shows them under a question. */
const topicOf = (path: readonly string[]) => path.slice(0, -1).join(' › ');
const cardsOf = (text: string) =>
  noteDeck(text).cards.map((c) => [c.prompt, c.answer, topicOf(c.sectionPath)]);

describe('a study guide lettered in sections over its numbered questions', () => {
  const guide = [
    '# Fundamentals Final Exam Guide',
    '',
    'C. Elimination:',
    '',
    '9.) Urinary retention: What are the signs?',
    '- Bladder distension',
    '- Small frequent voids',
    '',
    '10.) Enemas: When are enemas needed?',
    '- Severe constipation',
    '- Before bowel surgery',
    '',
    'D. Infection Control:',
    '',
    '11.) Which precautions does tuberculosis need?',
    '- Airborne precautions: N95 respirator and a negative-pressure room',
    '',
    'E. Vital Signs',
    '12.) What is a normal adult respiratory rate?',
    '- 12 to 20 breaths per minute',
  ].join('\n');

  it("ends each answer before the next section's letter and files the questions under their section", () => {
    expect(cardsOf(guide)).toEqual([
      [
        'Urinary retention: What are the signs?',
        '- Bladder distension\n- Small frequent voids',
        'Fundamentals Final Exam Guide › Elimination',
      ],
      [
        'Enemas: When are enemas needed?',
        '- Severe constipation\n- Before bowel surgery',
        'Fundamentals Final Exam Guide › Elimination',
      ],
      [
        'Which precautions does tuberculosis need?',
        '- Airborne precautions: N95 respirator and a negative-pressure room',
        'Fundamentals Final Exam Guide › Infection Control',
      ],
      [
        'What is a normal adult respiratory rate?',
        '- 12 to 20 breaths per minute',
        'Fundamentals Final Exam Guide › Vital Signs',
      ],
    ]);
  });

  it('reads roman numerals the same way', () => {
    const roman = guide.replace('C. Elimination', 'I. Elimination').replace('D. Infection', 'II. Infection');
    const sections = noteDeck(roman).cards.map((c) => c.sectionPath.at(-2));
    expect(sections.slice(0, 3)).toEqual(['Elimination', 'Elimination', 'Infection Control']);
  });

  it('keeps lettered options and keys under their question as they were', () => {
    const quiz = [
      '# Geography',
      '',
      '1. Which city is the capital of France?',
      'A. Paris',
      'B. London',
      'C. Berlin',
      'D. Rome',
      '',
      '2. Which river flows through Cairo?',
      '',
      'B. The Nile',
      '',
      '3. Which ocean is the largest?',
      '',
      'C. The Pacific',
      '',
      '4. Which desert is the largest hot desert?',
      'The Sahara',
    ].join('\n');
    const cards = noteDeck(quiz).cards;
    expect(cards.map((c) => topicOf(c.sectionPath))).not.toContain('Geography › The Pacific');
    expect(cards.find((c) => c.prompt.startsWith('Which river'))?.answer).toBe('B. The Nile');
  });

  it('keeps options in bullets over the next question as options (`- B) London` above `C. Rome`)', () => {
    const quiz = [
      '# Geography',
      '',
      '1. Which city is the capital of France?',
      '- A) Paris',
      '- B) London',
      'C. Rome',
      '',
      '2. Which river flows through Cairo?',
      '- A) The Nile',
      '- B) The Rhine',
      '- C) The Seine',
      'D. The Danube',
      '',
      '3. Which ocean is the largest?',
      '',
      'The Pacific.',
    ].join('\n');
    const paths = noteDeck(quiz).cards.map((c) => topicOf(c.sectionPath));
    expect(paths.every((p) => !p.includes('Rome') && !p.includes('Danube'))).toBe(true);
  });

  it('leaves a lone lettered line as the answer it ends (no second section in order)', () => {
    const one = guide.replace('C. Elimination:', '').replace('E. Vital Signs', '');
    expect(noteDeck(one).cards.find((c) => c.prompt.startsWith('Enemas'))?.answer).toContain(
      'D. Infection Control',
    );
  });
});

describe("flashcards written for Obsidian's Flashcards plugin (`Question #flashcard`, the answer under it)", () => {
  const note = [
    '# Physics',
    '',
    "What is Newton's first law of motion? #flashcard",
    'An object not subject to outside forces moves at a constant velocity.',
    '',
    'What is the SI unit for force? #card',
    'The newton.',
    '^1712345678901',
    '',
    '## What is weight? #flashcards/physics',
    'The force exerted by mass in a gravitational field.',
  ].join('\n');

  it('reads each tagged line as a question and the lines under it as its answer, without the tag', () => {
    expect(cardsOf(note)).toEqual([
      [
        "What is Newton's first law of motion?",
        'An object not subject to outside forces moves at a constant velocity.',
        'Physics',
      ],
      ['What is the SI unit for force?', 'The newton.', 'Physics'],
      ['What is weight?', 'The force exerted by mass in a gravitational field.', 'Physics'],
    ]);
  });

  it('leaves a line of tags alone, a Logseq card item and a tagged line with nothing under it', () => {
    const near = [
      '# Physics',
      '',
      '#flashcards',
      '',
      '- What is mass? #card',
      '  - The amount of matter.',
      '',
      'Momentum is conserved #card',
      '',
      'Momentum is the product of mass and velocity.',
    ].join('\n');
    const prompts = noteDeck(near).cards.map((c) => c.prompt);
    expect(prompts).not.toContain('Momentum is conserved');
    expect(prompts).not.toContain('#flashcards');
  });
});

describe('numbered questions each over a fold of its answer (`<details><summary>Ans</summary>`)', () => {
  const note = [
    '# Database Questions',
    '',
    '## Concept',
    '1. What is RDBMS?',
    '    <details><summary>Answer</summary>',
    '    Many data tables related to each other.',
    '    </details>',
    '2. What is Isolation Levels',
    '    <details><summary> Ans </summary>',
    '      The ability of a transaction to run as if it were alone.',
    '    </details>',
    '3. Explain count(*) in SQL',
    '    <details><summary>Ans</summary>',
    '      It counts every row, nulls included.',
    '    </details>',
  ].join('\n');

  it('makes each item a unit even when it does not end in a question mark, the fold its answer', () => {
    expect(cardsOf(note)).toEqual([
      ['What is RDBMS?', 'Many data tables related to each other.', 'Database Questions › Concept'],
      [
        'What is Isolation Levels',
        'The ability of a transaction to run as if it were alone.',
        'Database Questions › Concept',
      ],
      ['Explain count(*) in SQL', 'It counts every row, nulls included.', 'Database Questions › Concept'],
    ]);
  });
});

describe("a table row asked with the row's name in another language beside its description", () => {
  const table = (header: string) =>
    [
      '# Genetics',
      '',
      '## Variants by effect on the protein',
      '',
      `| 类型 | ${header} | 效应 |`,
      '|---|---|---|',
      '| 同义 | Synonymous | 氨基酸不变 |',
      '| 错义 | Missense | 换 1 个氨基酸 |',
      '| 无义 | Nonsense | 提前终止密码子 |',
      '| 移码 | Frameshift | 阅读框错位 |',
    ].join('\n');
  const rowStems = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => q.stem);

  it('leaves the translation out of the description (it is the key in other words)', () => {
    const stems = rowStems(table('英文'));
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).not.toMatch(/Synonymous|Missense|Nonsense|Frameshift|英文/);
  });

  it('keeps a column of another kind in the description', () => {
    expect(rowStems(table('机制')).some((s) => s.includes('Missense') || s.includes('Frameshift'))).toBe(
      true,
    );
  });
});

describe('glosses that share a sense (a synonym dictionary)', () => {
  it('drops a question whose key lists a sense a distractor lists too', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'thus',
        options: ['adv. 【因此, 从而, 于是】', 'adv. 【因此, 所以, 由此】', 'adv. 【无疑, 确定, 当然】'],
        lang: 'zh',
      }),
    ).toBe('ambiguous-key');
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'regulation',
        options: ['调整, 调节, 校准', '调节, 调整, 改动', '能力, 胜任, 本领'],
        lang: 'zh',
      }),
    ).toBe('ambiguous-key');
  });

  it('keeps glosses with no sense in common, and paths that share a folder', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'thus',
        options: ['adv. 【因此, 从而, 于是】', 'adv. 【无疑, 确定, 当然】', 'adv. 【务必, 一定, 必须】'],
        lang: 'zh',
      }),
    ).toBeNull();
    expect(
      judge({
        origin: 'definition-reverse',
        stem: 'The kernel ring buffer saved at boot',
        options: ['/var/log/dmesg', '/var/log/messages', '/var/log/secure'],
      }),
    ).toBeNull();
  });
});

describe('a measurement is no description', () => {
  it('drops a row asked by a figure and its units alone', () => {
    expect(
      judge({
        origin: 'definition-reverse',
        stem: '0.7 mg / 100 g',
        options: ['鸡肉', '猪肉', '羊肉'],
        lang: 'zh',
      }),
    ).toBe('not-a-description');
    expect(
      judge({
        origin: 'definition-reverse',
        stem: 'Delete 2 lines below the cursor',
        options: ['`2dd`', '`2yy`', '`2p`'],
      }),
    ).toBeNull();
  });
});

describe('a list under an answer label and its own lead-in', () => {
  it('names the list by the lead-in, not by the label line above it (`**参考答案：**`)', () => {
    const note = [
      '# 毛概',
      '',
      '## 材料分析',
      '',
      '**参考答案：**',
      '科学发展观的科学内涵：',
      '- 坚持发展第一要义',
      '- 坚持以人为本',
      '- 全面协调可持续',
      '- 统筹兼顾',
      '',
      '重要作用：',
      '- 推动发展方式转变',
      '- 促进社会和谐',
      '- 推进生态文明建设',
      '- 完善发展理念',
    ].join('\n');
    const lists = noteDeck(note)
      .questions.filter((q) => q.kind === 'list-membership')
      .map((q) => (q.frame && 'list' in q.frame ? q.frame.list : ''));
    expect(lists).toContain('科学发展观的科学内涵');
    for (const list of lists) expect(list).not.toContain('参考答案');
  });
});

describe('a quiz numbered in bold (`**7.** …`) over bulleted options, its keys in a section of its own', () => {
  const quiz = [
    '# German A1 review',
    '',
    '## Section 1: Pronunciation',
    '',
    '**1.** How is the letter combination "EI" pronounced in German?',
    '- A) Like "ee" in "see"',
    '- B) Like "eye" in English',
    '- C) Like "ay" in "say"',
    '- D) Like "oy" in "boy"',
    '',
    '**2.** The "CH" sound after A, O, U is pronounced:',
    '- A) Like "sh"',
    '- B) Like a soft "h"',
    '- C) Like a harsh throat sound',
    '- D) Like "k"',
    '',
    '**3.** Which word contains an umlaut?',
    '- A) Haus',
    '- B) Mutter',
    '- C) Schön',
    '- D) Brot',
    '',
    '## Answer Key',
    '',
    '### Section 1: Pronunciation',
    '1. B (like "eye")',
    '2. C (harsh throat sound)',
    '3. C (Schön)',
  ].join('\n');

  it('reads each question with its own options and key, a completion stem included', () => {
    const cards = noteDeck(quiz).cards.map((c) => [c.kind, c.prompt, c.answer.split('\n')[0]]);
    expect(cards).toEqual([
      ['choice', 'How is the letter combination "EI" pronounced in German?', '**B.** Like "eye" in English'],
      ['choice', 'The "CH" sound after A, O, U is pronounced', '**C.** Like a harsh throat sound'],
      ['choice', 'Which word contains an umlaut?', '**C.** Schön'],
    ]);
  });
});

describe('a cloze whose verb agrees with the key alone ("_____ is when …")', () => {
  it('drops it when a distractor is a phrase ending in a common plural', () => {
    expect(
      judge({
        origin: 'cloze',
        stem: '_____ is when the trained model is used to generate predictions for new data.',
        options: ['Model inference', 'Model training algorithms', 'Clustering'],
      }),
    ).toBe('grammar-tell');
  });

  it('keeps names that end in s while singular, and words such as physics', () => {
    expect(
      judge({
        origin: 'cloze',
        stem: '_____ is the system that schedules containers across a cluster of machines.',
        options: ['Kubernetes', 'Docker Swarm', 'Nomad', 'Mesos'],
      }),
    ).toBeNull();
    expect(
      judge({
        origin: 'cloze',
        stem: '_____ is the study of choices made under scarcity by households and firms.',
        options: ['Economics', 'Statistics', 'Sociology'],
      }),
    ).toBeNull();
  });
});

describe("a list whose items are labels over points of their own (an evaluation's facets)", () => {
  const note = (first: string, second: string) =>
    [
      '# Psychology',
      '',
      '## Psychoanalysis',
      '',
      '**Research Method**:',
      '',
      '- Hypnosis',
      '- Dream Analysis',
      '- Free Association',
      '- Life History',
      '',
      '**Historical Evaluation**:',
      '',
      `- ${first}`,
      '  - Still applied in clinical psychology',
      '  - Brought the unconscious into view',
      `- ${second}`,
      '  - Hard to test by experiment',
      '- Influenced art and literature',
    ].join('\n');
  const lists = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'list-membership')
      .map((q) => [q.frame && 'list' in q.frame ? q.frame.list : '', q.options[q.correctIndex ?? -1]]);

  it('asks nothing of that list: its labels are no members, and its points are not all of one level', () => {
    for (const [list, key] of lists(note('Contributions', 'Limitations'))) {
      expect(list).not.toContain('Historical Evaluation');
      expect(key).not.toMatch(/Contributions|Limitations/);
    }
  });

  it('keeps a list of kinds each over its examples', () => {
    const kinds = [
      '# Security',
      '',
      '## Controls',
      '',
      'Security controls:',
      '',
      ...['Encryption', 'Hashing', 'Access control', 'Auditing'].flatMap((k) => [`- ${k}`, '  - an example']),
      '',
      'Attack kinds:',
      '',
      ...['Phishing', 'Malware', 'Sniffing', 'Spoofing'].flatMap((k) => [`- ${k}`, '  - an example']),
    ].join('\n');
    expect(lists(kinds).some(([list]) => list === 'Security controls')).toBe(true);
  });
});

describe('a status code asked with its reason phrase beside a Chinese description', () => {
  it('drops the code whose English name the description translates', () => {
    expect(
      judge({
        origin: 'table-row',
        stem: '所请求的资源不存在，服务器找不到',
        options: ['404 Not Found', '301 Moved Permanently', '302 Found', '200 OK'],
        lang: 'zh',
      }),
    ).toBe('translated-term');
  });
});

describe('a definition that runs on into the next term defined on its line', () => {
  it('drops the description holding `；下坡扩散：…`, and keeps one whose semicolon joins two clauses', () => {
    expect(
      judge({
        origin: 'definition-reverse',
        stem: '无新相产生；**反应扩散**：扩散使溶质浓度超过固溶体极限而形成新相。',
        options: ['原子扩散', '上坡扩散', '间隙扩散'],
        lang: 'zh',
      }),
    ).toBe('fragment');
    expect(
      judge({
        origin: 'definition-reverse',
        stem: '扩散使溶质浓度超过固溶体极限；此时会形成新相。',
        options: ['反应扩散', '上坡扩散', '间隙扩散'],
        lang: 'zh',
      }),
    ).toBeNull();
  });
});

describe('quick answers filed under their questions (`**渗碳为何选奥氏体区**：…`)', () => {
  const list = (labels: readonly string[]) =>
    [
      '# 材料科学基础',
      '',
      '## 高频简答题速答清单',
      '',
      ...labels.map((label, k) => `${k + 1}. **${label}**：${ANSWERS[k]}`),
    ].join('\n');
  const ANSWERS = [
    '溶解度大，温度高，加速扩散。',
    '柯氏气团钉扎加上位错增殖导致应力降落。',
    '借助杂质或器壁，界面能小，形核功小，更容易。',
    '表层细晶加柱状晶加心部等轴晶。',
    '滑移不改变晶体位向，孪生改变位向。',
    '加工硬化的钢丝被加热发生再结晶，强度骤降。',
  ];
  const definitions = (text: string) => noteDeck(text).questions.filter((q) => q.kind === 'definition');

  it('asks no term of them', () => {
    expect(
      definitions(
        list([
          '渗碳为何选奥氏体区',
          '屈服现象',
          '均匀 vs 非均匀形核',
          '铸锭组织',
          '滑移 vs 孪生',
          '钢丝断裂',
        ]),
      ),
    ).toEqual([]);
  });

  it('keeps a glossary of terms', () => {
    expect(
      definitions(list(['扩散', '屈服现象', '非均匀形核', '铸锭组织', '孪生', '再结晶'])).length,
    ).toBeGreaterThan(0);
  });
});

describe('form tells of Chinese notes: a sense mark, a Latin name, values side by side', () => {
  it('drops a key alone marked `僻：`, alone holding a Latin name, alone listing values with slashes', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'fetch',
        options: ['僻：以某价格售出', '尝试出售某物的行为', '一份正式的书面协议'],
        lang: 'zh',
      }),
    ).toBe('tell-opening');
    expect(
      judge({
        origin: 'definition-reverse',
        stem: '分切应力等于正应力乘以两个方向余弦，取向因子越大分切应力越大。',
        options: ['Schmid 定律', '临界晶核半径', '霍尔佩奇关系'],
        lang: 'zh',
      }),
    ).toBe('tell-script');
    expect(
      judge({
        origin: 'table-row',
        stem: '密排六方、面心立方、体心立方各自的滑移系数目',
        options: ['3 / 12 / 12', '0.4 Tm', '45°', '10 nm'],
        lang: 'zh',
      }),
    ).toBe('tell-punctuation');
  });

  it('keeps options that all carry the mark, the script or the slashes', () => {
    expect(
      judge({
        origin: 'definition-reverse',
        stem: '分切应力等于正应力乘以两个方向余弦，取向因子越大分切应力越大。',
        options: ['Schmid 定律', 'Hall-Petch 关系', 'Fick 第一定律'],
        lang: 'zh',
      }),
    ).toBeNull();
  });
});

describe('a membership question whose key is written unlike every other option', () => {
  const spec = (options: readonly string[]) => ({
    origin: 'list-out' as const,
    stem: '材料二分析',
    frame: { kind: 'not-one-of' as const, list: '"三个代表"重要思想的核心观点' },
    options,
    lang: 'zh' as const,
  });

  it('drops a key alone out of the pattern the list is written in', () => {
    expect(
      judge(
        spec([
          '强调党要始终走在时代前列',
          '始终代表中国先进社会生产力的发展要求',
          '始终代表中国先进文化的前进方向',
          '始终代表中国最广大人民的根本利益',
        ]),
      ),
    ).toBe('odd-one-out');
    expect(
      judge(spec(['推进生态文明建设', '核心是以人为本', '基本要求是全面协调可持续', '根本方法是统筹兼顾'])),
    ).toBe('odd-one-out');
  });

  it('keeps options written alike', () => {
    expect(
      judge(spec(['推进生态文明建设', '坚持以人为本', '全面协调可持续', '统筹兼顾各方利益'])),
    ).toBeNull();
  });
});

describe('a gloss whose part of speech alone differs (`phr.` among `v.`)', () => {
  it('drops it, and keeps glosses of mixed parts of speech', () => {
    const spec = (options: readonly string[]) => ({
      origin: 'definition-forward' as const,
      stem: 'put up',
      options,
      lang: 'zh' as const,
    });
    expect(judge(spec(['phr. 【留某人住宿; 投宿】', 'v. 【为某人提供住所】', 'v. 【使适应; 调节】']))).toBe(
      'tell-opening',
    );
    expect(judge(spec(['phr. 【留某人住宿; 投宿】', 'n. 【住所; 寓所】', 'v. 【使适应; 调节】']))).toBeNull();
  });
});
