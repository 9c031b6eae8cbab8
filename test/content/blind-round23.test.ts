import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '../../src/content/question.ts';
import { noteDeck } from './deck-helpers.ts';
import { judge } from './gate-fixtures.ts';

/**
 * Layouts round 23's blind sets showed misread, in fixtures written for these tests: a vocabulary list of a
 * language (`- El gato: cat` under "Animals"), a list of types under the term a bold line defines.
 */

const graded = (text: string) => noteDeck(text).questions.filter(isAutoGraded);

describe('a vocabulary list: words of a language and their glosses, by theme', () => {
  const vocabulary = (meanings: readonly string[]) =>
    [
      '# Italian words',
      '',
      '## At the market',
      ...[
        'La mela',
        'Il pane',
        'Il formaggio',
        'La pesca',
        'Il latte',
        'Lo zucchero',
        'La carne',
        'Il pesce',
        'Il burro',
      ].map((word, k) => `- ${word}: ${meanings[k]}`),
    ].join('\n');

  it('asks what each word means among the glosses of its section', () => {
    const questions = graded(
      vocabulary(['apple', 'bread', 'cheese', 'peach', 'milk', 'sugar', 'meat', 'fish', 'butter']),
    );
    const mela = questions.find((q) => q.stem === 'La mela');
    expect(mela?.options[mela.correctIndex ?? -1]).toBe('apple');
    expect(mela?.options).toHaveLength(4);
    expect(questions.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps reading a glossary whose meanings are definitions as one of every kind (no word list)', () => {
    const questions = graded(
      vocabulary([
        'a fruit grown on trees in cool climates',
        'a food made of flour and water',
        'a food made from milk',
        'a fruit with a furry skin',
        'a liquid produced by mammals',
        'a food made from cane',
        'the flesh of an animal eaten as food',
        'an animal that lives in water',
        'a food made from cream',
      ]),
    );
    // Asked among the terms its definition calls the same kind of thing, as before: a food among foods.
    const pane = questions.find((q) => q.stem === 'a food made of flour and water');
    expect([...(pane?.options ?? [])].sort()).toEqual(['Il burro', 'Il formaggio', 'Il pane', 'Lo zucchero']);
  });
});

describe('a list of types under the bold term the line above defines', () => {
  const note = (above: string) =>
    [
      '## Population',
      '',
      '**Population size**: the number of individuals present at a given time\\',
      above,
      '',
      '- Type I: More deaths at older ages',
      '- Type II: Equal number of deaths at all ages',
      '- Type III: More deaths at young ages',
    ].join('\n');

  it('shows the defined term with the question: "Type II" alone names nothing', () => {
    const type2 = graded(
      note('**Survivorship curves**: show how the likelihood of death varies with age'),
    ).find((q) => q.stem === 'Type II');
    expect(type2?.frame).toEqual({ kind: 'what-is', context: 'Population › Survivorship curves' });
  });

  it('adds nothing when the line above is prose, not a term defined', () => {
    const type2 = graded(note('Curves show how the likelihood of death varies with age')).find(
      (q) => q.stem === 'Type II',
    );
    expect(type2?.frame).toEqual({ kind: 'what-is', context: 'Population' });
  });
});

describe('lists whose terms are the note’s layout, not things to learn', () => {
  const definitions = (heading: string, lines: readonly string[]) =>
    graded([`## ${heading}`, '', ...lines].join('\n')).map((q) => q.options[q.correctIndex ?? -1]);

  it('does not ask a schedule’s days ("Day 5: Practice 10 medium problems")', () => {
    const tasks = [
      'Review of filtering rows',
      'Review of joins',
      'Review of grouping with HAVING',
      'Review of subqueries',
      'Review of five easy problems',
      'Review of window functions',
      'Review of common table expressions',
      'Review of set operations',
      'Review of ten medium problems',
      'Review of a mock interview',
    ];
    const schedule = (label: (k: number) => string) =>
      graded(
        [
          '# SQL',
          '',
          '## Two weeks of SQL',
          '',
          '**Week 1:**',
          ...tasks.slice(0, 5).map((task, k) => `- ${label(k)}: ${task}`),
          '',
          '**Week 2:**',
          ...tasks.slice(5).map((task, k) => `- ${label(k + 5)}: ${task}`),
        ].join('\n'),
      ).length;
    expect(schedule((k) => `Day ${k + 1}`)).toBe(0);
    // Codes are terms: "404: Not Found" is asked.
    expect(schedule((k) => `${401 + k}`)).toBeGreaterThan(0);
  });

  it('does not ask a Chinese list’s ordinals of kinds (第一类特点), but asks 第一范式', () => {
    const ordinals = definitions('视同销售', [
      '- 第一类特点：所有权转移，或服务已对外实施并被接受',
      '- 第二类特点：脱离增值税链条，货物转移到消费领域',
      '- 第三类特点：基于堵塞管理漏洞的需要而计征增值税',
    ]);
    expect(ordinals).toEqual([]);
    const forms = definitions('范式', [
      '- 第一范式：每一列都是不可再分的原子数据项',
      '- 第二范式：非主属性完全函数依赖于候选码',
      '- 第三范式：非主属性不传递依赖于候选码',
    ]);
    expect(forms.length).toBeGreaterThan(0);
  });

  it('does not ask which body system a disease’s signs are listed under', () => {
    const bySystem = definitions('Hypokalemia', [
      '**Clinical Presentation:**',
      '- **Cardiac:** Flattened T waves, prominent U waves, ventricular dysrhythmias',
      '- **Muscular:** Weakness, cramping, potential paralysis',
      '- **Gastrointestinal:** Decreased bowel sounds, paralytic ileus',
      '- **Neurologic:** Confusion, lethargy',
    ]);
    expect(bySystem).toEqual([]);
    const drugs = definitions('Heart failure drugs', [
      '- **Digoxin:** increases contractility and slows the heart rate',
      '- **Furosemide:** a loop diuretic that removes excess fluid',
      '- **Lisinopril:** an ACE inhibitor that lowers afterload',
      '- **Carvedilol:** a beta blocker that reduces remodelling',
    ]);
    expect(drugs.length).toBeGreaterThan(0);
  });

  it('does not ask the note’s own record (Category, Topic, Style) nor an exam-prep aside among cases', () => {
    expect(
      definitions('Study guide', [
        '**Category:** Medical Terminology  ',
        '**Topic:** Cranial Nerves & Sensory Systems  ',
        '**Style:** Definition-based, exam-oriented',
      ]),
    ).toEqual([]);
    const cases = (third: string) =>
      definitions('Felony murder limits', [
        '- **Stamp (CA):** No foreseeability required; the felon takes the victim as he finds him',
        '- **Serné (1887):** Felony murder limited to acts known to be dangerous to life',
        `- **${third}:** Argue both the dangerousness and the causation of the death`,
      ]);
    expect(cases('Exam move')).toEqual([]);
    expect(cases('Hines (1930)').length).toBeGreaterThan(0);
  });

  it('does not ask a list of distinctions between things of different kinds', () => {
    const listed = (heading: string) =>
      definitions(heading, [
        '- **Olfactory (CN I):** Smell, the first cranial nerve',
        '- **Median nerve:** Thumb and index finger',
        '- **Vertigo:** Spinning, not just dizziness',
        '- **Ménière’s:** Inner ear and the classic triad',
      ]);
    expect(listed('Critical Distinctions')).toEqual([]);
    expect(listed('Nerves and the ear').length).toBeGreaterThan(0);
  });

  it('reads a bold phrase without the list’s colon as no term defined ("**Low Na+** Diet and **Fluid Restrictions**")', () => {
    const options = (first: string) =>
      graded(
        [
          '## Medical Management',
          '',
          `1. ${first}`,
          '2. **Inotropic Agents**: Increased contractility, slows heart rate and conduction.',
          '3. **Diuretics**: Furosemide and chlorothiazide remove excess fluid.',
        ].join('\n'),
      ).flatMap((q) => q.options);
    expect(options('**Low Na+** Diet and **Fluid Restrictions** for every patient')).not.toContain('Low Na+');
    expect(options('**Low Na+**: Diet and **Fluid Restrictions** for every patient')).toContain('Low Na+');
  });
});

describe('a key told by what it shares with the description', () => {
  it('drops a key whose word sits inside the term ("Politics…" for Realpolitik)', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'Realpolitik',
        options: [
          'Politics based on practical objectives rather than ideals',
          'Economic policy of minimal government interference',
          'Capitalist middle class who own the means of production',
        ],
      }),
    ).toBe('key-in-stem');
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'Nationalism',
        options: [
          'Belief that a people sharing one culture should govern themselves',
          'Economic policy of minimal government interference',
          'Capitalist middle class who own the means of production',
        ],
      }),
    ).toBeNull();
  });

  it('drops a key that alone shares the description’s words, whatever the topic shown above shares', () => {
    const lock = (key: string) =>
      judge({
        origin: 'definition-reverse',
        stem: '排他锁（X 锁 / 写锁）、共享锁（S 锁 / 读锁）。',
        options: [key, '并发控制主要技术', '可串行化调度'],
        frame: { kind: 'which-term', context: '并发控制' },
        lang: 'zh',
      });
    expect(lock('基本封锁类型')).toBe('key-echoes-stem');
    expect(lock('两段协议类型')).toBeNull();
  });

  it('drops a key that alone is of the kind a Chinese description ends with (…的税收: 矫正税)', () => {
    const tax = (key: string) =>
      judge({
        origin: 'definition-reverse',
        stem: '旨在引导私人决策者考虑负外部性引起的社会成本的税收。',
        options: [key, '外部性内在化', '科斯定理', '交易成本'],
        lang: 'zh',
      });
    expect(tax('矫正税')).toBe('key-echoes-stem');
    expect(tax('庇古方案')).toBeNull();
  });
});

