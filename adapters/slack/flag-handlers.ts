import { z } from 'zod';
import type { Lang } from '../../src/content/question.ts';
import type { Actor } from '../../src/engine/api.ts';
import { isFlagReason } from '../../src/engine/question-flags.ts';
import {
  autoSuppressedNotice,
  type FlagVerdict,
  reportRejection,
  type SubmittedReport,
  submitReport,
  verdictText,
} from '../shared/flag-text.ts';
import type { ActionCall } from './actions/action-payload.ts';
import { sendAdminNotice } from './admin-notice.ts';
import { escapeMrkdwn } from './block-limits.ts';
import { FLAG_VIEW, parseFlagMetadata, parseMenuValue, parseQuestionValue } from './flag-values.ts';
import { st } from './messages.ts';
import { plainMessage } from './render/feedback-blocks.ts';
import { flaggedListMessage, flagModal } from './render/flag-blocks.ts';
import type { Reply } from './reply.ts';
import { actorOf, type SlackContext, type SlackWho } from './slack-context.ts';

/**
 * "Report this question" on Slack, and the admins' list:
 *  1. the "…" menu beside a question opens a form (views.open) with the reason chosen and room for a few
 *     words; the form remembers the round and the reply address (private_metadata);
 *  2. the form's submission records the report and thanks the reporter privately through that address;
 *     the report that takes a question out of play also tells the admins (sendAdminNotice);
 *  3. `/quiz flagged` lists reported questions to an admin, and its buttons suppress, restore or dismiss.
 */

/** 1. A reason chosen in the "…" menu: the form opens, unless this player may not report that round. */
export async function handleFlagMenu(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const chosen = parseMenuValue(call.value);
  if (chosen === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const found = await ctx.engine.flags.reportable(actorOf(call.who), chosen.roundId);
  if (!found.ok) {
    await reply.ephemeral(plainMessage(reportRejection(lang, found.code)));
    return;
  }
  if (call.triggerId === undefined) {
    ctx.logger.warn('flag menu without trigger_id; the form cannot open');
    return;
  }
  const view = flagModal(lang, {
    question: found.value,
    roundId: chosen.roundId,
    reason: chosen.reason,
    responseUrl: call.responseUrl,
  });
  await ctx.client.views.open({ trigger_id: call.triggerId, view });
}

/** The parts of a view_submission we read, checked rather than trusted (the values come from the client). */
const submissionSchema = z.object({
  team: z.object({ id: z.string(), domain: z.string().optional() }).nullable().optional(),
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    username: z.string().optional(),
    team_id: z.string().optional(),
  }),
  view: z.object({
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.record(
        z.string(),
        z.record(
          z.string(),
          z.object({
            value: z.string().nullable().optional(),
            selected_option: z.object({ value: z.string() }).nullable().optional(),
          }),
        ),
      ),
    }),
  }),
});

export interface FlagSubmission {
  readonly who: SlackWho;
  readonly roundId: string;
  readonly responseUrl: string | undefined;
  readonly reason: string;
  readonly note: string | null;
}

/** The form as submitted; null when it is not one of ours or is malformed. */
export function readFlagSubmission(body: unknown): FlagSubmission | null {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return null;
  const { team, user, view } = parsed.data;
  const teamId = team?.id ?? user.team_id;
  const target = parseFlagMetadata(view.private_metadata);
  if (teamId === undefined || target === null) return null;
  const values = view.state.values;
  return {
    who: {
      teamId,
      teamName: team?.domain ?? teamId,
      userId: user.id,
      userName: user.name ?? user.username ?? user.id,
    },
    roundId: target.roundId,
    responseUrl: target.responseUrl,
    reason: values[FLAG_VIEW.reasonBlock]?.[FLAG_VIEW.reasonAction]?.selected_option?.value ?? '',
    note: values[FLAG_VIEW.noteBlock]?.[FLAG_VIEW.noteAction]?.value ?? null,
  };
}

/** 2. After the form closed: the report, the reporter's private thanks, and the admins' notice if due. */
export async function handleFlagSubmission(
  ctx: SlackContext,
  submission: FlagSubmission,
  reply: Reply,
): Promise<void> {
  const lang = await ctx.lang(submission.who.teamId);
  if (!isFlagReason(submission.reason)) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const submitted = await submitReport(
    ctx.engine,
    actorOf(submission.who),
    submission.roundId,
    { reason: submission.reason, note: submission.note },
    lang,
  );
  if (!submitted.ok) {
    await reply.ephemeral(plainMessage(reportRejection(lang, submitted.code)));
    return;
  }
  await reply.ephemeral(plainMessage(submitted.reply));
  await tellAdmins(ctx, lang, submitted);
}

/** The report that took a question out of play: the admins hear it once, where admin notices go. */
async function tellAdmins(ctx: SlackContext, lang: Lang, submitted: SubmittedReport): Promise<void> {
  if (!submitted.ok || submitted.suppressed === null) return;
  const text = autoSuppressedNotice(lang, submitted.suppressed, {
    command: '`/quiz flagged`',
    quote: escapeMrkdwn,
  });
  await sendAdminNotice(
    ctx,
    `⚑ ${text}`,
    { questionId: submitted.suppressed.question.id },
    'question out of play after reports',
  );
}

/** 3. `/quiz flagged` (the caller checked the admin right): the list, privately. */
export async function showFlagged(ctx: SlackContext, actor: Actor, lang: Lang, reply: Reply): Promise<void> {
  await reply.ephemeral(flaggedListMessage(lang, await ctx.engine.flags.list(actor.tenantId)));
}

/** A verdict button of the list: checked again (a button is no proof of rights), done, the list redrawn. */
export async function handleFlagVerdict(
  ctx: SlackContext,
  call: ActionCall,
  reply: Reply,
  verdict: FlagVerdict,
): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  if (!(await ctx.people.isAdmin(call.who.teamId, call.who.userId))) {
    await reply.ephemeral(plainMessage(st(lang, 'command.adminOnly')));
    return;
  }
  const questionId = parseQuestionValue(call.value);
  if (questionId === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const actor = actorOf(call.who);
  const result = await ctx.engine.flags[verdict](actor, questionId);
  const list = await ctx.engine.flags.list(actor.tenantId);
  await reply.replace(flaggedListMessage(lang, list, verdictText(lang, verdict, result)));
}
