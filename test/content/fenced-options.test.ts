import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import type { Question } from '../../src/content/question.ts';
import type { Card } from '../../src/content/types.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Lettered options kept on their own lines by writing them, with the key, in a code block under the
 * question (`1. Which …?` then a fence of `A. …` lines and `answer: B`): read as the same lines written
 * outside the block. Fixtures written for these tests, in English and Chinese.
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const choices = (deck: Deck): Question[] => deck.questions.filter((q) => q.kind === 'choice');
const cardAsking = (deck: Deck, prompt: string): Card | undefined =>
  deck.cards.find((c) => c.prompt.startsWith(prompt));
const choiceAsking = (deck: Deck, stem: string): Question | undefined =>
  choices(deck).find((q) => q.stem.startsWith(stem));
const keyOf = (q: Question | undefined): string | undefined => q?.options[q.correctIndex ?? -1];

const en = deckOf(stylePath('fenced-options.en.md'));
const zh = deckOf(stylePath('fenced-options.zh.md'));

describe('options and their key in a code block under the question', () => {
  it('makes one choice card per question of a numbered list whose items are each followed by a fence', () => {
    expect(en.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', 'Which device hands out IP addresses on a home network by default?'],
      ['choice', 'Which of these frequency bands does home Wi-Fi use? (Choose two.)'],
      ['choice', 'Which record maps a host name to an IPv6 address?'],
      ['choice', 'Pick the command that shows the route packets take to a host.'],
      ['choice', 'What does this script print?'],
      ['question', 'Which line sets the gateway in this config?'],
      ['choice', 'Which port does SSH listen on by default?'],
    ]);
  });

  it('asks a single key as written: every option in order, the key from a lower-case "answer:" line', () => {
    const q = choiceAsking(en, 'Which device hands out IP addresses');
    expect(q?.stem).toBe('Which device hands out IP addresses on a home network by default?');
    expect(q?.options).toEqual(['The modem', 'The router', 'The printer', 'The smart TV']);
    expect(keyOf(q)).toBe('The router');
    expect(cardAsking(en, 'Which device')?.answer).toBe('**B.** The router');
  });

  it('reads a `text` fence with `A)` options and the key line right under them', () => {
    const q = choiceAsking(en, 'Which record maps a host name to an IPv6 address?');
    expect(q?.options).toEqual(['A', 'AAAA', 'MX', 'PTR']);
    expect(keyOf(q)).toBe('AAAA');
  });

  it('takes `(A)` options with the key stated after the fence', () => {
    const q = choiceAsking(en, 'Pick the command that shows the route');
    expect(q?.options).toEqual(['ping', 'traceroute', 'arp']);
    expect(keyOf(q)).toBe('traceroute');
  });

  it('asks two keys (spaced, or joined by 、) as a flashcard listing them, never a wrong key', () => {
    expect(choiceAsking(en, 'Which of these frequency bands')).toBeUndefined();
    expect(cardAsking(en, 'Which of these frequency bands')?.answer).toBe('**A.** 2.4 GHz\n**C.** 5 GHz');
    const flashcard = en.questions.find(
      (q) => q.kind === 'flashcard' && q.stem.startsWith('Which of these frequency bands'),
    );
    expect(flashcard?.stem).toContain('A. 2.4 GHz\nB. 900 MHz\nC. 5 GHz\nD. 60 Hz');
    expect(choiceAsking(zh, '下列哪些属于进程间通信方式')).toBeUndefined();
    expect(cardAsking(zh, '下列哪些属于进程间通信方式')?.answer).toBe(
      '**A.** 管道\n**B.** 共享内存\n**D.** 消息队列',
    );
  });

  it('reads Chinese options (`A、`, a `markdown` fence, an indented block) with 答案 and 正确答案', () => {
    const dns = choiceAsking(zh, '下列哪个部件负责把域名解析成 IP 地址');
    expect(dns?.options).toEqual(['网卡', 'DNS 服务器', '交换机', '显示器']);
    expect(keyOf(dns)).toBe('DNS 服务器');
    const ps = choiceAsking(zh, '哪个命令可以查看 Linux 当前运行的进程');
    expect(ps?.options).toEqual(['ls', 'ps', 'cd']);
    expect(keyOf(ps)).toBe('ps');
  });

  it('keeps a python snippet above options written outside it as the stem, as before', () => {
    const q = choiceAsking(en, 'What does this script print?');
    expect(q?.stem).toContain('```python\nhosts = ["nas", "printer"]\nprint(len(hosts) * 2)\n```');
    expect(q?.options).toEqual(['2', '4', '"nasprinter"']);
    expect(keyOf(q)).toBe('4');
  });

  it('keeps a code block in a language, with lettered lines in it, as the code the question asks about', () => {
    const q = choiceAsking(zh, '以下程序的输出是什么');
    expect(q?.stem).toContain('```java\nA. int a = 1;\nB. int b = 2;\nSystem.out.println(a + b);\n```');
    expect(q?.options).toEqual(['3', '12']);
    expect(keyOf(q)).toBe('3');
  });

  it('leaves a block that mixes lettered lines with other text the answer it is (near miss)', () => {
    const gateway = cardAsking(en, 'Which line sets the gateway in this config?');
    expect(gateway?.kind).toBe('question');
    expect(gateway?.answer).toContain(
      'A. address 192.168.1.20\nnetmask 255.255.255.0\nB. gateway 192.168.1.1',
    );
  });

  it("leaves a block after a question with its own options part of that question's reveal", () => {
    const q = choiceAsking(en, 'Which port does SSH listen on by default?');
    expect(q?.options).toEqual(['21', '22', '80']);
    expect(keyOf(q)).toBe('22');
    expect(cardAsking(en, 'Which port does SSH')?.answer).toContain('A. 21 is FTP\nB. 22 is SSH');
  });
});

