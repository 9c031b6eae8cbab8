import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place } from '../../../src/engine/api.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../../src/engine/engine-settings.ts';
import { sectionReportChartRequest } from '../../shared/chart-requests.ts';
import { unknownTopicMessage } from '../../shared/helpful-mistakes.ts';
import { rejectionMessage } from '../../shared/i18n.ts';
import { rt } from '../../shared/report-messages.ts';
import { weekdayName } from '../../shared/section-report-view.ts';
import { channelZone } from '../../shared/time-text.ts';
import { type ChartReplyTarget, replyWithChart } from '../attach-chart.ts';
import { escapeMrkdwn } from '../block-limits.ts';
import { st } from '../messages.ts';
import { mrkdwnMessage, plainMessage } from '../render/feedback-blocks.ts';
import { reportMessage } from '../render/report-blocks.ts';
import type { Reply } from '../reply.ts';
import type { SlackContext } from '../slack-context.ts';
import type { DigestCommand, ReportCommand } from './parse-report-command.ts';
import { REPORT_WORDS } from './parse-report-command.ts';

interface ReportCall {
  readonly actor: Actor;
  readonly place: Place | null;
  readonly lang: Lang;
  readonly reply: Reply;
  /** Where the report's picture goes (the asker's DMs); absent for commands that draw none. */
  readonly chart?: ChartReplyTarget;
}

/**
 * `/quiz report`: the team's knowledge gaps by note section, privately to the one who asked (like the
 * leaderboard). In a channel it covers that channel's answers unless `workspace` is said; in a DM, the
 * workspace's.
 */
export async function handleReportCommand(ctx: SlackContext, call: ReportCall, command: ReportCommand) {
  const { actor, place, lang, reply } = call;
  const inChannel = place !== null && command.scope !== 'tenant';
  const result = await ctx.engine.sectionReport({
    tenantId: actor.tenantId,
    ...(inChannel ? { channelId: place.channelId } : {}),
    window: { kind: 'period', period: command.period },
    ...(command.topic !== undefined ? { topic: command.topic } : {}),
  });
  if (!result.ok) {
    const typed = command.topic ?? '';
    await reply.ephemeral(
      result.code === 'unknown_topic'
        ? plainMessage(
            unknownTopicMessage(
              lang,
              typed,
              [...ctx.engine.topics(), ...REPORT_WORDS],
              st(lang, 'hint.topics'),
            ),
          )
        : plainMessage(rejectionMessage(lang, result.code, typed)),
    );
    return;
  }
  const message = reportMessage(lang, result.value);
  if (call.chart === undefined) await reply.ephemeral(message);
  else await replyWithChart(ctx, call.chart, message, sectionReportChartRequest(lang, result.value));
}

/** `/quiz digest …` (admins): the channel's weekly knowledge-gap digest, its day, time and zone. */
export async function handleDigestCommand(ctx: SlackContext, call: ReportCall, command: DigestCommand) {
  const { lang, reply, place } = call;
  if (command.action === 'usage') {
    const value = escapeMrkdwn(command.value ?? '');
    const text =
      command.problem === 'badWeekday'
        ? rt(lang, 'digest.badWeekday', { value })
        : command.problem === 'badTime'
          ? st(lang, 'command.badTime', { value })
          : command.problem === 'badTimezone'
            ? st(lang, 'command.badTimezone', { value })
            : DIGEST_USAGE[lang];
    await reply.ephemeral(
      mrkdwnMessage(command.problem === 'usage' ? text : `${text}\n${DIGEST_USAGE[lang]}`),
    );
    return;
  }
  if (place === null) {
    await reply.ephemeral(plainMessage(st(lang, 'command.notInDm')));
    return;
  }
  const channel = await ctx.engine.ensurePlace(call.actor, place);
  if (command.action === 'off') {
    await ctx.engine.setDigest(place.channelId, null);
    await reply.ephemeral(plainMessage(rt(lang, 'digest.off')));
    return;
  }
  const zone = channelZone(channel);
  if (command.action === 'show') {
    const digest = await ctx.engine.getDigest(place.channelId);
    await reply.ephemeral(
      mrkdwnMessage(
        digest === null
          ? `${rt(lang, 'digest.none')}\n${DIGEST_USAGE[lang]}`
          : escapeMrkdwn(
              rt(lang, 'digest.status', {
                weekday: weekdayName(lang, digest.weekday),
                time: digest.time,
                timezone: digest.timezone ?? zone,
              }),
            ),
      ),
    );
    return;
  }
  const { weekday, time, timezone } = command;
  await ctx.engine.setDigest(place.channelId, { weekday, time, timezone });
  await reply.ephemeral(
    plainMessage(
      rt(lang, 'digest.set', {
        days: DEFAULT_ENGINE_SETTINGS.digestDays,
        weekday: weekdayName(lang, weekday),
        time,
        timezone: timezone ?? zone,
      }),
    ),
  );
}

/** Slack's own syntax for the digest, in mrkdwn (a literal `<` or `>` written as its entity). */
const DIGEST_USAGE: Readonly<Record<Lang, string>> = {
  en: "Usage: `/quiz digest &lt;weekday&gt; [HH:MM] [Area/City]`, e.g. `/quiz digest monday 09:30 Europe/Berlin`; `/quiz digest off` stops it. Without a zone, the channel's (that of its question of the day).",
  zh: '用法：`/quiz digest &lt;星期几&gt; [HH:MM] [Area/City]`，例如 `/quiz digest monday 09:30 Asia/Shanghai`；`/quiz digest off` 关闭。不写时区则用本频道的时区（每日一题的时区）。',
};