describe('a quiz that marks its key with an X after the option', () => {
  const quiz = (mark: string) =>
    graded(
      [
        '### Sampling',
        '',
        '1. What is random error in statistical estimation?  ',
        'A) A consistent bias in measurements  ',
        `B) Variation in measurements due to chance${mark}`,
        'C) An error caused by faulty equipment  ',
        'D) A systematic mistake in data collection',
        '',
        '2. Which operating system did Apple ship in 2001?  ',
        'A) Windows XP  ',
        'B) Mac OS X  ',
        'C) BeOS  ',
        'D) Solaris',
      ].join('\n'),
    );

  it('takes the X as the key and shows the option without it', () => {
    const [first] = quiz('  X');
    expect(first?.options[first.correctIndex ?? -1]).toBe('Variation in measurements due to chance');
  });

  it('reads "Mac OS X" as the option’s words, and no X as no key', () => {
    expect(quiz('  ').length).toBe(0);
  });
});

describe('lists an item could sit in more than one of', () => {
  const stakeholders = (heading: string) =>
    graded(
      [
        `## ${heading}`,
        '',
        '**Employees:**',
        '',
        '- No wage',
        '- Stress at home',
        '- Skills unused',
        '',
        '**Investors:**',
        '',
        '- Lower profits',
        '- Share price falls',
        '- Dividends cut',
        '',
        '**Supplier:**',
        '',
        '- No orders',
        '- Profits fall',
        '- Stock goes to waste',
      ].join('\n'),
    ).filter((q) => q.kind === 'list-membership');

  it('does not ask which party one cause’s effect falls on', () => {
    expect(stakeholders('Impact of industrial action on stakeholders')).toEqual([]);
    expect(stakeholders('Stakeholders and their roles').length).toBeGreaterThan(0);
  });

  it('does not ask which label a design intent is listed under (设计意图)', () => {
    const intents = (heading: string) =>
      graded(
        [
          `# ${heading}`,
          '',
          '- 独立性：不依赖外部类实例化',
          '- 隐式隔离：无法直接访问外部类非静态成员',
          '- 内存安全：不持有外部类的强引用，避免内存泄漏',
        ].join('\n'),
      ).length;
    expect(intents('静态内部类的设计意图')).toBe(0);
    expect(intents('静态内部类的特性')).toBeGreaterThan(0);
  });
});

