import { attributeLists, attributeTables } from './attribute-lists.ts';
import { authorChoiceQuestions } from './generate-author-choices.ts';
import { clozeQuestions } from './generate-cloze.ts';
import { buildCommandIndex, type CommandIndex, commandDrafts } from './generate-commands.ts';
import { definitionDrafts, tableDrafts } from './generate-from-facts.ts';
import { choiceQuestions } from './generate-from-text.ts';
import { glossaryDrafts } from './generate-glossary.ts';
import { listDrafts } from './generate-lists.ts';
import { subjectDrafts } from './generate-subjects.ts';
import {
  admit,
  type CardUnit,
  consider,
  type DroppedQuestion,
  draftUnit,
  MAX_AUTO_GRADED_PER_CARD,
  pick,
  type QualityGate,
  qualityGate,
  repeatsAQuestion,
} from './quality-gate.ts';
import type { Question } from './question.ts';
import { flashcardOf } from './question-builder.ts';
import { buildTermFamilies, type TermFamilies } from './term-families.ts';
import type { Card, DefinitionItem, TableFact } from './types.ts';

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
  const deck: DeckContext = {
    gate: qualityGate(cards, seed, perCard),
    families: buildTermFamilies(cards),
    attributes: attributeLists(cards),
    attributeTables: attributeTables(cards),
    commands: buildCommandIndex(cards),
    sectionOf: sections(cards),
    seed,
  };
  const out: Question[] = [];
  const ids = new Set<string>();
  // The loop only hands each card on: a long loop body would be compiled afresh (on-stack) every build.
  for (const card of cards) {
    for (const q of cardQuestions(card, deck)) {
      if (ids.has(q.id)) continue;
      ids.add(q.id);
      out.push(q);
    }
  }
  return { questions: out, dropped: deck.gate.dropped };
}

/** What every card's questions are made with: built once per deck. */
interface DeckContext {
  readonly gate: QualityGate;
  readonly families: TermFamilies;
  /** Lists of one thing's aspects, under labels other sections' lists share: no definitions. */
  readonly attributes: ReadonlySet<readonly DefinitionItem[]>;
  /** Tables of one thing's fields, under labels other sections' tables share: no rows asked. */
  readonly attributeTables: ReadonlySet<TableFact>;
  readonly commands: CommandIndex;
  readonly sectionOf: Map<Card, Card[]>;
  readonly seed: string;
}

/** One card's questions in the order they are pushed: its flashcard, then what the gate picks. */
function cardQuestions(card: Card, deck: DeckContext): Question[] {
  const { gate, seed } = deck;
  // A unit that carries its author's options is asked with them, and nothing else is made of it: its
  // explanation is the reveal, not material for more questions.
  if (card.facts.choice !== null) {
    const [flashcard, ...asked] = authorChoiceQuestions(card);
    // Quiz files repeat questions: the gate asks each once per deck.
    if (repeatsAQuestion(gate, card, asked)) return [];
    const units: CardUnit[] = [];
    for (const q of asked) units.push(questionUnit(card, q));
    const picked = pick(gate, units, runUnit, deck);
    return flashcard ? [flashcard, ...picked] : picked;
  }
  const section = deck.sectionOf.get(card) ?? [];
  const units: CardUnit[] = [];
  for (const drafts of [
    definitionDrafts(card, seed, deck.attributes),
    subjectDrafts(card, section, seed),
    tableDrafts(card, seed, deck.attributeTables),
    commandDrafts(card, deck.commands, section, seed),
    listDrafts(card, seed),
    glossaryDrafts(card, seed),
  ])
    for (const draft of drafts) units.push(draftUnit(card, draft));
  // A cloze depends on the ones before it (one per sentence, each term once): one unit for the card.
  if (card.facts.sentences.length > 0)
    units.push({ id: `${card.id}:cloze`, origin: 'cloze', card, draft: null, question: null });
  // Either/or questions ("X or Y?") offer the note's own two alternatives.
  for (const q of choiceQuestions(card, seed)) units.push(questionUnit(card, q));
  return [flashcardOf(card), ...pick(gate, units, runUnit, deck)];
}

/** A question in the author's (or the note's own) options, judged whole when the card's turn comes. */
const questionUnit = (card: Card, question: Question): CardUnit => ({
  id: question.id,
  origin: 'author-choice',
  card,
  draft: null,
  question,
});

function runUnit(deck: DeckContext, unit: CardUnit): Question[] {
  const { gate } = deck;
  if (unit.draft) {
    const q = consider(gate, unit.card, unit.draft);
    return q ? [q] : [];
  }
  if (unit.question) {
    const admitted = admit(gate, {
      card: unit.card,
      origin: 'author-choice',
      distractorSource: 'author',
      question: unit.question,
    });
    return admitted ? [admitted] : [];
  }
  return clozeQuestions(unit.card, deck.families, deck.seed, gate);
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
