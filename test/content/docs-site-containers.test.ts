import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import type { Question } from '../../src/content/question.ts';

/**
 * Notes written for a docs site keep answers in containers: VuePress/VitePress/Docusaurus `:::` fences,
 * Quarto callouts, MkDocs `!!!`/`???` admonitions over indented content. Fixtures written for these tests.
 */
const choices = (deck: Deck): Question[] => deck.questions.filter((q) => q.kind === 'choice');
const keyOf = (q: Question | undefined): string | undefined => q?.options[q.correctIndex ?? -1];
const answerOf = (deck: Deck, prompt: string): string | undefined =>
  deck.cards.find((c) => c.prompt === prompt)?.answer;

const VUEPRESS = `# 网络安全复习

## 1. 什么是对称加密？

::: details 答案
对称加密是指加密和解密使用同一个密钥的加密方式。

- 常见算法：AES、DES
:::

## 2. HTTPS 默认使用哪个端口？

::: tip 参考答案
443 端口。
:::

## 3. 防火墙

::: warning 注意
防火墙不能防御来自内网的攻击。
:::

::: details 什么是 DMZ？
位于内网和外网之间的隔离区，放对外提供服务的服务器。
:::

\`\`\`md
::: details 代码里的容器不是容器
:::
\`\`\`

## 4. 数字签名主要用于保证数据的？

A. 机密性
B. 完整性和不可否认性
C. 可用性
D. 匿名性

::: details 查看答案
B
:::

## 5. 以下哪种算法属于非对称加密？

\`\`\`
A. AES
B. DES
C. RSA
D. RC4
\`\`\`

::: details 点击查看答案
C。RSA 是非对称加密算法，其余都是对称加密。
:::
`;

describe('colon-fenced containers (VuePress, VitePress, Docusaurus)', () => {
  const deck = buildDeck([{ path: 'security.md', text: VUEPRESS }]);

  it('reads a fold labelled as the answer as the answer of the question above it, fences gone', () => {
    const answer = answerOf(deck, '什么是对称加密？');
    expect(answer).toContain('同一个密钥');
    expect(answer).toContain('AES、DES');
    expect(answer).not.toContain(':::');
    expect(answerOf(deck, 'HTTPS 默认使用哪个端口？')).toBe('443 端口。');
  });

  it('makes a details container whose title asks a unit of its own, and an admonition titled "注意" no question', () => {
    expect(answerOf(deck, '什么是 DMZ？')).toContain('隔离区');
    expect(deck.cards.some((c) => c.prompt === '注意')).toBe(false);
    expect(deck.cards.some((c) => c.prompt.includes('代码里的容器'))).toBe(false);
  });

  it('takes a letter alone in a fold that shows the answer as the key, the rest as the explanation', () => {
    const signature = choices(deck).find((q) => q.stem.startsWith('数字签名'));
    expect(keyOf(signature)).toBe('完整性和不可否认性');
    const rsa = choices(deck).find((q) => q.stem.startsWith('以下哪种算法'));
    expect(keyOf(rsa)).toBe('RSA');
    expect(deck.cards.find((c) => c.prompt.startsWith('以下哪种算法'))?.answer).toContain('其余都是对称加密');
  });

  it('leaves a container never closed as the words it is (near miss)', () => {
    const open = buildDeck([
      { path: 'open.md', text: '# Ports\n\n## Which port does SSH use?\n\n::: tip\nPort 22, over TCP.\n' },
    ]);
    expect(answerOf(open, 'Which port does SSH use?')).toContain('::: tip');
  });
});

describe('a letter alone in a <details> fold', () => {
  it('is the key when the summary shows the answer, and no key when it shows something else (near miss)', () => {
    const note = (summary: string): string =>
      `# Quiz\n\n## Which command lists files?\n\nA. cd\nB. ls\nC. pwd\nD. rm\n\n<details><summary>${summary}</summary>\n\nB\n\n</details>\n`;
    const shown = buildDeck([{ path: 'a.md', text: note('Show answer') }]);
    expect(keyOf(choices(shown)[0])).toBe('ls');
    const other = buildDeck([{ path: 'b.md', text: note('Output') }]);
    expect(choices(other)).toEqual([]);
  });
});

const QUARTO = `# Statistics

## What does a p-value measure?

::: {.callout-tip collapse="true" title="Answer"}
The probability of data at least this extreme if the null hypothesis were true.
:::

::: {.callout-note}
Not the probability that the null hypothesis is true.
:::
`;

describe('Quarto callouts (Pandoc fenced divs)', () => {
  it('reads a collapsed "Answer" callout and a note callout as the answer, fences gone', () => {
    const deck = buildDeck([{ path: 'stats.md', text: QUARTO }]);
    const answer = answerOf(deck, 'What does a p-value measure?');
    expect(answer).toContain('at least this extreme');
    expect(answer).toContain('Not the probability');
    expect(answer).not.toMatch(/:::|callout/);
  });
});

const MKDOCS = `# Networking

## TCP

!!! note
    TCP is a connection-oriented protocol that guarantees ordered delivery of a byte stream.

??? question "What does the three-way handshake establish?"
    A connection: both sides agree on initial sequence numbers with SYN, SYN-ACK and ACK.

??? question "Which port does HTTPS use by default?"

    Port 443.

    - It runs HTTP over TLS.

## Which protocol is connectionless?

???+ success "Answer"
    UDP: it sends datagrams without a handshake.

## Code

Indented code after a paragraph stays code:

    ss -tlnp
`;

describe('MkDocs admonitions', () => {
  const deck = buildDeck([{ path: 'net.md', text: MKDOCS }]);

  it('makes a collapsible admonition whose title asks a unit, its indented content read as Markdown', () => {
    expect(answerOf(deck, 'What does the three-way handshake establish?')).toContain('SYN-ACK');
    const https = answerOf(deck, 'Which port does HTTPS use by default?');
    expect(https).toContain('Port 443.');
    expect(https).toContain('- It runs HTTP over TLS.');
  });

  it('reads a note admonition and an "Answer" one as the text around them, not as code', () => {
    const tcp = deck.cards.find((c) => c.prompt.includes('TCP') && c.answer.includes('connection-oriented'));
    expect(tcp?.answer).not.toContain('!!!');
    expect(answerOf(deck, 'Which protocol is connectionless?')).toBe(
      'UDP: it sends datagrams without a handshake.',
    );
  });

  it('keeps indented code under a plain paragraph as code (near miss)', () => {
    const code = deck.cards.find((c) => c.answer.includes('ss -tlnp'));
    expect(code?.answer).toContain('    ss -tlnp');
  });
});
