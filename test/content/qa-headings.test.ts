import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Question headings as interview notes write them: numbered, with sub-questions the author put a level
 * too deep, tasks that end with a colon, and "What is X in Y?" whose answer defines X. The fixtures were
 * written for these tests; their units were counted by reading them.
 */
const units = (cards: readonly Card[]) =>
  cards.map((c) => [c.kind, c.prompt, c.answerLines.start, c.answerLines.end]);

describe('question headings (English)', () => {
  const deck = deckOf(stylePath('qa-headings.en.md'));

  it('makes a sub-heading that asks its own card, and ends the question above it there', () => {
    expect(units(deck.cards)).toEqual([
      ['question', 'What is a schema in SQLite?', 6, 6],
      ['question', 'What are triggers?', 10, 10],
      ['question', 'What are some strengths of SQLite?', 13, 14],
      ['question', 'What are WAL files (Write-Ahead Logs)?', 18, 18],
      ['question', 'How does a checkpoint work?', 22, 22],
      ['question', 'What triggers an automatic checkpoint?', 26, 26],
      ['explain', 'Settings', 30, 30],
      ['question', 'How does replication work?', 34, 41],
      ['question', 'Find duplicate emails', 47, 49],
      ['question', 'Count users per country', 53, 55],
      ['flashcard', 'Why does `VACUUM` need free disk space?', 59, 59],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('reads "a) … b) …" inside an answer as its points, not as options without a key', () => {
    const replication = deck.cards.find((c) => c.prompt === 'How does replication work?');
    expect(replication?.kind).toBe('question');
    expect(replication?.answer).toContain('b. a long one needs a new snapshot.');
  });

  it('asks the term a "What is X in Y?" answer defines, in the form its sentence names it', () => {
    const subjects = deck.cards.map((c) => c.facts.subject?.term ?? null);
    expect(subjects.slice(0, 4)).toEqual(['schema', 'trigger', null, 'WAL file']);
    // "A **trigger** runs…": the sentence opens with its subject once the article and the bold are off.
    expect(deck.cards[1]?.facts.subject?.definition).toBe(
      'trigger runs a statement automatically when a row is inserted, updated or deleted.',
    );
    const asked = deck.questions.find((q) => q.kind === 'definition' && q.frame?.kind === 'which-term');
    // Its masked subject and the verb off ("_____ is the set of …"): what the subject is reads on its own.
    expect(asked?.stem).toBe('the set of tables, indexes and views that one database file holds.');
    expect(asked?.options[asked.correctIndex ?? -1]).toBe('schema');
  });
});

describe('question headings (Chinese)', () => {
  const deck = deckOf(stylePath('qa-headings.zh.md'));

  it('makes sub-headings that ask their own cards, keeps a)/b) points in the answer, reads "1. …：" as a task', () => {
    expect(units(deck.cards)).toEqual([
      ['question', '什么是 Redis 中的 AOF？', 5, 5],
      ['question', 'Redis 回收进程如何工作的？', 9, 9],
      ['question', '谈谈 Redis 事务？', 13, 13],
      ['question', 'Redis 如何批量操作？', 17, 17],
      ['question', '主从复制的原理？', 21, 28],
      ['question', '统计 key 的数量', 34, 36],
    ]);
    expect(deck.problems).toEqual([]);
    expect(deck.cards[0]?.facts.subject?.term).toBe('AOF');
  });
});

describe('what is not an answer, in a code block', () => {
  it('takes a block indented by a tab that only points at a page for no answer', () => {
    const deck = buildDeck([
      {
        path: 'notes.md',
        text: '### 为何单线程的 Redis 能支撑高并发？\n\n\t参考：https://example.com/redis-threads\n\n### 为何用 pipeline？\n\n\tredis-cli --pipe < commands.txt\n',
      },
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['为何用 pipeline？']);
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[1, 'unanswered-question']]);
  });
});
