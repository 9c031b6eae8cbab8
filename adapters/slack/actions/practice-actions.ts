import { titlesOfKey } from '../../shared/topic-key.ts';
import { parseChoiceValue, parseGradeValue, parseIdValue, splitTopicValue } from '../action-values.ts';
import { st } from '../messages.ts';
import {
  flashcardRevealMessage,
  gradedMessage,
  plainMessage,
  practiceFeedbackMessage,
  rejectionReply,
} from '../render/feedback-blocks.ts';
import { practiceMessage } from '../render/question-blocks.ts';
import type { Reply } from '../reply.ts';
import { actorOf, placeOf, type SlackContext } from '../slack-context.ts';
import type { ActionCall } from './action-payload.ts';

const placeFor = (call: ActionCall) =>
  call.channel === null || call.channel.startsWith('D')
    ? null
    : placeOf(call.who.teamId, call.channel, call.channelName);

/** An option of a practice question: the ephemeral question is replaced by the verdict and the note. */
export async function handlePracticeAnswer(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const { topicKey, value } = splitTopicValue(call.value);
  const parsed = parseChoiceValue(value);
  if (parsed === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  // A practice button answers practice rounds only: one carrying a daily round's id would otherwise record
  // a daily answer and show the right option of an open round.
  const outcome = await ctx.engine.answer(
    actorOf(call.who),
    placeFor(call),
    parsed.roundId,
    parsed.choice,
    'practice',
  );
  if (!outcome.ok) {
    await reply.ephemeral(rejectionReply(lang, outcome.code, outcome.detail));
    return;
  }
  await reply.replace(practiceFeedbackMessage(outcome.value, lang, topicKey));
}

/** "Show answer" on a flashcard: only the player who owns the practice round may see it. */
export async function handlePracticeReveal(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const { topicKey, value } = splitTopicValue(call.value);
  const roundId = parseIdValue(value);
  const found = roundId === null ? null : await ctx.engine.roundResults(roundId);
  const actor = actorOf(call.who);
  if (roundId === null || found === null) {
    await reply.ephemeral(rejectionReply(lang, 'round_not_found'));
    return;
  }
  if (found.round.tenantId !== actor.tenantId) {
    await reply.ephemeral(rejectionReply(lang, 'wrong_tenant'));
    return;
  }
  if (found.round.kind !== 'practice' || found.round.ownerId !== actor.playerId) {
    await reply.ephemeral(rejectionReply(lang, 'not_your_round'));
    return;
  }
  await reply.replace(flashcardRevealMessage(roundId, found.question, lang, topicKey));
}

export async function handlePracticeGrade(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const { topicKey, value } = splitTopicValue(call.value);
  const parsed = parseGradeValue(value);
  if (parsed === null) {
    await reply.ephemeral(plainMessage(st(lang, 'button.forged')));
    return;
  }
  const outcome = await ctx.engine.selfGrade(
    actorOf(call.who),
    placeFor(call),
    parsed.roundId,
    parsed.grade,
    'practice',
  );
  if (!outcome.ok) {
    await reply.ephemeral(rejectionReply(lang, outcome.code, outcome.detail));
    return;
  }
  await reply.replace(gradedMessage(parsed.grade, lang, topicKey));
}

/** "Another one": a new practice question on the topic the player chose, in place of the old one. */
export async function handlePracticeNext(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const titles = titlesOfKey(splitTopicValue(call.value).topicKey, ctx.engine.topicTitles()) ?? [];
  const started = await ctx.engine.startPractice(
    actorOf(call.who),
    placeFor(call),
    titles.length === 0 ? undefined : { titles },
  );
  if (!started.ok) {
    await reply.ephemeral(rejectionReply(lang, started.code, started.detail));
    return;
  }
  await reply.replace(practiceMessage(ctx, started.value, lang));
}
