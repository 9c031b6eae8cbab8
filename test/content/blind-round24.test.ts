import { describe, expect, it } from 'vitest';
import { noteDeck } from './deck-helpers.ts';

/**
 * Layouts the blind sets of rounds 23 and 24 showed misread, in fixtures written for these tests.
 */

/** The sections a card stands under (its own heading left out), as chat shows them under a question. */
const topicOf = (path: readonly string[]) => path.slice(0, -1).join(' › ');
const cardsOf = (text: string) =>
  noteDeck(text).cards.map((c) => [c.prompt, c.answer, topicOf(c.sectionPath)]);

describe('a study guide lettered in sections over its numbered questions', () => {
  const guide = [
    '# Fundamentals Final Exam Guide',
    '',
    'C. Elimination:',
    '',
    '9.) Urinary retention: What are the signs?',
    '- Bladder distension',
    '- Small frequent voids',
    '',
    '10.) Enemas: When are enemas needed?',
    '- Severe constipation',
    '- Before bowel surgery',
    '',
    'D. Infection Control:',
    '',
    '11.) Which precautions does tuberculosis need?',
    '- Airborne precautions: N95 respirator and a negative-pressure room',
    '',
    'E. Vital Signs',
    '12.) What is a normal adult respiratory rate?',
    '- 12 to 20 breaths per minute',
  ].join('\n');

  it("ends each answer before the next section's letter and files the questions under their section", () => {
    expect(cardsOf(guide)).toEqual([
      [
        'Urinary retention: What are the signs?',
        '- Bladder distension\n- Small frequent voids',
        'Fundamentals Final Exam Guide › Elimination',
      ],
      [
        'Enemas: When are enemas needed?',
        '- Severe constipation\n- Before bowel surgery',
        'Fundamentals Final Exam Guide › Elimination',
      ],
      [
        'Which precautions does tuberculosis need?',
        '- Airborne precautions: N95 respirator and a negative-pressure room',
        'Fundamentals Final Exam Guide › Infection Control',
      ],
      [
        'What is a normal adult respiratory rate?',
        '- 12 to 20 breaths per minute',
        'Fundamentals Final Exam Guide › Vital Signs',
      ],
    ]);
  });

  it('reads roman numerals the same way', () => {
    const roman = guide.replace('C. Elimination', 'I. Elimination').replace('D. Infection', 'II. Infection');
    const sections = noteDeck(roman).cards.map((c) => c.sectionPath.at(-2));
    expect(sections.slice(0, 3)).toEqual(['Elimination', 'Elimination', 'Infection Control']);
  });

  it('keeps lettered options and keys under their question as they were', () => {
    const quiz = [
      '# Geography',
      '',
      '1. Which city is the capital of France?',
      'A. Paris',
      'B. London',
      'C. Berlin',
      'D. Rome',
      '',
      '2. Which river flows through Cairo?',
      '',
      'B. The Nile',
      '',
      '3. Which ocean is the largest?',
      '',
      'C. The Pacific',
      '',
      '4. Which desert is the largest hot desert?',
      'The Sahara',
    ].join('\n');
    const cards = noteDeck(quiz).cards;
    expect(cards.map((c) => topicOf(c.sectionPath))).not.toContain('Geography › The Pacific');
    expect(cards.find((c) => c.prompt.startsWith('Which river'))?.answer).toBe('B. The Nile');
  });

  it('leaves a lone lettered line as the answer it ends (no second section in order)', () => {
    const one = guide.replace('C. Elimination:', '').replace('E. Vital Signs', '');
    expect(noteDeck(one).cards.find((c) => c.prompt.startsWith('Enemas'))?.answer).toContain(
      'D. Infection Control',
    );
  });
});

describe("flashcards written for Obsidian's Flashcards plugin (`Question #flashcard`, the answer under it)", () => {
  const note = [
    '# Physics',
    '',
    "What is Newton's first law of motion? #flashcard",
    'An object not subject to outside forces moves at a constant velocity.',
    '',
    'What is the SI unit for force? #card',
    'The newton.',
    '^1712345678901',
    '',
    '## What is weight? #flashcards/physics',
    'The force exerted by mass in a gravitational field.',
  ].join('\n');

  it('reads each tagged line as a question and the lines under it as its answer, without the tag', () => {
    expect(cardsOf(note)).toEqual([
      [
        "What is Newton's first law of motion?",
        'An object not subject to outside forces moves at a constant velocity.',
        'Physics',
      ],
      ['What is the SI unit for force?', 'The newton.', 'Physics'],
      ['What is weight?', 'The force exerted by mass in a gravitational field.', 'Physics'],
    ]);
  });

  it('leaves a line of tags alone, a Logseq card item and a tagged line with nothing under it', () => {
    const near = [
      '# Physics',
      '',
      '#flashcards',
      '',
      '- What is mass? #card',
      '  - The amount of matter.',
      '',
      'Momentum is conserved #card',
      '',
      'Momentum is the product of mass and velocity.',
    ].join('\n');
    const prompts = noteDeck(near).cards.map((c) => c.prompt);
    expect(prompts).not.toContain('Momentum is conserved');
    expect(prompts).not.toContain('#flashcards');
  });
});

describe('numbered questions each over a fold of its answer (`<details><summary>Ans</summary>`)', () => {
  const note = [
    '# Database Questions',
    '',
    '## Concept',
    '1. What is RDBMS?',
    '    <details><summary>Answer</summary>',
    '    Many data tables related to each other.',
    '    </details>',
    '2. What is Isolation Levels',
    '    <details><summary> Ans </summary>',
    '      The ability of a transaction to run as if it were alone.',
    '    </details>',
    '3. Explain count(*) in SQL',
    '    <details><summary>Ans</summary>',
    '      It counts every row, nulls included.',
    '    </details>',
  ].join('\n');

  it('makes each item a unit even when it does not end in a question mark, the fold its answer', () => {
    expect(cardsOf(note)).toEqual([
      ['What is RDBMS?', 'Many data tables related to each other.', 'Database Questions › Concept'],
      [
        'What is Isolation Levels',
        'The ability of a transaction to run as if it were alone.',
        'Database Questions › Concept',
      ],
      ['Explain count(*) in SQL', 'It counts every row, nulls included.', 'Database Questions › Concept'],
    ]);
  });
});

describe("a table row asked with the row's name in another language beside its description", () => {
  const table = (header: string) =>
    [
      '# Genetics',
      '',
      '## Variants by effect on the protein',
      '',
      `| 类型 | ${header} | 效应 |`,
      '|---|---|---|',
      '| 同义 | Synonymous | 氨基酸不变 |',
      '| 错义 | Missense | 换 1 个氨基酸 |',
      '| 无义 | Nonsense | 提前终止密码子 |',
      '| 移码 | Frameshift | 阅读框错位 |',
    ].join('\n');
  const rowStems = (text: string) =>
    noteDeck(text)
      .questions.filter((q) => q.kind === 'table-row')
      .map((q) => q.stem);

  it('leaves the translation out of the description (it is the key in other words)', () => {
    const stems = rowStems(table('英文'));
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).not.toMatch(/Synonymous|Missense|Nonsense|Frameshift|英文/);
  });

  it('keeps a column of another kind in the description', () => {
    expect(rowStems(table('机制')).some((s) => s.includes('Missense') || s.includes('Frameshift'))).toBe(
      true,
    );
  });
});
