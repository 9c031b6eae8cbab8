import { questionStem } from '../../adapters/shared/question-text.ts';
import { DROP_REASONS, type DroppedQuestion } from '../content/quality-gate.ts';
import {
  isAutoGraded,
  QUESTION_KINDS,
  type Question,
  type QuestionFrame,
  type QuestionKind,
  topicsOf,
} from '../content/question.ts';
import { seededRandom, shuffled } from '../content/seeded-random.ts';
import { CARD_KINDS, type Deck, type Problem } from '../content/types.ts';

/** The pure half of `notequiz content check|preview`: what gets printed, computed from a deck. */

export interface Counts {
  readonly total: number;
  readonly byKind: Record<string, number>;
}

/** Candidate questions the quality gate refused: how many, and how many for each reason. */
export interface DropCounts {
  readonly total: number;
  readonly byReason: Record<string, number>;
}

export interface CheckReport {
  readonly totals: {
    readonly files: number;
    readonly cards: Counts;
    readonly questions: Counts;
    readonly autoGraded: number;
    readonly errors: number;
    readonly warnings: number;
    readonly dropped: DropCounts;
  };
  readonly files: readonly {
    readonly file: string;
    readonly deck: string;
    readonly lang: string;
    readonly cards: Counts;
    readonly questions: Counts;
    readonly autoGraded: number;
    readonly dropped: DropCounts;
  }[];
  readonly problems: readonly Problem[];
}

function count<T>(items: readonly T[], kinds: readonly string[], kindOf: (item: T) => string): Counts {
  const byKind: Record<string, number> = {};
  for (const k of kinds) byKind[k] = 0;
  for (const item of items) byKind[kindOf(item)] = (byKind[kindOf(item)] ?? 0) + 1;
  return { total: items.length, byKind };
}

/** Reasons in the gate's order, only those that occur. */
function dropCounts(dropped: readonly DroppedQuestion[]): DropCounts {
  const byReason: Record<string, number> = {};
  for (const reason of DROP_REASONS) {
    const n = dropped.filter((d) => d.reason === reason).length;
    if (n > 0) byReason[reason] = n;
  }
  return { total: dropped.length, byReason };
}

export function checkReport(deck: Deck): CheckReport {
  const problems = [...deck.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
  return {
    totals: {
      files: deck.files.length,
      cards: count(deck.cards, CARD_KINDS, (c) => c.kind),
      questions: count(deck.questions, QUESTION_KINDS, (q) => q.kind),
      autoGraded: deck.questions.filter(isAutoGraded).length,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
      dropped: dropCounts(deck.dropped),
    },
    files: deck.files.map((f) => {
      const questions = deck.questions.filter((q) => q.source.file === f.file);
      return {
        file: f.file,
        deck: f.deck,
        lang: f.lang,
        cards: count(
          deck.cards.filter((c) => c.file === f.file),
          CARD_KINDS,
          (c) => c.kind,
        ),
        questions: count(questions, QUESTION_KINDS, (q) => q.kind),
        autoGraded: questions.filter(isAutoGraded).length,
        dropped: dropCounts(deck.dropped.filter((d) => d.file === f.file)),
      };
    }),
    problems,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function kinds(counts: Counts): string {
  const parts = Object.entries(counts.byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function reasons(dropped: DropCounts): string {
  const parts = Object.entries(dropped.byReason).map(([r, n]) => `${r} ${n}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

export function formatCheck(report: CheckReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(`${f.file} (deck "${f.deck}", ${f.lang})`);
    lines.push(`  cards: ${f.cards.total}${kinds(f.cards)}`);
    lines.push(`  questions: ${f.questions.total}${kinds(f.questions)}`);
    lines.push(`  kept: ${f.autoGraded} auto-graded; dropped: ${f.dropped.total}${reasons(f.dropped)}`);
  }
  if (report.problems.length > 0) {
    lines.push('');
    for (const p of report.problems) lines.push(formatProblem(p));
  }
  const t = report.totals;
  lines.push('');
  lines.push(
    `Total: ${plural(t.files, 'file')}, ${plural(t.cards.total, 'card')}, ${plural(t.questions.total, 'question')} (${t.autoGraded} auto-graded); ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`,
  );
  lines.push(`Dropped by the quality gate: ${t.dropped.total}${reasons(t.dropped)}`);
  return `${lines.join('\n')}\n`;
}

export interface PreviewOptions {
  readonly kind?: QuestionKind;
  readonly n: number;
  readonly seed: string;
}

/** A reproducible sample: the same seed shows the same questions in the same order. */
export function pickPreview(questions: readonly Question[], options: PreviewOptions): Question[] {
  const pool = options.kind ? questions.filter((q) => q.kind === options.kind) : questions;
  return shuffled(pool, seededRandom(`preview\u0000${options.seed}`)).slice(0, Math.max(0, options.n));
}

export interface PreviewItem {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly lang: string;
  /** As a player of the note's language reads it: the frame rendered around the note's text. */
  readonly stem: string;
  readonly frame: QuestionFrame | null;
  readonly options: readonly string[];
  readonly correctIndex: number | null;
  readonly correctOption: string | null;
  readonly source: string;
  /** The sections above the question's own heading, as chat shows them under it ("Topic: …"); '' for none. */
  readonly topic: string;
  readonly answer: string;
}

export function previewItems(questions: readonly Question[]): PreviewItem[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    lang: q.lang,
    stem: questionStem(q.lang, q),
    frame: q.frame ?? null,
    options: q.options,
    correctIndex: q.correctIndex,
    correctOption: q.correctIndex === null ? null : (q.options[q.correctIndex] ?? null),
    source: `${q.source.file}:${q.source.line}`,
    topic: topicsOf(q).join(' › '),
    answer: q.answer,
  }));
}

const LETTERS = 'ABCDEFGHIJ';

/** The questions as a player would see them, with the right option and the source under each. */
export function formatPreview(questions: readonly Question[]): string {
  if (questions.length === 0) return 'No questions match.\n';
  const blocks = questions.map((q, k) => {
    const lines = [`#${k + 1} [${q.kind}] ${q.source.file}:${q.source.line}`, questionStem(q.lang, q)];
    if (q.correctIndex === null) {
      lines.push('  (flashcard: reveal, then grade yourself)', '  Answer:', ...indent(q.answer, 4, 12));
    } else {
      for (const [i, o] of q.options.entries()) lines.push(`  ${LETTERS[i] ?? '?'}) ${o}`);
      lines.push(`  Right: ${LETTERS[q.correctIndex] ?? '?'}`);
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function indent(text: string, width: number, maxLines: number): string[] {
  const lines = text.split('\n');
  const shown = lines.slice(0, maxLines).map((l) => `${' '.repeat(width)}${l}`);
  if (lines.length > maxLines) shown.push(`${' '.repeat(width)}… (${lines.length - maxLines} more lines)`);
  return shown;
}
