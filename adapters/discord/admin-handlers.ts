import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import { isValidTime, isValidTimezone } from '../../src/engine/calendar.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { t } from '../shared/i18n.ts';
import { missingPermissions, permissionNames } from './bot-permissions.ts';
import { flaggedCommand } from './flag-handlers.ts';
import { type HandlerContext, notice, refusal } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { COLOR } from './message-body.ts';
import { d, pauseReasonText } from './messages.ts';
import { typedValue } from './plain-text.ts';
import { digestAdminCommand, digestStatusLine } from './report-handlers.ts';
import type { Reply } from './respond-in-time.ts';

/**
 * /quiz-admin: schedule, pause, resume, status, reload, lang, flagged. Registration hides it; this checks again.
 * Scheduling and resuming first check that the bot may post here (the interaction's app_permissions), so
 * a missing permission is named now, to the admin, instead of pausing the channel at the next post.
 */

const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

const done = (text: string): Reply => ({
  kind: 'reply',
  ephemeral: true,
  body: { embeds: [{ description: text, color: COLOR.good }] },
});

export async function adminCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const lang = scope.lang;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return refusal(d(lang, 'error.notManager'));
  const sub = interaction.options.getSubcommand(false);
  const missing = missingPermissions(interaction.appPermissions);
  const cannotPost = (): Reply =>
    refusal(d(lang, 'error.missingPermissions', { permissions: permissionNames(lang, missing) }));
  switch (sub) {
    case 'schedule':
      if (missing.length > 0) return cannotPost();
      return schedule(ctx, scope, interaction);
    case 'pause':
    case 'resume': {
      if (sub === 'resume' && missing.length > 0) return cannotPost();
      const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
      if (channel.schedule === null) return notice(d(lang, 'admin.noSchedule'));
      if (sub === 'pause') await ctx.engine.pauseSchedule(scope.place.channelId, null);
      else {
        await ctx.engine.resumeSchedule(scope.place.channelId);
        ctx.pauseNotices.remember(scope.place.channelId, scope.userId);
      }
      return done(d(lang, sub === 'pause' ? 'admin.paused' : 'admin.resumed'));
    }
    case 'remind': {
      const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
      if (channel.schedule === null) return notice(d(lang, 'admin.noSchedule'));
      const on = interaction.options.getBoolean('enabled') ?? true;
      await ctx.engine.setReminder(scope.place.channelId, on);
      return done(d(lang, on ? 'admin.remindOn' : 'admin.remindOff'));
    }
    case 'status':
      return notice(
        `${statusText(lang, await ctx.engine.ensurePlace(scope.actor, scope.place), missing)}\n${await digestStatusLine(ctx, scope)}`,
      );
    case 'digest':
      if (missing.length > 0) return cannotPost();
      return digestAdminCommand(ctx, scope, interaction);
    case 'reload': {
      if (ctx.reloadContent === undefined) return notice(d(lang, 'admin.reloadUnavailable'));
      const r = await ctx.reloadContent();
      const lines = [t(lang, 'common.reloaded', { added: r.added, updated: r.updated, retired: r.retired })];
      if (r.problems > 0) lines.push(d(lang, 'admin.reloadProblems', { problems: r.problems }));
      return done(lines.join('\n'));
    }
    case 'flagged':
      return flaggedCommand(ctx, scope);
    case 'lang': {
      const choice = interaction.options.getString('language', true);
      const next: Lang | null = choice === 'en' || choice === 'zh' ? choice : null;
      await ctx.engine.setTenantLang(scope.actor.tenantId, next);
      if (next === null) return done(d(lang, 'admin.langAuto'));
      return done(next === 'zh' ? d('zh', 'admin.langZh') : t('en', 'common.langSet'));
    }
    default:
      return refusal(d(lang, 'error.unknownCommand', { name: `quiz-admin ${sub ?? ''}`.trim() }));
  }
}

async function schedule(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const lang = scope.lang;
  const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
  const postTime = interaction.options.getString('post')?.trim() || ctx.defaultSchedule.postTime;
  const closeTime = interaction.options.getString('close')?.trim() || ctx.defaultSchedule.closeTime;
  // A new channel gets the engine's default zone, so an unset option follows main's configuration.
  const timezone = interaction.options.getString('timezone')?.trim() || channel.timezone;
  const everyDay = interaction.options.getString('days') === 'everyday';
  for (const value of [postTime, closeTime]) {
    if (!isValidTime(value)) return refusal(d(lang, 'error.badTime', { value: typedValue(value) }));
  }
  if (closeTime <= postTime) return refusal(d(lang, 'error.closeBeforePost'));
  if (!isValidTimezone(timezone))
    return refusal(d(lang, 'error.badTimezone', { value: typedValue(timezone) }));
  await ctx.engine.setSchedule(scope.place.channelId, {
    postTime,
    closeTime,
    timezone,
    weekdays: everyDay ? EVERY_DAY : WEEKDAYS,
    paused: false,
  });
  ctx.pauseNotices.remember(scope.place.channelId, scope.userId);
  return done(
    d(lang, 'admin.scheduled', {
      post: postTime,
      close: closeTime,
      timezone,
      days: d(lang, everyDay ? 'days.everyday' : 'days.weekdays'),
    }),
  );
}

/** "Monday to Friday", "every day", or the days' names in the reader's language. */
function daysText(lang: Lang, weekdays: readonly number[]): string {
  const key = weekdays.join(',');
  if (key === WEEKDAYS.join(',')) return d(lang, 'days.weekdays');
  if (key === EVERY_DAY.join(',')) return d(lang, 'days.everyday');
  // 2024-01-01 was a Monday: day n of the ISO week is January n.
  const name = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  return weekdays.map((day) => name.format(new Date(Date.UTC(2024, 0, day)))).join(', ');
}

/** /quiz-admin status: the schedule, whether it runs (and why not), and what the bot lacks here now. */
function statusText(
  lang: Lang,
  channel: ChannelRecord,
  missing: Parameters<typeof permissionNames>[1],
): string {
  const lines: string[] = [];
  const schedule = channel.schedule;
  if (schedule === null) lines.push(d(lang, 'admin.noSchedule'));
  else {
    lines.push(
      d(lang, 'admin.status.schedule', {
        post: schedule.postTime,
        close: schedule.closeTime,
        timezone: schedule.timezone,
        days: daysText(lang, schedule.weekdays),
      }),
    );
    if (!schedule.paused) lines.push(d(lang, 'admin.status.running'));
    else if (channel.pauseReason === null) lines.push(d(lang, 'admin.status.pausedByAdmin'));
    else lines.push(d(lang, 'admin.status.paused', { reason: pauseReasonText(lang, channel.pauseReason) }));
  }
  lines.push(
    missing.length === 0
      ? d(lang, 'admin.status.permissionsOk')
      : d(lang, 'admin.status.permissionsMissing', { permissions: permissionNames(lang, missing) }),
  );
  return lines.join('\n');
}