describe('glossary lines and numbering written other ways', () => {
  it('reads a term in code and an arrow before its definition (`Alpha` --> *…*)', () => {
    const terms = (arrow: string) =>
      noteDeck(
        [
          '# Investing terms',
          '',
          `1. \`Beta\` ${arrow} *A measure of a stock’s volatility against the whole market.*`,
          `2. \`Dividend\` ${arrow} *A payment a company makes to its shareholders out of profit.*`,
          `3. \`Yield\` ${arrow} *The income an investment returns each year, as a share of its price.*`,
        ].join('\n'),
      ).cards.flatMap((c) => c.facts.definitions.flatMap((l) => l.map((d) => d.term)));
    expect(terms('-->')).toEqual(['`Beta`', '`Dividend`', '`Yield`']);
    // Words then an arrow are a flow, not a term: "render -> vnode".
    expect(
      noteDeck(
        '# Vue\n\n- render -> vnode -> patch\n- data -> setter -> notify\n- watcher -> update -> queue\n',
      ).cards.flatMap((c) => c.facts.definitions),
    ).toEqual([]);
  });

  it('reads `1.)` as a question’s number, not a bracket opening its text', () => {
    const prompts = noteDeck(
      [
        '# Nursing final',
        '',
        '1.) When do I use a leading zero?',
        '',
        '* Always before a decimal point: 0.5 mg, never .5 mg.',
        '',
        '2.) What is the safety principle for not using a trailing zero?',
        '',
        '* 5.0 mg can be read as 50 mg: write 5 mg.',
        '',
        '3.) Which precautions does C. diff need?',
        '',
        '* Contact precautions: gown and gloves.',
      ].join('\n'),
    ).cards.map((c) => c.prompt);
    expect(prompts).toContain('When do I use a leading zero?');
    expect(prompts.some((p) => p.startsWith(')'))).toBe(false);
  });

  it('asks the English half of a bilingual definition whose Chinese half names the term', () => {
    const definitionsOf = (lines: readonly string[]) =>
      noteDeck(['## Strategic planning', '', ...lines].join('\n')).cards.flatMap((c) =>
        c.facts.definitions.flatMap((l) => l.map((d) => d.definition)),
      );
    expect(
      definitionsOf([
        '- **Strategic Objectives**: a clear statement of objectives is needed. 战略目标:需要明确的目标陈述。',
        '- **Strategic Definition**: strategy development is broken into options and selection. 战略定义:战略发展可以分解。',
        '- **Strategic Implementation**: enactment of the strategy after it is developed 战略实施:战略制定后实施',
      ]),
    ).toEqual([
      'a clear statement of objectives is needed.',
      'strategy development is broken into options and selection.',
      'enactment of the strategy after it is developed',
    ]);
    expect(
      definitionsOf(['- **Essence**: Humanism (核心：人文主义)', '- **Place**: Europe (地点：欧洲)']),
    ).toEqual(['Humanism', 'Europe']);
  });
});

