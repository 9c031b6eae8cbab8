import { describe, expect, it } from 'vitest';
import { buildDeck, type Card, type Deck } from '../../src/content/build-deck.ts';
import { isNumberingLabel, isNumberingOnly } from '../../src/content/question-numbering.ts';

/**
 * `<details>` folds whose summary only numbers the question ("Question 4", "Q. 2", "第4题"): the question
 * is written in the body, the answer in a fold inside it. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'interview.md', text }]);
const prompts = (deck: Deck): string[] => deck.cards.map((c) => c.prompt);
const problems = (deck: Deck): [number, string][] => deck.problems.map((p) => [p.line, p.code]);

const INTERVIEW = `# Python interview

<details>
<summary>Question 1</summary>

What does this print, and why?

    print(0.1 + 0.2 == 0.3)

<details>
<summary>Answer</summary>

\`False\`: both sums are rounded in binary floating point.

Compare with \`math.isclose\` instead.
</details>

<details>
<summary>Follow-up</summary>

How would you compare money amounts?

<details>
<summary>Answer</summary>

With \`decimal.Decimal\`.
</details>
</details>
</details>

<details>
  <summary>Q. 2</summary>

  Which keyword makes a generator?
  <details>
    <summary>Show answer</summary>

  \`yield\` turns the function into a generator.
  </details>
</details>

<details>
<summary>Problem 3</summary>

Reverse a list in place.

\`\`\`python
items = [1, 2, 3]
\`\`\`

Do not build a new list.

<details>
<summary>Solution</summary>

\`\`\`python
items.reverse()
\`\`\`
</details>
</details>

<details>
<summary>Task 4</summary>

What is a decorator?

A function that takes a function and returns another one.

Common uses: logging, caching.
</details>
`;

describe('a fold that only numbers its question', () => {
  const deck = one(INTERVIEW);
  const card = (k: number): Card => deck.cards[k] as Card;

  it('asks the question written in the body, code included, and not the number', () => {
    expect(prompts(deck)).toEqual([
      'What does this print, and why?\n\n    print(0.1 + 0.2 == 0.3)',
      'Which keyword makes a generator?',
      'Reverse a list in place.\n\n```python\nitems = [1, 2, 3]\n```\n\nDo not build a new list.',
      'What is a decorator?',
    ]);
    expect(deck.questions.filter((q) => q.kind === 'flashcard').map((q) => q.stem)).toEqual(prompts(deck));
    expect(card(0).line).toBe(6);
    expect(deck.problems).toEqual([]);
  });

  it('answers with the answer fold alone: no question text, no follow-up fold after it', () => {
    expect(card(0).answer).toBe(
      '`False`: both sums are rounded in binary floating point.\n\nCompare with `math.isclose` instead.',
    );
    expect(card(1).answer).toBe('`yield` turns the function into a generator.');
    expect(card(2).answer).toBe('```python\nitems.reverse()\n```');
    expect(deck.cards.some((c) => /Follow-up|Decimal/.test(`${c.prompt}${c.answer}`))).toBe(false);
  });

  it('without an answer fold, answers with what follows the first paragraph', () => {
    expect(card(3).answer).toBe(
      'A function that takes a function and returns another one.\n\nCommon uses: logging, caching.',
    );
  });
});

describe('numbered folds in Chinese notes, and with options', () => {
  it('reads 第N题 / 问题 N over a 查看答案 or 答案 fold', () => {
    const deck = one(
      [
        '<details><summary>第4题</summary>\n\n进程和线程的区别是什么？\n\n<details><summary>查看答案</summary>\n\n进程是资源分配的单位，线程是调度的单位。\n</details>\n</details>',
        '<details><summary>问题 5</summary>\n\n下面的命令输出什么？\n\n```bash\necho $((2 ** 3))\n```\n\n<details><summary>答案</summary>\n\n输出 8。\n</details>\n</details>',
      ].join('\n\n'),
    );
    expect(prompts(deck)).toEqual([
      '进程和线程的区别是什么？',
      '下面的命令输出什么？\n\n```bash\necho $((2 ** 3))\n```',
    ]);
    expect(deck.cards.map((c) => c.answer)).toEqual(['进程是资源分配的单位，线程是调度的单位。', '输出 8。']);
  });

  it('asks options with the key in the answer fold as a choice whose stem is the question', () => {
    const deck = one(
      '<details>\n<summary>Exercise 6</summary>\n\nWhich port does HTTPS use by default?\n\nA. 21\nB. 80\nC. 443\nD. 8080\n\n<details>\n<summary>Answer</summary>\n\nC\n</details>\n</details>\n',
    );
    const choice = deck.questions.find((q) => q.kind === 'choice');
    expect(choice?.stem).toBe('Which port does HTTPS use by default?');
    expect(choice?.options[choice.correctIndex ?? -1]).toBe('443');
    expect(deck.cards).toHaveLength(1);
  });
});

describe('near misses that read as before', () => {
  it('warns about a numbered fold that only asks, instead of answering with its question', () => {
    const deck = one(
      '# Notes\n\n<details>\n<summary>Question 7</summary>\n\nWhat is a closure?\n\n```js\nconst f = () => x;\n```\n</details>\n\n<details>\n<summary>Question 8</summary>\n\nWhat is hoisting?\n\n<details>\n<summary>Answer</summary>\n\n</details>\n</details>\n',
    );
    expect(deck.cards.filter((c) => c.kind !== 'explain')).toEqual([]);
    expect(problems(deck).filter(([, code]) => code === 'unanswered-question')).toEqual([
      [6, 'unanswered-question'],
      [16, 'unanswered-question'],
    ]);
    expect(deck.problems[0]?.message).toContain('What is a closure?');
  });

  it('keeps a summary that asks as the question, with a "Show code" fold inside its answer', () => {
    const deck = one(
      '<details>\n<summary>What is a closure?</summary>\n\nA function that keeps the variables of the scope it was made in.\n\n<details>\n<summary>Show code</summary>\n\n```js\nconst add = (a) => (b) => a + b;\n```\n</details>\n</details>\n',
    );
    expect(prompts(deck)).toEqual(['What is a closure?']);
    expect(deck.cards[0]?.answer).toBe(
      'A function that keeps the variables of the scope it was made in.\n\n```js\nconst add = (a) => (b) => a + b;\n```',
    );
  });

  it('keeps a summary that names a topic, or numbers it with words, as the prompt', () => {
    const deck = one(
      '<details>\n<summary>Closures</summary>\n\nWhat they are: functions with their scope.\n\nThey keep variables alive.\n</details>\n\n<details>\n<summary>Question 9: scopes</summary>\n\nBlock scope came with `let`.\n</details>\n',
    );
    expect(prompts(deck)).toEqual(['Closures', 'scopes']);
    expect(deck.cards[0]?.answer).toBe(
      'What they are: functions with their scope.\n\nThey keep variables alive.',
    );
  });

  it('leaves headings as they were: "Task 1" numbers a fold, not a section', () => {
    expect(isNumberingLabel('Task 1')).toBe(true);
    expect(isNumberingOnly('Task 1')).toBe(false);
    const deck = one('# Lab\n\n## Task 1\n\nCreate a user named bob.\n\n```\nuseradd bob\n```\n');
    expect(prompts(deck)).toEqual(['Task 1']);
  });
});

describe('isNumberingLabel', () => {
  it('reads numbers alone as labels, and numbers with words or years as titles', () => {
    const labels = ['Question 4', 'Q4', 'Q. 4', 'Problem 2', 'Exercise 3', 'Exercise 3.1', 'Task 1'];
    const chinese = ['问题 4', '第4题', '题目 4', '练习 2', '**Question #5**'];
    for (const s of [...labels, ...chinese]) expect(isNumberingLabel(s), s).toBe(true);
    for (const s of ['Closures', 'Question 4: scopes', '2021', 'Quiz', 'Q&A', 'Task list'])
      expect(isNumberingLabel(s), s).toBe(false);
  });
});
