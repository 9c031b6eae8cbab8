import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, readRepoFile, stylePath } from './deck-helpers.ts';

/**
 * Quiz files whose questions are list items: the options nested under the item, the key in the item (in a
 * fold, on a line of its own, under the last option) or an answer stated after the question. Each item is
 * one card; the fixtures were written for these tests and their units counted by reading them.
 */
const units = (cards: readonly Card[]) =>
  cards.map((c) => [c.kind, c.prompt, c.answerLines.start, c.answerLines.end]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('numbered questions with lettered options and the key in a fold', () => {
  const deck = deckOf(stylePath('quiz-items.en.md'));

  it('makes one choice card per item, the key read in an indented <details markdown=1>', () => {
    expect(units(deck.cards)).toEqual([
      ['choice', 'Which storage class suits data read once a year?', 6, 15],
      ['choice', 'A team runs a batch job every night. Which pricing model costs the least for it?', 20, 28],
      ['choice', 'What does this command print?', 38, 44],
      ['choice', 'Which of these are managed databases? (Select TWO.)', 49, 56],
    ]);
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded.map((q) => [q.options, q.options[q.correctIndex ?? -1]])).toEqual([
      [['Standard', 'Archive', 'Hot cache', 'Local disk'], 'Archive'],
      [['Spot capacity', 'Dedicated hosts', 'Reserved for three years'], 'Spot capacity'],
      [['23', '5', '$((2 + 3))'], '5'],
    ]);
  });

  it('drops the emoji from the stem, reads <br/> as a space and keeps the code in the stem', () => {
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded[0]?.stem).toBe('Which storage class suits data read once a year?');
    expect(graded[1]?.stem).toBe(
      'A team runs a batch job every night. Which pricing model costs the least for it?',
    );
    expect(graded[2]?.stem).toBe('What does this command print?\n\n```sh\necho $((2 + 3))\n```');
  });

  it('reveals the key with the explanation, its source link included', () => {
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded[0]?.answer).toBe('**B.** Archive\n\nExplanation: <https://example.org/storage-classes>');
    expect(graded[1]?.answer).toBe(
      '**A.** Spot capacity\n\nInterrupted batch work can simply be retried, so the deepest discount wins.',
    );
  });

  it('asks two keys ("Correct Answer: AC") as a flashcard listing both, and reports a key naming no option', () => {
    const both = deck.cards[3] as Card;
    const asked = deck.questions.filter((q) => q.cardId === both.id);
    expect(asked.map((q) => q.kind)).toEqual(['flashcard']);
    expect(asked[0]?.answer).toBe('**A.** Hosted SQL service\n**C.** Hosted key-value service');
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[61, 'choice-without-answer']]);
  });

  it('reads a key written with a dash ("Correct Answer – B"), and no letter followed by words as one', () => {
    const quiz = (key: string) =>
      one(
        [
          [
            'Which attack relays traffic through a fraudulent server?',
            'Phishing',
            'Man in the middle',
            'Flooding',
          ],
          ['Which tool maps the open ports of a host?', 'Wireshark', 'Nmap', 'Hashcat'],
          ['Which cipher encrypts a stream of bytes?', 'AES', 'RC4', 'RSA'],
        ]
          .flatMap(([q, a, b, c], k) => [
            `${k + 1}. ${q}`,
            `   A. ${a}`,
            `   B. ${b}`,
            `   C. ${c}`,
            '',
            key,
            '',
          ])
          .join('\n'),
      ).questions.filter(isAutoGraded);
    for (const key of ['Correct Answer – B', 'Answer - B', 'Correct answer — B'])
      expect(
        quiz(key).map((q) => q.options[q.correctIndex ?? -1]),
        key,
      ).toEqual(['Man in the middle', 'Nmap', 'RC4']);
    expect(quiz('Answer - A man in the middle')).toEqual([]);
  });

  it('leaves a checklist under an item alone, some of it done', () => {
    expect(deck.cards.some((c) => c.prompt.includes('checklist'))).toBe(false);
    const todo = one('## Release\n\n1. Release checklist\n   - [x] tag the release\n   - [ ] write notes\n');
    expect(todo.cards.map((c) => c.kind)).toEqual(['explain']);
    const paragraph = one('Release checklist\n\n- [x] tag the release\n- [ ] write the notes\n');
    expect(paragraph.cards.filter((c) => c.kind === 'choice')).toEqual([]);
  });
});

