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
  /** Every title a typed topic can resolve to (card headings included), sorted. */
  readonly titles: readonly string[];
  /**
   * The one topic resolver, for practice, leaderboards and duels alike: the titles a typed topic names
   * (a whole-title match wins, otherwise every title containing it); empty when it names nothing.
   */
  resolveTopic(topic: string): readonly string[];
  /** Questions under any of the titles: in that section or any of its sub-sections. */
  questionsUnder(titles: readonly string[]): readonly Question[];
  /** Questions under a typed topic, or null when the topic names nothing; all of them for no topic. */
  questionsFor(topic: string | undefined): readonly Question[] | null;
}

export function createQuestionBank(questions: readonly Question[]): QuestionBank {
  const all = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(all.map((q) => [q.id, q]));
  const titleSet = new Set<string>();
  for (const q of all) for (const title of q.sectionPath) titleSet.add(title);
  const titles = [...titleSet].sort();
  const topicSet = new Set<string>();
  for (const q of all) for (const title of q.sectionPath.slice(0, -1)) topicSet.add(title);
  const topics = [...topicSet].sort();

  const resolveTopic = (topic: string): readonly string[] => matchTitles(topic, titles);
  const questionsUnder = (chosen: readonly string[]): readonly Question[] => {
    const wanted = new Set(chosen);
    return all.filter((q) => q.sectionPath.some((title) => wanted.has(title)));
  };
  return {
    all,
    byId: (id) => index.get(id),
    topics,
    titles,
    resolveTopic,
    questionsUnder,
    questionsFor(topic) {
      if (topic === undefined || topic.trim() === '') return all;
      const chosen = resolveTopic(topic);
      return chosen.length === 0 ? null : questionsUnder(chosen);
    },
  };
}
