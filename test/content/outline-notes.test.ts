import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { withOutlineHeadings } from '../../src/content/outline-headings.ts';
import { MAX_AUTO_GRADED_PER_CARD } from '../../src/content/quality-gate.ts';

/**
 * Notes kept as one nested bullet outline: a bullet that asks over sub-bullets is a question, a bullet that
 * names a topic over its points is read as a heading over them is, labels and lone bullets are no cards.
 * Fixtures written for these tests.
 */
const deckOf = (text: string, path = 'outline.md'): Deck => buildDeck([{ path, text }]);
const cardOf = (deck: Deck, prompt: string) => deck.cards.find((c) => c.prompt === prompt);
const prompts = (deck: Deck): string[] => deck.cards.map((c) => c.prompt);

const ZH_OUTLINE = `---
title: 网络笔记
tags:
- 网络
---

* 传输层
* 关键词
   * 可靠传输、拥塞控制
* 为什么TCP建立连接需要三次握手
   * 确认双方的发送和接收能力都正常
   * 防止已失效的连接请求报文突然又传到服务端
* TCP和UDP有什么区别？
   * TCP面向连接，UDP无连接
   * TCP保证可靠交付，UDP尽最大努力交付
      * UDP首部只有8个字节
* 拥塞控制的算法
   * 慢开始
   * 拥塞避免
   * 快重传与快恢复

* 应用层
* 关键词
   * DNS、HTTP
* 如何理解DNS的递归查询
   * 客户端只发一次请求，由本地域名服务器代为逐级查询
* HTTP状态码
   * 2xx 成功
   * 3xx 重定向
   * 4xx 客户端错误
`;

describe('an outline of bullets with no headings (Chinese)', () => {
  const deck = deckOf(ZH_OUTLINE);

  it('makes each bullet that asks over sub-bullets one question card, its sub-bullets the answer', () => {
    const handshake = cardOf(deck, '为什么TCP建立连接需要三次握手');
    expect(handshake?.kind).toBe('question');
    expect(handshake?.line).toBe(10);
    expect(handshake?.answer).toBe(
      '* 确认双方的发送和接收能力都正常\n* 防止已失效的连接请求报文突然又传到服务端',
    );
    const differs = cardOf(deck, 'TCP和UDP有什么区别？');
    expect(differs?.kind).toBe('question');
    expect(differs?.answer).toContain('   * UDP首部只有8个字节');
    expect(cardOf(deck, '如何理解DNS的递归查询')?.kind).toBe('question');
  });

  it('reads a bullet naming a topic over its points as a heading over them: an explain card', () => {
    const topic = cardOf(deck, '拥塞控制的算法');
    expect(topic?.kind).toBe('explain');
    expect(topic?.answer).toBe('* 慢开始\n* 拥塞避免\n* 快重传与快恢复');
    expect(cardOf(deck, 'HTTP状态码')?.kind).toBe('explain');
  });

  it('files the units under the lone bullet that titles them; labels and lone bullets are no cards', () => {
    expect(prompts(deck)).toEqual([
      '为什么TCP建立连接需要三次握手',
      'TCP和UDP有什么区别？',
      '拥塞控制的算法',
      '如何理解DNS的递归查询',
      'HTTP状态码',
    ]);
    expect(cardOf(deck, '如何理解DNS的递归查询')?.sectionPath).toEqual(['应用层', '如何理解DNS的递归查询']);
    expect(deck.problems).toEqual([]);
  });

  it('keeps the front matter out of it and every line where it was', () => {
    const read = withOutlineHeadings(ZH_OUTLINE);
    expect(read.text.split('\n')).toHaveLength(ZH_OUTLINE.split('\n').length);
    expect(read.text.split('\n').slice(0, 5)).toEqual(ZH_OUTLINE.split('\n').slice(0, 5));
    expect([...read.labelLines]).toEqual([8, 23]);
  });
});

const EN_OUTLINE = `## Operating systems

Notes from the lecture.

- TL;DR: processes own resources, threads run code
- Keywords
  - scheduling, paging
- Why does a context switch cost time?
  - registers are saved and restored
  - caches and the TLB go cold
- What is the difference between a process and a thread
  - a process has its own address space
  - threads of one process share it
- Difference between a mutex and a semaphore
  - a mutex is owned by the thread that locked it
  - a semaphore only counts
- What does each kind of memory hold?
  - Stack: the frames of the calls still running
  - Heap: the objects a program allocates as it runs
  - Registers: the few values the processor is working on
- Page replacement
  1. FIFO
  2. LRU
  3. Clock

## File systems

A file system maps names to blocks.
`;

