import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Question-and-answer tables: a table headed by a question column and an answer column is a list of
 * questions, one question card per row. The fixtures were written for these tests.
 */
const units = (cards: readonly Card[]) => cards.map((c) => [c.kind, c.prompt, c.answer]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('Q&A tables in English', () => {
  const deck = deckOf(stylePath('qa-tables.en.md'));

  it('makes one question card per row: the question cell asks, the answer cell answers', () => {
    expect(units(deck.cards.filter((c) => c.kind === 'question' && c.line < 20))).toEqual([
      [
        'question',
        'What does a DNS resolver do?',
        'It looks up the address of a name on behalf of a client, asking other servers when its cache has no answer.',
      ],
      ['question', 'Which record maps a name to an IPv4 address?', 'The `A` record.'],
      // `<br>` in a cell is a line break.
      [
        'question',
        'Why do DNS answers carry a TTL?',
        'So caches know how long they may keep an answer\nbefore asking again.',
      ],
      // `| # | Q | A | Difficulty | Notes |`: the number is an index, the difficulty an aside, a note is shown.
      [
        'question',
        'What does status 401 mean?',
        'The request lacks valid credentials.\n\nNotes: Compare 403.',
      ],
      ['question', 'Which method should be idempotent but not safe?', '`PUT`'],
      ['question', 'What does a `Vary` header tell a cache?', 'Which request headers change the response.'],
    ]);
    const dns = deck.cards.find((c) => c.line === 7);
    expect(dns?.sectionPath).toEqual(['Networking interview', 'DNS', 'What does a DNS resolver do?']);
    expect(dns?.answerLines).toEqual({ start: 7, end: 7 });
  });

  it('reports a row with a question and no answer', () => {
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[18, 'unanswered-question']]);
  });

  it('leaves tables of commands and of statements, and a table answering a question, as before; an answer key is about the quiz, no topic', () => {
    expect(deck.cards.filter((c) => c.line >= 20).map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Commands'],
      ['explain', 'Facts'],
      ['question', 'What should a good Q&A table look like?'],
    ]);
  });

  it('reads the answer cell as any answer’s paragraph: its sentences and terms are facts', () => {
    const record = deck.cards.find((c) => c.line === 8);
    expect(record?.facts.sentences.map((s) => [s.text, s.terms.map((t) => t.text)])).toEqual([
      ['The `A` record.', ['A']],
    ]);
  });
});

describe('Q&A tables in Chinese', () => {
  const deck = deckOf(stylePath('qa-tables.zh.md'));

  it('reads 问题 | 答案 and 序号 | 题目 | 解析 | 来源 tables, one card per row, 来源 an aside', () => {
    expect(units(deck.cards.filter((c) => c.kind === 'question'))).toEqual([
      ['question', '什么是聚簇索引？', '数据行按索引键的顺序存放的索引，一张表只能有一个。'],
      ['question', '为什么索引能加快查询？', '索引把全表扫描变成了对有序结构的查找。'],
      ['question', '联合索引的最左前缀原则是什么', '查询条件必须从索引的第一列开始连续使用，索引才会生效。'],
      ['question', '事务的四个特性是什么？', '原子性、一致性、隔离性、持久性。\n简称 ACID。'],
      ['question', '脏读是怎么产生的？', '一个事务读到了另一个事务尚未提交的修改。'],
    ]);
  });

  it('leaves a 术语 glossary, a 命令 table and a 题号 | 答案 key as before', () => {
    expect(deck.cards.filter((c) => c.kind !== 'question').map((c) => [c.kind, c.prompt])).toEqual([
      ['term', 'MVCC'],
      ['term', 'WAL'],
      ['term', 'OLTP'],
      ['explain', '命令'],
      ['explain', '答案'],
    ]);
  });
});

describe('Q&A table edges', () => {
  it('reads `| Q | A |` under the note’s only title, with no other card', () => {
    const deck = one(
      '# Git\n\n| Q | A |\n|---|---|\n| What does `git fetch` do? | Downloads objects and refs. |\n',
    );
    expect(units(deck.cards)).toEqual([
      ['question', 'What does `git fetch` do?', 'Downloads objects and refs.'],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('keeps an escaped pipe in an answer as a pipe', () => {
    const deck = one('## Shell\n\n| Question | Answer |\n|---|---|\n| How do you pipe? | `a \\| b` |\n');
    expect(deck.cards[0]?.answer).toBe('`a | b`');
  });

  it('answers with 答案 and shows 解析 beside it when the table has both', () => {
    const deck = one(
      '## 网络\n\n| 题目 | 答案 | 解析 |\n|---|---|---|\n| HTTPS 默认端口是多少？ | 443 | 80 是 HTTP 的端口。 |\n',
    );
    expect(deck.cards[0]?.answer).toBe('443\n\n解析: 80 是 HTTP 的端口。');
  });

  it('leaves a table with option columns to the quiz readers', () => {
    const deck = one(
      '## Ports\n\n| Question | A | B | C | Answer |\n|---|---|---|---|---|\n| Which port does SSH use? | 21 | 22 | 23 | B |\n',
    );
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Ports']]);
  });
});
