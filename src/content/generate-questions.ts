import { authorChoiceQuestions } from './generate-author-choices.ts';
import { clozeQuestions } from './generate-cloze.ts';
import { buildCommandIndex, commandDrafts } from './generate-commands.ts';
import { definitionDrafts, subjectDrafts, tableDrafts } from './generate-from-facts.ts';
import { choiceQuestions } from './generate-from-text.ts';
import { glossaryDrafts } from './generate-glossary.ts';
import { listDrafts } from './generate-lists.ts';
import {
  type CardUnit,
  type DroppedQuestion,
  MAX_AUTO_GRADED_PER_CARD,
  QualityGate,
} from './quality-gate.ts';
import type { Question } from './question.ts';
import { flashcardOf, type GeneratedDraft } from './question-builder.ts';
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
export function generateQuestions(
  cards: readonly Card[],
  seed: string,
  perCard: number = MAX_AUTO_GRADED_PER_CARD,
): GeneratedQuestions {
  const gate = new QualityGate(cards, seed, perCard);
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
    // A unit that carries its author's options is asked with them, and nothing else is made of it: its
    // explanation is the reveal, not material for more questions.
    if (card.facts.choice !== null) {
      const [flashcard, ...asked] = authorChoiceQuestions(card);
      // Quiz files repeat questions: the gate asks each once per deck.
      if (gate.repeatsAQuestion(card, asked)) continue;
      if (flashcard) push(flashcard);
      const units: CardUnit[] = asked.map((q) => ({
        id: q.id,
        origin: 'author-choice',
        run: () => {
          const admitted = gate.admit({
            card,
            origin: 'author-choice',
            distractorSource: 'author',
            question: q,
          });
          return admitted ? [admitted] : [];
        },
      }));
      for (const q of gate.pick(units)) push(q);
      continue;
    }
    push(flashcardOf(card));
    const drafts: GeneratedDraft[] = [
      ...definitionDrafts(card, seed),
      ...subjectDrafts(card, sectionOf.get(card) ?? [], seed),
      ...tableDrafts(card, seed),
      ...commandDrafts(card, commands, sectionOf.get(card) ?? [], seed),
      ...listDrafts(card, seed),
      ...glossaryDrafts(card, seed),
    ];
    const units: CardUnit[] = drafts.map((draft) => gate.draftUnit(card, draft));
    // A cloze depends on the ones before it (one per sentence, each term once): one unit for the card.
    if (card.facts.sentences.length > 0)
      units.push({
        id: `${card.id}:cloze`,
        origin: 'cloze',
        run: () => clozeQuestions(card, families, seed, gate),
      });
    // Either/or questions ("X or Y?") offer the note's own two alternatives.
    for (const q of choiceQuestions(card, seed))
      units.push({
        id: q.id,
        origin: 'author-choice',
        run: () => {
          const admitted = gate.admit({
            card,
            origin: 'author-choice',
            distractorSource: 'author',
            question: q,
          });
          return admitted ? [admitted] : [];
        },
      });
    for (const q of gate.pick(units)) push(q);
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
