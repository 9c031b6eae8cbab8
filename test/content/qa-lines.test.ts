import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { answerLabel, questionLabel } from '../../src/content/qa-labels.ts';
import { deckOf } from './deck-helpers.ts';

/**
 * Q&A notes: a line labelled as the question (`Q:`, `**Question 3:**`, `问：`) and then one labelled as the
 * answer (`A:`, `**Answer:**`, `答：`), on the next line or in the next paragraph, is one question card
 * wherever it stands. Fixtures written for these tests (test/fixtures/content/qa-lines).
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const rows = (text: string) => one(text).cards.map((c) => [c.kind, c.prompt, c.answer]);

describe('Q: / A: pairs', () => {
  const en = deckOf('test/fixtures/content/qa-lines/pairs.en.md');
  const zh = deckOf('test/fixtures/content/qa-lines/pairs.zh.md');

  it('makes one question card per pair, the labels part of neither side (English)', () => {
    expect(en.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      [
        'question',
        'What is a Pod?',
        'The smallest deployable unit: one or more containers sharing network and storage.',
      ],
      [
        'question',
        'What does a Service provide?',
        'A stable virtual IP and DNS name\nin front of a changing set of Pods.',
      ],
      [
        'question',
        'Which component schedules Pods onto nodes?',
        '`kube-scheduler`, which picks a node for each new Pod.',
      ],
      ['question', 'What keeps a set number of Pod replicas running?', 'A ReplicaSet.'],
      ['question', 'What runs a Pod on every node?', 'A DaemonSet.'],
      [
        'question',
        'How do you roll out a new image?',
        "Update the Deployment's Pod template:\n\n```bash\nkubectl set image deployment/web web=web:2\n```\n\n" +
          '- old Pods are replaced a few at a time\n- `kubectl rollout undo` goes back',
      ],
      ['question', 'Which object runs a Pod to completion?', 'A Job.'],
      ['question', "What stores the cluster's state?", 'etcd, a consistent key-value store.'],
    ]);
  });

  it('makes one question card per pair in Chinese, full-width colons too', () => {
    expect(zh.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['question', 'Redis 为什么快？', '数据在内存中，单线程避免上下文切换，使用 IO 多路复用。'],
      ['question', '缓存穿透是什么？', '查询一个一定不存在的数据，请求每次都打到数据库。'],
      ['question', 'RDB 和 AOF 有什么区别？', 'RDB 定时保存快照，AOF 记录每条写命令。'],
      ['question', '如何避免缓存雪崩？', '- 过期时间加随机值\n- 热点数据永不过期'],
    ]);
  });

  it('files each pair under the heading it stands in, the title included, with no topic card beside it', () => {
    expect(en.cards.map((c) => c.sectionPath.slice(0, -1))).toEqual([
      ['Kubernetes flashcards'],
      ['Kubernetes flashcards'],
      ['Kubernetes flashcards'],
      ...Array(5).fill(['Kubernetes flashcards', 'Workloads']),
    ]);
    expect(en.cards.filter((c) => c.kind === 'explain')).toEqual([]);
    expect(zh.cards.map((c) => c.sectionPath)).toContainEqual(['Redis 面试', '持久化', '如何避免缓存雪崩？']);
  });

  it('points the answer at its own lines: from the label (or the line under a label alone) to its last block', () => {
    const lines = (prompt: string) => en.cards.find((c) => c.prompt === prompt)?.answerLines;
    expect(lines('What does a Service provide?')).toEqual({ start: 7, end: 8 });
    expect(lines('How do you roll out a new image?')).toEqual({ start: 22, end: 29 });
    expect(lines("What stores the cluster's state?")).toEqual({ start: 39, end: 39 });
    expect(zh.cards.find((c) => c.prompt === '如何避免缓存雪崩？')?.answerLines).toEqual({
      start: 18,
      end: 19,
    });
  });

  it('warns of a question label with no answer label after it, and of nothing else', () => {
    expect(en.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [41, 'unanswered-question', 'question has no answer: "What does a ConfigMap hold?"'],
    ]);
    expect(zh.problems.map((p) => [p.line, p.code])).toEqual([[23, 'unanswered-question']]);
  });

  it('reads pairs in a note with no heading at all, answers running on to the next question label', () => {
    const text = [
      '**Question:** What does TCP guarantee?',
      '',
      '**Answer:** Ordered, reliable delivery of a byte stream.',
      '',
      'It retransmits lost segments.',
      '',
      '**Question:** What does UDP guarantee?',
      '',
      '**Answer:** Nothing beyond a checksum.',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      [
        'question',
        'What does TCP guarantee?',
        'Ordered, reliable delivery of a byte stream.\n\nIt retransmits lost segments.',
      ],
      ['question', 'What does UDP guarantee?', 'Nothing beyond a checksum.'],
    ]);
    expect(one(text).cards.map((c) => c.sectionPath)).toEqual([
      ['What does TCP guarantee?'],
      ['What does UDP guarantee?'],
    ]);
  });

  it('ends an answer at a heading or a thematic break, and shows the code between question and answer', () => {
    const text = [
      '## Python',
      '',
      'Q: What does this print?',
      '```python',
      'print(1 + 1)',
      '```',
      'A: `2`',
      '',
      '* * *',
      '',
      'Unrelated closing words.',
      '',
      '## Shell',
      '',
      '**Q: What does `$?` hold?**',
      '**A: The exit status of the last command.**',
      '',
    ].join('\n');
    const deck = one(text);
    expect(deck.cards.map((c) => [c.prompt, c.answer, c.sectionPath])).toEqual([
      ['What does this print?\n\n```python\nprint(1 + 1)\n```', '`2`', ['Python', 'What does this print?']],
      ['What does `$?` hold?', 'The exit status of the last command.', ['Shell', 'What does `$?` hold?']],
    ]);
  });

  it('reads the labels it knows, and no others', () => {
    for (const line of [
      'Q: x',
      'Q：x',
      '**Q:** x',
      '**Q**: x',
      'Q1: x',
      'Question: x',
      'Question 3: x',
      '问：x',
      '问题：x',
    ])
      expect(questionLabel(line)?.rest, line).toBe('x');
    for (const line of ['Q1. x', 'Quick: x', 'Questions about x', 'FAQ: x', 'q: x', 'e.g. x'])
      expect(questionLabel(line), line).toBeNull();
    for (const line of [
      'A: x',
      'A：x',
      '**A:** x',
      'A1: x',
      'Answer: x',
      '答：x',
      '答案：x',
      '回答：x',
      '参考答案：x',
    ])
      expect(answerLabel(line, 'colon')?.rest, line).toBe('x');
    // `A.` answers only a `Q.`: anywhere else it is option A.
    expect(answerLabel('A. x', 'colon')).toBeNull();
    expect(answerLabel('A. x', 'dot')?.rest).toBe('x');
  });
});

describe('near misses stay as they were', () => {
  it('keeps lettered options under a labelled question a multiple choice, its `Answer:` key the key', () => {
    const dotted = one('## Ports\n\nQ. Which port does SSH use?\nA. 21\nB. 22\nC. 23\n\nAnswer: B\n');
    expect(dotted.cards.map((c) => [c.kind, c.facts.choice?.options, c.facts.choice?.correct])).toEqual([
      ['choice', ['21', '22', '23'], [1]],
    ]);
    const colons = one('## Fruit\n\nQ: Which is a fruit?\nA: Carrot\nB: Apple\nC: Potato\nAnswer: B\n');
    expect(colons.cards.map((c) => [c.kind, c.facts.choice?.options, c.facts.choice?.correct])).toEqual([
      ['choice', ['Carrot', 'Apple', 'Potato'], [1]],
    ]);
    const listed = one(
      '## Shells\n\n**Question:** Which of these is a shell?\n\n- A. bash\n- B. nginx\n\n**Answer:** A\n',
    );
    expect(listed.cards.map((c) => [c.kind, c.facts.choice?.correct])).toEqual([['choice', [0]]]);
    for (const deck of [dotted, colons, listed]) expect(deck.problems).toEqual([]);
  });

  it('leaves a multiple choice after an answer to its own reader', () => {
    const text = [
      '## Shell',
      '',
      'Q: What is a process?',
      'A: A running program.',
      '',
      'Which of these is a shell?',
      'A. bash',
      'B. nginx',
      'Answer: A',
      '',
    ].join('\n');
    expect(one(text).cards.map((c) => [c.kind, c.prompt, c.answer.split('\n')[0]])).toEqual([
      ['question', 'What is a process?', 'A running program.'],
      ['choice', 'Which of these is a shell?', '**A.** bash'],
    ]);
  });

  it('leaves prose that mentions "Q:" mid-sentence, and a `Q:` line in a code block, to their section', () => {
    const text = [
      '## Queue flags',
      '',
      'The manual lists Q: as the quiet flag, and A: as the append flag.',
      '',
      '```',
      'Q: inside a listing',
      '```',
      '',
    ].join('\n');
    const deck = one(text);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Queue flags']]);
    expect(deck.problems).toEqual([]);
  });

  it('warns of a labelled question over an unlabelled answer, never of a `Q:` line that does not ask', () => {
    const asked = one(
      '## Zombies\n\nQ: Why do zombie processes exist?\n\nThe parent has not reaped them yet.\n',
    );
    expect(asked.cards.map((c) => c.kind)).toEqual(['explain']);
    expect(asked.problems.map((p) => [p.line, p.code])).toEqual([[3, 'unanswered-question']]);
    const told = one('## Options\n\nQ: the queue length, 10 by default.\n\nSet it before the first run.\n');
    expect(told.cards.map((c) => c.kind)).toEqual(['explain']);
    expect(told.problems).toEqual([]);
  });

  it('leaves exercises with a reference answer, and a labelled answer with no question label, as they were', () => {
    const text = [
      '## 综合题',
      '',
      '51. 在 /tmp 下新建目录 target，写出命令。',
      '',
      '参考答案：mkdir /tmp/target',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([['question', '在 /tmp 下新建目录 target，写出命令。', 'mkdir /tmp/target']]);
  });
});
