import type { Lang, Question } from '../../src/content/question.ts';
import type { Actor, QuizEngine } from '../../src/engine/api.ts';
import type { FlagAdminOutcome, FlaggedQuestion, FlagReason } from '../../src/engine/question-flags.ts';
import type { Result } from '../../src/engine/result.ts';
import { ft } from './flag-messages.ts';
import { rejectionMessage } from './i18n.ts';

/**
 * Lines about reported questions that read the same on every platform. Plain text: each platform escapes
 * it for its own markup, and the players' own words (FlaggedQuestion.notes) are never put in here.
 */

export const reasonName = (lang: Lang, reason: FlagReason): string => ft(lang, `flag.reason.${reason}`);

/** "Wrong answer ×2, Unclear ×1". */
export function reasonsText(lang: Lang, reasons: FlaggedQuestion['reasons']): string {
  return reasons
    .map((r) => ft(lang, 'flag.reasonCount', { reason: reasonName(lang, r.reason), count: r.count }))
    .join(', ');
}

/** "3 reports: Wrong answer ×2, Unclear ×1", or that none is open. */
export function reportsLine(lang: Lang, flagged: FlaggedQuestion): string {
  return flagged.reports === 0
    ? ft(lang, 'flag.noReports')
    : ft(lang, 'flag.reports', { count: flagged.reports, reasons: reasonsText(lang, flagged.reasons) });
}

/** In play, or out of play and why. */
export function stateLine(lang: Lang, flagged: FlaggedQuestion): string {
  if (flagged.suppression === null) return ft(lang, 'flag.inPlay');
  return ft(lang, flagged.suppression.auto ? 'flag.outOfPlayAuto' : 'flag.outOfPlayAdmin');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A question's own text on one line, cut to `max` characters: enough to recognise it in a list. */
export function questionLine(question: Pick<Question, 'stem'>, max = 120): string {
  const flat = question.stem.replace(/\s+/g, ' ').trim();
  const parts = Array.from(graphemes.segment(flat), (s) => s.segment);
  return parts.length <= max
    ? flat
    : `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** "docs/docker.md:42". */
export const sourceOf = (question: Pick<Question, 'source'>): string =>
  `${question.source.file}:${question.source.line}`;

/**
 * The admins' notice that players' reports took a question out of play. `quote` renders the question's
 * text for the platform (escaped, in its quote style); `command` is how admins list reports there.
 */
export function autoSuppressedNotice(
  lang: Lang,
  flagged: { readonly question: Question; readonly openReports: number; readonly reasons: string },
  options: { readonly command: string; readonly quote: (text: string) => string },
): string {
  return ft(lang, 'flag.autoSuppressed', {
    count: flagged.openReports,
    source: sourceOf(flagged.question),
    question: options.quote(questionLine(flagged.question)),
    reasons: flagged.reasons,
    command: options.command,
  });
}

/** Why a report was refused: a round the player was not shown is said in the report's own words. */
export function reportRejection(lang: Lang, code: string): string {
  return code === 'not_your_round' ? ft(lang, 'flag.notYours') : rejectionMessage(lang, code);
}

export type FlagVerdict = 'suppress' | 'restore' | 'dismiss';

/** What an admin's press did, in a sentence. */
export function verdictText(
  lang: Lang,
  verdict: FlagVerdict,
  result: Result<FlagAdminOutcome, string>,
): string {
  if (!result.ok) return ft(lang, 'flag.questionGone');
  if (!result.value.changed) return ft(lang, 'flag.unchanged');
  return ft(
    lang,
    verdict === 'suppress' ? 'flag.suppressed' : verdict === 'restore' ? 'flag.restored' : 'flag.dismissed',
  );
}

/** The reasons of the question's open reports, for the admins' notice: from the list, else the one given. */
export function noticeReasons(
  lang: Lang,
  list: readonly FlaggedQuestion[],
  questionId: string,
  fallback: FlagReason,
): string {
  const found = list.find((f) => f.question.id === questionId);
  return found === undefined || found.reasons.length === 0
    ? reasonName(lang, fallback)
    : reasonsText(lang, found.reasons);
}

/** What a player's report comes to, for any platform: their private reply, and a notice for the admins. */
export type SubmittedReport =
  | { readonly ok: false; readonly code: string }
  | {
      readonly ok: true;
      /** The thank-you only the reporter sees (or that they had reported it already). */
      readonly reply: string;
      /** Set when this report took the question out of play: the admins are to be told, once. */
      readonly suppressed: {
        readonly question: Question;
        readonly openReports: number;
        readonly reasons: string;
      } | null;
    };

/** Reports the question of `roundId` for the actor and words the outcome in `lang`. */
export async function submitReport(
  engine: Pick<QuizEngine, 'flags'>,
  actor: Actor,
  roundId: string,
  input: { readonly reason: FlagReason; readonly note?: string | null },
  lang: Lang,
): Promise<SubmittedReport> {
  const result = await engine.flags.report(actor, roundId, input);
  if (!result.ok) return { ok: false, code: result.code };
  const { outcome, question, openReports, suppressedNow } = result.value;
  const reply = ft(lang, outcome === 'recorded' ? 'flag.thanks' : 'flag.already');
  if (!suppressedNow) return { ok: true, reply, suppressed: null };
  const list = await engine.flags.list(actor.tenantId);
  return {
    ok: true,
    reply,
    suppressed: { question, openReports, reasons: noticeReasons(lang, list, question.id, input.reason) },
  };
}
