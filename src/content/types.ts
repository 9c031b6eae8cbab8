import type { DroppedQuestion } from './quality-gate.ts';
import type { Lang, Question } from './question.ts';

/** One note file as text; where it came from is only a label for reports and reveals. */
export interface NoteInput {
  readonly path: string;
  readonly text: string;
  /** The flashcard settings of the vault the note sits in (see src/notes/vault-settings.ts), if any. */
  readonly flashcards?: FlashcardSettings;
}

/**
 * Flashcard settings in the keys front matter's `flashcards:` takes (`separator`, `reversedSeparator`,
 * `multilineSeparator`, `multilineReversedSeparator`, `endMarker`, `clozes`): a note's own keys win.
 */
export type FlashcardSettings = Readonly<Record<string, string | readonly string[]>>;

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  /** Stable identifier ("unanswered-question", "invalid-front-matter" …) for tests and tools. */
  readonly code: string;
  readonly message: string;
}

/**
 * question: a heading or <details> that asks; explain: a topic with a body; flashcard: `q::a` or `?`;
 * choice: the author's options with a key; term: a row of a glossary table (a term and what it means).
 */
export type CardKind = 'question' | 'explain' | 'flashcard' | 'choice' | 'term';
export const CARD_KINDS: readonly CardKind[] = ['question', 'explain', 'flashcard', 'choice', 'term'];

export interface DefinitionItem {
  readonly term: string;
  readonly definition: string;
  readonly line: number;
  /** The note's own wording of the item, shown at the reveal. */
  readonly source: string;
  /** The line that introduces the item's list ("解决竞争条件："), when one does. */
  readonly lead?: string;
}

export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface TableFact {
  readonly line: number;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  /** The header's labels do not line up with the cells (table-alignment.ts): no row is asked. */
  readonly misaligned?: boolean;
  /** Under an example's lead-in ("例：创建表", "Example:"): sample data, not facts to learn. */
  readonly example?: boolean;
  /** Commands and what each does, read from the comments of a shell block (commented-commands.ts). */
  readonly commands?: boolean;
}

export interface CommandFact {
  readonly line: number;
  readonly command: string;
  /** Found in a code block marked as shell (```sh, ```bash …). */
  readonly shell: boolean;
}

export interface ListFact {
  readonly line: number;
  /** The lead-in line ("技术优势：") when the list has one. */
  readonly label: string | null;
  readonly items: readonly { readonly text: string; readonly line: number }[];
}

export interface InlineTerm {
  readonly text: string;
  readonly kind: 'code' | 'bold' | 'latin';
}

export interface SentenceFact {
  readonly line: number;
  /** Light Markdown (inline code, bold) as written. */
  readonly text: string;
  /** The line of prose the sentence stands in (its paragraph, in most notes), the sentence included. */
  readonly paragraph: string;
  readonly terms: readonly InlineTerm[];
}

/** Options the author wrote under a question, with the key they marked (`- [x]`, "Answer: C"). */
export interface ChoiceFact {
  readonly line: number;
  /** Every option in the author's wording and order (exact duplicates merged), never cut. */
  readonly options: readonly string[];
  /** Indexes of the options the note marks right. */
  readonly correct: readonly number[];
  /** The question as asked: the prompt, then what stands between it and the options (the code it is about), as Markdown. */
  readonly stem: string;
  /** The letters the author gave the options ("A"…), or null for `[ ]` / `[x]` items. */
  readonly letters: readonly string[] | null;
}

/** A glossary row a term card asks about, with the rows of its table: the family its distractors come from. */
export interface GlossaryFact {
  readonly entry: GlossaryEntry;
  /** Every entry of the table, this one included (one array shared by the table's cards). */
  readonly entries: readonly GlossaryEntry[];
  /** An A–Z glossary (letter-glossaries.ts) or one of headings (heading-glossaries.ts): entries of every kind, siblings only by their definitions' genus. */
  readonly mixedKinds?: boolean;
  /** A vocabulary list (`- El gato: cat`): its meanings are glosses, its terms words of a language, not labels. */
  readonly wordList?: boolean;
}

export interface GlossaryEntry {
  /** The term as written, without the bold around it. */
  readonly term: string;
  /** What it means; two when the table gives the term twice ("NAS": two expansions). */
  readonly definitions: readonly string[];
  /**
   * The other names a glossary of several columns gives the term (its expansion, its translation), in
   * table order: the answer shows them, and a question never asks them against the term (each spells or
   * translates the other).
   */
  readonly names?: readonly string[];
  readonly line: number;
}

/** What a card's answer holds that a question can be built from. */
export interface CardFacts {
  readonly definitions: readonly (readonly DefinitionItem[])[];
  readonly tables: readonly TableFact[];
  readonly commands: readonly CommandFact[];
  readonly lists: readonly ListFact[];
  readonly sentences: readonly SentenceFact[];
  readonly choice: ChoiceFact | null;
  /** The command that answers the card on its own ("如何停止所有容器？" → `docker kill …`), if any. */
  readonly answerCommand: CommandFact | null;
  /** "什么是X？" / "What is X?" / a topic named X whose answer opens by defining X: X and that sentence. */
  readonly subject: DefinitionItem | null;
  /**
   * Lines of the tables (as in `tables`) that are mostly links: a table of contents, a list of exercises
   * or references. They index other pages rather than state facts, so they give no questions.
   */
  readonly linkTables?: readonly number[];
  /** A term card's row of its glossary table. */
  readonly glossary?: GlossaryFact | null;
}

export interface Card {
  readonly id: string;
  readonly kind: CardKind;
  /** The question, or the topic's title for an explain card. */
  readonly prompt: string;
  /** The note's answer as Markdown (dedented), without trailing reference links. */
  readonly answer: string;
  readonly file: string;
  /** Line of the prompt (1-based). */
  readonly line: number;
  /** First and last line of the answer (1-based, inclusive). */
  readonly answerLines: { readonly start: number; readonly end: number };
  readonly sectionPath: readonly string[];
  readonly deck: string;
  readonly lang: Lang;
  readonly tags: readonly string[];
  readonly facts: CardFacts;
}

export interface FileReport {
  readonly file: string;
  readonly deck: string;
  readonly lang: Lang;
  readonly tags: readonly string[];
  readonly cards: number;
  readonly questions: number;
  /** Relative image references, checked for existence by the loader (buildDeck does no I/O). */
  readonly images: readonly { readonly line: number; readonly src: string }[];
}

export interface Deck {
  readonly cards: Card[];
  readonly questions: Question[];
  readonly problems: Problem[];
  readonly files: FileReport[];
  /** Candidate questions the quality gate refused, with the reason for each (see `content check`). */
  readonly dropped: readonly DroppedQuestion[];
}
