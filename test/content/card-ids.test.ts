import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { cardIdFor, carryOverIds } from '../../src/content/card-ids.ts';

const deckOf = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const idOf = (text: string, prompt: string) => deckOf(text).cards.find((c) => c.prompt === prompt)?.id;

const NOTES = [
  '## Processes',
  '',
  '### What is a zombie process?',
  '',
  'A process that has exited but whose parent has not yet read its exit status.',
  '',
  '### What does SIGKILL do?',
  '',
  'It stops a process at once; it cannot be caught.',
  '',
].join('\n');

describe('card ids stay the same where a person would say "same question"', () => {
  const original = idOf(NOTES, 'What is a zombie process?');

  it('ignores case, width, punctuation and spacing in the prompt', () => {
    expect(cardIdFor('什么是 Docker？', null)).toBe(cardIdFor('什么是docker?', null));
    expect(cardIdFor('What  is a Zombie process', null)).toBe(cardIdFor('what is a zombie process?', null));
    expect(cardIdFor('⭐️ JVM vs JDK', null)).toBe(cardIdFor('JVM vs JDK', null));
    expect(cardIdFor('What is a zombie process?', null)).not.toBe(
      cardIdFor('What is an orphan process?', null),
    );
  });

  it('keeps the id when the answer is edited', () => {
    const edited = NOTES.replace('has not yet read', 'has not read');
    expect(idOf(edited, 'What is a zombie process?')).toBe(original);
  });

  it('keeps the id when the section moves, even to another heading', () => {
    const moved = [
      '## Signals',
      '',
      '### What does SIGKILL do?',
      '',
      'It stops a process at once.',
      '',
      '## Odd processes',
      '',
      '#### What is a zombie process?',
      '',
      'A process that has exited but whose parent has not yet read its exit status.',
    ].join('\n');
    expect(idOf(moved, 'What is a zombie process?')).toBe(original);
  });

  it('pins the id with an explicit <!-- id: … --> whatever the wording', () => {
    const pinned = NOTES.replace(
      '### What is a zombie process?\n',
      '### What exactly is a zombie?\n<!-- id: zombie -->\n',
    );
    expect(idOf(pinned, 'What exactly is a zombie?')).toBe('zombie');
    const questions = deckOf(pinned).questions.filter((q) => q.cardId === 'zombie');
    expect(questions.map((q) => q.id)).toContain('zombie:flashcard:0');
  });

  it('carries the id over a fixed typo on reload (carryOverIds), but not to a different question', () => {
    const before = deckOf(NOTES.replace('zombie process', 'zombi proces'));
    const after = deckOf(NOTES);
    const renames = carryOverIds(before.cards, after.cards);
    const fixed = after.cards.find((c) => c.prompt === 'What is a zombie process?');
    const typo = before.cards.find((c) => c.prompt === 'What is a zombi proces?');
    expect(fixed?.id).not.toBe(typo?.id);
    expect(renames.get(fixed?.id ?? '')).toBe(typo?.id);
    expect(renames.size).toBe(1);

    const unrelated = deckOf(NOTES.replace('What is a zombie process?', 'How do you list open files?'));
    expect(carryOverIds(before.cards, unrelated.cards).size).toBe(0);
  });

  it('applies the carried id to the questions when buildDeck is given the previous cards', () => {
    const before = deckOf(NOTES.replace('zombie process', 'zombi proces'));
    const after = buildDeck([{ path: 'notes.md', text: NOTES }], { previous: before.cards });
    const typo = before.cards.find((c) => c.prompt === 'What is a zombi proces?');
    expect(after.cards.find((c) => c.prompt === 'What is a zombie process?')?.id).toBe(typo?.id);
    expect(after.questions.some((q) => q.id === `${typo?.id}:flashcard:0`)).toBe(true);
  });

  it('gives repeated prompts distinct ids in document order, with a warning', () => {
    const twice = deckOf(`${NOTES}\n## Again\n\n### What is a zombie process?\n\nSee above, but shorter.\n`);
    const ids = twice.cards.filter((c) => c.prompt === 'What is a zombie process?').map((c) => c.id);
    expect(ids).toEqual([original, `${original}-2`]);
    expect(twice.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-prompt', severity: 'warning' }),
    ]);
  });
});
