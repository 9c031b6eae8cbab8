import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded, type Question } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Exported question banks (online judges, course sites) write one question per heading that is only its
 * number (`## 1.`), the option letters alone on their lines (`A.` then the text), and the key as a heading
 * (`### Answer ✅`) over the letter. Fixtures written for these tests, in English and Chinese.
 */
const one = (text: string): Deck => buildDeck([{ path: 'bank.md', text }]);
const choices = (deck: Deck): Question[] => deck.questions.filter((q) => q.kind === 'choice');
const choiceAsking = (deck: Deck, stem: string): Question | undefined =>
  choices(deck).find((q) => q.stem.startsWith(stem));
const keyOf = (q: Question | undefined): string | undefined => q?.options[q.correctIndex ?? -1];

const en = deckOf(stylePath('numbered-bank.en.md'));
const zh = deckOf(stylePath('numbered-bank.zh.md'));

describe('a heading that is only a number', () => {
  it('asks the paragraph under it: one card per number, none titled by the number or "Answer"', () => {
    expect(en.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', 'Which protocol resolves an IPv4 address to a MAC address?'],
      ['choice', 'Which port does HTTPS listen on by default?'],
      ['choice', 'What does this command print?'],
      ['choice', 'Which of these are transport-layer protocols?'],
      ['question', 'What does TTL stand for in an IP header?'],
      ['choice', 'Which layer does a network switch work at?'],
      ['explain', '2021'],
      ['explain', 'Introduction'],
    ]);
    expect(zh.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', '下面关于try块的说法正确的是？'],
      ['choice', '以下代码的输出是（ ）'],
      ['choice', 'Java异常类（Exception）是（      ）的子类。'],
      ['choice', '下列哪些是受检异常？'],
      ['question', '什么是受检异常？'],
      ['explain', '2023'],
    ]);
  });

  it('keeps the code between the question and its options in the stem', () => {
    expect(choiceAsking(en, 'What does this command print?')?.stem).toContain('echo $((2 + 3))');
    expect(choiceAsking(zh, '以下代码的输出是')?.stem).toContain('System.out.println(1 + 2 + "3");');
  });

  it('answers a numbered question without options by what follows it, the "Answer" heading left out', () => {
    const ttl = en.cards.find((c) => c.prompt.startsWith('What does TTL'));
    expect(ttl?.answer).toBe('Time to live: the number of hops a packet may take before a router drops it.');
    const checked = zh.cards.find((c) => c.prompt === '什么是受检异常？');
    expect(checked?.answer).toBe('编译器要求必须处理（捕获或声明抛出）的异常，例如 IOException。');
  });

  it('answers "## Q3", "## 第3题", "## Question 4" and "## 12" the same way when a question follows', () => {
    for (const numbering of ['Q3', '第3题', 'Question 4', '12', '3)']) {
      const deck = one(
        `# Bank\n\n## ${numbering}\n\nWhat is a deadlock?\n\nEach of two threads waits for a lock the other holds.\n`,
      );
      expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
        ['question', 'What is a deadlock?', 'Each of two threads waits for a lock the other holds.'],
      ]);
    }
  });

  it('leaves a year, a numbered title and a number over plain notes the sections they are', () => {
    expect(en.cards.find((c) => c.prompt === '2021')?.answer).toContain('moved the core network to IPv6');
    expect(en.cards.find((c) => c.prompt === 'Introduction')?.answer).toContain('Routers forward packets');
    const notes = one('# Course\n\n## 12\n\nPlain notes about the chapter.\n\nMore notes about it.\n');
    expect(notes.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', '12']]);
    // A chapter's long prose that holds a question mark somewhere is no question.
    const prose = `${'Processes share the CPU by taking turns, and the scheduler decides who runs next. '.repeat(4)}Why? Fairness.`;
    const chapter = one(`# Course\n\n## 3\n\n${prose}\n\nMore about scheduling.\n`);
    expect(chapter.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', '3']]);
  });

  it('reads two questions under one number each where it stands', () => {
    const deck = one(
      [
        '## 1',
        '',
        'Which keyword stops inheritance?',
        '',
        'A. final',
        'B. static',
        '',
        'Answer: A',
        '',
        'Which keyword makes a field shared by all instances?',
        '',
        'A. final',
        'B. static',
        '',
        'Answer: B',
      ].join('\n'),
    );
    expect(choices(deck).map((q) => [q.stem, keyOf(q)])).toEqual([
      ['Which keyword stops inheritance?', 'final'],
      ['Which keyword makes a field shared by all instances?', 'static'],
    ]);
  });
});