describe('the same question inside and outside a code block', () => {
  const fenced = (question: string, body: string): string =>
    `# Quiz\n\n${question}\n\n\`\`\`\n${body}\n\`\`\`\n\nA router forwards packets between networks.\n`;
  const open = (question: string, body: string): string =>
    `# Quiz\n\n${question}\n\n${body}\n\nA router forwards packets between networks.\n`;
  const read = (deck: Deck) => ({
    cards: deck.cards.map((c) => [
      c.kind,
      c.prompt,
      c.answer,
      c.facts.choice?.options,
      c.facts.choice?.correct,
    ]),
    questions: deck.questions.map((q) => [q.kind, q.stem, q.options, q.correctIndex]),
    problems: deck.problems.map((p) => p.code),
  });

  const cases: [string, string][] = [
    ['## Which device forwards packets between networks?', 'A. A switch\nB. A router\nC. A hub\nAnswer: B'],
    ['Which device forwards packets between networks?', 'A. A switch\nB. A router\nC. A hub\nAnswer: B'],
    ['## Which devices work at layer 2?', 'A. A switch\nB. A router\nC. A bridge\nAnswer: A, C'],
    ['## Which device forwards packets between networks?', 'A. A switch\nB. A router\nC. A hub'],
    ['### 哪个设备在网络之间转发数据包？', 'A、交换机\nB、路由器\nC、集线器\n答案：B'],
    [
      '1. Which device forwards packets between networks?',
      '(A) A switch\n(B) A router\n(C) A hub\nAnswer: B',
    ],
    ['1. 在网络之间转发数据包的设备是：', 'A. 交换机\nB. 路由器\nC. 集线器\n\n正确答案：B'],
  ];
  it.each(cases)('%s', (question, body) => {
    expect(read(one(fenced(question, body)))).toEqual(read(one(open(question, body))));
  });

  it('makes one choice card for each of two numbered questions each over a fence (a list too short to be units)', () => {
    const deck = one(
      [
        '# Quiz',
        '',
        '1. Which layer does IP work at?',
        '',
        '```',
        'A. Link',
        'B. Network',
        'C. Transport',
        '',
        'Answer: B',
        '```',
        '',
        '2. Select the two transport protocols. (Choose two.)',
        '',
        '```',
        'A. TCP',
        'B. ARP',
        'C. UDP',
        '',
        'Answer: A、C',
        '```',
        '',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['choice', 'Which layer does IP work at?', '**B.** Network'],
      ['choice', 'Select the two transport protocols. (Choose two.)', '**A.** TCP\n**C.** UDP'],
    ]);
    expect(choices(deck).map((q) => [q.stem, keyOf(q)])).toEqual([
      ['Which layer does IP work at?', 'Network'],
    ]);
  });

  it('makes one choice card for each numbered question whose options block is indented under it', () => {
    const item = (n: number, question: string, options: string): string =>
      `${n}. ${question}\n\n   \`\`\`\n${options.replace(/^/gm, '   ')}\n   \`\`\`\n`;
    const deck = one(
      [
        '# 小测\n',
        item(1, '查看当前目录的命令是：', 'A. pwd\nB. cd\n答案：A'),
        item(2, 'Which file lists the name servers?', 'A. /etc/resolv.conf\nB. /etc/shadow\nanswer: A'),
      ].join('\n'),
    );
    // Two such questions are a numbered question list: each reads as a heading, whose title keeps no colon.
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['choice', '查看当前目录的命令是', '**A.** pwd'],
      ['choice', 'Which file lists the name servers?', '**A.** /etc/resolv.conf'],
    ]);
  });

  it('asks options written outside a fence under a numbered question standing alone by that question', () => {
    const deck = one(
      '# Quiz\n\n1. Which layer does IP work at?\n\nA. Link\nB. Network\n\nAnswer: B\n\n2. Select the two transport protocols.\n\nA. TCP\nB. ARP\nC. UDP\n\nAnswer: A、C\n',
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['choice', 'Which layer does IP work at?', '**B.** Network'],
      ['choice', 'Select the two transport protocols.', '**A.** TCP\n**C.** UDP'],
    ]);
  });

  it('leaves lettered lines in a block under a paragraph that does not ask as code', () => {
    const deck = one('# Grades\n\nThe grading scale:\n\n```\nA. excellent\nB. good\n\nanswer: B\n```\n');
    expect(deck.cards.map((c) => c.kind)).not.toContain('choice');
  });
});
