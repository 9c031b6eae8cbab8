import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { redactUrl } from '../config/secrets.ts';
import type { Lang } from '../content/question.ts';
import { DEFAULT_PERIOD, isValidTimezone, PERIODS, type Period } from '../engine/calendar.ts';
import { systemClock } from '../engine/clock.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../engine/engine-settings.ts';
import type { SectionReport } from '../engine/section-report.ts';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../store/database-url.ts';
import { CliUserError } from './cli-user-error.ts';

/** The output formats; report-formats.ts (loaded only when a report is printed) writes each. */
export const REPORT_FORMATS = ['md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  readonly period: Period;
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly timezone: string;
}

/** Checks the flags a person typed; every mistake names the flag and what it takes. */
export function parseReportOptions(
  options: { period: string; format: string; lang: string; timezone?: string },
  env: Readonly<Record<string, string | undefined>> = process.env,
): ReportOptions {
  const period = PERIODS.find((p) => p === options.period.trim().toLowerCase());
  if (period === undefined)
    throw new CliUserError(`--period must be one of ${PERIODS.join(', ')}, not "${options.period}"`);
  const format = REPORT_FORMATS.find((f) => f === options.format.trim().toLowerCase());
  if (format === undefined)
    throw new CliUserError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${options.format}"`);
  const lang = options.lang === 'en' || options.lang === 'zh' ? options.lang : null;
  if (lang === null) throw new CliUserError(`--lang must be en or zh, not "${options.lang}"`);
  const timezone =
    options.timezone?.trim() || env.DEFAULT_TIMEZONE?.trim() || DEFAULT_ENGINE_SETTINGS.defaultTimezone;
  if (!isValidTimezone(timezone))
    throw new CliUserError(`--timezone must be an IANA zone such as Europe/Berlin, not "${timezone}"`);
  return { period, format, lang, timezone };
}

/**
 * `notequiz report [--period P] [--format md|json|csv]`: the knowledge-gap report by note section, over
 * every team's answers in the database (DATABASE_URL, else the default SQLite file), for the people who
 * write the notes. It reads only: no migration, no notes (a missed question's file:line comes from the
 * question as the database stored it).
 */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description("What the teams get wrong, by note section (worst first), from the database's answers")
    .option('--period <period>', `${PERIODS.join(', ')}`, DEFAULT_PERIOD)
    .option('--format <format>', `${REPORT_FORMATS.join(', ')} (Markdown, JSON, CSV)`, 'md')
    .option('--lang <lang>', 'en or zh: the wording of the Markdown', 'en')
    .option('--timezone <zone>', "where the period's days begin (default: DEFAULT_TIMEZONE, else UTC)")
    .action(async (raw: { period: string; format: string; lang: string; timezone?: string }) => {
      const options = parseReportOptions(raw);
      const { formatReport } = await import('./report-formats.ts');
      const report = await readReport(options);
      process.stdout.write(formatReport(report, options.format, options.lang));
    });
}

async function readReport(options: ReportOptions): Promise<SectionReport> {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const target = parseDatabaseUrl(url);
  // Reading must not leave an empty database file behind where there was none.
  if (target.provider === 'sqlite' && !existsSync(target.file))
    throw new CliUserError(
      `there is no database at ${target.file}: set DATABASE_URL to the bot's database (or start the bot once)`,
    );
  const { openStore } = await import('../store/open-store.ts');
  const { buildSectionReport } = await import('../engine/section-report.ts');
  const store = await openStore(url, { migrate: false }).catch((error: unknown) => {
    throw new Error(`could not open ${redactUrl(url)} (\`notequiz db status\` says more)`, { cause: error });
  });
  try {
    const built = await buildSectionReport(
      {
        store,
        clock: systemClock,
        settings: { ...DEFAULT_ENGINE_SETTINGS, defaultTimezone: options.timezone },
        liveQuestion: () => undefined,
        resolveTopic: () => [],
      },
      { tenantId: null, window: { kind: 'period', period: options.period }, timezone: options.timezone },
    );
    if (!built.ok) throw new CliUserError(`report: ${built.code}`);
    return built.value;
  } catch (error) {
    if (error instanceof CliUserError) throw error;
    throw new Error(`could not read the report from ${redactUrl(url)} (\`notequiz db status\` says more)`, {
      cause: error,
    });
  } finally {
    await store.close();
  }
}
