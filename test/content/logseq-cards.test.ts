import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Logseq flashcards: an outline block tagged `#card` (or `[[card]]`) is one card, its child blocks the
 * answer. The fixtures were written for these tests.
 */
const units = (cards: readonly Card[]) => cards.map((c) => [c.kind, c.prompt, c.answer]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('a Logseq page of cards (tabs, properties, nesting, a cloze)', () => {
  const deck = deckOf(stylePath('logseq-cards.en.md'));

  it('makes one card per #card block, its children the answer, tags and property lines not text', () => {
    expect(units(deck.cards)).toEqual([
      [
        'flashcard',
        'What is a closure?',
        'A function bundled with references to its surrounding lexical scope.',
      ],
      [
        'flashcard',
        'What does `Array.prototype.map` return?',
        'A new array with the results of calling the function on every element.',
      ],
      // `[[card]]` under a block that only groups cards; several children stay a list, nesting kept.
      [
        'flashcard',
        'Which states can a promise be in?',
        '- pending\n- fulfilled\n  - it has a value\n- rejected',
      ],
      // `{{cloze …}}` hides its text on the front, as Obsidian's `==cloze==` does.
      [
        'flashcard',
        '`await` pauses an [...] until the promise settles.',
        '`await` pauses an **async function** until the promise settles.',
      ],
      ['flashcard', 'How do you copy an object shallowly?', '```js\nconst copy = { ...original };\n```'],
    ]);
    expect(deck.cards[0]?.line).toBe(4);
    expect(deck.cards[0]?.answerLines).toEqual({ start: 5, end: 5 });
  });

  it('reports a #card block with no children and no cloze, and reads no card from the page properties', () => {
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[17, 'unanswered-question']]);
    expect(deck.cards.map((c) => c.prompt)).not.toContain('title');
  });

  it('reads no card from a #card inside a code block', () => {
    expect(deck.cards.map((c) => c.prompt)).not.toContain('What is hoisting?');
  });
});

describe('Logseq cards in Chinese, indented with spaces', () => {
  const deck = deckOf(stylePath('logseq-cards.zh.md'));

  it('makes one card per block; the untagged outline beside them is not a card', () => {
    expect(units(deck.cards)).toEqual([
      ['flashcard', '什么是进程？', '程序的一次执行，是资源分配的基本单位。'],
      ['flashcard', '线程和进程有什么区别？', '- 线程是调度的基本单位\n- 同一进程的线程共享地址空间'],
      [
        'flashcard',
        '页面置换算法 LRU 淘汰的是[...]的页面。',
        '页面置换算法 LRU 淘汰的是**最久未使用**的页面。',
      ],
    ]);
    expect(deck.problems).toEqual([]);
  });
});

describe('near misses of Logseq cards', () => {
  it('leaves nested lists without #card, a #card in code and other tags (#cardigan, #cards) as topics', () => {
    const deck = deckOf(stylePath('logseq-near-misses.md'));
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Processes'],
      ['explain', 'Tagging'],
      ['explain', 'Hobbies'],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('takes a card outline under a heading out of the topic, so no topic repeats the cards', () => {
    const deck = one(
      '## Closures\n\n- What is a closure? #card\n  - A function with its lexical scope.\n- Closures keep variables alive.\n',
    );
    expect(units(deck.cards)).toEqual([
      ['flashcard', 'What is a closure?', 'A function with its lexical scope.'],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('leaves a `#card` in inline code, and keeps code in an answer as written', () => {
    const deck = one('- How do you tag `#card` blocks? #card\n  - Write `x = a[[0]]  #card` in code.\n');
    expect(units(deck.cards)).toEqual([
      ['flashcard', 'How do you tag `#card` blocks?', 'Write `x = a[[0]]  #card` in code.'],
    ]);
  });
});

describe('a Logseq page whose outline holds a heading block among its cards (set AK)', () => {
  it('still reads every card: a `- # heading` bullet does not make the outline a list of units', () => {
    const page = [
      '- SQL查询过程 #card',
      '  card-repeats:: 9',
      '\t- 建立连接 {{cloze 连接器}}',
      '- 锁的类型 #card',
      '\t- 行锁和表锁',
      '- # 一些思考',
      '- 没有事务时 select 读到的是快照吗？',
      '\t- 取决于隔离级别。',
    ].join('\n');
    const deck = buildDeck([{ path: 'mysql.md', text: page }]);
    expect(deck.cards.filter((c) => c.kind === 'flashcard').map((c) => c.line)).toEqual([1, 4]);
  });
});
