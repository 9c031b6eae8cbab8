import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import { t } from '../shared/i18n.ts';
import { type HandlerContext, notice, refusal } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { COLOR } from './message-body.ts';
import { d } from './messages.ts';
import type { Reply } from './respond-in-time.ts';

/** /quiz-admin: schedule, pause, resume, reload, lang. Registration hides it; this checks again. */

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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
  switch (sub) {
    case 'schedule':
      return schedule(ctx, scope, interaction);
    case 'pause':
    case 'resume': {
      const channel = await ctx.engine.ensurePlace(scope.actor, scope.place);
      if (channel.schedule === null) return notice(d(lang, 'admin.noSchedule'));
      if (sub === 'pause') await ctx.engine.pauseSchedule(scope.place.channelId, null);
      else await ctx.engine.resumeSchedule(scope.place.channelId);
      return done(d(lang, sub === 'pause' ? 'admin.paused' : 'admin.resumed'));
    }
    case 'reload': {
      if (ctx.reloadContent === undefined) return notice(d(lang, 'admin.reloadUnavailable'));
      const r = await ctx.reloadContent();
      const lines = [t(lang, 'common.reloaded', { added: r.added, updated: r.updated, retired: r.retired })];
      if (r.problems > 0) lines.push(d(lang, 'admin.reloadProblems', { problems: r.problems }));
      return done(lines.join('\n'));
    }
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
    if (!TIME.test(value)) return refusal(d(lang, 'error.badTime', { value }));
  }
  if (closeTime <= postTime) return refusal(d(lang, 'error.closeBeforePost'));
  if (!isTimeZone(timezone)) return refusal(d(lang, 'error.badTimezone', { value: timezone }));
  await ctx.engine.setSchedule(scope.place.channelId, {
    postTime,
    closeTime,
    timezone,
    weekdays: everyDay ? EVERY_DAY : WEEKDAYS,
    paused: false,
  });
  return done(
    d(lang, 'admin.scheduled', {
      post: postTime,
      close: closeTime,
      timezone,
      days: d(lang, everyDay ? 'days.everyday' : 'days.weekdays'),
    }),
  );
}
