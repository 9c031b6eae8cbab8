import type { Lang } from '../../src/content/question.ts';
import type {
  MissedQuestion,
  ReportSection,
  ReportWindow,
  SectionReport,
} from '../../src/engine/section-report.ts';
import type { SectionReportChart } from './charts/chart-data.ts';
import { percentText, trend } from './charts/figures.ts';
import { periodName } from './i18n.ts';
import { rt } from './report-messages.ts';

/**
 * The knowledge-gap report in words and as chart data, for every adapter: what each platform shows is the
 * same, only the markup differs. The chart draws what the report decided (which sections are ranked).
 */

/** How a section is named to a reader: its headings, outermost first, as the terminal's breadcrumbs show. */
export const sectionTitle = (section: Pick<ReportSection, 'path'>): string => section.path.join(' › ');

/** "this week", "the past 7 days". */
export function reportWindowName(lang: Lang, window: ReportWindow): string {
  return window.kind === 'period'
    ? periodName(lang, window.period)
    : rt(lang, 'report.window.pastDays', { days: window.days });
}

export function reportTitle(lang: Lang, report: Pick<SectionReport, 'window'>): string {
  return rt(lang, 'report.title', { window: reportWindowName(lang, report.window) });
}

/** The report as the section-report chart's input: every word from the catalogue, in the reader's language. */
export function sectionReportChart(lang: Lang, report: SectionReport): SectionReportChart {
  return {
    title: reportTitle(lang, report),
    labels: {
      section: rt(lang, 'report.col.section'),
      accuracy: rt(lang, 'report.col.accuracy'),
      answers: rt(lang, 'report.col.answers'),
      players: rt(lang, 'report.col.players'),
      trend: rt(lang, 'report.col.trend'),
      tooFewAnswers: rt(lang, 'report.tooFew', { min: report.minAnswers }),
    },
    sections: report.sections.map((s) => ({
      title: sectionTitle(s),
      answers: s.answers,
      players: s.players,
      accuracy: s.accuracy,
      previousAccuracy: s.previous?.accuracy ?? null,
      ranked: s.ranked,
    })),
  };
}

/** "30% right · 10 answers · 6 players", then "▼50 (was 80%)" when there is a period to compare with. */
export function sectionFigures(lang: Lang, section: ReportSection): string {
  const figures = rt(lang, 'report.figures', {
    accuracy: percentText(section.accuracy),
    answers: section.answers,
    players: section.players,
  });
  if (section.previous === null || !section.ranked) return figures;
  const change = trend(section.accuracy, section.previous.accuracy).text;
  return `${figures} · ${rt(lang, 'report.trend', { trend: change, previous: percentText(section.previous.accuracy) })}`;
}

/** Where a missed question is in the notes ("docker.md:42"); null when nothing is known of it. */
export function missedSource(missed: MissedQuestion): string | null {
  const source = missed.question?.source;
  return source === undefined ? null : `${source.file}:${source.line}`;
}

/** The question's own words on one line, cut at `max` characters (the reply links it by file:line). */
export function missedStem(lang: Lang, missed: MissedQuestion, max = 90): string {
  const stem = missed.question?.stem ?? rt(lang, 'report.unknownQuestion', { id: missed.questionId });
  const line = stem.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}

/** "4 of 6 wrong", and "no longer in the notes" for a retired question. */
export function missedCounts(lang: Lang, missed: MissedQuestion): string {
  const counts = rt(lang, 'report.missed', { missed: missed.missed, answers: missed.answers });
  return missed.inNotes ? counts : `${counts} · ${rt(lang, 'report.notInNotes')}`;
}

/** The local name of an ISO weekday (1 = Monday): "Monday", "星期一". */
export function weekdayName(lang: Lang, weekday: number): string {
  // 2024-01-01 was a Monday: day n of the ISO week is January n.
  const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return format.format(new Date(Date.UTC(2024, 0, weekday)));
}

/** The words people type for a weekday, in English and Chinese: "mon", "monday", "周一", "星期一". */
export function parseWeekday(word: string): number | null {
  const w = word.trim().toLowerCase();
  const english = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const index = english.findIndex(
    (prefix) => w.length >= 3 && `${prefix}${FULL[prefix] ?? ''}`.startsWith(w),
  );
  if (index >= 0) return index + 1;
  const chinese = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(w);
  if (chinese === null) return null;
  const day = '一二三四五六日'.indexOf(chinese[1] === '天' ? '日' : (chinese[1] ?? ''));
  return day < 0 ? null : day + 1;
}

const FULL: Readonly<Record<string, string>> = {
  mon: 'day',
  tue: 'sday',
  wed: 'nesday',
  thu: 'rsday',
  fri: 'day',
  sat: 'urday',
  sun: 'day',
};
