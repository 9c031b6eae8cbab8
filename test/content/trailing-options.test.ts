import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { gradedOptions } from './deck-helpers.ts';

/**
 * Options written on the question's own line (`1. …。 A. 正确 B. 错误`), the key after them in a docs-site
 * container (`::: tip 答案解析`): one choice question each. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const graded = gradedOptions;

const QUIZ = `1. 列表可以原地修改其中的元素。 A. 正确 B. 错误

::: tip 答案解析

正确答案：A

:::

2. 元组可以原地修改其中的元素。 A. 正确 B. 错误

::: tip 答案解析

正确答案：B

:::

3.集合中的元素可以重复。 A. 正确 B. 错误

::: tip 答案解析

正确答案：B

:::

4.字典的键必须是\\_\\_\\_\\_对象。 A. 可变 B. 不可变

::: tip 答案解析

正确答案：B

:::
`;

describe('options on the question line', () => {
  it('asks each numbered statement with its options and the key after it', () => {
    const deck = one(QUIZ);
    expect(deck.problems).toEqual([]);
    expect(graded(deck)).toEqual([
      ['列表可以原地修改其中的元素。', ['正确', '错误'], '正确'],
      ['元组可以原地修改其中的元素。', ['正确', '错误'], '错误'],
      ['集合中的元素可以重复。', ['正确', '错误'], '错误'],
      ['字典的键必须是＿＿＿对象。', ['可变', '不可变'], '不可变'],
    ]);
  });

  it('reads a question with four options on its line, the key in a line after it', () => {
    const deck = one(`# Python

1. 以下哪个是可变类型？ A. list B. tuple C. str D. int

答案：A

2. 以下哪个关键字定义函数？ A. func B. def C. function D. lambda

答案：B
`);
    expect(graded(deck)).toEqual([
      ['以下哪个是可变类型？', ['list', 'tuple', 'str', 'int'], 'list'],
      ['以下哪个关键字定义函数？', ['func', 'def', 'function', 'lambda'], 'def'],
    ]);
  });

  it('leaves prose alone: no key anywhere, letters in a sentence, options out of order', () => {
    const noKey = one(`# Plans

1. We compared the two designs. A. one store B. two stores

Both worked.
`);
    expect(noKey.questions.filter(isAutoGraded)).toEqual([]);
    const prose = one(`# Grades

The answer depends on the plan. A. We tried it first. B. Then it failed. C. We left.

答案：见下文
`);
    expect(prose.questions.filter(isAutoGraded)).toEqual([]);
    const order = one(`# Q

1. 哪个命令显示目录？ A. ls C. pwd B. cd

答案：A
`);
    expect(order.questions.filter(isAutoGraded)).toEqual([]);
  });
});
