import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';

/**
 * Interview lists typed as a bullet per question, its answer on the lines under it with no indent or in
 * the code block after it. The fixtures were written for these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const units = (cards: readonly Card[]) => cards.map((c) => [c.prompt, c.answer]);

describe('bullets typed as a question each, the answer under them', () => {
  it('reads a bullet broken on purpose (two spaces) or asking, over its lines or a code block', () => {
    const deck = one(
      [
        '- 装饰器有多少种  ',
        '函数装饰器和类装饰器',
        '- 实现类装饰器  ',
        '```python',
        'class Decorator:',
        '    pass',
        '```',
        '- 进程、线程、协程  ',
        '进程是资源分配的最小单位',
        '线程是CPU调度的最小单位',
        '- is和==的区别是什么？',
        'is比较对象标识符，==比较对象是否相等',
      ].join('\n'),
    );
    expect(units(deck.cards)).toEqual([
      ['装饰器有多少种', '函数装饰器和类装饰器'],
      ['实现类装饰器', '```python\nclass Decorator:\n    pass\n```'],
      ['进程、线程、协程', '进程是资源分配的最小单位\n线程是CPU调度的最小单位'],
      ['is和==的区别是什么？', 'is比较对象标识符，==比较对象是否相等'],
    ]);
    expect(deck.cards[0]?.answerLines).toEqual({ start: 2, end: 2 });
  });

  it('reads prompts in English under a heading, a `<br>` as the break', () => {
    const deck = one(
      [
        '## Git',
        '',
        '- What does git stash do?',
        'Shelves uncommitted changes for later.',
        '- Rebase vs merge<br>',
        'Rebase rewrites history onto a new base; merge records a merge commit.',
        '- Undo the last commit, keeping the changes  ',
        '`git reset --soft HEAD~1`',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      'What does git stash do?',
      'Rebase vs merge',
      'Undo the last commit, keeping the changes',
    ]);
  });
});

describe('near misses: bullets that are points, not prompts', () => {
  it('keeps wrapped bullets (no break, no question) a list of points', () => {
    const deck = one(
      [
        '## Images',
        '',
        '- Images are read-only templates',
        'used to create containers.',
        '- Layers are cached and shared',
        'between images on one host.',
        '- Tags name one image',
        'among several builds.',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual(['Images']);
  });

  it('leaves a glossary of bold terms over their meanings, and boxes over code options, to their readers', () => {
    const glossary = [
      '## ATP uses',
      '',
      '* **Active transport**  ',
      '  Moving things in and out of cells against the gradient.',
      '* **Motion**  ',
      '  Muscle contraction, endocytosis, exocytosis.',
      '* **Building molecules**  ',
      '  Linking amino acids to form proteins.',
    ];
    expect(one(glossary.join('\n')).cards.map((c) => c.prompt)).toEqual(['ATP uses']);
    const boxes = [
      '#### Pick the doctest',
      '',
      '- [ ] :',
      '```python',
      'x = 1',
      '```',
      '- [x] :',
      '```python',
      '>>> x',
      '```',
    ];
    expect(
      one([...boxes, '- [ ] :', '```python', '# x', '```'].join('\n')).cards.map((c) => c.prompt),
    ).not.toContain('[ ] :');
  });

  it('reads no label that leads into its lines (`特点：`) as a prompt', () => {
    const cluster = [
      '## Redis cluster',
      '',
      '1. 特点：  ',
      '1）数据自动分片  ',
      '2）高可用',
      '2. 原因：  ',
      '单机在海量数据下存在写瓶颈',
      '3. 集群架构：  ',
      '多个 master 节点，每个 master 带 slave',
    ];
    expect(one(cluster.join('\n')).cards.map((c) => c.prompt)).toEqual(['Redis cluster']);
  });

  it('needs three prompts, most of the section’s bullets', () => {
    const two = ['## Notes', '', '- Pods  ', 'The smallest unit.', '- Nodes  ', 'A machine.'];
    expect(one(two.join('\n')).cards.map((c) => c.prompt)).toEqual(['Notes']);
    const few = [...two, '- Services  ', 'An address.', ...['- a', '- b', '- c', '- d', '- e', '- f', '- g']];
    expect(one(few.join('\n')).cards.map((c) => c.prompt)).toEqual(['Notes']);
  });
});
