import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';

/**
 * `<details>` answers written as HTML paragraphs (`<p>…</p>`): the reveal shows the words, not the tags, and
 * an answer that is one `<p>` line right under the summary is still an answer. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'faq.md', text }]);
const answerOf = (deck: Deck, prompt: string): string | undefined =>
  deck.cards.find((c) => c.prompt === prompt)?.answer;

const FAQ = `# Networking FAQ

<details>
<summary>What does DNS do?</summary>

<p>DNS translates domain names into IP addresses.</p>

<p class="note">It is a distributed, hierarchical database.</p>
</details>

<details>
<summary>Which port does HTTPS use by default?</summary>
<p>Port 443.</p>
</details>

<details>
<summary>What is a subnet mask?</summary>
<p>
A mask that splits an IPv4 address into its network and host parts.
</p>
</details>
`;

describe('paragraph tags in a <details> answer', () => {
  it('reads each fold as one card whose answer is the words without their tags', () => {
    const deck = one(FAQ);
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      'What does DNS do?',
      'Which port does HTTPS use by default?',
      'What is a subnet mask?',
    ]);
    expect(answerOf(deck, 'What does DNS do?')).toBe(
      'DNS translates domain names into IP addresses.\n\nIt is a distributed, hierarchical database.',
    );
    expect(answerOf(deck, 'Which port does HTTPS use by default?')).toBe('Port 443.');
    expect(answerOf(deck, 'What is a subnet mask?')).toBe(
      'A mask that splits an IPv4 address into its network and host parts.',
    );
    expect(deck.problems).toEqual([]);
  });

  it('leaves HTML in code and paragraph tags outside folds as they are', () => {
    const deck = one(`# HTML

<details>
<summary>How do you write a paragraph in HTML?</summary>

\`\`\`html
<p>Hello</p>
\`\`\`
</details>
`);
    expect(answerOf(deck, 'How do you write a paragraph in HTML?')).toBe('```html\n<p>Hello</p>\n```');
  });

  it('reads one <div> per line as the lines of the answer, and the summaries tell the note’s language', () => {
    const deck = one(`# nginx 填空

<details>
  <summary>\`location\`可以在__和__上下文中使用。</summary>
  <div>server</div>
  <div>location</div>
</details>

<details>
  <summary>如果前后两个前缀字符串匹配项相同，会怎样？</summary>
  <div>报错</div>
</details>
`);
    expect(deck.cards.map((c) => [c.prompt, c.answer, c.lang])).toEqual([
      ['`location`可以在__和__上下文中使用。', 'server\nlocation', 'zh'],
      ['如果前后两个前缀字符串匹配项相同，会怎样？', '报错', 'zh'],
    ]);
  });
});
