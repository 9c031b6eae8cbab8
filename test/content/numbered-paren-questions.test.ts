import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { withNumberedQuestionHeadings } from '../../src/content/numbered-questions.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Numbered questions written `1)` (CommonMark's other ordered-list marker), two to a list, with the answer
 * at the margin or indented under the item, and a last question left unanswered. Fixture written for these
 * tests (numbered-paren.en.md).
 */
describe('numbered questions numbered `1)`', () => {
  const deck = deckOf(stylePath('numbered-paren.en.md'));

  it('makes one card per answered question, at the margin or indented, with no numbering in its text', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['question', 'What is a process?', 'A process is a running program with its own address space.'],
      ['question', 'What does fork return in the child?', 'Zero.'],
      [
        'question',
        'What is a page fault?',
        'An access to a page that is not in memory; the kernel loads it and retries the instruction.',
      ],
      ['question', 'What does the TLB cache?', 'Translations from virtual to physical page numbers.'],
    ]);
  });

  it('ends the answer above at a last question with the next number, and reports that one unanswered', () => {
    expect(deck.cards.find((c) => c.prompt === 'What does the TLB cache?')?.answer).not.toContain(
      'thrashing',
    );
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[23, 'unanswered-question']]);
  });

  it('reads two questions as a list: one alone is a numbered point that happens to ask', () => {
    const two =
      '1) What is a process?\n\nA running program.\n\n2) What is a thread?\n\nA path of execution.\n';
    expect(buildDeck([{ path: 'two.md', text: two }]).cards.map((c) => c.prompt)).toEqual([
      'What is a process?',
      'What is a thread?',
    ]);
    const one = '# Release\n\n1) Is it ready?\n\nCheck the tests first.\n\n2) Tag the commit.\n';
    expect(withNumberedQuestionHeadings(one)).toBe(one);
  });

  it("leaves an answer's own numbered questions in the answer when their numbers do not follow on", () => {
    const text = [
      '1) What should you check before a release?',
      '',
      'Ask yourself:',
      '',
      '1) Do the tests pass?',
      '2) Is the changelog written?',
      '',
      '2) What is a hotfix?',
      '',
      'A fix released outside the normal cycle.',
      '',
    ].join('\n');
    const cards = buildDeck([{ path: 'release.md', text }]).cards;
    expect(cards.map((c) => c.prompt)).toEqual([
      'What should you check before a release?',
      'What is a hotfix?',
    ]);
    expect(cards[0]?.answer).toContain('2) Is the changelog written?');
  });
});
