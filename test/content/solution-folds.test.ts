import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { foldShowsAnswer } from '../../src/content/choice-syntax.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { gradedKeys } from './deck-helpers.ts';

/**
 * Quizzes that hide the key in a fold named "Solution" (or "Key", "解答"), the letter alone or as the one
 * item of a list (`- b`), under options lettered in lower case whose lines end in two spaces. Fixtures
 * written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const graded = gradedKeys;

const QUIZ = `# Module 2 quiz

---

**1. Which tool schedules containers across a cluster of machines?**  
a) Make  
b) Kubernetes  
c) Git  
d) Vim  

<details>
  <summary>Solution</summary>
- b
</details>

---

**2. Which file lists the steps that build a container image?**  
a) Makefile  
b) package.json  
c) Dockerfile  
d) README.md  

<details>
<summary>Key</summary>

c
</details>

---

**3. 哪个命令显示正在运行的容器？**  
a) docker ps  
b) docker rm  
c) docker rmi  
d) docker pull  

<details>
<summary>解答</summary>

- a
</details>
`;

describe('a key hidden in a "Solution" fold', () => {
  it('keys each question by the letter in its fold, alone or as a list item', () => {
    const deck = one(QUIZ);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice', 'choice']);
    expect(graded(deck)).toEqual([
      ['Which tool schedules containers across a cluster of machines?', 'Kubernetes'],
      ['Which file lists the steps that build a container image?', 'Dockerfile'],
      ['哪个命令显示正在运行的容器？', 'docker ps'],
    ]);
  });

  it('reads a "Solution" fold under an exercise with no options as its answer', () => {
    const deck = one(`# Lab

## Start a container that prints the date

<details>
<summary>Solution</summary>

- b is not needed; run \`docker run --rm busybox date\`.
</details>
`);
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['Start a container that prints the date', '- b is not needed; run `docker run --rm busybox date`.'],
    ]);
    expect(deck.questions.filter(isAutoGraded)).toEqual([]);
  });

  it('takes only a whole summary of such words as an answer label', () => {
    for (const label of [
      'Solution',
      'Solutions:',
      'Show solution',
      'Key',
      'Answer key',
      '解答',
      '点击查看解答',
    ])
      expect(foldShowsAnswer(label)).toBe(true);
    for (const label of ['Solution architecture', 'Key points', 'Keys and values', '解答题'])
      expect(foldShowsAnswer(label)).toBe(false);
  });
});
