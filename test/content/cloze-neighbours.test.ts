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

describe('a catch-all item of a definition list', () => {
  const deck = (last: string) =>
    buildDeck([
      {
        path: 'spring.md',
        text: [
          '## Spring 有哪些优点？',
          '',
          '- **轻量**：基本版本只有 2MB 左右，运行开销很小。',
          '- **控制反转**：对象由容器创建和组装，依赖由容器注入。',
          '- **面向切面**：把日志、事务等横切逻辑从业务代码里分离出去。',
          '- **事务管理**：提供统一的声明式事务接口，可以切换底层实现。',
          `- **${last}**：使用时几乎感觉不到它的存在，业务类不必继承框架的类。`,
        ].join('\n'),
      },
    ]);
  const named = (last: string) =>
    deck(last)
      .questions.filter((q) => q.kind === 'definition')
      .flatMap((q) => [q.stem, ...q.options]);

  it('is neither asked about nor offered as a distractor ("其他", "Other")', () => {
    expect(named('其他').some((t) => t === '其他' || t.includes('感觉不到'))).toBe(false);
    expect(named('Other').some((t) => t === 'Other')).toBe(false);
    // A named item in its place is a term like the others.
    expect(deck('非侵入').cards[0]?.facts.definitions[0]?.map((d) => d.term)).toContain('非侵入');
  });
});
