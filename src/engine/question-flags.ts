import type { Question } from '../content/question.ts';
import { shortHash } from '../content/text-normalise.ts';
import type { Actor } from './api.ts';
import type { PlayerId, QuestionId, RoundId, TenantId } from './ids.ts';
import type { Result } from './result.ts';

/**
 * "Report this question": a player says a question is wrong, unclear or not worth asking; enough reports
 * take it out of play until an admin restores it or its note changes. The records, the rules' constants
 * and the commands' shapes; question-flag-commands.ts runs them.
 */

/** What a player can say about a question, in the order menus show them. */
export const FLAG_REASONS = ['wrong_answer', 'unclear', 'not_worth_asking', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export function isFlagReason(value: string): value is FlagReason {
  return (FLAG_REASONS as readonly string[]).includes(value);
}

/**
 * The longest free text a report keeps, in characters: room for a sentence or two about what is wrong.
 * Adapters limit their text fields to it; the engine cuts anything longer (a forged submission).
 */
export const FLAG_NOTE_MAX_LENGTH = 500;

/** One player's report of one question's text. */
export interface FlagRecord {
  readonly tenantId: TenantId;
  readonly questionId: QuestionId;
  /** questionFingerprint of the text reported: once the note changes, the report no longer applies. */
  readonly fingerprint: string;
  readonly playerId: PlayerId;
  readonly reason: FlagReason;
  /** What the player wrote, cleaned (cleanFlagNote); null when they wrote nothing. */
  readonly note: string | null;
  readonly createdAt: Date;
  /** When an admin dismissed the reports or restored the question: the report is closed. */
  readonly resolvedAt: Date | null;
}

/** A question taken out of play in a tenant, for one text of it. */
export interface SuppressionRecord {
  readonly tenantId: TenantId;
  readonly questionId: QuestionId;
  /** The text suppressed: a suppression whose fingerprint differs from the note's text no longer holds. */
  readonly fingerprint: string;
  /** The admin who suppressed it; null when enough players' reports did. */
  readonly byPlayerId: PlayerId | null;
  readonly createdAt: Date;
}

/**
 * Identifies the text a player was asked, so "the note changed" can be told from a reload that changed
 * nothing: the stem, its frame, the answer and the right option, plus every option of a quiz the note
 * writes with its own options. The distractors of generated questions are left out: they come from other
 * cards, and editing another card is not fixing this one.
 */
export function questionFingerprint(question: Question): string {
  const key = question.correctIndex === null ? null : (question.options[question.correctIndex] ?? null);
  const text = JSON.stringify([
    question.stem,
    question.frame ?? null,
    question.answer,
    key,
    question.kind === 'choice' ? question.options : [],
  ]);
  return shortHash(text, 16);
}

/** A line break or tab becomes a space; other control and bidi characters go (they reorder or hide text). */
const CONTROLS = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A player's free text as it is kept: one paragraph of visible text, at most FLAG_NOTE_MAX_LENGTH
 * characters (cut between characters, with an ellipsis); null when nothing is left. Markup stays as
 * typed: every place that shows it escapes it for its own platform.
 */
export function cleanFlagNote(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  const text = raw
    .slice(0, FLAG_NOTE_MAX_LENGTH * 8)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  if (parts.length <= FLAG_NOTE_MAX_LENGTH) return text;
  return `${parts
    .slice(0, FLAG_NOTE_MAX_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

export type FlagRejection = 'round_not_found' | 'wrong_tenant' | 'not_your_round';
export type FlagAdminRejection = 'question_not_found';

export interface FlagOutcome {
  /** 'duplicate': this player had already reported this question's text; nothing changed. */
  readonly outcome: 'recorded' | 'duplicate';
  readonly question: Question;
  /** Players whose reports of this text are open in the tenant, this one included. */
  readonly openReports: number;
  /** This report took the question out of play (exactly one report does): tell the admins. */
  readonly suppressedNow: boolean;
}

/** A question as the admins' list shows it. */
export interface FlaggedQuestion {
  readonly question: Question;
  /** Distinct players with an open report of the current text. */
  readonly reports: number;
  /** Open reports per reason, most frequent first. */
  readonly reasons: readonly { readonly reason: FlagReason; readonly count: number }[];
  /** What reporters wrote, newest first (at most FLAGGED_NOTES_SHOWN). */
  readonly notes: readonly { readonly reason: FlagReason; readonly note: string }[];
  readonly lastReportedAt: Date | null;
  /** null while the question is in play. */
  readonly suppression: { readonly auto: boolean; readonly at: Date } | null;
}

/** The players' words kept per question in the admins' list: enough to see what is wrong. */
export const FLAGGED_NOTES_SHOWN = 3;

/** The admins' verdict on a question: whether anything changed (a second press changes nothing). */
export interface FlagAdminOutcome {
  readonly changed: boolean;
}

/** engine.flags: reporting questions, and what admins do with the reports. */
export interface QuestionFlags {
  /**
   * The question a player is about to report, checked as `report` checks it: so a form can show it, and a
   * round the player may not report is refused before they write anything.
   */
  reportable(actor: Actor, roundId: RoundId): Promise<Result<Question, FlagRejection>>;
  /**
   * A player reports the question of a round they were shown: a daily round of their team, their own
   * practice round, a question of a duel they play. One report per player and question text.
   */
  report(
    actor: Actor,
    roundId: RoundId,
    input: { readonly reason: FlagReason; readonly note?: string | null },
  ): Promise<Result<FlagOutcome, FlagRejection>>;
  /** Questions with open reports or out of play in a tenant, most reported first. */
  list(tenantId: TenantId): Promise<FlaggedQuestion[]>;
  /** An admin takes a question out of play in their tenant (its current text). */
  suppress(actor: Actor, questionId: QuestionId): Promise<Result<FlagAdminOutcome, FlagAdminRejection>>;
  /** An admin puts a question back in play and closes its reports (they were heard). */
  restore(actor: Actor, questionId: QuestionId): Promise<Result<FlagAdminOutcome, FlagAdminRejection>>;
  /** An admin closes a question's reports and leaves it in play. */
  dismiss(actor: Actor, questionId: QuestionId): Promise<Result<FlagAdminOutcome, FlagAdminRejection>>;
}
