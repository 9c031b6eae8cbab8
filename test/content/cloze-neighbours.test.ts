import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * A cloze blanks a term out of a sentence; when the sentence before it names a sibling of that term, the
 * paragraph speaks of both, and what the sentence says of one may hold of the other ("JIT compiles hot
 * code. The JVM profiles…": the JIT profiles too). No cloze then; the same sentence alone keeps its cloze.
 */
const clozesOf = (text: string): string[] =>
  buildDeck([{ path: 'java.md', text }])
    .questions.filter((q) => q.kind === 'cloze')
    .map((q) => q.stem);

const EN = (before: string) =>
  [
    '## What are the JDK, the JRE, the JVM and the JIT?',
    '',
    'Four parts of running Java:',
    '',
    '- JDK',
    '- JRE',
    '- JVM',
    '- JIT',
    '',
    `${before}The **JVM** is the machine that profiles code each time it runs and optimises it, so the more often it runs, the faster it gets.`,
    '',
    'The **JDK** is the full development kit, holding the JRE and the javac compiler.',
  ].join('\n');

const ZH = (before: string) =>
  [
    '## JDK、JRE、JVM、JIT 各是什么？',
    '',
    'JDK、JRE、JVM 和 JIT 是 Java 运行环境的四个部分。',
    '',
    `${before}JVM 会根据代码每次被执行的情况收集信息并相应地做出一些优化，因此执行的次数越多，它的速度就越快。`,
    '',
    '`JDK` 是功能齐全的 Java 开发工具包，包含 JRE 以及编译器 javac 等工具。',
  ].join('\n');

describe('a cloze whose paragraph also speaks of a sibling term', () => {
  it('is not asked, in English', () => {
    const near = clozesOf(EN(''));
    expect(near.some((s) => s.includes('profiles code'))).toBe(true);
    const shared = clozesOf(EN('Hot code is what the JIT compiles. '));
    expect(shared.some((s) => s.includes('profiles code'))).toBe(false);
    // The other sentences keep theirs.
    expect(shared.some((s) => s.includes('full development kit'))).toBe(true);
  });

  it('is not asked, in Chinese', () => {
    expect(clozesOf(ZH('')).some((s) => s.includes('收集信息'))).toBe(true);
    const shared = clozesOf(ZH('热点代码是 JIT 需要编译的部分。'));
    expect(shared.some((s) => s.includes('收集信息'))).toBe(false);
    expect(shared.some((s) => s.includes('开发工具包'))).toBe(true);
  });
});
