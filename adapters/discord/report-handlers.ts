import type { ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_PERIOD, isValidTime, isValidTimezone, PERIODS } from '../../src/engine/calendar.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/engine-settings.ts';
import { sectionReportChartRequest } from '../shared/chart-requests.ts';
import { rt } from '../shared/report-messages.ts';
import { weekdayName } from '../shared/section-report-view.ts';
import { channelZone } from '../shared/time-text.ts';
import { withChart } from './attach-chart.ts';
import { type HandlerContext, refusal, rejectedTopic } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { COLOR } from './message-body.ts';
import { d } from './messages.ts';
import { typedValue } from './plain-text.ts';
import { renderReport } from './render-report.ts';
import type { Reply } from './respond-in-time.ts';
import { optionTopic } from './topic-autocomplete.ts';

/**
 * /report: the team's knowledge gaps by note section, in public like the leaderboard, and scoped the same
 * way (the whole server unless `scope: channel`), narrowed to a topic when one is chosen.
 */
export async function reportCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const periodOption = interaction.options.getString('period');
  const period = PERIODS.find((p) => p === periodOption) ?? DEFAULT_PERIOD;
  const topic = optionTopic(ctx.engine, interaction.options.getString('topic'));
  const inChannel = interaction.options.getString('scope') === 'channel';
  const result = await ctx.engine.sectionReport({
    tenantId: scope.actor.tenantId,
    ...(inChannel ? { channelId: scope.place.channelId } : {}),
    window: { kind: 'period', period },
    ...(topic !== undefined ? { topic } : {}),
  });
  if (!result.ok) return rejectedTopic(ctx.engine, scope.lang, result.code, topic);
  const lang = scope.publicLang;
  const reply: Reply = { kind: 'reply', ephemeral: false, body: renderReport(lang, result.value) };
  return withChart(ctx, interaction, lang, reply, sectionReportChartRequest(lang, result.value));
}

/**
 * /quiz-admin digest day:<weekday|off> [time] [timezone]: this channel's weekly knowledge-gap digest. The
 * time defaults to the configured daily post time, the zone to the channel's (its question of the day's).
 */
export async function digestAdminCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const lang = scope.lang;
  const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
  const day = interaction.options.getString('day', true);
  if (day === 'off') {
    await ctx.engine.setDigest(scope.place.channelId, null);
    return done(rt(lang, 'digest.off'));
  }
  const weekday = Number(day);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    return refusal(rt(lang, 'digest.badWeekday', { value: typedValue(day) }));
  const time = interaction.options.getString('time')?.trim() || ctx.defaultSchedule.postTime;
  if (!isValidTime(time)) return refusal(d(lang, 'error.badTime', { value: typedValue(time) }));
  const typedZone = interaction.options.getString('timezone')?.trim() || null;
  if (typedZone !== null && !isValidTimezone(typedZone))
    return refusal(d(lang, 'error.badTimezone', { value: typedValue(typedZone) }));
  await ctx.engine.setDigest(scope.place.channelId, { weekday, time, timezone: typedZone });
  return done(
    rt(lang, 'digest.set', {
      days: DEFAULT_ENGINE_SETTINGS.digestDays,
      weekday: weekdayName(lang, weekday),
      time,
      timezone: typedZone ?? channelZone(channel),
    }),
  );
}

/** The digest line of /quiz-admin status. */
export async function digestStatusLine(ctx: HandlerContext, scope: InteractionScope): Promise<string> {
  const digest = await ctx.engine.getDigest(scope.place.channelId);
  if (digest === null) return rt(scope.lang, 'digest.none');
  const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
  return rt(scope.lang, 'digest.status', {
    weekday: weekdayName(scope.lang, digest.weekday),
    time: digest.time,
    timezone: digest.timezone ?? channelZone(channel),
  });
}

const done = (text: string): Reply => ({
  kind: 'reply',
  ephemeral: true,
  body: { embeds: [{ description: text, color: COLOR.good }] },
});
