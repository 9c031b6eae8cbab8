import type { Question } from '../content/question.ts';
import { matchTitles } from './topic-match.ts';

/**
 * The live question set, indexed for the picks. Replaced wholesale on reload; rounds already played keep
 * their stored snapshot, so the bank only decides what is asked next.
 */
export interface QuestionBank {
  readonly all: readonly Question[];
  byId(id: string): Question | undefined;
  /** Section titles a player can name (every heading above a card), sorted. */
  readonly topics: readonly string[];
  /** Questions under a typed topic (forgiving match), or null when the topic names nothing. */
  questionsFor(topic: string | undefined): readonly Question[] | null;
  /** The canonical title a typed topic names (exact match first, then the shortest containing one). */
  resolveTopic(topic: string): string | null;
}

export function createQuestionBank(questions: readonly Question[]): QuestionBank {
  const all = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(all.map((q) => [q.id, q]));
  const titles = new Set<string>();
  for (const q of all) for (const title of q.sectionPath) titles.add(title);
  const allTitles = [...titles].sort();
  const topicSet = new Set<string>();
  for (const q of all) for (const title of q.sectionPath.slice(0, -1)) topicSet.add(title);
  const topics = [...topicSet].sort();

  return {
    all,
    byId: (id) => index.get(id),
    topics,
    questionsFor(topic) {
      if (topic === undefined || topic.trim() === '') return all;
      const matched = new Set(matchTitles(topic, allTitles));
      if (matched.size === 0) return null;
      return all.filter((q) => q.sectionPath.some((title) => matched.has(title)));
    },
    resolveTopic(topic) {
      const matched = matchTitles(topic, allTitles);
      if (matched.length === 0) return null;
      return [...matched].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? null;
    },
  };
}
