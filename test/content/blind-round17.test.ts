import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Layouts round 17's blind sets (AG, AH) showed misread, in fixtures written for these tests: quiz pages
 * keying options with "Solution:", several keys on one line, an answer fold on one line, a `Question 1`
 * line over the question, and glossaries of bold terms over their definitions, with or without a title.
 */
const deckOf = (text: string, path = 'notes.md') => buildDeck([{ path, text }]);
const choicesOf = (text: string) =>
  deckOf(text)
    .questions.filter((q) => q.kind === 'choice')
    .map((q) => [q.stem, q.options[q.correctIndex ?? -1]]);

describe('keys a quiz page states its own way', () => {
  it('reads "Solution: c) …" as the key, and a line of words after "Solution:" as no key', () => {
    const note = [
      '# Midterm',
      '',
      '4. An Ethernet switch forwards frames based on the information stored in:',
      'a) DNS table',
      'b) Routing table',
      'c) MAC address table',
      'Solution: c) MAC address table',
      '',
      '5. Which device joins two IP networks?',
      'a) Hub',
      'b) Router',
      'c) Repeater',
      'Solution: think about which layer each device works at.',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['An Ethernet switch forwards frames based on the information stored in:', 'MAC address table'],
    ]);
  });

  it('reads every key of "Answer: d) Hub, e) Repeater": no single button is the answer', () => {
    const note = (answer: string) =>
      [
        '# Quiz',
        '',
        'Question 1',
        'Which devices work at Layer 1?',
        'a) Switch',
        'b) Router',
        'c) Hub',
        'd) Repeater',
        answer,
      ].join('\n');
    expect(choicesOf(note('Answer: c) Hub, d) Repeater'))).toEqual([]);
    const reveal = deckOf(note('Answer: c) Hub, d) Repeater')).cards[0]?.answer ?? '';
    expect(reveal).toContain('**C.** Hub');
    expect(reveal).toContain('**D.** Repeater');
    // One key, and the `Question 1` line above the question is no part of it.
    expect(choicesOf(note('Answer: c) Hub'))).toEqual([['Which devices work at Layer 1?', 'Hub']]);
  });

  it('reads an answer fold written on one line under the options; a hint fold is no key', () => {
    const note = (summary: string) =>
      [
        '# Quiz',
        '',
        '### 41. Which service records API calls?',
        '',
        'A. AWS CloudTrail',
        'B. AWS Trusted Advisor',
        'C. Amazon Inspector',
        `<details><summary>${summary}</summary>A</details>`,
      ].join('\n');
    expect(choicesOf(note('Answer'))).toEqual([['Which service records API calls?', 'AWS CloudTrail']]);
    expect(choicesOf(note('Show Answer'))).toHaveLength(1);
    expect(choicesOf(note('Hint'))).toEqual([]);
  });
});

describe('a glossary of bold terms over their definitions', () => {
  const terms = [
    '**DHCP (Dynamic Host Configuration Protocol)**',
    'A client/server protocol that gives a host its IP address, subnet mask and default gateway.',
    '',
    '**ARP**',
    'The protocol that finds the MAC address belonging to an IPv4 address on the local network.',
    '',
    '**cookie**',
    'A small piece of data a web server sends to a browser, which the browser returns on each later visit.',
    '',
    '**Telnet**',
    'A plain-text protocol for a remote terminal session on another machine.',
  ];

  it('asks about the terms under a title', () => {
    const deck = deckOf(['# Network terms', '', ...terms].join('\n'));
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Network terms']]);
    expect(deck.questions.some((q) => q.kind === 'definition')).toBe(true);
  });

  it('asks about them in a note with no heading at all, its topic named after the file', () => {
    const deck = deckOf(terms.join('\n'), 'dictionary_network.md');
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'dictionary network']]);
    expect(deck.questions.some((q) => q.kind === 'definition')).toBe(true);
  });

  it('leaves a headingless note of prose, and bold labels over paragraphs of points, without a glossary', () => {
    const prose = [
      'Today I moved the build to the new runners.',
      'The cache still misses on the first run after a lock file change.',
      '',
      'Next week: look at the flaky integration test.',
    ];
    expect(deckOf(prose.join('\n'), 'journal.md').cards).toEqual([]);
    const labels = [
      '**Pros**',
      'Fast to set up and cheap to run.',
      '',
      '**Cons**',
      'Hard to debug when it breaks.',
    ];
    expect(deckOf(labels.join('\n'), 'runners.md').cards).toEqual([]);
  });
});

describe('a scenario question and flashcards typed as a terminal', () => {
  it('shows the requirements a question points back at, from the paragraph or the heading above it', () => {
    const options = [
      'A. AWS Pricing Calculator',
      'B. Amazon CloudWatch',
      'C. AWS Cost Explorer',
      'D. AWS Budgets',
    ];
    const paragraph = [
      '# Practice',
      '',
      'A company plans to move to AWS and must estimate its costs first.',
      '',
      'Which AWS tool meets these requirements?',
      '',
      ...options,
      '',
      'Answer: A',
    ].join('\n');
    const heading = [
      '# Practice',
      '',
      '### 91. A company plans to move to AWS and must estimate its costs first.',
      '**Which AWS tool meets these requirements?**',
      ...options,
      '',
      'Answer: A',
    ].join('\n');
    for (const note of [paragraph, heading]) {
      const [stem] = choicesOf(note)[0] ?? [];
      expect(stem).toContain('must estimate its costs first');
      expect(stem).toContain('Which AWS tool meets these requirements?');
    }
  });

  it('reads Q/A cards written in code blocks with decorated labels, and leaves code alone', () => {
    const card = (q: string, a: string) => ['```', `🗂️  Question:`, q, '', `📦  Answer:`, a, '```', ''];
    const note = [
      '# SQL flashcards',
      '',
      ...card('What is a primary key?', 'A column that identifies each row.'),
      ...card('What does DISTINCT do?', 'It drops duplicate rows from a result.'),
    ].join('\n');
    expect(deckOf(note).cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['question', 'What is a primary key?'],
      ['question', 'What does DISTINCT do?'],
    ]);
    const code = [
      '# Parsing',
      '',
      '```python',
      'Question: str = input()',
      'Answer: str = solve(Question)',
      '```',
    ];
    expect(deckOf(code.join('\n')).cards.filter((c) => c.kind === 'question')).toEqual([]);
  });
});