describe('an exam’s grading, a list of tips and a vocabulary gloss of a different length', () => {
  it('does not ask a grading scale’s rows (| Score | Descriptor |)', () => {
    const rows = (header: string) =>
      graded(
        [
          '## Short answers',
          '',
          `| ${header} | Descriptor |`,
          '|---|---|',
          '| 5 | Accurate, specific vocabulary, logically ordered |',
          '| 3–4 | Mostly correct with a minor gap or thin examples |',
          '| 1–2 | Fragmentary understanding or a major misconception |',
          '| 0 | Off-topic, blank, or contradictory to course facts |',
        ].join('\n'),
      ).length;
    expect(rows('Score')).toBe(0);
    expect(rows('pH')).toBeGreaterThan(0);
  });

  it('does not ask which moment a tip is filed under, but asks a list of keys under tips', () => {
    const tips = (lines: readonly string[]) =>
      graded(['## Last minute tips', '', ...lines].join('\n')).length;
    expect(
      tips([
        '- **Before Interview**: Review this sheet one hour before',
        '- **During Interview**: Think out loud, ask clarifying questions',
        '- **If Stuck**: Trace through an example, simplify, build up',
        '- **Finish Early**: Discuss optimization and edge cases',
      ]),
    ).toBe(0);
    expect(
      tips([
        '- `ESC`: leave insert mode and go back to normal mode',
        '- `:wq`: write the file and quit the editor',
        '- `:q!`: quit the editor and throw away every change',
        '- `gg`: jump to the first line of the file',
      ]),
    ).toBeGreaterThan(0);
  });

  it('drops a vocabulary question whose key alone has several words', () => {
    const transport = (last: string) =>
      graded(
        [
          '# Spanish words',
          '',
          '## Transport',
          ...[
            ['La bicicleta', 'bicycle'],
            ['El tranvia', 'tram'],
            ['El tren', 'train'],
            ['El avion', 'plane'],
            ['El barco', 'boat'],
            ['El coche', 'car'],
            ['El metro', 'subway'],
            ['El camion de mudanza', last],
          ].map(([word, gloss]) => `- ${word}: ${gloss}`),
        ].join('\n'),
      ).filter((q) => q.stem === 'El camion de mudanza');
    expect(transport('moving truck')).toEqual([]);
    expect(transport('van')).toHaveLength(1);
  });
});

describe('a section of resources, named any way', () => {
  it('does not ask a "Resources to practice" list’s blurbs, but asks a list of the sites under their own name', () => {
    const blurbs = (heading: string) =>
      graded(
        [
          `## ${heading}`,
          '',
          '1. **LeetCode SQL**: 50 problems, medium difficulty',
          '2. **HackerRank SQL**: Good tutorials and problems',
          '3. **SQL Zoo**: Interactive learning in the browser',
          '4. **Mode Analytics**: A SQL tutorial with practice',
        ].join('\n'),
      ).length;
    expect(blurbs('RESOURCES TO PRACTICE')).toBe(0);
    expect(blurbs('SQL practice sites')).toBeGreaterThan(0);
  });
});
