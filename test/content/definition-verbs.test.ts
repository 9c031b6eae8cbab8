import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { readFacts } from '../../src/content/card-facts.ts';
import { readBlocks } from '../../src/content/markdown-blocks.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/** Fixtures written for these tests. */
describe('a bold term joined to its definition by a verb', () => {
  it('takes the definition from after the verb, and a trailing dash off the term', () => {
    const blocks = readBlocks(
      [
        '- **Race Condition** is a situation that may occur inside a critical section.',
        '- **Mutex & Semaphore -** are kernel resources that provide synchronization.',
        '- **Deadlock**: two processes each wait on the other.',
        '- **Isolation** keeps transactions apart.',
      ].join('\n'),
    );
    expect(readFacts('', blocks, null, null).definitions[0]?.map((d) => [d.term, d.definition])).toEqual([
      ['Race Condition', 'a situation that may occur inside a critical section.'],
      ['Mutex & Semaphore', 'kernel resources that provide synchronization.'],
      ['Deadlock', 'two processes each wait on the other.'],
      ['Isolation', 'keeps transactions apart.'],
    ]);
  });
});

describe("an author's option that goes on over a second paragraph", () => {
  it('keeps both paragraphs as the option (what a program prints on two lines), asked as a flashcard only', () => {
    const deck = buildDeck([
      {
        path: 'quiz.md',
        text: [
          '#### 以下代码的输出结果?',
          '',
          '```python',
          'for i in [1, 0]:',
          '    print(i+1)',
          '```',
          '',
          '- [x] 2',
          '',
          '  1',
          '- [ ] [2, 1]',
          '- [ ] 2',
          '- [ ] 0',
        ].join('\n'),
      },
    ]);
    expect(deck.cards[0]?.facts.choice?.options).toEqual(['2\n1', '[2, 1]', '2', '0']);
    expect(deck.cards[0]?.answer).toContain('2\n1');
    // In a chat's list of options, "2" over "1" reads as option "2" and a stray line: not auto-graded.
    expect(deck.questions.filter(isAutoGraded)).toEqual([]);
    expect(deck.dropped.map((d) => d.reason)).toContain('multi-line-option');
  });
});