describe('Chinese quiz items: boxes with letters, 正确答案 lines, fill-in-the-blank and CRLF', () => {
  const deck = deckOf(stylePath('quiz-items.zh.md'));

  it('asks the item, not the section heading, with the letters taken off the options', () => {
    expect(units(deck.cards)).toEqual([
      ['choice', '切换工作目录的命令是', 5, 9],
      ['choice', '操作系统负责管理计算机系统的______，其中包括处理机、存储器、设备和文件。', 12, 16],
      ['choice', '下列哪个命令显示当前目录', 19, 27],
      ['question', 'DNS服务使用的端口是______。', 33, 33],
      ['question', '使用______命令可以将用户身份临时改变为root。', 36, 36],
      [
        'question',
        '有一个只读文件 test.c，内容如下：\n```\nint main(){\nreturn 0;\n```\n\n用户当前在 / 目录下，请写出把它改为可写的命令。',
        46,
        47,
      ],
      ['question', '查看磁盘使用情况的命令是______。', 51, 51],
    ]);
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded.map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]])).toEqual([
      ['切换工作目录的命令是', ['pwd', 'cd', 'who', 'ls'], 'cd'],
      [
        '操作系统负责管理计算机系统的＿＿＿，其中包括处理机、存储器、设备和文件。',
        ['程序', '文件', '资源', '进程'],
        '资源',
      ],
      ['下列哪个命令显示当前目录', ['pwd', 'cd', 'ls'], 'pwd'],
    ]);
  });

  it('takes the 正确答案 line under the last option for the key, not for part of that option', () => {
    const second = deck.questions.filter(isAutoGraded)[1];
    // No box is ticked in item 2: the key line says which.
    expect(second?.options).not.toContain(expect.stringContaining('正确答案'));
    expect(second?.answer).toBe('**C.** 资源');
  });

  it('answers a fill-in-the-blank item with what follows 正确答案', () => {
    expect(deck.cards[3]?.answer).toBe('53');
    expect(deck.cards[4]?.answer).toBe('su');
  });

  it('reads an exercise up to its 参考答案, an unclosed fence in it closed, and never swallows the rest', () => {
    expect(readRepoFile(stylePath('quiz-items.zh.md'))).toContain('\r\n');
    expect(deck.cards[5]?.answer).toBe('chmod a+w test.c');
    expect(deck.cards[6]?.sectionPath).toEqual(['样题', '四、附加题', '查看磁盘使用情况的命令是______。']);
  });

  it('trusts neither the box nor the key line when they disagree', () => {
    const torn = one('1. 哪个命令列出文件？\n   - [x] A)ls\n   - [ ] B)cd\n   正确答案：B\n');
    expect(torn.questions.filter(isAutoGraded)).toEqual([]);
    expect(torn.problems.map((p) => p.code)).toEqual(['choice-without-answer', 'no-cards']);
  });
});

describe('a lone numbered question with its options and key in paragraphs of the item', () => {
  const item = (question: string, options: readonly string[], key: string): string =>
    ['# Quiz', '', `1. ${question}`, '', ...options.map((o) => `    ${o}`), '', `    ${key}`, ''].join('\n');

  it('is one choice card, in English and Chinese, when the key is stated', () => {
    const en = one(
      item('Which layer does IP work at?', ['A. Physical', 'B. Network', 'C. Transport'], 'Answer: B'),
    );
    const zh = one(item('哪一层负责路由？', ['A. 物理层', 'B. 网络层', 'C. 传输层', 'D. 应用层'], '答案：B'));
    for (const [deck, prompt, key] of [
      [en, 'Which layer does IP work at?', 'Network'],
      [zh, '哪一层负责路由？', '网络层'],
    ] as const) {
      expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['choice', prompt]]);
      const graded = deck.questions.filter(isAutoGraded);
      expect(graded.map((q) => q.options[q.correctIndex ?? -1])).toEqual([key]);
    }
  });

  it('leaves a numbered list whose items have lettered points but no key as the notes they are', () => {
    const plan = one(
      [
        '## Migration',
        '',
        '1. Which strategy fits us?',
        '',
        '   A. Big bang: switch everything at once.',
        '   B. Strangler: move one route at a time.',
        '   C. Parallel run: keep both and compare.',
        '',
        '2. Write the rollback plan.',
        '',
        '   It names who decides and how long a rollback may take.',
        '',
      ].join('\n'),
    );
    expect(plan.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Migration']]);
  });
});

describe('exercises followed by their reference answer', () => {
  it('makes each exercise with its answer a card, the explanation before them the topic', () => {
    const deck = one(
      [
        '## Shell variables',
        '',
        'A variable is set with `name=value`, without spaces.',
        '',
        'What does this script print?',
        '',
        '```sh',
        'x=1; x=$((x + 1)); echo $x',
        '```',
        '',
        'Answer:',
        '`2`',
        '',
        'Write the line that prints the script name. ______',
        '',
        'Answer: `echo $0`',
        '',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['explain', 'Shell variables', 'A variable is set with `name=value`, without spaces.'],
      ['question', 'What does this script print?\n\n```sh\nx=1; x=$((x + 1)); echo $x\n```', '`2`'],
      ['question', 'Write the line that prints the script name. ______', '`echo $0`'],
    ]);
  });

  it('leaves a topic whose "answer" is a key to no options, or that holds no exercise, as it is', () => {
    const key = one('## Grades\n\nMost students passed.\n\nAnswer: C\n');
    expect(key.cards.map((c) => c.kind)).toEqual(['explain']);
    const plain = one('## Notes\n\nSome prose.\n\nAnswer: it depends on the load.\n');
    expect(plain.cards.map((c) => c.kind)).toEqual(['explain']);
  });
});
