import { clozeQuestions } from './generate-cloze.ts';
import {
  buildCommandIndex,
  commandQuestion,
  definitionQuestions,
  subjectQuestions,
  tableQuestions,
} from './generate-from-facts.ts';
import { choiceQuestions } from './generate-from-text.ts';
import { listQuestions } from './generate-lists.ts';
import { type DroppedQuestion, QualityGate } from './quality-gate.ts';
import { isAutoGraded, type Question } from './question.ts';
import { flashcardOf } from './question-builder.ts';
import { buildTermFamilies } from './term-families.ts';
import type { Card } from './types.ts';

export interface GeneratedQuestions {
  readonly questions: Question[];
  /** Candidates the quality gate refused, each with its reason. */
  readonly dropped: DroppedQuestion[];
}

/**
 * Every card gets a flashcard; auto-graded kinds come only where the card supports them, a family of
 * distractors exists (see each generator) and the candidate passes the quality gate, at most
 * MAX_AUTO_GRADED_PER_CARD per card.
 */
export function generateQuestions(cards: readonly Card[], seed: string): GeneratedQuestions {
  const gate = new QualityGate(cards, seed);
  const families = buildTermFamilies(cards);
  const commands = buildCommandIndex(cards);
  const sectionOf = sections(cards);
  const out: Question[] = [];
  const ids = new Set<string>();
  const push = (q: Question): void => {
    if (ids.has(q.id)) return;
    ids.add(q.id);
    out.push(q);
  };
  for (const card of cards) {
    push(flashcardOf(card));
    const graded: Question[] = [
      ...definitionQuestions(card, seed, gate),
      ...subjectQuestions(card, sectionOf.get(card) ?? [], seed, gate),
      ...tableQuestions(card, seed, gate),
      ...commandQuestion(card, commands, sectionOf.get(card) ?? [], seed, gate),
    ];
    graded.push(...clozeQuestions(card, families, seed, gate));
    graded.push(...listQuestions(card, seed, gate));
    for (const q of choiceQuestions(card, seed)) {
      const admitted = gate.admit({ card, origin: 'author-choice', distractorSource: 'author', question: q });
      if (admitted) graded.push(admitted);
    }
    const unique = graded.filter((q, k) => graded.findIndex((o) => o.id === q.id) === k && !ids.has(q.id));
    for (const q of gate.limitPerCard(unique.filter(isAutoGraded))) push(q);
  }
  return { questions: out, dropped: gate.dropped };
}

/** The cards of each card's parent section (the card included): where its siblings are. */
function sections(cards: readonly Card[]): Map<Card, Card[]> {
  const byParent = new Map<string, Card[]>();
  const out = new Map<Card, Card[]>();
  for (const card of cards) {
    const key = `${card.file}\u0000${card.sectionPath.slice(0, -1).join('\u0000')}`;
    let siblings = byParent.get(key);
    if (!siblings) {
      siblings = [];
      byParent.set(key, siblings);
    }
    siblings.push(card);
    out.set(card, siblings);
  }
  return out;
}
