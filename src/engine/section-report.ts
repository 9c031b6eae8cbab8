import type { Question } from '../content/question.ts';
import { type Period, pastDaysBounds, periodBounds, previousPeriodBounds } from './calendar.ts';
import type { Clock } from './clock.ts';
import { channelZone } from './engine-context.ts';
import type { EngineSettings } from './engine-settings.ts';
import type { ChannelId, QuestionId, TenantId } from './ids.ts';
import type { ChannelRecord } from './records.ts';
import { SECTION_SEPARATOR } from './records.ts';
import type { SectionReportRow, SectionReportStore } from './report-store-port.ts';
import { ok, type Result, reject } from './result.ts';

/**
 * The knowledge-gap report: for a team (a channel, a workspace or guild, or every team in the database),
 * each note section with answers in the window, its accuracy, its trend against the window before, and
 * the questions its players miss most, with their file:line so a note owner can fix the note.
 *
 * Which sections are ranked is decided here, once: a section needs `reportMinAnswers` answers in the
 * window; the others are listed apart, unranked. Ranked sections come worst first (lowest accuracy, then
 * more answers, then the section's name); the unranked ones follow, most answers first.
 */

/** Which answers: a leaderboard period ("this week"), or the local days before an instant (the digest). */
export type ReportWindow =
  | { readonly kind: 'period'; readonly period: Period }
  | { readonly kind: 'past-days'; readonly days: number; readonly until: Date };

export interface SectionReportRequest {
  /** null: every team in the database (the `notequiz report` command for note owners). */
  readonly tenantId: TenantId | null;
  /** Only this channel's answers; its timezone counts the days. */
  readonly channelId?: ChannelId;
  readonly window: ReportWindow;
  /** A typed topic, resolved by the one topic resolver; only sections under the titles it names. */
  readonly topic?: string;
  /** The zone of the window's days (default: the channel's, else the engine's). */
  readonly timezone?: string;
}

export interface MissedQuestion {
  readonly questionId: QuestionId;
  /** The live question, else its stored snapshot; null when neither exists (nothing to show but the id). */
  readonly question: Question | null;
  /** False when the question is no longer in the notes (retired, or unknown). */
  readonly inNotes: boolean;
  readonly answers: number;
  readonly missed: number;
}

export interface ReportSection {
  /** The joined note section path, as answers store it ("Docker > Images"). */
  readonly section: string;
  /** The same, title by title, outermost first. */
  readonly path: readonly string[];
  readonly answers: number;
  readonly correct: number;
  /** Distinct players who answered in the window. */
  readonly players: number;
  readonly accuracy: number;
  /** The window before, when there is one and it had enough answers to compare with; else null. */
  readonly previous: { readonly answers: number; readonly correct: number; readonly accuracy: number } | null;
  /** Enough answers to rank (`minAnswers`). */
  readonly ranked: boolean;
  /** Up to `reportMostMissed` questions with at least one wrong answer, most missed first. */
  readonly mostMissed: readonly MissedQuestion[];
}

export interface SectionReport {
  readonly window: ReportWindow;
  readonly tenantId: TenantId | null;
  readonly channelId: ChannelId | null;
  /** What was typed, and the section titles it resolved to (empty without a topic). */
  readonly topic: string | null;
  readonly topicTitles: readonly string[];
  readonly timezone: string;
  /** The window's bounds (null ends: all time). */
  readonly from: Date | null;
  readonly to: Date | null;
  /** The rule behind `ranked`. */
  readonly minAnswers: number;
  /** Ranked sections worst first, then the unranked ones. */
  readonly sections: readonly ReportSection[];
  readonly totalAnswers: number;
}

export type SectionReportRejection = 'unknown_topic';

/** What building a report needs: a narrow slice of the engine, so the CLI can build one without notes. */
export interface SectionReportDeps {
  readonly store: SectionReportStore & {
    getChannel(id: ChannelId): Promise<ChannelRecord | null>;
  };
  readonly clock: Clock;
  readonly settings: Pick<
    EngineSettings,
    'defaultTimezone' | 'reportMinAnswers' | 'reportMostMissed' | 'reportRoundKinds'
  >;
  /** The live question of an id (the bank), if the notes still have it. */
  liveQuestion(id: QuestionId): Question | undefined;
  /** The one topic resolver; empty when the topic names nothing. */
  resolveTopic(topic: string): readonly string[];
}

