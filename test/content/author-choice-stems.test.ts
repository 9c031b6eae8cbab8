import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { judge } from './gate-fixtures.ts';

/**
 * Lettered quizzes whose questions ask without a question mark ("下列程序执行后结果为( )"), set the code up
 * in a paragraph ending in a colon, or letter their options as code (`` - `A` : `…` ``): every question
 * keeps its text and its code, and a question whose text is lost never ships.
 */

const answer = (letter: string): string =>
  `<details>\n<summary> 查看答案</summary>\n\n**正确答案：${letter}**\n\n因为如此。\n\n</details>\n`;

const QUIZ = [
  '【单选题】以下哪个是 Java 的关键字？',
  '',
  'A. goto',
  '',
  'B. then',
  '',
  'C. unless',
  '',
  'D. elif',
  '',
  answer('A'),
  '---',
  '',
  '【单选题】下列程序执行后结果为( )',
  '',
  '```java',
  'System.out.println(100 + 50);',
  '```',
  '',
  'A. 150',
  '',
  'B. 10050',
  '',
  'C. 50',
  '',
  'D. 100',
  '',
  answer('A'),
  '---',
  '',
  '【单选题】**类 ABC 定义如下：**',
  '',
  '```java',
  'public class ABC { public int max(int a, int b) { } /*expression*/ }',
  '```',
  '',
  '将以下哪个方法替换`expression`是不合法的（）。',
  '',
  '- `A` :  `public float max(float a, float b, float c){ }`',
  '- `B` :  `public int max (int c, int d){ }`',
  '- `C` :  `public float max(float a, float b){ }`',
  '- `D` :  `private int max(int a, int b, int c){ }`',
  '',
  answer('B'),
].join('\n');

describe('lettered questions keep their text and code', () => {
  const choices = buildDeck([{ path: 'quiz.md', text: QUIZ }]).questions.filter((q) => q.kind === 'choice');

  it('reads a question without a question mark after the previous explanation as its own stem', () => {
    const program = choices.find((q) => q.options[q.correctIndex ?? -1] === '150');
    expect(program?.stem).toContain('下列程序执行后结果为');
    expect(program?.stem).toContain('System.out.println(100 + 50);');
  });

  it('starts the stem at a setup ending in a colon, so the code asked about is shown', () => {
    const overload = choices.find((q) => q.options.length === 4 && q.stem.includes('expression'));
    expect(overload?.stem).toContain('类 ABC 定义如下');
    expect(overload?.stem).toContain('/*expression*/');
    expect(overload?.options[overload.correctIndex ?? -1]).toBe('`public int max (int c, int d){ }`');
  });

  it('asks all three', () => {
    expect(choices).toHaveLength(3);
  });
});

describe('an author’s question with no text is never asked', () => {
  it('drops an empty stem, keeps one with text', () => {
    const options = ['Result=150', 'Result=100', 'Result=50', 'Result=0'];
    expect(judge({ origin: 'author-choice', stem: '', options, frame: null, source: 'author' })).toBe(
      'empty-stem',
    );
    expect(
      judge({
        origin: 'author-choice',
        stem: '下列程序执行后结果为( )',
        options,
        frame: null,
        source: 'author',
      }),
    ).not.toBe('empty-stem');
  });
});
