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

export function isQuestionKind(value: string): value is QuestionKind {
  return (QUESTION_KINDS as readonly string[]).includes(value);
}

/**
 * The generated wording around a question's note text ("Fill in the blank", "Which term is described
 * here?"). The content layer only names it: adapters render it in the language the player or channel
 * chose, while `stem` and the options stay as the note wrote them. What `stem` holds per frame:
 * - explain: the topic's title;            what-is: the term asked about (context: the card's question);
 * - which-term: the description;           which-row: the row's description (header: the first column's);
 * - row-cell: the row's name (header: the described column's);   which-command: the task;
 *   (which-row and row-cell: context, the card's question, as what-is has; absent on rows stored before it);
 * - cloze: the sentence with its blank;    one-of / not-one-of: the card's question (list: the list's label).
 */
export type QuestionFrame =
  | { readonly kind: 'explain' }
  | { readonly kind: 'what-is'; readonly context: string }
  | { readonly kind: 'which-term'; readonly context: string }
  | { readonly kind: 'which-row'; readonly header: string; readonly context?: string }
  | { readonly kind: 'row-cell'; readonly header: string; readonly context?: string }
  | { readonly kind: 'which-command' }
  | { readonly kind: 'cloze' }
  | { readonly kind: 'one-of'; readonly list: string }
  | { readonly kind: 'not-one-of'; readonly list: string };

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
  /**
   * The note's own text (light Markdown: inline code, bold), at most 1,500 characters; with a frame, the
   * part the frame wraps (see QuestionFrame), else the whole question.
   */
  readonly stem: string;
  /** Absent or null: the stem is the whole question (the note's own, or one stored before frames). */
  readonly frame?: QuestionFrame | null;
  /**
   * In full, as the note wrote them (at most MAX_OPTION_LENGTH characters), pairwise distinct. Empty for
   * flashcards. Renderers that must cut an option for a button show every option in full as text instead.
   */
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
export function topicsOf(question: Pick<Question, 'sectionPath'>): readonly string[] {
  return question.sectionPath.slice(0, -1);
}