export async function buildSectionReport(
  deps: SectionReportDeps,
  request: SectionReportRequest,
): Promise<Result<SectionReport, SectionReportRejection>> {
  const topic = request.topic?.trim() || null;
  const topicTitles = topic === null ? [] : deps.resolveTopic(topic);
  if (topic !== null && topicTitles.length === 0) return reject('unknown_topic', topic);
  const channel = request.channelId === undefined ? null : await deps.store.getChannel(request.channelId);
  const timezone =
    request.timezone ?? (channel !== null ? channelZone(channel) : deps.settings.defaultTimezone);
  const { current, previous } = windowBounds(request.window, deps.clock.now(), timezone);
  const rows = await deps.store.sectionReport({
    tenantId: request.tenantId,
    ...(request.channelId !== undefined ? { channelId: request.channelId } : {}),
    ...(topicTitles.length > 0 ? { sections: topicTitles } : {}),
    current,
    previous,
    roundKinds: deps.settings.reportRoundKinds,
  });
  const minAnswers = deps.settings.reportMinAnswers;
  const grouped = groupBySection(rows);
  const missedIds = [...grouped.values()].flatMap((g) =>
    mostMissedRows(g.rows, deps.settings.reportMostMissed).map((r) => r.questionId),
  );
  const questions = await questionsFor(deps, missedIds);
  const sections = [...grouped.entries()]
    .map(([section, g]) => toSection(section, g, minAnswers, deps.settings.reportMostMissed, questions))
    .filter((s) => s.answers > 0)
    .sort(reportOrder);
  return ok({
    window: request.window,
    tenantId: request.tenantId,
    channelId: request.channelId ?? null,
    topic,
    topicTitles,
    timezone,
    from: current.from ?? null,
    to: current.to ?? null,
    minAnswers,
    sections,
    totalAnswers: sections.reduce((n, s) => n + s.answers, 0),
  });
}

function windowBounds(
  window: ReportWindow,
  now: Date,
  zone: string,
): { current: { from?: Date; to?: Date }; previous: { from: Date; to: Date } | null } {
  if (window.kind === 'past-days') return pastDaysBounds(window.until, window.days, zone);
  return {
    current: periodBounds(window.period, now, zone),
    previous: previousPeriodBounds(window.period, now, zone),
  };
}

interface SectionRows {
  readonly rows: SectionReportRow[];
  players: number;
}

function groupBySection(rows: readonly SectionReportRow[]): Map<string, SectionRows> {
  const out = new Map<string, SectionRows>();
  for (const row of rows) {
    const group = out.get(row.noteSection) ?? { rows: [], players: 0 };
    group.rows.push(row);
    group.players = Math.max(group.players, row.sectionPlayers);
    out.set(row.noteSection, group);
  }
  return out;
}

/** Most missed first; then the larger share missed, then the question id (stable across stores). */
function mostMissedRows(rows: readonly SectionReportRow[], limit: number): SectionReportRow[] {
  return rows
    .filter((r) => r.answers > r.correct)
    .sort((a, b) => {
      const missedA = a.answers - a.correct;
      const missedB = b.answers - b.correct;
      return (
        missedB - missedA ||
        missedB / b.answers - missedA / a.answers ||
        (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0)
      );
    })
    .slice(0, limit);
}

/** The live questions from the bank; the others (retired) from the store, in one call. */
async function questionsFor(
  deps: SectionReportDeps,
  ids: readonly QuestionId[],
): Promise<Map<QuestionId, { question: Question | null; inNotes: boolean }>> {
  const out = new Map<QuestionId, { question: Question | null; inNotes: boolean }>();
  const missing: QuestionId[] = [];
  for (const id of ids) {
    const live = deps.liveQuestion(id);
    if (live === undefined) missing.push(id);
    else out.set(id, { question: live, inNotes: true });
  }
  if (missing.length > 0) {
    for (const stored of await deps.store.storedQuestions(missing))
      out.set(stored.id, { question: stored.question, inNotes: !stored.retired });
  }
  return out;
}

function toSection(
  section: string,
  group: SectionRows,
  minAnswers: number,
  mostMissed: number,
  questions: ReadonlyMap<QuestionId, { question: Question | null; inNotes: boolean }>,
): ReportSection {
  let answers = 0;
  let correct = 0;
  let previousAnswers = 0;
  let previousCorrect = 0;
  for (const row of group.rows) {
    answers += row.answers;
    correct += row.correct;
    previousAnswers += row.previousAnswers;
    previousCorrect += row.previousCorrect;
  }
  return {
    section,
    path: section.split(SECTION_SEPARATOR),
    answers,
    correct,
    players: group.players,
    accuracy: ratio(correct, answers),
    previous:
      previousAnswers >= minAnswers
        ? {
            answers: previousAnswers,
            correct: previousCorrect,
            accuracy: ratio(previousCorrect, previousAnswers),
          }
        : null,
    ranked: answers >= minAnswers,
    mostMissed: mostMissedRows(group.rows, mostMissed).map((r) => {
      const found = questions.get(r.questionId);
      return {
        questionId: r.questionId,
        question: found?.question ?? null,
        inNotes: found?.inNotes ?? false,
        answers: r.answers,
        missed: r.answers - r.correct,
      };
    }),
  };
}

/** Ranked first, worst accuracy first (more answers first on a tie); unranked by answers; then by name. */
function reportOrder(a: ReportSection, b: ReportSection): number {
  if (a.ranked !== b.ranked) return a.ranked ? -1 : 1;
  const byName = a.section < b.section ? -1 : a.section > b.section ? 1 : 0;
  if (!a.ranked) return b.answers - a.answers || byName;
  return a.accuracy - b.accuracy || b.answers - a.answers || byName;
}

function ratio(correct: number, answered: number): number {
  return answered === 0 ? 0 : correct / answered;
}
