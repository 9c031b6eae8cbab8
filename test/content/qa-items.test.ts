import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';

/** Q&A pairs written as list items (`- Q: …` over `  A: …`). Fixtures written for these tests. */
const one = (text: string): Deck => buildDeck([{ path: 'review.md', text }]);
const pairs = (deck: Deck): [string, string][] =>
  [...deck.cards].sort((a, b) => a.line - b.line).map((c) => [c.prompt, c.answer]);

describe('Q&A pairs as list items', () => {
  it('makes one question card per item, the labels part of neither side', () => {
    const deck = one(`# Git review

- Q: What does \`git fetch\` do?
  A: It downloads objects and refs from a remote without merging them.
- **Q:** Which command shows the commit history?
  **A:** \`git log\`
- 问：\`git stash\` 有什么用？

  答：把未提交的改动暂存起来，
  之后用 \`git stash pop\` 取回。
`);
    expect(deck.problems).toEqual([]);
    expect(pairs(deck)).toEqual([
      ['What does `git fetch` do?', 'It downloads objects and refs from a remote without merging them.'],
      ['Which command shows the commit history?', '`git log`'],
      ['`git stash` 有什么用？', '把未提交的改动暂存起来，\n之后用 `git stash pop` 取回。'],
    ]);
  });

  it('leaves a list of which only some items are labelled a list of points', () => {
    const deck = one(`# Queues

## Variables

- Q: the queue length
- W: the waiting time
- L: the number in the system
`);
    expect(deck.cards.map((c) => c.kind)).toEqual(['explain']);
  });
});
