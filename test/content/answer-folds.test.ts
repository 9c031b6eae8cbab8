import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * Flashcards written as a question paragraph over a fold that hides the answer (`<summary>Answer</summary>`).
 * Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'cards.md', text }]);

describe('a question over an answer fold', () => {
  it('is one card per question, the fold its answer, the topic around them no card of their text', () => {
    const deck = one(`# Linux

## Topic 1: What Linux is

**Q1:** What is Linux?
<details>
<summary>Answer</summary>

Linux is a free, open-source operating system **kernel** created in 1991.

</details>

---

**Q2:** Name three parts of a Linux system.
<details>
<summary>Show answer</summary>

1. The kernel
2. The shell
3. The file system

</details>
`);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['question', 'What is Linux?'],
      ['question', 'Name three parts of a Linux system.'],
    ]);
    expect(deck.cards[1]?.answer).toBe('1. The kernel\n2. The shell\n3. The file system');
  });

  it('leaves a fold holding the key of options above it to the options', () => {
    const deck = one(`# Quiz

Which layer routes packets?

A. Physical
B. Network
C. Session

<details>
<summary>Answer</summary>

B

</details>
`);
    const [q] = deck.questions.filter(isAutoGraded);
    expect(q?.options[q.correctIndex ?? -1]).toBe('Network');
  });

  it('reads a paragraph that does not ask as no question', () => {
    const deck = one(`# Notes

## Build

We build with make.
<details>
<summary>Example</summary>

make all

</details>
`);
    expect(deck.cards.map((c) => c.kind)).toEqual(['explain']);
  });
});
