import type { Lang } from '../../src/content/question.ts';
import type { ReportSection, SectionReport } from '../../src/engine/section-report.ts';
import { rt } from '../shared/report-messages.ts';
import {
  missedCounts,
  missedSource,
  missedStem,
  reportTitle,
  reportWindowName,
  sectionFigures,
  sectionTitle,
} from '../shared/section-report-view.ts';
import { DISCORD_LIMITS, type EmbedField, fitText } from './limits.ts';
import { COLOR, type MessageBody } from './message-body.ts';
import { plainText } from './plain-text.ts';
import { discordChannelOf } from './platform-ids.ts';

/** Fields left for ranked sections: the embed holds 25, one goes to the unranked ones. */
const SHOWN_SECTIONS = DISCORD_LIMITS.embedFields - 1;

/** `docker.md:42` as inline code; a backtick in a file name cannot close it. */
const code = (text: string): string => `\`${fitText(text.replace(/`/g, "'"), 120)}\``;

function sectionField(lang: Lang, rank: number, section: ReportSection): EmbedField {
  const lines = [plainText(sectionFigures(lang, section))];
  for (const missed of section.mostMissed) {
    const where = missedSource(missed);
    lines.push(
      `• ${where === null ? '' : `${code(where)} `}${plainText(missedStem(lang, missed, 80))} — ${plainText(missedCounts(lang, missed))}`,
    );
  }
  return {
    name: fitText(`${rank}. ${plainText(sectionTitle(section))}`, DISCORD_LIMITS.embedFieldName),
    value: fitText(lines.join('\n'), DISCORD_LIMITS.embedFieldValue),
  };
}

/**
 * The knowledge-gap report as one embed: where the answers come from, a field per ranked section (worst
 * first) with its figures, trend and most-missed questions with file:line, then the sections with too few
 * answers; how to read it in the footer. limits.ts fits the whole to Discord's sizes.
 */
export function renderReport(lang: Lang, report: SectionReport, heading?: string): MessageBody {
  const place = report.channelId === null ? null : discordChannelOf(report.channelId);
  const scope = [
    place === null
      ? rt(lang, 'report.scope.tenant')
      : rt(lang, 'report.scope.channel', { channel: `<#${place.channelId}>` }),
  ];
  if (report.topicTitles.length > 0)
    scope.push(plainText(rt(lang, 'report.scope.topic', { topics: report.topicTitles.join(', ') })));
  const title = reportTitle(lang, report);
  if (report.sections.length === 0) {
    const empty = rt(lang, 'report.empty', { window: reportWindowName(lang, report.window) });
    return {
      embeds: [
        { title: heading ?? title, description: [...scope, '', empty].join('\n'), color: COLOR.neutral },
      ],
    };
  }
  const ranked = report.sections.filter((s) => s.ranked);
  const fields = ranked.slice(0, SHOWN_SECTIONS).map((s, i) => sectionField(lang, i + 1, s));
  if (ranked.length > SHOWN_SECTIONS)
    scope.push(rt(lang, 'report.more', { count: ranked.length - SHOWN_SECTIONS }));
  const unranked = report.sections.filter((s) => !s.ranked);
  if (unranked.length > 0)
    fields.push({
      name: rt(lang, 'report.tooFew', { min: report.minAnswers }),
      value: fitText(
        unranked.map((s) => `${plainText(sectionTitle(s))} (${s.answers})`).join(', '),
        DISCORD_LIMITS.embedFieldValue,
      ),
    });
  return {
    embeds: [
      {
        title: heading ?? title,
        description: heading === undefined ? scope.join('\n') : [`**${title}**`, ...scope].join('\n'),
        color: COLOR.question,
        fields,
        // Footers are plain text: no markdown, so no escaping.
        footer: { text: rt(lang, 'report.howToRead') },
      },
    ],
  };
}
