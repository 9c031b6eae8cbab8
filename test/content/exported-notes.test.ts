import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Notes as tools and exports write them (round 16's blind sets AA and AB): flashcard decks with a rule
 * between a card's sides, conversations with an AI assistant, quiz banks whose keys stand in a section of
 * their own, and notes whose every Markdown mark arrived escaped. Fixtures written for these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const cardsOf = (text: string) => one(text).cards.map((c) => [c.kind, c.prompt, c.answer]);
const choicesOf = (text: string) =>
  one(text)
    .questions.filter((q) => q.kind === 'choice')
    .map((q) => [q.stem, q.options[q.correctIndex ?? -1], q.answer]);

describe('a flashcard deck with a rule between the sides of each card', () => {
  const deck = [
    '# Deck: Kubernetes',
    '',
    '---',
    '',
    'Q: What is a Pod?',
    '',
    '---',
    '',
    'A: The **smallest deployable unit** in Kubernetes.',
    '',
    '- one or more containers',
    '- one network namespace',
    '',
    '#pods #basics',
    '',
    '---',
    '',
    'Q: What keeps a set number of Pods running?',
    '',
    '---',
    '',
    'A:',
    '',
    'A ReplicaSet.',
    '',
    '#workloads',
    '',
  ].join('\n');

  it('makes one card per question, its answer up to the next rule, without the tags it is filed under', () => {
    expect(cardsOf(deck)).toEqual([
      [
        'question',
        'What is a Pod?',
        'The **smallest deployable unit** in Kubernetes.\n\n- one or more containers\n- one network namespace',
      ],
      ['question', 'What keeps a set number of Pods running?', 'A ReplicaSet.'],
    ]);
  });

  it('keeps a line that only starts with a number sign: "#1 priority" is no tag', () => {
    const text = ['Q: What matters most?', '', 'A: Uptime.', '', '#1 priority is uptime'].join('\n');
    expect(cardsOf(text)).toEqual([['question', 'What matters most?', 'Uptime.\n\n#1 priority is uptime']]);
  });

  it('pairs no empty question label with an answer across the rule', () => {
    const text = ['# Notes', '', 'Q:', '', '---', '', 'A: The smallest deployable unit.'].join('\n');
    expect(one(text).cards.filter((c) => c.kind === 'question')).toEqual([]);
  });
});

describe('a conversation with an AI assistant saved as a note', () => {
  it('makes each question and the reply under it one card (speakers as headings)', () => {
    const text = [
      '# Docker 容器',
      '',
      '## User:',
      '',
      '如何确保 Docker 容器在出现故障时自动重启？',
      '',
      '## ChatGPT:',
      '',
      '在创建容器时使用 `--restart` 策略：',
      '',
      '- `no`：不自动重启（默认）',
      '- `always`：总是重启',
      '',
      '## User:',
      '',
      '健康检查有什么作用？',
      '',
      '## ChatGPT:',
      '',
      '让 Docker 知道容器里的服务是否还在正常工作。',
    ].join('\n');
    expect(cardsOf(text)).toEqual([
      [
        'question',
        '如何确保 Docker 容器在出现故障时自动重启？',
        '在创建容器时使用 `--restart` 策略：\n\n- `no`：不自动重启（默认）\n- `always`：总是重启',
      ],
      ['question', '健康检查有什么作用？', '让 Docker 知道容器里的服务是否还在正常工作。'],
    ]);
  });

  it('reads speakers written as bold labels too', () => {
    const text = [
      '**You:** What does `git rebase` do?',
      '',
      '**ChatGPT:** It replays your commits on top of another base commit.',
    ].join('\n');
    expect(cardsOf(text)).toEqual([
      ['question', 'What does `git rebase` do?', 'It replays your commits on top of another base commit.'],
    ]);
  });

  it('leaves a "User" heading alone in a note where no assistant answers', () => {
    const text = [
      '# Accounts',
      '',
      '## User',
      '',
      'A person who signs in.',
      '',
      '## Admin',
      '',
      'A user who manages others.',
    ].join('\n');
    expect(cardsOf(text).map(([, prompt]) => prompt)).toEqual(['User', 'Admin']);
  });
});

describe('a quiz bank whose keys stand in a section of their own', () => {
  const questions = [
    '# Security+ practice',
    '',
    '## Questions',
    '',
    '### Q1',
    'Which part of the CIA triad does a DoS attack hit?',
    'A) Confidentiality',
    'B) Integrity',
    'C) Availability',
    'D) Authentication',
    '',
    '### Q2',
    'Which control best supports non-repudiation?',
    'A) Hashing',
    'B) Symmetric encryption',
    'C) Digital signatures',
    'D) Obfuscation',
    '',
  ];

  it('keys each question from the section, its explanation the reveal, and asks nothing of the section', () => {
    const text = [
      ...questions,
      '## Answer Key + Explanations',
      '',
      '### A1: C) Availability',
      'A DoS attack makes a service unreachable.',
      '',
      '### A2: C) Digital signatures',
      'Only the signer holds the private key.',
    ].join('\n');
    expect(choicesOf(text)).toEqual([
      [
        'Which part of the CIA triad does a DoS attack hit?',
        'Availability',
        expect.stringContaining('A DoS attack makes a service unreachable.'),
      ],
      [
        'Which control best supports non-repudiation?',
        'Digital signatures',
        expect.stringContaining('Only the signer holds the private key.'),
      ],
    ]);
    expect(one(text).cards.map((c) => c.kind)).toEqual(['choice', 'choice']);
  });

  it('reads keys as a numbered list, a table or a run on one line', () => {
    const keys = [
      ['## Answers', '', '1. C', '2. C'],
      ['## Answer key', '', '| Question | Answer |', '|---|---|', '| 1 | C |', '| 2 | C |'],
      ['**Answers:**', '', '1.C 2.C'],
    ];
    for (const key of keys)
      expect(choicesOf([...questions, ...key].join('\n')).map(([, keyed]) => keyed)).toEqual([
        'Availability',
        'Digital signatures',
      ]);
  });

  it("keeps a question's own key, and reads no prose answers as keys", () => {
    const own = [
      ...questions.slice(0, 11),
      'Answer: A',
      ...questions.slice(11),
      '## Answers',
      '',
      '1. C',
      '2. C',
    ];
    expect(choicesOf(own.join('\n')).map(([, keyed]) => keyed)).toEqual([
      'Confidentiality',
      'Digital signatures',
    ]);
    const prose = [
      '# Containers',
      '',
      '1. What is an image?',
      '2. What is a container?',
      '',
      '## Answers',
      '',
      '1. A container image is a read-only template.',
      '2. A running instance of an image.',
    ].join('\n');
    expect(one(prose).questions.filter((q) => q.kind === 'choice')).toEqual([]);
    expect(one(prose).cards.length).toBeGreaterThan(0);
  });
});

describe('a note whose Markdown marks arrived escaped', () => {
  it('reads `\\##` and `\\-` as the headings and lists the author wrote, where the note does it again and again', () => {
    const text = [
      '\\# Network basics',
      '',
      '\\## What is a hub?',
      '',
      '\\- repeats every frame to every port',
      '',
      '\\## What is a switch?',
      '',
      '\\- forwards a frame to one port',
    ].join('\n');
    expect(cardsOf(text).map(([kind, prompt]) => [kind, prompt])).toEqual([
      ['question', 'What is a hub?'],
      ['question', 'What is a switch?'],
    ]);
  });

  it('leaves one escaped mark as the author wrote it', () => {
    const text = ['# Tags', '', '## Channels', '', '\\#general is where the team talks.'].join('\n');
    expect(one(text).cards[0]?.answer).toBe('\\#general is where the team talks.');
  });
});

describe('a numbered question list whose numbers stand alone, the question bold on the next line', () => {
  const text = [
    '# RAG 八股',
    '',
    '## 参考回答',
    '1.',
    '    <strong>请解释 RAG 的工作原理？</strong>',
    '',
    '    RAG 是一种<strong>先检索、后生成</strong>的模式。',
    '',
    '---',
    '2.',
    '    **一个完整的 RAG 流水线包含哪些关键步骤？**',
    '',
    '    加载、切块、嵌入、存储。',
  ].join('\n');

  it('makes each question one card, its answer the lines under it as the note wrote them', () => {
    expect(cardsOf(text)).toEqual([
      ['question', '请解释 RAG 的工作原理？', 'RAG 是一种<strong>先检索、后生成</strong>的模式。'],
      ['question', '一个完整的 RAG 流水线包含哪些关键步骤？', '加载、切块、嵌入、存储。'],
    ]);
  });

  it('joins no number to a bold line that does not ask', () => {
    const steps = text
      .replace('请解释 RAG 的工作原理？', '工作原理')
      .replace('一个完整的 RAG 流水线包含哪些关键步骤？', '关键步骤');
    expect(cardsOf(steps).map(([kind]) => kind)).not.toContain('question');
  });
});

describe("a card's sides as headings", () => {
  it('reads `### Question` / `### Answer` and a deck’s `#### :Q …?` / `#### :A` as one card each', () => {
    const sides = [
      '# Java',
      '',
      '### Question',
      'What is a JVM?',
      '',
      '### Answer',
      'The virtual machine that runs bytecode.',
    ];
    const deck = [
      '# Java',
      '',
      '#### :Q What is a JAR?',
      '#### :A',
      'An archive of classes.',
      '##',
      '',
      '---',
    ];
    expect(cardsOf(sides.join('\n'))).toEqual([
      ['question', 'What is a JVM?', 'The virtual machine that runs bytecode.'],
    ]);
    expect(cardsOf(deck.join('\n'))).toEqual([['question', 'What is a JAR?', 'An archive of classes.']]);
  });

  it('leaves an A–Z glossary’s letter headings alone (near miss)', () => {
    const text = [
      '# Terms',
      '',
      '## A',
      '',
      '**ACL** - access control list.',
      '',
      '## Q',
      '',
      '**QoS** - quality of service.',
    ].join('\n');
    expect(one(text).cards.some((c) => c.kind === 'question')).toBe(false);
  });
});
