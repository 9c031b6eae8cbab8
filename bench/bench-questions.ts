import type { Question } from '../src/content/question.ts';

/** A small, fixed question bank for benchmarks that measure the answer path, not the content. */
export function benchQuestions(idPrefix: string, count = 5): Question[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${idPrefix}-q${i}`,
    cardId: `${idPrefix}-card${i}`,
    deck: 'bench',
    kind: 'choice',
    lang: 'en',
    stem: `Question ${i}?`,
    options: ['a', 'b', 'c', 'd'],
    correctIndex: 0,
    answer: 'a',
    source: { file: 'bench.md', line: i + 1 },
    sectionPath: ['Bench', `Section ${i}`],
    tags: [],
  }));
}
