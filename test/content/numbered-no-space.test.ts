import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';

/**
 * Numbered questions written with no space after the number's dot (`1.什么是进程？`), as Chinese notes often
 * are: no Markdown list item, read as `1、什么是进程？` is. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'os.md', text }]);
const cards = (deck: Deck): [string, string, string][] => deck.cards.map((c) => [c.kind, c.prompt, c.answer]);

describe('numbered questions with no space after the dot', () => {
  it('makes one question card per number, its answer what follows up to the next', () => {
    const deck = one(`# 操作系统

1.什么是进程？

进程是资源分配的基本单位。

2.什么是线程？

线程是 CPU 调度的基本单位。

3.What is a context switch?

Saving one task's state and loading another's.
`);
    expect(cards(deck)).toEqual([
      ['question', '什么是进程？', '进程是资源分配的基本单位。'],
      ['question', '什么是线程？', '线程是 CPU 调度的基本单位。'],
      ['question', 'What is a context switch?', "Saving one task's state and loading another's."],
    ]);
  });

  it('reads a number with decimals, and a version, as the words they are', () => {
    const deck = one(`# Sizes

## Pages

1.5 GB is the largest page here?

A page is 4 KB.

2.0 is the version we run?

It is 2.0.
`);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Pages']);
  });
});
