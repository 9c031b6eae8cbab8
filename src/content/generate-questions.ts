import { authorChoiceQuestions } from './generate-author-choices.ts';
import {
  buildCommandIndex,
  commandQuestion,
  definitionQuestions,
  subjectQuestions,
  tableQuestions,
} from './generate-from-facts.ts';
import { choiceQuestions, clozeQuestions, listQuestions } from './generate-from-text.ts';
import type { Question } from './question.ts';
import { flashcardOf } from './question-builder.ts';
import { buildTermFamilies } from './term-families.ts';
import type { Card, ListFact } from './types.ts';
import { WORDING } from './wording.ts';

/**
 * Every card gets a flashcard; auto-graded kinds come only where the card supports them and a family
 * of distractors exists (see each generator).
 */
export function generateQuestions(cards: readonly Card[], seed: string): Question[] {
  const families = buildTermFamilies(cards);
  const commands = buildCommandIndex(cards);
  // Each card's section lists and subject siblings, keyed once per card (not again while generating).
  const listsBySection = new Map<string, ListFact[]>();
  const sectionLists: ListFact[][] = [];
  const noLists: ListFact[] = [];
  for (const card of cards) {
    // Only cards with lists ask list questions or lend outsiders: the others need no section key.
    if (card.facts.lists.length === 0) {
      sectionLists.push(noLists);
      continue;
    }
    const key = `${card.file}\u0000${card.sectionPath.length > 1 ? card.sectionPath[0] : ''}`;
    let lists = listsBySection.get(key);
    if (!lists) {
      lists = [];
      listsBySection.set(key, lists);
    }
    for (const list of card.facts.lists) lists.push(list);
    sectionLists.push(lists);
  }
  const subjectsByParent = new Map<string, Card[]>();
  const subjectSiblings: (Card[] | null)[] = [];
  for (const card of cards) {
    if (!card.facts.subject) {
      subjectSiblings.push(null);
      continue;
    }
    const key = `${card.file}\u0000${card.sectionPath.slice(0, -1).join('\u0000')}`;
    let siblings = subjectsByParent.get(key);
    if (!siblings) {
      siblings = [];
      subjectsByParent.set(key, siblings);
    }
    siblings.push(card);
    subjectSiblings.push(siblings);
  }
  const out: Question[] = [];
  const ids = new Set<string>();
  const push = (q: Question): void => {
    if (ids.has(q.id)) return;
    ids.add(q.id);
    out.push(q);
  };
  cards.forEach((card, k) => {
    // A question that carries its author's options is asked as written, and nothing else is made of it.
    if (card.facts.choice) {
      for (const q of authorChoiceQuestions(card)) push(q);
      return;
    }
    const stem = card.kind === 'explain' ? WORDING[card.lang].explain(card.prompt) : card.prompt;
    push(flashcardOf(card, stem));
    for (const q of definitionQuestions(card, seed)) push(q);
    for (const q of subjectQuestions(card, subjectSiblings[k] ?? [], seed)) push(q);
    for (const q of tableQuestions(card, seed)) push(q);
    for (const q of commandQuestion(card, commands, seed)) push(q);
    for (const q of clozeQuestions(card, families, seed)) push(q);
    for (const q of listQuestions(card, sectionLists[k] ?? [], seed)) push(q);
    for (const q of choiceQuestions(card, seed)) push(q);
  });
  return out;
}