describe('a sentence of several blanks, options under each part', () => {
  it('asks none of its parts, and still asks a whole fill-in question with its options', () => {
    const note = [
      '# Final',
      '',
      'We use end-point authentication to determine with certainty the ________',
      '* **source**',
      '* destination',
      '* router',
      '',
      'of a message. Authentication is needed because it is ________',
      '* sometimes possible',
      '* **easy**',
      '* never possible',
      '',
      'to forge a source address.',
      '___',
      'The protocol that translates host names to IP addresses is ________.',
      '* **DNS**',
      '* BGP',
      '* ICMP',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['The protocol that translates host names to IP addresses is _____.', 'DNS'],
    ]);
  });
});

describe('numbered options keyed by place and words (set AF)', () => {
  const options = ['\t1. Trojan horse', '\t2. Worm', '\t3. Spyware', '\t4. Adware'];
  it('reads "b) Worm" / "2. Worm" under options numbered 1 to 4, in a question item or under a heading', () => {
    const item = [
      '# Review',
      '',
      '1. Which malware copies itself to other machines?',
      ...options,
      '\t- **Answer:** b) Worm',
    ];
    expect(choicesOf(item.join('\n'))).toEqual([['Which malware copies itself to other machines?', 'Worm']]);
    const heading = [
      '# Review',
      '',
      '## Which malware copies itself?',
      '',
      ...options.map((o) => o.trim()),
      '',
      'Answer: 2. Worm',
    ];
    expect(choicesOf(heading.join('\n'))).toEqual([['Which malware copies itself?', 'Worm']]);
  });

  it('takes no key whose place and words disagree, nor a number alone (it may answer "how many")', () => {
    const wrong = [
      '# Review',
      '',
      '## Which malware copies itself?',
      '',
      ...options.map((o) => o.trim()),
      '',
      'Answer: c) Worm',
    ];
    expect(choicesOf(wrong.join('\n'))).toEqual([]);
    const layers = [
      '## How many layers does the TCP/IP model have?',
      '',
      '1. Application',
      '2. Transport',
      '3. Internet',
      '4. Link',
      '',
      'Answer: 4',
    ];
    expect(choicesOf(['# Models', '', ...layers].join('\n'))).toEqual([]);
  });
});

describe('a key boxed in a text block after the options (set AK)', () => {
  const quiz = (box: readonly string[]) =>
    [
      '# Chapter quiz',
      '1. Which command shows a long listing, with sizes and owners?',
      '',
      '        a. ls -l',
      '',
      '        b. ls -A',
      '',
      '        c. ls -d',
      '```',
      ...box,
      '```',
    ].join('\n');

  it('reads `Correct: a` opening the block, the rest of it the explanation', () => {
    const deck = deckOf(quiz(['Correct: a', 'The -l option tells ls to give a long listing.']));
    const [choice] = deck.questions.filter((q) => q.kind === 'choice');
    expect(choice?.options[choice.correctIndex ?? -1]).toBe('ls -l');
    expect(choice?.answer).toContain('The -l option tells ls to give a long listing.');
    expect(choice?.answer).not.toContain('```');
  });

  it('takes no key from a block of code after the options (near miss)', () => {
    expect(choicesOf(quiz(['ls -l /etc', 'total 1024']))).toEqual([]);
  });
});

describe('a key highlighted at the head of the explanation (set AL)', () => {
  const quiz = (after: string) =>
    [
      '### 1.1. 数值提升',
      '',
      '> 设有变量定义: `short a = 300;` 则以下哪一条语句会导致编译错误？',
      '>',
      '> -   A. `a += 3;`',
      '> -   B. `a = (short)a + 3;`',
      '> -   C. `a = (byte)(a + 3);`',
      '> -   D. `a = (short)(a * 100);`',
      '',
      after,
    ].join('\n');

  it('reads `==B==。…` under the options as the key, the rest of the line its explanation', () => {
    const [choice] = deckOf(quiz('==B==。两个 short 相加会先提升为 int。')).questions.filter(
      (q) => q.kind === 'choice',
    );
    expect(choice?.options[choice.correctIndex ?? -1]).toBe('`a = (short)a + 3;`');
    expect(choice?.answer).toContain('两个 short 相加会先提升为 int');
  });

  it('leaves a highlight that is no letter, or stands away from options, a highlight (near miss)', () => {
    expect(choicesOf(quiz('==int== 是提升后的类型。'))).toEqual([]);
    const prose = ['# 笔记', '', '数值提升的规则很重要。', '', '==B== 树是一种平衡树。'].join('\n');
    expect(deckOf(prose).questions.some((q) => q.kind === 'choice')).toBe(false);
  });
});
