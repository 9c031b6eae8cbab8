import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';

/**
 * Q&A notes typed with no Markdown for the question: a question line (plain, or bold as a whole) over its
 * answer, in a run of three or more in one section. The fixtures were written for these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const units = (cards: readonly Card[]) => cards.map((c) => [c.prompt, c.answer]);

describe('question lines over their answers', () => {
  it('reads a plain question line with its answer on the lines under it, in a note with no heading', () => {
    const deck = one(
      [
        'Database interview questions',
        '',
        'What is normalization?',
        'Normalization vs denormalization',
        'Normalization splits data into tables to remove redundancy.',
        '',
        'What is an index?',
        'A structure that speeds up lookups on a column.',
        '',
        'What is the difference between DELETE and TRUNCATE?',
        'DELETE removes rows one by one and can be rolled back.',
        'TRUNCATE drops all rows at once.',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      [
        'What is normalization?',
        'Normalization vs denormalization\nNormalization splits data into tables to remove redundancy.',
      ],
      ['What is an index?', 'A structure that speeds up lookups on a column.'],
      [
        'What is the difference between DELETE and TRUNCATE?',
        'DELETE removes rows one by one and can be rolled back.\nTRUNCATE drops all rows at once.',
      ],
    ]);
    expect(deck.cards[0]?.line).toBe(3);
  });

  it('reads a question paragraph over answer paragraphs, lists and code, up to the next question', () => {
    const deck = one(
      [
        '# 数据库',
        '',
        '什么是索引？',
        '',
        '索引是加速查询的数据结构。',
        '',
        '- 代价：写入变慢',
        '',
        '怎样查看执行计划？',
        '',
        '```sql',
        'EXPLAIN SELECT 1;',
        '```',
        '',
        '什么是事务？',
        '事务是一组要么全做、要么全不做的操作。',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      ['什么是索引？', '索引是加速查询的数据结构。\n\n- 代价：写入变慢'],
      ['怎样查看执行计划？', '```sql\nEXPLAIN SELECT 1;\n```'],
      ['什么是事务？', '事务是一组要么全做、要么全不做的操作。'],
    ]);
  });

  it('reads bold questions, alone on their line or with the answer after them', () => {
    const deck = one(
      [
        '# SQL',
        '',
        '**What is a view?**',
        '',
        'A stored query, read like a table.',
        '',
        '**What is a trigger?** Code run on a table event.',
        '',
        '**What is a cursor?**',
        'A pointer over the rows of a result.',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      ['What is a view?', 'A stored query, read like a table.'],
      ['What is a trigger?', 'Code run on a table event.'],
      ['What is a cursor?', 'A pointer over the rows of a result.'],
    ]);
  });

  it('ends an answer at a heading or a thematic break', () => {
    const deck = one(
      [
        '# Q&A',
        '',
        'What is a pod?',
        'The smallest deployable unit.',
        '',
        'What is a node?',
        'A worker machine.',
        '',
        'What is a service?',
        'A stable address for pods.',
        '',
        '---',
        '',
        'Further reading follows.',
        '',
        '## Next',
        '',
        'Text of the next section.',
      ].join('\n'),
    );
    expect(deck.cards.find((c) => c.prompt === 'What is a service?')?.answer).toBe(
      'A stable address for pods.',
    );
  });
});

describe('a deck of one-line cards, the question and its answer split by the first question mark', () => {
  it('reads each paragraph as a card, the answer after the question mark', () => {
    const deck = one(
      [
        '# Core workflow cards',
        '',
        'How do you initialize a working directory? `terraform init`',
        '',
        'What will `terraform init` configure? Backend state configurations, modules and plugins',
        '',
        'How do you destroy all resources? `terraform destroy`',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      ['How do you initialize a working directory?', '`terraform init`'],
      ['What will `terraform init` configure?', 'Backend state configurations, modules and plugins'],
      ['How do you destroy all resources?', '`terraform destroy`'],
    ]);
  });

  it('splits at no question mark inside code (near miss)', () => {
    const deck = one(
      [
        '### Reversed cards',
        '',
        'Create `front??back` and its reverse card `back??front`.',
        '',
        'Sides are split by `??` (configurable in settings).',
        '',
        'Cards may run over several lines while `??` scopes them.',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Reversed cards']);
  });
});

describe('near misses: question lines that are not a Q&A note', () => {
  it('keeps fewer than three question lines in a section as prose', () => {
    const deck = one(
      [
        '# Caching',
        '',
        'Why cache at all?',
        'Reads dominate most workloads.',
        '',
        'What happens on a miss?',
        'The value is loaded from the database.',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).not.toContain('Why cache at all?');
  });

  it('reads no card from a list of questions with no answers', () => {
    const deck = one(
      [
        '# Things to think about',
        '',
        'What is a pod?',
        'What is a node?',
        'What is a service?',
        'Why use them?',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).not.toContain('What is a pod?');
  });

  it('leaves a question over lettered options to the multiple-choice reader', () => {
    const quiz = ['Which port does SSH use?', 'A. 21', 'B. 22', 'C. 23', 'Answer: B', ''];
    const deck = one(
      ['# Quiz', '', ...quiz, ...quiz.map((l) => l.replace('SSH', 'SSH by default')), ...quiz].join('\n'),
    );
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice', 'choice']);
  });

  it('reads no question line inside the answer of a question heading', () => {
    const deck = one(
      [
        '## What is Kubernetes?',
        '',
        'An orchestrator.',
        '',
        'Why use it?',
        'It restarts containers.',
        '',
        'Who made it?',
        'Google.',
        '',
        'Where does it run?',
        'Anywhere.',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual(['What is Kubernetes?']);
  });
});
