import {
  type ButtonInteraction,
  ComponentType,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import { isFlagReason } from '../../src/engine/question-flags.ts';
import { autoSuppressedNotice, reportRejection, submitReport, verdictText } from '../shared/flag-text.ts';
import type { FlagAction } from './flag-ids.ts';
import { FORM_FIELD, flaggedListBody } from './flag-render.ts';
import { type HandlerContext, refusal } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { COLOR } from './message-body.ts';
import { d } from './messages.ts';
import { plainText } from './plain-text.ts';
import { ephemeral, type Reply } from './respond-in-time.ts';

/**
 * "Report this question" on Discord, after the form: the report, the reporter's private thanks, the
 * admins' notice when it took the question out of play; and the admins' list (/quiz-admin flagged) with
 * its verdict buttons.
 */

/** A field of the submitted form, read without trusting it: a missing or odd field is just absent. */
function formValues(interaction: ModalSubmitInteraction): { reason: string; note: string | null } {
  const reason = interaction.fields.fields.get(FORM_FIELD.reason);
  const note = interaction.fields.fields.get(FORM_FIELD.note);
  return {
    reason:
      reason !== undefined && reason.type === ComponentType.StringSelect ? (reason.values[0] ?? '') : '',
    note: note !== undefined && note.type === ComponentType.TextInput ? note.value : null,
  };
}

export async function reportFormSubmitted(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ModalSubmitInteraction,
  action: Extract<FlagAction, { kind: 'form' }>,
): Promise<Reply> {
  const { reason, note } = formValues(interaction);
  if (!isFlagReason(reason)) return refusal(d(scope.lang, 'error.unknownButton'));
  const submitted = await submitReport(ctx.engine, scope.actor, action.roundId, { reason, note }, scope.lang);
  if (!submitted.ok) return refusal(reportRejection(scope.lang, submitted.code));
  const thanks = ephemeral({ embeds: [{ description: submitted.reply, color: COLOR.good }] });
  const suppressed = submitted.suppressed;
  if (suppressed === null) return thanks;
  return {
    ...thanks,
    // After the thanks is on its way: a DM may take a while, and the reporter need not wait for it.
    after: async () => {
      const content = `⚑ ${autoSuppressedNotice(scope.lang, suppressed, {
        command: '`/quiz-admin flagged`',
        quote: plainText,
      })}`;
      if (!(await ctx.pauseNotices.tellAdmins(scope.place.channelId, scope.guildId, content)))
        ctx.logger.warn(
          { questionId: suppressed.question.id, guildId: scope.guildId },
          'discord: a question is out of play after reports and no admin could be told; /quiz-admin flagged lists it',
        );
    },
  };
}

/** /quiz-admin flagged (the admin command checked Manage Server). */
export async function flaggedCommand(ctx: HandlerContext, scope: InteractionScope): Promise<Reply> {
  return ephemeral(flaggedListBody(scope.lang, await ctx.engine.flags.list(scope.actor.tenantId)));
}

/** A verdict button of the list: the right checked again, the verdict, the list redrawn in place. */
export async function verdictButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ButtonInteraction,
  action: Extract<FlagAction, { kind: 'verdict' }>,
): Promise<Reply> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return refusal(d(scope.lang, 'error.notManager'));
  const result = await ctx.engine.flags[action.verdict](scope.actor, action.questionId);
  const list = await ctx.engine.flags.list(scope.actor.tenantId);
  return {
    kind: 'update',
    body: flaggedListBody(scope.lang, list, verdictText(scope.lang, action.verdict, result)),
  };
}
