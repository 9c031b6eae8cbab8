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

  it('reads items that ask on their first line and answer under it, where most items do', () => {
    const deck = one(`# The Linux command line

## Questions (answered with spaced repetition)

- What is a GUI?  
  A graphical user interface.
- What is a CLI?  
  A command line interface: commands typed as lines of text.
- Graphical interfaces make easy tasks easy, command lines make hard tasks possible  
  TRUE
- What is bash?  
  The GNU project's shell.
- What is the shell?
`);
    expect(pairs(deck)).toEqual([
      ['What is a GUI?', 'A graphical user interface.'],
      ['What is a CLI?', 'A command line interface: commands typed as lines of text.'],
      ['Graphical interfaces make easy tasks easy, command lines make hard tasks possible', 'TRUE'],
      ['What is bash?', "The GNU project's shell."],
    ]);
  });

  it('leaves a list of points with a second line here and there a list', () => {
    const deck = one(`# Shell

## Tips

- Use tab completion  
  It saves typing.
- Which shell? Bash, mostly.
- Keep a history file
- Read the man pages
`);
    expect(deck.cards.map((c) => c.kind)).toEqual(['explain']);
  });
});
