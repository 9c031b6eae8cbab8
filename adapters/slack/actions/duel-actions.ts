import type { Lang } from '../../../src/content/question.ts';
import type { DuelSettlement, DuelView } from '../../../src/engine/api.ts';
import { t } from '../../shared/i18n.ts';
import { channelZone } from '../../shared/time-text.ts';
import { parseDuelAnswerValue, parseIdValue } from '../action-values.ts';
import { contextBlock, fitBlocks } from '../block-limits.ts';
import { st } from '../messages.ts';
import {
  duelDoneMessage,
  duelPublicMessage,
  duelQuestionMessage,
  duelResultMessage,
} from '../render/duel-blocks.ts';
import { plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import type { SlackMessage } from '../render/question-blocks.ts';
import type { Reply } from '../reply.ts';
import { actorOf, placeOf, type SlackContext } from '../slack-context.ts';
import { classifySlackError } from '../slack-errors.ts';
import { splitPostRef } from '../slack-ids.ts';
import type { ActionCall } from './action-payload.ts';

/** The zone the duel's times are shown in: its channel's, found through the button's channel. */
async function zoneOf(ctx: SlackContext, call: ActionCall): Promise<string> {
  // Slack always says where a button was pressed; without it there is no channel to ask.
  if (call.channel === null) return 'UTC';
  const place = placeOf(call.who.teamId, call.channel, call.channelName);
  return channelZone(await ctx.engine.ensurePlace(actorOf(call.who), place));
}

/** Redraws the public duel message (state, progress); a failure only costs freshness, so it is logged. */
export async function refreshPublic(
  ctx: Pick<SlackContext, 'client' | 'logger' | 'clock'>,
  view: DuelView,
  lang: Lang,
  timezone: string,
): Promise<void> {
  const ref = view.duel.postRef === null ? null : splitPostRef(view.duel.postRef);
  if (ref === null) return;
  const message = duelPublicMessage(view, lang, timezone, ctx.clock.now());
  try {
    await ctx.client.chat.update({
      channel: ref.channel,
      ts: ref.ts,
      text: message.text,
      blocks: message.blocks,
    });
  } catch (error) {
    ctx.logger.warn(
      { duelId: view.duel.id, code: classifySlackError(error).code },
      'duel message not updated',
    );
  }
}

async function announce(
  ctx: SlackContext,
  settlement: DuelSettlement,
  channel: string | null,
  lang: Lang,
): Promise<void> {
  const ref = settlement.duel.postRef === null ? null : splitPostRef(settlement.duel.postRef);
  const target = ref?.channel ?? channel;
  if (target === null) return;
  const message = duelResultMessage(settlement, lang);
  try {
    await ctx.poster.chat.postMessage({ channel: target, text: message.text, blocks: message.blocks });
  } catch (error) {
    ctx.logger.warn(
      { duelId: settlement.duel.id, code: classifySlackError(error).code },
      'duel result not posted',
    );
  }
}

/** Accept or Decline: the engine lets only the challenged player do it. */
export async function handleDuelResponse(
  ctx: SlackContext,
  call: ActionCall,
  reply: Reply,
  accept: boolean,
): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const duelId = parseIdValue(call.value);
  if (duelId === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const result = await ctx.engine.respondToDuel(actorOf(call.who), duelId, accept);
  if (!result.ok) {
    await reply.ephemeral(rejectionReply(lang, result.code, result.detail));
    return;
  }
  await refreshPublic(ctx, result.value, lang, await zoneOf(ctx, call));
}

/** Cancel: the challenger takes back a challenge not yet answered; the channel's message says so. */
export async function handleDuelCancel(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const duelId = parseIdValue(call.value);
  if (duelId === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const result = await ctx.engine.withdrawChallenge(actorOf(call.who), duelId);
  if (!result.ok) {
    await reply.ephemeral(rejectionReply(lang, result.code, result.detail));
    return;
  }
  await refreshPublic(ctx, result.value, lang, await zoneOf(ctx, call));
}

/** Play: the player's current question, privately. */
export async function handleDuelPlay(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const duelId = parseIdValue(call.value);
  if (duelId === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  await reply.ephemeral(await nextQuestionOrDone(ctx, call, duelId, lang, null));
}

async function nextQuestionOrDone(
  ctx: SlackContext,
  call: ActionCall,
  duelId: string,
  lang: Lang,
  verdict: string | null,
): Promise<SlackMessage> {
  const actor = actorOf(call.who);
  const next = await ctx.engine.nextDuelQuestion(actor, duelId);
  let message: SlackMessage;
  if (next.ok) {
    message = duelQuestionMessage(next.value, lang, await zoneOf(ctx, call), ctx.clock.now());
  } else if (next.code === 'finished' || (verdict !== null && next.code === 'duel_not_active')) {
    // Done, or this very answer settled the duel: show the player's own tally.
    const view = await ctx.engine.duelView(duelId);
    message =
      view === null ? rejectionReply(lang, 'duel_not_found') : duelDoneMessage(view, actor.playerId, lang);
  } else {
    message = rejectionReply(lang, next.code, next.detail);
  }
  if (verdict === null) return message;
  return { text: message.text, blocks: fitBlocks([contextBlock([verdict]), ...message.blocks]) };
}

/** An option of a duel question: record it, show the next question in place, tell the channel the progress. */
export async function handleDuelAnswer(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const parsed = parseDuelAnswerValue(call.value);
  if (parsed === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const result = await ctx.engine.answerDuel(actorOf(call.who), parsed.duelId, parsed.index, parsed.choice);
  if (!result.ok) {
    await reply.ephemeral(rejectionReply(lang, result.code, result.detail));
    return;
  }
  const outcome = result.value;
  const verdict = outcome.timedOut
    ? t(lang, 'answer.timedOut')
    : outcome.correct
      ? `✅ ${t(lang, 'answer.correct')}`
      : `❌ ${t(lang, 'answer.wrong')}`;
  await reply.replace(await nextQuestionOrDone(ctx, call, parsed.duelId, lang, verdict));
  const view = (await ctx.engine.duelView(parsed.duelId)) ?? outcome.view;
  await refreshPublic(ctx, view, lang, await zoneOf(ctx, call));
  if (outcome.settled !== null) await announce(ctx, outcome.settled, call.channel, lang);
}
