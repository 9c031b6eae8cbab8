import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * A glossary page whose terms sit right under its only title. The title's text is usually an
 * introduction and gives no card; a list of terms with their definitions is the page itself.
 * The fixtures were written for these tests.
 */
const deckOf = (text: string) => buildDeck([{ path: 'glossary.md', text }]);

const GLOSSARY = `# Testing glossary

* **Unit test**: A test that checks one small piece of code in isolation from the rest of the system.
* **Mock**: A stand-in object that records how it was called, so a test can check the calls.
* **Stub**: A stand-in object that returns canned answers and records nothing.
* **Refactoring**: Changing the structure of code without changing what it does.
* **Fixture**: The fixed state a test starts from, set up before it runs.
`;

describe('a glossary under the note’s only title', () => {
  it('is the note’s content: one topic card whose terms are asked', () => {
    const deck = deckOf(GLOSSARY);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Testing glossary']]);
    const asked = deck.questions.filter(isAutoGraded);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.kind === 'definition')).toBe(true);
  });

  it('an introduction under the title stays an introduction (near miss)', () => {
    const deck = deckOf(`# Testing notes

These are my notes from the testing course. Mocks and stubs were explained in week two.

## Mocks

A mock records how it was called, so a test can check the calls afterwards.
`);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Mocks']);
  });

  it('two defined terms in an introduction are an example, not a glossary (near miss)', () => {
    const deck = deckOf(`# Testing notes

* **Mock**: records calls.
* **Stub**: returns canned answers.

## Fixtures

A fixture is the fixed state a test starts from, set up before it runs.
`);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Fixtures']);
  });
});

describe('an A–Z glossary, a heading per letter', () => {
  // Entries of one kind: a letter's entries of several kinds are not asked among each other (blind-round19).
  const text = `# Database glossary

## A

**Atomicity** - A property of a transaction: it completes whole or not at all.

**Availability** - A property of a system that answers every request it receives.

**Auditability** - A property of a database that records who changed which row and when.

**Accuracy** - A property of data that matches the facts it stands for.
`;

  it('says what the questions are about by the heading over the letters, never by the letter', () => {
    const contexts = deckOf(text)
      .questions.filter(isAutoGraded)
      .map((q) => (q.frame && 'context' in q.frame ? q.frame.context : null));
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) expect(context).toBe('Database glossary');
  });
});
