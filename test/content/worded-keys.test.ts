import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { readRepoFile } from './deck-helpers.ts';

/**
 * `- [ ]` options with no box ticked, the key written out in words after them: alone in an "Answer" fold,
 * or after `Answer:`. Words that are no option's own leave the options a to-do list. Fixture written for
 * these tests.
 */
const deck = buildDeck([
  { path: 'quiz.en.md', text: readRepoFile('test/fixtures/content/worded-keys/quiz.en.md') },
]);
const choices = deck.questions.filter((q) => q.kind === 'choice');
const keyOf = (stem: string): string | undefined => {
  const q = choices.find((c) => c.stem.startsWith(stem));
  return q?.options[q.correctIndex ?? -1];
};

describe('the key written out as an option’s words', () => {
  it('reads the option named in an Answer fold or after "Answer:" as the key, the 1). numbering off', () => {
    expect(keyOf('Which protocol resolves host names')).toBe('DNS');
    expect(keyOf('Which port does HTTPS use')).toBe('443');
  });

  it('leaves options whose answer is other words without a key (near miss)', () => {
    expect(choices.some((q) => q.stem.includes('switch'))).toBe(false);
  });
});
