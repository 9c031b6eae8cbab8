import { fitStem } from './chat-fit.ts';
import type { Question } from './question.ts';
import { flashcardOf, variantOf } from './question-builder.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, ChoiceFact } from './types.ts';

/**
 * The question an author wrote with its options and key (`- [x]`, "Answer: C"), asked as written: the stem
 * is the question with the code it is about, every option in the author's wording and order (never cut or
 * pruned: the adapters show long options in full), and the key with the explanation as the reveal. Only a
 * single key is auto-graded; several right options make a flashcard whose reveal lists them.
 */
export function authorChoiceQuestions(card: Card): Question[] {
  const choice = card.facts.choice;
  if (!choice) return [];
  const out: Question[] = [flashcardOf(card, choiceFlashcardStem(choice))];
  const [correctIndex] = choice.correct;
  const usable =
    choice.correct.length === 1 &&
    correctIndex !== undefined &&
    choice.options.length >= 2 &&
    choice.options.every((o) => o.trim() !== '');
  if (!usable) return out;
  const correct = choice.options[correctIndex] ?? '';
  out.push({
    // The id scheme of explicit choices since the start: stable across reloads of the same note.
    id: `${card.id}:choice:${variantOf('x', normaliseKey(correct))}`,
    cardId: card.id,
    deck: card.deck,
    kind: 'choice',
    lang: card.lang,
    stem: fitStem(choice.stem),
    options: [...choice.options],
    correctIndex,
    answer: card.answer,
    source: { file: card.file, line: choice.line },
    sectionPath: card.sectionPath,
    tags: card.tags,
  });
  return out;
}

/** A self-graded look at the same question: the stem with its options listed as the author lettered them. */
function choiceFlashcardStem(choice: ChoiceFact): string {
  const options = choice.options.map((o, k) => `${choice.letters?.[k] ?? String.fromCharCode(65 + k)}. ${o}`);
  return `${choice.stem}\n\n${options.join('\n')}`;
}
