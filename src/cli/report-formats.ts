import { DateTime } from 'luxon';
import { trend } from '../../adapters/shared/charts/figures.ts';
import { rt } from '../../adapters/shared/report-messages.ts';
import {
  missedCounts,
  missedSource,
  missedStem,
  reportTitle,
  reportWindowName,
  sectionFigures,
  sectionTitle,
} from '../../adapters/shared/section-report-view.ts';
import type { Lang } from '../content/question.ts';
import type { MissedQuestion, ReportSection, SectionReport } from '../engine/section-report.ts';
import type { ReportFormat } from './report-command.ts';

/**
 * `notequiz report` output for note owners: Markdown to paste into a documentation review, JSON for tools,
 * CSV for a spreadsheet. All three say the same thing as the chat reply: worst section first, the ones with
 * too few answers apart, most-missed questions with their file:line.
 */
export function formatReport(report: SectionReport, format: ReportFormat, lang: Lang): string {
  switch (format) {
    case 'md':
      return reportMarkdown(report, lang);
    case 'json':
      return `${JSON.stringify(reportJson(report), null, 2)}\n`;
    case 'csv':
      return reportCsv(report);
  }
}

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
const localDate = (at: Date, zone: string): string =>
  DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm');

/** Text from notes or players inside a Markdown table cell: no markup, no column break, no line break. */
function mdCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

const mdCode = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function missedMd(lang: Lang, missed: MissedQuestion): string {
  const where = missedSource(missed);
  return `${where === null ? '' : `${mdCode(where)} `}${mdCell(missedStem(lang, missed, 120))} — ${missedCounts(lang, missed)}`;
}

function trendCell(section: ReportSection): string {
  if (section.previous === null) return '–';
  return `${trend(section.accuracy, section.previous.accuracy).text} (${percent(section.previous.accuracy)})`;
}

export function reportMarkdown(report: SectionReport, lang: Lang): string {
  const lines = [`# ${reportTitle(lang, report)}`, ''];
  const scope = [rt(lang, 'report.scope.all')];
  if (report.from !== null && report.to !== null)
    scope.push(
      rt(lang, 'report.dates', {
        from: localDate(report.from, report.timezone),
        to: localDate(report.to, report.timezone),
        timezone: report.timezone,
      }),
    );
  lines.push(scope.join(' '), '');
  if (report.sections.length === 0) {
    lines.push(rt(lang, 'report.empty', { window: reportWindowName(lang, report.window) }));
    return `${lines.join('\n')}\n`;
  }
  const col = (key: 'section' | 'accuracy' | 'answers' | 'players' | 'trend') =>
    rt(lang, `report.col.${key}`);
  const ranked = report.sections.filter((s) => s.ranked);
  if (ranked.length > 0) {
    lines.push(
      `| ${col('section')} | ${col('accuracy')} | ${col('answers')} | ${col('players')} | ${col('trend')} |`,
      '|---|---:|---:|---:|---:|',
      ...ranked.map(
        (s) =>
          `| ${mdCell(sectionTitle(s))} | ${percent(s.accuracy)} | ${s.answers} | ${s.players} | ${trendCell(s)} |`,
      ),
      '',
    );
  }
  const unranked = report.sections.filter((s) => !s.ranked);
  if (unranked.length > 0) {
    lines.push(
      `## ${rt(lang, 'report.tooFew', { min: report.minAnswers })}`,
      '',
      `| ${col('section')} | ${col('answers')} | ${col('players')} |`,
      '|---|---:|---:|',
      ...unranked.map((s) => `| ${mdCell(sectionTitle(s))} | ${s.answers} | ${s.players} |`),
      '',
    );
  }
  const missed = ranked.filter((s) => s.mostMissed.length > 0);
  if (missed.length > 0) {
    lines.push(`## ${rt(lang, 'report.col.mostMissed')}`, '');
    for (const section of missed) {
      lines.push(`### ${mdCell(sectionTitle(section))}`, '', mdCell(sectionFigures(lang, section)), '');
      lines.push(...section.mostMissed.map((m) => `- ${missedMd(lang, m)}`), '');
    }
  }
  lines.push(`_${rt(lang, 'report.howToRead')}_`);
  return `${lines.join('\n')}\n`;
}

/** Stable, documented keys (docs/writing-notes.md): what a tool may rely on. */
export function reportJson(report: SectionReport) {
  return {
    window: report.window,
    from: report.from,
    to: report.to,
    timezone: report.timezone,
    minAnswers: report.minAnswers,
    totalAnswers: report.totalAnswers,
    sections: report.sections.map((s) => ({
      section: s.path.join(' › '),
      path: s.path,
      ranked: s.ranked,
      answers: s.answers,
      correct: s.correct,
      players: s.players,
      accuracy: round4(s.accuracy),
      previous: s.previous === null ? null : { ...s.previous, accuracy: round4(s.previous.accuracy) },
      mostMissed: s.mostMissed.map((m) => ({
        questionId: m.questionId,
        source: missedSource(m),
        stem: m.question?.stem ?? null,
        inNotes: m.inNotes,
        answers: m.answers,
        missed: m.missed,
      })),
    })),
  };
}

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

const CSV_HEADER = [
  'section',
  'ranked',
  'answers',
  'players',
  'correct',
  'accuracy',
  'previous_answers',
  'previous_accuracy',
  'most_missed',
];

/**
 * One RFC 4180 field. Text from notes is untrusted: a cell a spreadsheet would read as a formula
 * (starting with = + - @, a tab or a carriage return) is kept as text by a leading apostrophe.
 */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: SectionReport): string {
  const rows = report.sections.map((s) => [
    sectionTitle(s),
    s.ranked,
    s.answers,
    s.players,
    s.correct,
    round4(s.accuracy),
    s.previous?.answers ?? null,
    s.previous === null ? null : round4(s.previous.accuracy),
    s.mostMissed.map((m) => `${missedSource(m) ?? m.questionId} (${m.missed}/${m.answers})`).join('; '),
  ]);
  return `${[CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
