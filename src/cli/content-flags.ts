import { ft } from '../../adapters/shared/flag-messages.ts';
import { questionLine } from '../../adapters/shared/flag-text.ts';
import { redactUrl } from '../config/secrets.ts';
import type { Question } from '../content/question.ts';
import type { Problem } from '../content/types.ts';
import type { FlagStore } from '../engine/flag-store.ts';
import {
  FLAG_REASONS,
  type FlagReason,
  type FlagRecord,
  questionFingerprint,
  type SuppressionRecord,
} from '../engine/question-flags.ts';
import { CliUserError } from './cli-user-error.ts';

/**
 * `notequiz content check --db`: players' open reports and the questions out of play, read from the
 * database, as problems of the notes' files (`docker.md:42: warning: reported 4× "wrong answer"`), so a
 * note owner fixes the note. Only what is about a question's text as the notes hold it now: a report of a
 * text since changed is answered already.
 */

/** The codes these problems carry (Problem.code), for tools that read --json. */
export const REPORT_CODES = { reported: 'player-reports', suppressed: 'out-of-play' } as const;

/** What players wrote, shown on one line of a terminal: no control character, at most this long. */
const NOTE_SHOWN = 80;
const NOTES_SHOWN = 2;

export function reportProblems(
  questions: readonly Question[],
  flags: readonly FlagRecord[],
  suppressions: readonly SuppressionRecord[],
): Problem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const current = (record: { questionId: string; fingerprint: string }): Question | null => {
    const question = byId.get(record.questionId);
    return question !== undefined && questionFingerprint(question) === record.fingerprint ? question : null;
  };
  const problems: Problem[] = [];
  for (const question of questions) {
    const reported = flags.filter((f) => f.questionId === question.id && current(f) !== null);
    const outOfPlay = suppressions.filter((s) => s.questionId === question.id && current(s) !== null);
    const where = { file: question.source.file, line: question.source.line, severity: 'warning' as const };
    const about = `(question “${printable(questionLine(question, 60))}”)`;
    if (reported.length > 0) {
      const notes = [...reported]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .flatMap((f) => (f.note === null ? [] : [`“${printable(cut(f.note, NOTE_SHOWN))}”`]))
        .slice(0, NOTES_SHOWN);
      problems.push({
        ...where,
        code: REPORT_CODES.reported,
        message: [
          `reported ${reasonCounts(reported)}`,
          about,
          ...(notes.length > 0 ? [`players wrote ${notes.join(', ')}`] : []),
        ].join(' '),
      });
    }
    if (outOfPlay.length > 0) {
      const teams = outOfPlay.length;
      problems.push({
        ...where,
        code: REPORT_CODES.suppressed,
        message: `out of play in ${teams} ${teams === 1 ? 'team' : 'teams'} until the note changes or an admin restores it ${about}`,
      });
    }
  }
  return problems;
}

/** `4× "wrong answer", 1× "unclear"`, most frequent first. */
function reasonCounts(flags: readonly FlagRecord[]): string {
  const counts = FLAG_REASONS.map((reason) => ({
    reason,
    count: flags.filter((f) => f.reason === reason).length,
  }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  return counts.map((r) => `${r.count}× "${reasonWords(r.reason)}"`).join(', ');
}

const reasonWords = (reason: FlagReason): string => ft('en', `flag.reason.${reason}`).toLowerCase();

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function cut(text: string, max: number): string {
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  return parts.length <= max ? text : `${parts.slice(0, max - 1).join('')}…`;
}

/** Player text reaches a terminal: escape sequences and other controls must not. */
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, '');

/**
 * Reads the open reports and suppressions from the database at `databaseUrl`, changing nothing: a
 * database not migrated yet is refused with the command that migrates it.
 */
export async function readReports(
  databaseUrl: string,
): Promise<{ flags: FlagRecord[]; suppressions: SuppressionRecord[] }> {
  const { migrationStatus } = await import('../store/migrations/migration-status.ts');
  const status = await migrationStatus(databaseUrl);
  if (status.applied.length === 0)
    throw new CliUserError(
      `${redactUrl(databaseUrl)} holds no notequiz database (set DATABASE_URL to the bot's)`,
    );
  if (status.pending.length > 0)
    throw new CliUserError(
      `${redactUrl(databaseUrl)} has ${status.pending.length} pending migration(s): run \`notequiz db migrate\` first`,
    );
  const { openStore } = await import('../store/open-store.ts');
  const store: FlagStore & { close(): Promise<void> } = await openStore(databaseUrl, { migrate: false });
  try {
    const [flags, suppressions] = await Promise.all([store.openFlags(null), store.suppressions(null)]);
    return { flags, suppressions };
  } finally {
    await store.close();
  }
}
