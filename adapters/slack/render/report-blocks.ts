import type { KnownBlock } from '@slack/types';
import type { Lang } from '../../../src/content/question.ts';
import type { ReportSection, SectionReport } from '../../../src/engine/section-report.ts';
import { rt } from '../../shared/report-messages.ts';
import {
  missedCounts,
  missedSource,
  missedStem,
  reportTitle,
  reportWindowName,
  sectionFigures,
  sectionTitle,
} from '../../shared/section-report-view.ts';
import {
  contextBlock,
  escapeMrkdwn,
  fallbackText,
  fitBlocks,
  fitPlain,
  headerBlock,
  sectionBlock,
} from '../block-limits.ts';
import { splitQualified } from '../slack-ids.ts';
import type { SlackMessage } from './question-blocks.ts';

/** Ranked sections shown as blocks of their own; the rest are counted (the PNG chart and CLI have all). */
const SHOWN_SECTIONS = 20;

/** `<#C123>`: Slack shows the channel's current name, in the reader's client. */
function channelMention(channelId: string): string | null {
  const local = splitQualified(channelId)?.localId;
  return local === null || local === undefined ? null : `<#${local}>`;
}

/** Where the answers come from: the channel, the whole workspace, and the topic if one was asked. */
function scopeLine(lang: Lang, report: SectionReport): string {
  const channel = report.channelId === null ? null : channelMention(report.channelId);
  const parts = [
    channel === null ? rt(lang, 'report.scope.tenant') : rt(lang, 'report.scope.channel', { channel }),
  ];
  if (report.topicTitles.length > 0)
    parts.push(
      escapeMrkdwn(rt(lang, 'report.scope.topic', { topics: fitPlain(report.topicTitles.join(', '), 200) })),
    );
  return parts.join(' ');
}

function sectionText(lang: Lang, section: ReportSection): string {
  const lines = [
    `*${escapeMrkdwn(fitPlain(sectionTitle(section), 200))}*`,
    escapeMrkdwn(sectionFigures(lang, section)),
  ];
  for (const missed of section.mostMissed) {
    const where = missedSource(missed);
    const source = where === null ? '' : `\`${escapeMrkdwn(fitPlain(where, 120)).replace(/`/g, "'")}\` `;
    lines.push(
      `• ${source}${escapeMrkdwn(missedStem(lang, missed))} — ${escapeMrkdwn(missedCounts(lang, missed))}`,
    );
  }
  return lines.join('\n');
}

/**
 * The knowledge-gap report in Block Kit: a header, where the answers come from, one section per ranked note
 * section (worst first) with its figures, trend and most-missed questions with file:line, then the sections
 * with too few answers on one line. Every limit goes through block-limits.ts.
 */
export function reportBlocks(lang: Lang, report: SectionReport, heading?: string): KnownBlock[] {
  const blocks: KnownBlock[] = [headerBlock(heading ?? reportTitle(lang, report))];
  if (heading !== undefined) blocks.push(contextBlock([reportTitle(lang, report)]));
  blocks.push(contextBlock([scopeLine(lang, report)], { escape: false }));
  if (report.sections.length === 0) {
    blocks.push(sectionBlock(rt(lang, 'report.empty', { window: reportWindowName(lang, report.window) })));
    return blocks;
  }
  const ranked = report.sections.filter((s) => s.ranked);
  for (const section of ranked.slice(0, SHOWN_SECTIONS))
    blocks.push(sectionBlock(sectionText(lang, section), { escape: false }));
  if (ranked.length > SHOWN_SECTIONS)
    blocks.push(contextBlock([rt(lang, 'report.more', { count: ranked.length - SHOWN_SECTIONS })]));
  const unranked = report.sections.filter((s) => !s.ranked);
  if (unranked.length > 0) {
    const names = unranked.map((s) => `${fitPlain(sectionTitle(s), 60)} (${s.answers})`).join(', ');
    blocks.push(
      contextBlock([`${rt(lang, 'report.tooFew', { min: report.minAnswers })}: ${fitPlain(names, 2500)}`]),
    );
  }
  blocks.push(contextBlock([rt(lang, 'report.howToRead')]));
  return blocks;
}

export function reportMessage(lang: Lang, report: SectionReport, heading?: string): SlackMessage {
  return {
    text: fallbackText(
      heading === undefined ? reportTitle(lang, report) : `${heading}: ${reportTitle(lang, report)}`,
    ),
    blocks: fitBlocks(reportBlocks(lang, report, heading)),
  };
}
