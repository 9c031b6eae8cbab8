import type { Block } from './markdown-blocks.ts';
import type { CardKind, ChoiceFact, GlossaryFact } from './types.ts';

/** A card as found in one file, before ids, deck and language are settled. */
export interface RawCard {
  readonly kind: CardKind;
  readonly prompt: string;
  readonly line: number;
  readonly answerStart: number;
  readonly answerEnd: number;
  /** Set when the answer is not a plain slice of the note (one-line flashcards, single-block <details>). */
  readonly answerText: string | null;
  readonly sectionPath: readonly string[];
  /** The answer's blocks, for facts (definitions, tables, commands …). */
  readonly blocks: readonly Block[];
  readonly explicitId: string | null;
  readonly choice: ChoiceFact | null;
  /** A glossary table's row (term cards only). */
  readonly glossary?: GlossaryFact;
}

export interface LocalProblem {
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
}

/**
 * A glossary entry's term card (a table's row, an A–Z glossary's item, a term heading's paragraph): asked by
 * its term, answered by its meaning, its glossary the family its questions draw from.
 */
export function termCard(
  glossary: GlossaryFact,
  answer: {
    readonly end: number;
    readonly text: string;
    readonly sectionPath: readonly string[];
    readonly start?: number;
  },
): RawCard {
  const { entry } = glossary;
  return {
    kind: 'term',
    prompt: entry.term,
    line: entry.line,
    answerStart: answer.start ?? entry.line,
    answerEnd: answer.end,
    answerText: answer.text,
    sectionPath: answer.sectionPath,
    blocks: [],
    explicitId: null,
    choice: null,
    glossary,
  };
}
