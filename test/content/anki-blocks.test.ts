import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Notes written for the Obsidian_to_Anki plugin: one card between `START` and `END`, its note type, the
 * front, `Back:` and the back (blank lines, lists and all), perhaps the plugin's `<!--ID: …-->`. Fixture
 * written for these tests.
 */
const NOTE = `TARGET DECK: Cloud

START
Basic
What is multi-tenancy?
Back:
Users are tenants: each has its own view of the hardware it shares with others.

- typically sandboxed inside VMs
- on the same hardware
<!--ID: 1721488489603-->
END

---

START
Basic (and reversed card)
Front: What does IaaS provide?
Back: Virtual machines, storage and networks, managed by the customer from the OS up.
END

START
Cloze
Cloud computing is a model for {{c1::on-demand}} network access.
END

\`\`\`
START
Basic
Not a card: this is inside code.
Back: no
END
\`\`\`
`;

describe('Obsidian_to_Anki blocks', () => {
  const deck = buildDeck([{ path: 'cloud.md', text: NOTE }]);

  it('makes one card per Basic block: the front asks, the back (blank lines and lists too) answers', () => {
    const cards = deck.cards.filter((c) => c.kind === 'question');
    expect(cards.map((c) => c.prompt)).toEqual(['What is multi-tenancy?', 'What does IaaS provide?']);
    expect(cards[0]?.answer).toContain('Users are tenants');
    expect(cards[0]?.answer).toContain('on the same hardware');
    expect(cards[0]?.answer).not.toMatch(/ID:|END|Back:/);
    expect(cards[1]?.answer).toBe(
      'Virtual machines, storage and networks, managed by the customer from the OS up.',
    );
  });

  it('leaves a Cloze block and a block inside code alone (near misses)', () => {
    expect(deck.cards.some((c) => c.prompt.includes('on-demand'))).toBe(false);
    expect(deck.cards.some((c) => c.prompt.includes('Not a card'))).toBe(false);
  });
});
