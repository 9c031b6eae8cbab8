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
  const listsBySection = new Map<string, ListFact[]>();
  const sectionKey = (c: Card): string =>
    `${c.file}\u0000${c.sectionPath.length > 1 ? c.sectionPath[0] : ''}`;
  for (const card of cards) {
    const key = sectionKey(card);
    const lists = listsBySection.get(key) ?? [];
    lists.push(...card.facts.lists);
    listsBySection.set(key, lists);
  }
  const subjectsByParent = new Map<string, Card[]>();
  const parentKey = (c: Card): string => `${c.file}\u0000${c.sectionPath.slice(0, -1).join('\u0000')}`;
  for (const card of cards) {
    if (!card.facts.subject) continue;
    const key = parentKey(card);
    const siblings = subjectsByParent.get(key) ?? [];
    siblings.push(card);
    subjectsByParent.set(key, siblings);
  }
  const out: Question[] = [];
  const ids = new Set<string>();
  const push = (q: Question): void => {
    if (ids.has(q.id)) return;
    ids.add(q.id);
    out.push(q);
  };
  for (const card of cards) {
    const stem = card.kind === 'explain' ? WORDING[card.lang].explain(card.prompt) : card.prompt;
    push(flashcardOf(card, stem));
    for (const q of definitionQuestions(card, seed)) push(q);
    // Only cards with a subject have siblings to match against: skip building their key otherwise.
    const siblings = card.facts.subject ? (subjectsByParent.get(parentKey(card)) ?? []) : [];
    for (const q of subjectQuestions(card, siblings, seed)) push(q);
    for (const q of tableQuestions(card, seed)) push(q);
    for (const q of commandQuestion(card, commands, seed)) push(q);
    for (const q of clozeQuestions(card, families, seed)) push(q);
    for (const q of listQuestions(card, listsBySection.get(sectionKey(card)) ?? [], seed)) push(q);
    for (const q of choiceQuestions(card, seed)) push(q);
  }
  return out;
}
