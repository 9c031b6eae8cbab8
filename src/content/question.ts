/**
 * The contract between the content pipeline and everything downstream. The engine, the store and the
 * adapters see only these shapes, never Markdown.
 */
export type Lang = 'en' | 'zh';

/** Where a card or question came from, for the reveal ("docker.md:42") and for error reports. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

export const QUESTION_KINDS = [
  'definition',
  'table-row',
  'command',
  'cloze',
  'list-membership',
  'choice',
  'flashcard',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * A question a person can answer in chat. Auto-graded kinds have options and a correct index; a flashcard
 * has neither (the player reveals the answer, then grades themself).
 */
export interface Question {
  /** Stable across edits a person would call "the same question": derived from the card id. */
  readonly id: string;
  readonly cardId: string;
  readonly deck: string;
  readonly kind: QuestionKind;
  readonly lang: Lang;
  /** Plain text with light Markdown (inline code, bold), at most 1,500 characters. */
  readonly stem: string;
  /** Each at most 75 characters, pairwise distinct. Empty for flashcards. */
  readonly options: readonly string[];
  /** Index into options; null for flashcards. */
  readonly correctIndex: number | null;
  /** The note's own answer (Markdown), shown at the reveal. Not cut: renderers fit it to their platform. */
  readonly answer: string;
  readonly source: SourceRef;
  /** Heading breadcrumb of the card, outermost first; the last element is the card's own heading. */
  readonly sectionPath: readonly string[];
  readonly tags: readonly string[];
}

export function isAutoGraded(question: Question): boolean {
  return question.correctIndex !== null && question.options.length > 1;
}

/** Topics a player can name: every section title on a question's breadcrumb except its own heading. */
export function topicsOf(question: Question): readonly string[] {
  return question.sectionPath.slice(0, -1);
}
