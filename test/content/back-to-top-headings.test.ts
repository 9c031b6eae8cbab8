import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Question headings that carry a link back to the top of the note or its table of contents ("[Top]",
 * "⬆", "返回顶部"): the link navigates, the question is the rest. Fixtures written for these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('back-to-top links in headings', () => {
  it('leaves [↑ Back to top], ⬆, [Top] and 返回顶部 links out of prompts and ids', () => {
    const linked = one(
      [
        '## What does DNS do? [↑ Back to top](#contents)',
        '',
        'DNS turns host names into IP addresses.',
        '',
        '## Why use a CDN? <a href="#top">⬆️</a>',
        '',
        'A CDN serves files from a server near the reader.',
        '',
        '## What is a socket? | [Top](#index)',
        '',
        'An endpoint of a connection: an address and a port.',
        '',
        '## 什么是 NAT？ <sup>[返回目录](#readme)</sup>',
        '',
        'NAT 把内网地址转换成公网地址。',
        '',
        '## What is ARP? **[⬆ Back to Top](#table-of-contents)**',
        '',
        'ARP maps an IP address to a MAC address.',
        '',
      ].join('\n'),
    );
    const plain = one(
      [
        '## What does DNS do?',
        '',
        'DNS turns host names into IP addresses.',
        '',
        '## Why use a CDN?',
        '',
        'A CDN serves files from a server near the reader.',
        '',
        '## What is a socket?',
        '',
        'An endpoint of a connection: an address and a port.',
        '',
        '## 什么是 NAT？',
        '',
        'NAT 把内网地址转换成公网地址。',
        '',
        '## What is ARP?',
        '',
        'ARP maps an IP address to a MAC address.',
        '',
      ].join('\n'),
    );
    expect(linked.cards.map((c) => c.prompt)).toEqual([
      'What does DNS do?',
      'Why use a CDN?',
      'What is a socket?',
      '什么是 NAT？',
      'What is ARP?',
    ]);
    expect(linked.cards.map((c) => c.id)).toEqual(plain.cards.map((c) => c.id));
  });

  it('keeps links that are part of the question, and a heading that is only a link', () => {
    const deck = one(
      [
        '## What does [top](#top-command) show?',
        '',
        'Processes sorted by CPU use.',
        '',
        '## Which page is the [index](https://example.org/#top) of the manual?',
        '',
        'The first one.',
        '',
        '## Top 10 commands: which is the oldest?',
        '',
        '`ls`, as far as anyone remembers.',
        '',
        '## [Back to top](#top)',
        '',
        'Nothing here but a link up.',
        '',
      ].join('\n'),
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      'What does top show?',
      'Which page is the index of the manual?',
      'Top 10 commands: which is the oldest?',
      'Back to top',
    ]);
  });
});
