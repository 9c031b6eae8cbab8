import type { QuestionId, TenantId } from './ids.ts';
import type { FlagRecord, SuppressionRecord } from './question-flags.ts';

/**
 * Players' reports of questions and the questions taken out of play (question-flags.ts). The rules that
 * must hold when several people press at once live in the keys: one report per player, question and
 * question text; one suppression per tenant and question.
 */
export interface FlagStore {
  /**
   * Stores the report unless this player already reported this question's text ('duplicate': nothing
   * changes). Then counts the open reports of that text in the tenant; the count is taken after the report
   * is stored, so of several reports arriving together the last one counted sees them all.
   */
  recordFlag(flag: FlagRecord): Promise<{ outcome: 'recorded' | 'duplicate'; openReports: number }>;
  /** Open reports of one tenant, or of every tenant (null), oldest first. */
  openFlags(tenantId: TenantId | null): Promise<FlagRecord[]>;
  /** Closes the open reports of a question in a tenant; returns how many were open. */
  resolveFlags(tenantId: TenantId, questionId: QuestionId, at: Date): Promise<number>;
  /**
   * Takes a question out of play in a tenant for the given text. 'already_suppressed' when it is, for
   * that text (exactly one of several racing calls gets 'suppressed'); a suppression of another text is
   * replaced.
   */
  suppressQuestion(suppression: SuppressionRecord): Promise<'suppressed' | 'already_suppressed'>;
  /** Puts a question back in play in a tenant; false when it was not out of play. */
  liftSuppression(tenantId: TenantId, questionId: QuestionId): Promise<boolean>;
  /** Questions out of play in one tenant, or in every tenant (null). */
  suppressions(tenantId: TenantId | null): Promise<SuppressionRecord[]>;
  /**
   * After the notes were loaded: lifts, in every tenant, each suppression of a question in `current`
   * (question id -> fingerprint of its text now) whose text has changed since. Questions not in `current`
   * keep theirs. Returns how many were lifted.
   */
  liftChangedSuppressions(current: ReadonlyMap<QuestionId, string>): Promise<number>;
}
