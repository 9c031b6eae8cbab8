import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { keyOnLine } from '../../src/content/choice-syntax.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { gradedKeys } from './deck-helpers.ts';

/**
 * Whole choice questions pasted in code blocks, as exam systems export them (a number line, the question,
 * options A–D, the key as a field `{correctAnswer='B'}`), and sections named by the kind of exercise they
 * hold. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'bank.md', text }]);
const graded = gradedKeys;

const BANK = `## 第1章

### 选择题

\`\`\`java

题库中第1题:
下列哪个是JDK提供的编译器?
A. java.exe
B. javac.exe
C. javap.exe
D. javaw.exe
{correctAnswer='B'}
\`\`\`

\`\`\`java

题库中第2题:
下列哪个类型的变量占用的内存最多？
A. int
B. float
C. double
D. char
{correctAnswer='C'}
\`\`\`

### 判断题

\`\`\`java

题库中第1题:
Java源文件中只能有一个类。
{correctAnswer='错误'}
\`\`\`
`;

describe('a whole choice question in a code block', () => {
  it('reads each block as the question it is, without its number line, keyed by its field', () => {
    const deck = one(BANK);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice', 'choice']);
    expect(graded(deck)).toEqual([
      ['下列哪个是JDK提供的编译器?', 'javac.exe'],
      ['下列哪个类型的变量占用的内存最多？', 'double'],
      ['Java源文件中只能有一个类。', '错误'],
    ]);
  });

  it('keeps the characters of the block as written: backslashes, stars, angle brackets', () => {
    const deck = one(`# Java

\`\`\`java
以下哪一项是正确的char型变量的声明？
A. char ch = "R";
B. char ch = '\\\\';
C. List<String> ch = 2*3*4;
D. char ch = 'ABCD';
{correctAnswer='B'}
\`\`\`

\`\`\`java
以下哪一项是正确的int型变量的声明？
A. int a_b_c = '\\ucafe';
B. int x = 2*3*4;
C. int <T> y;
D. int [x] = 1;
{correctAnswer='B'}
\`\`\`
`);
    expect(
      deck.questions.find((q) => q.kind === 'choice' && q.stem.startsWith('以下哪一项是正确的char'))?.options,
    ).toEqual(['char ch = "R";', "char ch = '\\\\';", 'List<String> ch = 2*3*4;', "char ch = 'ABCD';"]);
    expect(
      deck.questions.find((q) => q.kind === 'choice' && q.stem.startsWith('以下哪一项是正确的int'))?.options,
    ).toEqual(["int a_b_c = '\\ucafe';", 'int x = 2*3*4;', 'int <T> y;', 'int [x] = 1;']);
  });

  it('reads a question in English with its key as `correct_answer: "C"`', () => {
    const deck = one(`# Networking bank

\`\`\`
Question 3
Which protocol resolves host names to IP addresses?
A. DHCP
B. ARP
C. DNS
D. NTP
correct_answer: "C"
\`\`\`

\`\`\`text
Question 4
Which protocol hands out IP addresses to hosts?
A. DHCP
B. ARP
C. DNS
D. NTP
correct_answer: "A"
\`\`\`
`);
    expect(graded(deck)).toEqual([
      ['Which protocol resolves host names to IP addresses?', 'DNS'],
      ['Which protocol hands out IP addresses to hosts?', 'DHCP'],
    ]);
  });

  it('leaves code as code: a program above the options, options with no key, or text after the key', () => {
    for (const block of [
      'public class E {\n  public static void main(String[] a) {\n    System.out.println(1);\n  }\n}\n下列哪个是正确的?\nA. 1\nB. 2\n答案：A',
      '下列哪个是JDK提供的编译器?\nA. java.exe\nB. javac.exe',
      '下列哪个是JDK提供的编译器?\nA. java.exe\nB. javac.exe\n答案：B\nSystem.exit(0);',
      'Pick a letter\nA. one\nB. two\nanswer: A',
    ]) {
      const deck = one(`# Notes\n\n## Compiling\n\n\`\`\`java\n${block}\n\`\`\`\n`);
      expect(deck.cards.map((c) => [c.kind, c.answer.startsWith('```java')])).toEqual([['explain', true]]);
    }
  });

  it('reads a key written as a field, and only the whole line as one', () => {
    expect(keyOnLine("{correctAnswer='B'}")?.letters).toEqual(['B']);
    expect(keyOnLine("{correctAnswer='BD'}")?.letters).toEqual(['B', 'D']);
    expect(keyOnLine('"answerKey": "D",')?.letters).toEqual(['D']);
    expect(keyOnLine("answer = 'C'")?.letters).toEqual(['C']);
    expect(keyOnLine("{correctAnswer='正确'}")).toBeNull();
    expect(keyOnLine("{correctAnswer='hello'}")).toBeNull();
    expect(keyOnLine("answer = 'c'")).toBeNull();
    expect(keyOnLine("const correctAnswer = 'B'; // default")).toBeNull();
  });
});

describe('a true-or-false question in a code block', () => {
  it('asks the statement with 正确 / 错误 (or True / False) as its options, keyed by the field', () => {
    const deck = one(`# Java

### 判断题

\`\`\`java

题库中第1题:
Java源文件中只能有一个类。
{correctAnswer='错误'}
\`\`\`

\`\`\`
A Java source file may hold no public class.
answer: true
\`\`\`
`);
    expect(graded(deck)).toEqual([
      ['Java源文件中只能有一个类。', '错误'],
      ['A Java source file may hold no public class.', 'True'],
    ]);
    expect(deck.questions.filter(isAutoGraded).map((q) => q.options)).toEqual([
      ['正确', '错误'],
      ['True', 'False'],
    ]);
  });

  it('leaves a block with code, options, or a key that is no judgement as code', () => {
    for (const block of [
      "int a = 1;\nint b = 2;\nint c = 3;\nint d = a + b + c;\n{correctAnswer='正确'}",
      "给出下列代码的输出结果。\n{correctAnswer='hello'}",
    ]) {
      const deck = one(`# Notes\n\n## Compiling\n\n\`\`\`java\n${block}\n\`\`\`\n`);
      expect(deck.cards.map((c) => [c.kind, c.answer.startsWith('```java')])).toEqual([['explain', true]]);
    }
  });
});

describe('a section named by the kind of exercise it holds', () => {
  it('gives no "explain" card, while its own exercises stay cards', () => {
    const deck = one(`# Java

## 一、选择题

1. 下列哪个是JDK提供的编译器?
A. java.exe
B. javac.exe
C. javap.exe

答案：B

2. 下列哪个是Java虚拟机的启动程序?
A. java.exe
B. javac.exe
C. javap.exe

答案：A

## 判断题

\`\`\`
Java源文件中只能有一个类。 错误
\`\`\`

## Exercises

Write a class that prints the date.

## 名词解释

JVM 是 Java 虚拟机，它执行字节码。
`);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', '下列哪个是JDK提供的编译器?'],
      ['choice', '下列哪个是Java虚拟机的启动程序?'],
      ['explain', '名词解释'],
    ]);
  });
});
