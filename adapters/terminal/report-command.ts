import { DEFAULT_PERIOD, PERIODS } from '../../src/engine/calendar.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import { chartText } from '../shared/charts/index.ts';
import { suggestionLine, unknownChoiceHint, unknownTopicMessage } from '../shared/helpful-mistakes.ts';
import { rejectionMessage } from '../shared/i18n.ts';
import { rt } from '../shared/report-messages.ts';
import {
  missedCounts,
  missedSource,
  missedStem,
  reportWindowName,
  sectionReportChart,
  sectionTitle,
} from '../shared/section-report-view.ts';
import { TERMINAL_CHANNEL, TERMINAL_TENANT } from './terminal-ids.ts';
import { tt } from './terminal-messages.ts';
import type { TerminalSession } from './terminal-session.ts';

/**
 * `/report [period] [topic]`: the knowledge-gap report of this terminal's channel, as a Unicode bar chart
 * (worst section first, the unranked ones apart), then each ranked section's most-missed questions with
 * their file:line, so the note behind them can be fixed.
 */
export async function reportCommand(s: TerminalSession, args: readonly string[]): Promise<string> {
  const [first, ...rest] = args;
  const period = PERIODS.find((p) => p === first?.toLowerCase());
  const topic = (period === undefined ? args : rest).join(' ').trim();
  const result = await s.engine.sectionReport({
    tenantId: TERMINAL_TENANT,
    channelId: TERMINAL_CHANNEL,
    window: { kind: 'period', period: period ?? DEFAULT_PERIOD },
    timezone: s.timezone,
    ...(topic === '' ? {} : { topic }),
  });
  if (!result.ok) {
    if (result.code !== 'unknown_topic') return rejectionMessage(s.lang, result.code, topic);
    // "/report wek" reads as a topic: offer the periods too.
    const unknown = unknownTopicMessage(s.lang, topic, s.engine.topics(), tt(s.lang, 'topicsHint'));
    const periodHint =
      period === undefined && first !== undefined ? suggestionLine(s.lang, first, PERIODS) : '';
    return periodHint === '' ? unknown : `${unknown} ${unknownChoiceHint(s.lang, first ?? '', PERIODS)}`;
  }
  return reportText(s.lang, result.value);
}

/** The report as the terminal prints it. */
export function reportText(lang: TerminalSession['lang'], report: SectionReport): string {
  if (report.sections.length === 0)
    return rt(lang, 'report.empty', { window: reportWindowName(lang, report.window) });
  const lines = [chartText({ kind: 'section-report', chart: sectionReportChart(lang, report) })];
  if (report.topicTitles.length > 0)
    lines.push(rt(lang, 'report.scope.topic', { topics: report.topicTitles.join(', ') }));
  const missed = report.sections.filter((s) => s.ranked && s.mostMissed.length > 0);
  if (missed.length > 0) lines.push('', rt(lang, 'report.mostMissed'));
  for (const section of missed) {
    lines.push(`  ${sectionTitle(section)}`);
    for (const m of section.mostMissed) {
      const where = missedSource(m);
      lines.push(
        `    ${where === null ? '' : `${where}  `}${missedStem(lang, m)} (${missedCounts(lang, m)})`,
      );
    }
  }
  lines.push('', rt(lang, 'report.howToRead'));
  return lines.join('\n');
}
