import { describe, expect, it } from 'vitest';
import { boldQuestionLine } from '../../src/content/bold-questions.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * A numbered question and its answer on one line (`1. **Q?** answer`), a bracketed category tag perhaps
 * first (`1. [并发] **Q？** 答案`): one card per item, the tag its topic. Fixture written for these tests
 * (one-line-questions.md).
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('a numbered question answered on its own line', () => {
  const deck = deckOf(stylePath('one-line-questions.md'));

  it('makes one card per item: the bold question asks, the rest of the item answers', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['question', 'What is a goroutine?', 'A lightweight thread managed by the Go runtime.'],
      [
        'question',
        'What does `defer` do?',
        'It schedules a call to run when the surrounding function returns.',
      ],
      ['question', 'goroutine 和线程有什么区别？', 'goroutine 由 Go 运行时调度，栈从几 KB 开始按需增长。'],
      ['question', 'channel 有什么用？', '用于 goroutine 之间通信。'],
      [
        'question',
        'select 语句的作用是什么？',
        '同时等待多个 channel 操作，\n哪个先就绪就执行哪个分支。\n\n没有分支就绪而写了 default 时，执行 default。',
      ],
    ]);
    expect(deck.cards.find((c) => c.prompt.startsWith('select'))?.answerLines).toEqual({
      start: 12,
      end: 15,
    });
    expect(deck.problems).toEqual([]);
  });

  it('files the question under its tag, the tag no part of the question', () => {
    expect(deck.cards.map((c) => c.sectionPath.slice(1, -1))).toEqual([
      ['Basics'],
      ['Basics'],
      ['进阶', '基础'],
      ['进阶', '并发'],
      ['进阶', '并发'],
    ]);
    const under = one(
      '## 并发\n\n1. [并发] **channel 有什么用？** 通信。\n2. [并发] **select 做什么？** 多路等待。\n',
    );
    expect(under.cards.map((c) => c.sectionPath)).toEqual([
      ['并发', 'channel 有什么用？'],
      ['并发', 'select 做什么？'],
    ]);
  });

  it('reads `__Q?__`, and a colon or a dash between the question and its answer', () => {
    expect(boldQuestionLine('__What is a pod?__ — The smallest unit.')).toEqual({
      tag: null,
      question: 'What is a pod?',
      answer: 'The smallest unit.',
    });
    expect(boldQuestionLine('**Why pin versions?**: Builds repeat.')?.answer).toBe('Builds repeat.');
  });
});

describe('beside numbered questions answered below them', () => {
  it('keeps a one-line answer that ends in a question mark on its line, not a question of its own', () => {
    const text = [
      '1. What is a mutex?',
      '',
      'A lock.',
      '',
      '2. What is a race?',
      '',
      'Two goroutines touching one variable unsynchronised.',
      '',
      '3. **What is a context?** A carrier of deadlines. Useful?',
      '4. **What is a select?** A multi-way wait. Blocking?',
      '',
    ].join('\n');
    expect(one(text).cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['What is a mutex?', 'A lock.'],
      ['What is a race?', 'Two goroutines touching one variable unsynchronised.'],
      ['What is a context?', 'A carrier of deadlines. Useful?'],
      ['What is a select?', 'A multi-way wait. Blocking?'],
    ]);
  });
});

describe('near misses: bold that does not ask, and a lone bold question among points', () => {
  it('leaves a bold term and the sentence about it as the notes they are', () => {
    const terms = one(
      '## Kubernetes\n\n1. **Pods** are the smallest unit you deploy.\n2. **Services** give pods a stable address.\n',
    );
    expect(terms.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Kubernetes']]);
  });

  it('leaves aspects labelled in bold before a colon (`**是否开源**：…`) in the answer they compare', () => {
    const text = [
      '## Oracle JDK 和 OpenJDK 有什么区别？',
      '',
      '1. **是否开源**：OpenJDK 完全开源，Oracle JDK 不是。',
      '2. **是否免费**：OpenJDK 完全免费。',
      '',
    ].join('\n');
    const deck = one(text);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Oracle JDK 和 OpenJDK 有什么区别？']);
    expect(deck.cards[0]?.answer).toContain('**是否免费**');
    expect(boldQuestionLine('[ ] **Is it done?** Not yet.')).toBeNull();
  });

  it('leaves one bold question among numbered points in its section', () => {
    const deck = one(
      '## Release\n\n1. **Is it ready?** Check the tests first.\n2. Tag the commit.\n3. Push the tag.\n',
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Release']]);
  });
});
