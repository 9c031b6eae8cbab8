import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place } from '../../../src/engine/api.ts';
import { t } from '../../shared/i18n.ts';
import { escapeMrkdwn } from '../block-limits.ts';
import { st } from '../messages.ts';
import { mrkdwnMessage, plainMessage } from '../render/feedback-blocks.ts';
import type { Reply } from '../reply.ts';
import type { SlackContext } from '../slack-context.ts';
import type { QuizCommand } from './parse-quiz-command.ts';

type AdminCommand = Extract<
  QuizCommand,
  { kind: 'schedule' | 'pause' | 'resume' | 'remind' | 'reload' | 'lang' | 'usage' }
>;

interface AdminCall {
  readonly actor: Actor;
  readonly place: Place | null;
  readonly lang: Lang;
  readonly reply: Reply;
}

/** Admin commands (the caller checked the right to run them) and usage errors of any command. */
export async function handleAdminCommand(
  ctx: SlackContext,
  command: QuizCommand,
  call: AdminCall,
): Promise<void> {
  const { lang, reply, place } = call;
  const cmd = command as AdminCommand;
  switch (cmd.kind) {
    case 'usage': {
      const text =
        cmd.problem === 'schedule'
          ? st(lang, 'command.scheduleUsage')
          : cmd.problem === 'challenge'
            ? st(lang, 'command.challengeUsage')
            : cmd.problem === 'lang'
              ? st(lang, 'command.langUsage')
              : cmd.problem === 'remind'
                ? st(lang, 'command.remindUsage')
                : cmd.problem === 'badTime'
                  ? st(lang, 'command.badTime', { value: escapeMrkdwn(cmd.value ?? '') })
                  : cmd.problem === 'badTimezone'
                    ? st(lang, 'command.badTimezone', { value: escapeMrkdwn(cmd.value ?? '') })
                    : st(lang, 'command.closeBeforePost');
      // The usage lines are mrkdwn we wrote; the value the user typed in them is escaped.
      await reply.ephemeral(mrkdwnMessage(text));
      return;
    }
    case 'lang':
      await ctx.engine.setTenantLang(call.actor.tenantId, cmd.lang);
      await reply.ephemeral(plainMessage(t(cmd.lang, 'common.langSet')));
      return;
    case 'reload': {
      if (ctx.reloadContent === undefined) {
        await reply.ephemeral(plainMessage(st(lang, 'command.reloadUnavailable')));
        return;
      }
      const result = await ctx.reloadContent();
      const lines = [t(lang, 'common.reloaded', result)];
      if (result.problems > 0) lines.push(st(lang, 'command.reloadProblems', { count: result.problems }));
      await reply.ephemeral(plainMessage(lines.join('\n')));
      return;
    }
    default:
      break;
  }
  if (place === null) {
    await reply.ephemeral(plainMessage(st(lang, 'command.notInDm')));
    return;
  }
  await ctx.engine.ensurePlace(call.actor, place);
  switch (cmd.kind) {
    case 'schedule': {
      await ctx.engine.setSchedule(place.channelId, {
        postTime: cmd.postTime,
        closeTime: cmd.closeTime,
        timezone: cmd.timezone,
        weekdays: cmd.weekdays,
        paused: false,
      });
      const days = st(lang, cmd.days === 'weekdays' ? 'command.days.weekdays' : 'command.days.daily');
      await reply.ephemeral(
        plainMessage(
          st(lang, 'command.scheduled', {
            time: cmd.postTime,
            timezone: cmd.timezone,
            days,
            close: cmd.closeTime,
          }),
        ),
      );
      return;
    }
    case 'pause': {
      const channel = await ctx.engine.pauseSchedule(place.channelId, null);
      await reply.ephemeral(
        mrkdwnMessage(st(lang, channel?.schedule == null ? 'command.noSchedule' : 'command.paused')),
      );
      return;
    }
    case 'remind': {
      const channel = await ctx.engine.setReminder(place.channelId, cmd.on);
      const key =
        channel?.schedule == null ? 'command.noSchedule' : cmd.on ? 'command.remindOn' : 'command.remindOff';
      await reply.ephemeral(mrkdwnMessage(st(lang, key)));
      return;
    }
    case 'resume': {
      const channel = await ctx.engine.resumeSchedule(place.channelId);
      await reply.ephemeral(
        mrkdwnMessage(st(lang, channel?.schedule == null ? 'command.noSchedule' : 'command.resumed')),
      );
      return;
    }
    default:
      return;
  }
}
