import type { Question } from './question.ts';
import type { Card, TableFact } from './types.ts';

/**
 * What a generator made a candidate question from. The quality gate reads it to pick the checks that
 * apply (a reverse definition's options are terms, a forward one's are descriptions) and to know where
 * the distractors came from.
 */
export type CandidateOrigin =
  | 'definition-forward'
  | 'definition-reverse'
  | 'subject-forward'
  | 'subject-reverse'
  | 'table-row'
  | 'table-cell'
  | 'command'
  | 'cloze'
  | 'list-in'
  | 'list-out'
  /** A word of an acronym's expansion, among the glossary's words with the same first letter. */
  | 'acronym'
  /** Options the author wrote and keyed (`- [x]`, `A.`…`D.` with an answer line), or named in the question. */
  | 'author-choice';

/**
 * How the distractors relate to the key: the same definition list, the same table column, a family of
 * terms the notes show together, other subcommands of the same program, the commands that answer the
 * sibling cards of a section, the other lists of the same answer. Anything weaker is not a sibling.
 */
export type DistractorSource =
  | 'same-list'
  | 'same-column'
  | 'sibling-subjects'
  | 'term-family'
  | 'same-program'
  | 'sibling-answers'
  | 'other-programs'
  /**
   * The subjects of a section whose cards are mostly other kinds of question (an interview FAQ where a
   * few items happen to be "What is X?"): a protocol, a pattern and an access level, not one family.
   */
  | 'chapter-subjects'
  | 'same-answer-lists'
  /** The other glosses of a vocabulary list's section (`- El perro: dog` beside `- El gato: cat`). */
  | 'vocabulary'
  | 'author';

export interface Candidate {
  readonly card: Card;
  readonly origin: CandidateOrigin;
  readonly distractorSource: DistractorSource;
  /** Built and shuffled; `options[correctIndex]` is the key. */
  readonly question: Question;
  /**
   * Options that are names (terms, rows, commands): the description the notes give each, when known, so
   * the gate can see two options one description fits.
   */
  readonly descriptionOf?: (option: string) => string | undefined;
  /**
   * A glossary's other names for a term among the options or in the stem (its expansion, its translation):
   * a stem or key that renders them names the term by its letters.
   */
  readonly namesOf?: (term: string) => readonly string[] | undefined;
  /** The table a table question comes from. */
  readonly table?: TableFact;
  /** A command question: the arguments the notes run the key with ("$(docker ps -q)"). */
  readonly arguments?: string;
}

/** The key of a built candidate. */
export function keyOf(candidate: Candidate): string {
  const { options, correctIndex } = candidate.question;
  return correctIndex === null ? '' : (options[correctIndex] ?? '');
}

/** The options other than the key (a handful: cheaper to pick out again than to look up). */
export function distractorsOf(candidate: Candidate): string[] {
  const { options, correctIndex } = candidate.question;
  return options.filter((_, k) => k !== correctIndex);
}

/** Options are names (the stem describes, the player names): reverse definitions, table rows, commands… */
export function optionsAreNames(candidate: Candidate): boolean {
  switch (candidate.origin) {
    case 'definition-reverse':
    case 'subject-reverse':
    case 'table-row':
    case 'command':
    case 'cloze':
      return true;
    default:
      return false;
  }
}

/** Options are descriptions of one named thing (the stem names it): forward definitions, table cells. */
export function optionsAreDescriptions(candidate: Candidate): boolean {
  return (
    // A vocabulary list's meanings are glosses ("cat", "holy week"): words, as its terms are.
    (candidate.origin === 'definition-forward' && candidate.distractorSource !== 'vocabulary') ||
    candidate.origin === 'subject-forward' ||
    candidate.origin === 'table-cell'
  );
}
