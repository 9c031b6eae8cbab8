import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';

/**
 * Answers not written yet ("todo", "TBD", "待补充", a bare URL, "todo" over the URL the answer is to come
 * from) are unanswered questions, not cards; answers that only mention such a word stay. Fixtures written
 * for these tests.
 */
const units = (cards: readonly Card[]) =>
  cards.map((c) => [c.kind, c.prompt, c.answerLines.start, c.answerLines.end]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('placeholder answers', () => {
  it('reports a question answered only by a placeholder, a bare URL or a link labelled TODO', () => {
    const deck = one(
      [
        '## What is a race condition?',
        '',
        'TODO',
        '',
        '## What is a mutex?',
        '',
        '...',
        '',
        '## What is a semaphore?',
        '',
        'https://example.org/semaphores',
        '',
        '## What is a monitor?',
        '',
        '[WIP](https://example.org/monitors)',
        '',
        '## What is a spinlock?',
        '',
        '```',
        'TBD',
        '```',
        '',
        '## Deadlock',
        '',
        '未完待续',
        '',
        '## What is a barrier?',
        '',
        '    todo https://example.org/barriers',
        '',
        '## 什么是读写锁？',
        '',
        '（待补充）',
        '',
        '## What is a latch?',
        '',
        'TODO:',
        '',
      ].join('\n'),
    );
    expect(deck.cards).toEqual([]);
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'unanswered-question'],
      [5, 'unanswered-question'],
      [9, 'unanswered-question'],
      [13, 'unanswered-question'],
      [17, 'unanswered-question'],
      [23, 'unanswered-question'],
      [27, 'unanswered-question'],
      [31, 'unanswered-question'],
      [35, 'unanswered-question'],
      [1, 'no-cards'],
    ]);
  });

  it('keeps answers that mention a placeholder word or a URL among their words, and an empty topic stays empty', () => {
    const deck = one(
      [
        '## What is a TODO comment?',
        '',
        'TODO marks work left to do, so it can be found later.',
        '',
        '## Where is the spec?',
        '',
        'At https://example.org/spec, section 3.',
        '',
        '## What does `...` mean in a signature?',
        '',
        '    ...',
        '    It takes any number of arguments.',
        '',
        '## Locks',
        '',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      ['question', 'What is a TODO comment?', 3, 3],
      ['question', 'Where is the spec?', 7, 7],
      ['question', 'What does `...` mean in a signature?', 11, 12],
    ]);
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[14, 'empty-section']]);
  });
});