describe('option letters alone on their line', () => {
  it('takes the lines under each letter as its option, in every label form', () => {
    expect(choiceAsking(en, 'Which protocol resolves')?.options).toEqual(['ARP', 'DNS', 'DHCP', 'ICMP']);
    expect(choiceAsking(en, 'Which port does HTTPS')?.options).toEqual(['80', '443', '8080']);
    expect(choiceAsking(en, 'What does this command print?')?.options).toEqual(['5', '2 + 3', '23']);
    expect(choiceAsking(zh, '下面关于try块')?.options).toEqual([
      'try块后至少应有一个catch块',
      'try块后必须有finally块',
      '可能抛出异常的语句应放在try块中',
    ]);
    // Letters and texts in one paragraph, no blank line between the options.
    expect(choiceAsking(zh, 'Java异常类')?.options).toEqual(['RuntimeException', 'Throwable', 'Error']);
  });

  it('takes the next paragraph when the letter stands in a paragraph of its own', () => {
    const deck = one(
      '## 1.\n\nWhich keyword stops inheritance?\n\nA.\n\nfinal\n\nB.\n\nstatic\n\nC.\n\nabstract\n\n### Answer\n\nA\n',
    );
    expect(choiceAsking(deck, 'Which keyword')?.options).toEqual(['final', 'static', 'abstract']);
    expect(keyOf(choiceAsking(deck, 'Which keyword'))).toBe('final');
  });

  it('keeps options written on one line as they were', () => {
    expect(choiceAsking(en, 'Which layer does a network switch')?.options).toEqual([
      'Physical',
      'Data link',
      'Network',
    ]);
  });

  it('makes no options of letters with nothing under them', () => {
    const deck = one('## Grades\n\nHow did the class do?\n\nA.\n\nB.\n\nAnswer: A\n');
    expect(choices(deck)).toEqual([]);
  });
});

describe('a key stated as a heading over the letter', () => {
  it('reads the letter under "### Answer ✅", "### Correct answer:", "**Answer:**", "#### 答案", "### 正确答案："', () => {
    expect(keyOf(choiceAsking(en, 'Which protocol resolves'))).toBe('ARP');
    expect(keyOf(choiceAsking(en, 'Which port does HTTPS'))).toBe('443');
    expect(keyOf(choiceAsking(en, 'What does this command print?'))).toBe('5');
    expect(keyOf(choiceAsking(zh, '下面关于try块'))).toBe('可能抛出异常的语句应放在try块中');
    expect(keyOf(choiceAsking(zh, '以下代码的输出是'))).toBe('33');
    for (const q of choices(en).concat(choices(zh))) expect(isAutoGraded(q)).toBe(true);
  });

  it('keeps the one-line key heading working (#### 答案：B)', () => {
    expect(keyOf(choiceAsking(zh, 'Java异常类'))).toBe('Throwable');
  });

  it('reveals the explanation after the letter, under it or on its line', () => {
    expect(choiceAsking(en, 'Which protocol resolves')?.answer).toBe(
      '**A.** ARP\n\nARP broadcasts a request on the local network and caches the reply.',
    );
    expect(choiceAsking(zh, '下面关于try块')?.answer).toContain('catch 和 finally 至少要有一个');
    const deck = one(
      '## 3\n\nWhich is a prime?\n\nA.\n4\nB.\n7\nC.\n9\n\n### 正确答案 ✅\n\nB. 7 is only divisible by 1 and itself.\n',
    );
    expect(choiceAsking(deck, 'Which is a prime?')?.answer).toBe(
      '**B.** 7\n\n7 is only divisible by 1 and itself.',
    );
  });

  it('gives several letters no graded question, and reveals them all', () => {
    for (const deck of [en, zh]) {
      const card = deck.cards.find(
        (c) => /transport-layer|受检异常？$/.test(c.prompt) && c.kind === 'choice',
      );
      const asked = deck.questions.filter((q) => q.cardId === card?.id);
      expect(asked.some(isAutoGraded)).toBe(false);
      expect(asked[0]?.answer).toMatch(/\*\*A\.\*\* \S+\n\*\*B\.\*\* \S+/);
    }
  });

  it('invents no key from an answer in words under the heading, even one opening with a capital A', () => {
    expect(choices(en).some((q) => q.stem.startsWith('Which setup suits'))).toBe(false);
    expect(en.problems.map((p) => [p.code, p.line])).toEqual([['choice-without-answer', 102]]);
  });

  it('never makes the answer heading a card of its own, under a topic heading too', () => {
    const deck = one(
      '## Exceptions\n\nWhich statement about finally is true?\n\nA.\nIt always runs\n\nB.\nIt never runs\n\n### Answer:\n\nA\n',
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', 'Which statement about finally is true?'],
    ]);
    expect(keyOf(choiceAsking(deck, 'Which statement'))).toBe('It always runs');
    for (const d of [en, zh])
      expect(d.cards.filter((c) => /^(?:answer|correct answer|答案|正确答案)/i.test(c.prompt))).toEqual([]);
  });
});
