import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '../../src/content/question.ts';
import { noteDeck } from './deck-helpers.ts';

/**
 * Layouts round 23's blind sets showed misread, in fixtures written for these tests: a vocabulary list of a
 * language (`- El gato: cat` under "Animals"), a list of types under the term a bold line defines.
 */

const graded = (text: string) => noteDeck(text).questions.filter(isAutoGraded);

describe('a vocabulary list: words of a language and their glosses, by theme', () => {
  const vocabulary = (meanings: readonly string[]) =>
    [
      '# Italian words',
      '',
      '## At the market',
      ...[
        'La mela',
        'Il pane',
        'Il formaggio',
        'La pesca',
        'Il latte',
        'Lo zucchero',
        'La carne',
        'Il pesce',
        'Il burro',
      ].map((word, k) => `- ${word}: ${meanings[k]}`),
    ].join('\n');

  it('asks what each word means among the glosses of its section', () => {
    const questions = graded(
      vocabulary(['apple', 'bread', 'cheese', 'peach', 'milk', 'sugar', 'meat', 'fish', 'butter']),
    );
    const mela = questions.find((q) => q.stem === 'La mela');
    expect(mela?.options[mela.correctIndex ?? -1]).toBe('apple');
    expect(mela?.options).toHaveLength(4);
    expect(questions.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps reading a glossary whose meanings are definitions as one of every kind (no word list)', () => {
    const questions = graded(
      vocabulary([
        'a fruit grown on trees in cool climates',
        'a food made of flour and water',
        'a food made from milk',
        'a fruit with a furry skin',
        'a liquid produced by mammals',
        'a food made from cane',
        'the flesh of an animal eaten as food',
        'an animal that lives in water',
        'a food made from cream',
      ]),
    );
    // Asked among the terms its definition calls the same kind of thing, as before: a food among foods.
    const pane = questions.find((q) => q.stem === 'a food made of flour and water');
    expect([...(pane?.options ?? [])].sort()).toEqual(['Il burro', 'Il formaggio', 'Il pane', 'Lo zucchero']);
  });
});

describe('a list of types under the bold term the line above defines', () => {
  const note = (above: string) =>
    [
      '## Population',
      '',
      '**Population size**: the number of individuals present at a given time\\',
      above,
      '',
      '- Type I: More deaths at older ages',
      '- Type II: Equal number of deaths at all ages',
      '- Type III: More deaths at young ages',
    ].join('\n');

  it('shows the defined term with the question: "Type II" alone names nothing', () => {
    const type2 = graded(
      note('**Survivorship curves**: show how the likelihood of death varies with age'),
    ).find((q) => q.stem === 'Type II');
    expect(type2?.frame).toEqual({ kind: 'what-is', context: 'Population › Survivorship curves' });
  });

  it('adds nothing when the line above is prose, not a term defined', () => {
    const type2 = graded(note('Curves show how the likelihood of death varies with age')).find(
      (q) => q.stem === 'Type II',
    );
    expect(type2?.frame).toEqual({ kind: 'what-is', context: 'Population' });
  });
});
