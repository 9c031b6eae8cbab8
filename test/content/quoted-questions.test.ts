import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Interview notes that ask each question as a one-line quote and answer it below. Fixtures written for
 * these tests.
 */
const prompts = (text: string) =>
  buildDeck([{ path: 'redis.md', text }]).cards.map((c) => [c.kind, c.prompt, c.answer]);

describe('questions asked as one-line quotes', () => {
  it('makes each quote a card, answered by what follows up to the next one', () => {
    const note = [
      '> Redis为什么快？',
      '',
      '1.纯内存访问',
      '',
      '2.单线程避免上下文切换',
      '',
      '> Redis的应用场景',
      '',
      '缓存、计数器、分布式锁。',
      '',
      '> Redis 6.0 之前为什么不使用多线程？',
      '',
      'CPU 不是瓶颈，受制于内存和网络。',
      '',
    ].join('\n');
    expect(prompts(note)).toEqual([
      ['question', 'Redis为什么快？', '1.纯内存访问\n\n2.单线程避免上下文切换'],
      ['explain', 'Redis的应用场景', '缓存、计数器、分布式锁。'],
      ['question', 'Redis 6.0 之前为什么不使用多线程？', 'CPU 不是瓶颈，受制于内存和网络。'],
    ]);
  });

  it('leaves quotes that cite or warn as quotes (near miss)', () => {
    const note = [
      '## Caching',
      '',
      '> Cache invalidation is one of the two hard things.',
      '',
      'Keys expire after a TTL.',
      '',
      '> Phil Karlton',
      '',
      '> Why cache at all?',
      '',
      'Reads are cheaper than recomputation.',
      '',
    ].join('\n');
    expect(prompts(note).map(([kind, prompt]) => [kind, prompt])).toEqual([['explain', 'Caching']]);
  });
});