describe('an outline under a heading (English)', () => {
  const deck = deckOf(EN_OUTLINE);

  it('makes question cards of the bullets that ask, explain cards of the topics, none of the labels', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Operating systems'],
      ['question', 'Why does a context switch cost time?'],
      ['question', 'What is the difference between a process and a thread'],
      ['question', 'Difference between a mutex and a semaphore'],
      ['question', 'What does each kind of memory hold?'],
      ['explain', 'Page replacement'],
      ['explain', 'File systems'],
    ]);
    expect(cardOf(deck, 'Operating systems')?.answer).toBe('Notes from the lecture.');
    expect(cardOf(deck, 'Why does a context switch cost time?')?.answer).toBe(
      '- registers are saved and restored\n- caches and the TLB go cold',
    );
    expect(cardOf(deck, 'Page replacement')?.answer).toBe('1. FIFO\n2. LRU\n3. Clock');
    expect(cardOf(deck, 'Page replacement')?.sectionPath).toEqual(['Operating systems', 'Page replacement']);
  });

  it('asks the points of an answer as any list of terms is asked, through the quality gate', () => {
    const memory = cardOf(deck, 'What does each kind of memory hold?');
    const asked = deck.questions.filter((q) => q.cardId === memory?.id && q.kind !== 'flashcard');
    expect(asked.map((q) => q.kind)).toEqual(['definition', 'definition', 'definition']);
    expect(asked.length).toBeLessThanOrEqual(MAX_AUTO_GRADED_PER_CARD);
    // What the gate refused is recorded with its reason, not silently lost.
    expect(deck.dropped.map((d) => d.reason)).toEqual(['card-limit', 'card-limit', 'card-limit']);
  });
});

/** Lists that are no outline: each read exactly as it was before outlines were read. */
const NEAR_MISSES: Record<string, string> = {
  'points under a heading, none with sub-bullets': `## Why caching helps

- What is read often stays in memory?
- Why the disk is slow
- How much it costs
`,
  'a nested list of points, none asking': `## Setup

- Install
  - run the installer
- Configure
  - edit the settings file
`,
  'a nested to-do list': `## Sprint

- [ ] Why is the build slow?
  - [ ] profile the tests
- [x] Release
  - [ ] tag the commit
`,
  'a to-do list, its later bullets an outline': `## Sprint

- [ ] write the report
- Why did the deploy fail?
  - the disk was full
- Monitoring
  - add a disk alert
`,
  'an outline-like list with text after it in its section': `## Indexes

- Why use a B-tree?
  - few disk reads per lookup
- Hash indexes
  - equality lookups only

Both are built with CREATE INDEX.

## Next
`,
  'a list holding a point left alone between units': `## Plan

- Kick-off
- What to test?
  - unit tests
  - load tests
- Deploy
`,
  'a quiz item with its options and key': `## Quiz

- Which port does HTTPS use by default?
  - A. 80
  - B. 443
  - C. 21

  Answer: B
`,
  'numbered questions answered under them': `## Interview

1. What is a deadlock?
   - two threads each wait for a lock the other holds
2. How do you avoid it?
   - take locks in one global order
`,
  'an outline inside a fold': `## Review

<details><summary>Answer</summary>

- Why is the sky blue?
  - shorter wavelengths scatter more
- Sunsets
  - long light paths
</details>
`,
  'a bullet whose text goes on over two lines': `## Notes

- Why do we
  need indexes?
  - to find rows fast
`,
};

describe('lists that are no outline stay as they are', () => {
  for (const [name, text] of Object.entries(NEAR_MISSES)) {
    it(name, () => {
      const read = withOutlineHeadings(text);
      expect(read.text).toBe(text);
      expect(read.labelLines.size).toBe(0);
    });
  }

  it('a list of points under a heading is still one explain card', () => {
    const deck = deckOf(NEAR_MISSES['a nested list of points, none asking'] as string);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Setup']]);
  });

  it('a quiz item is still a choice question', () => {
    const deck = deckOf(NEAR_MISSES['a quiz item with its options and key'] as string);
    const choice = deck.questions.find((q) => q.kind === 'choice');
    expect(choice?.options[choice.correctIndex ?? -1]).toBe('443');
  });

  it('a bullet with no sub-bullets alone is nothing', () => {
    const lone = '- Why is the sky blue?\n- How do rainbows form?\n';
    expect(withOutlineHeadings(lone).text).toBe(lone);
  });
});
