import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';

import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/engine-settings.ts';
import { postMessage } from './channel-messages.ts';
import type { ButtonAction } from './custom-ids.ts';
import { type HandlerContext, rejected, rejectedTopic } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { playerIdOf, postRefOf } from './platform-ids.ts';
import {
  challengePost,
  declinedPost,
  duelFeedbackBody,
  duelQuestionBody,
  progressPost,
  withdrawnPost,
} from './render-duel.ts';
import type { Reply } from './respond-in-time.ts';
import { optionTopic } from './topic-autocomplete.ts';

/** /challenge and the duel's buttons: Accept, Decline, Play / Next, and the answers. */

export async function challengeCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const user = interaction.options.getUser('user', true);
  const member = interaction.options.getMember('user');
  const displayName =
    member !== null && 'displayName' in member && typeof member.displayName === 'string'
      ? member.displayName
      : user.displayName;
  const topic = optionTopic(ctx.engine, interaction.options.getString('topic'));
  const result = await ctx.engine.challenge(
    scope.actor,
    scope.place,
    { playerId: playerIdOf(scope.guildId, user.id), displayName, isBot: user.bot },
    {
      questions: interaction.options.getInteger('questions') ?? DEFAULT_ENGINE_SETTINGS.duelDefaultQuestions,
      ...(topic === undefined ? {} : { topic }),
    },
  );
  if (!result.ok) return rejectedTopic(ctx.engine, scope.lang, result.code, result.detail ?? topic);
  const view = result.value;
  const body = challengePost(scope.publicLang, view);
  return {
    kind: 'reply',
    ephemeral: false,
    body,
    after: async (messageId) => {
      if (messageId !== null)
        await ctx.engine.setDuelPostRef(view.duel.id, postRefOf(scope.channelId, messageId));
    },
    // Without its message nobody can accept the duel, and it would block the pair until it expires:
    // post it in the channel instead.
    lost: async () => {
      const sent = await postMessage(ctx.rest, scope.channelId, body, { dedupeKey: `duel:${view.duel.id}` });
      if (sent.ok) await ctx.engine.setDuelPostRef(view.duel.id, postRefOf(scope.channelId, sent.messageId));
      else
        ctx.logger.error({ duelId: view.duel.id, code: sent.code }, 'discord: challenge could not be posted');
    },
  };
}

export async function respondButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'duel-accept' | 'duel-decline' }>,
): Promise<Reply> {
  const result = await ctx.engine.respondToDuel(scope.actor, action.duelId, action.kind === 'duel-accept');
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  const view = result.value;
  const body =
    view.duel.status === 'active'
      ? progressPost(scope.publicLang, view)
      : declinedPost(scope.publicLang, view);
  return { kind: 'update', body };
}

/** Cancel: only the challenger, only while nobody answered; the public message then says so. */
export async function cancelButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'duel-cancel' }>,
): Promise<Reply> {
  const result = await ctx.engine.withdrawChallenge(scope.actor, action.duelId);
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  return { kind: 'update', body: withdrawnPost(scope.publicLang, result.value) };
}

/** Play (on the public message: a new private message) and Next (on the private one: replaced in place). */
export async function playButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'duel-play' }>,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const before = await ctx.engine.duelView(action.duelId);
  const result = await ctx.engine.nextDuelQuestion(scope.actor, action.duelId);
  // Asking for the next question can record a time-out (and even end the duel): show it publicly.
  const after = async (): Promise<void> => {
    const now = await ctx.engine.duelView(action.duelId);
    if (before === null || now === null) return;
    if (now.duel.status !== before.duel.status || progressOf(now) !== progressOf(before)) {
      await ctx.announcer.refresh(action.duelId);
    }
  };
  if (!result.ok) {
    const reply = rejected(scope.lang, result.code, result.detail);
    return reply.kind === 'reply' ? { ...reply, after: async () => after() } : reply;
  }
  const body = duelQuestionBody(scope.lang, result.value);
  return onPrivateMessage ? { kind: 'update', body, after } : { kind: 'reply', ephemeral: true, body, after };
}

const progressOf = (view: { progress: { challenger: number; opponent: number } }): string =>
  `${view.progress.challenger}/${view.progress.opponent}`;

export async function duelAnswerButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'duel-answer' }>,
  interaction: ButtonInteraction,
): Promise<Reply> {
  const result = await ctx.engine.answerDuel(scope.actor, action.duelId, action.index, action.choice);
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  const outcome = result.value;
  const { view } = outcome;
  const isChallenger = view.duel.challengerId === scope.actor.playerId;
  const mineAnswers = view.answers.filter(
    (a) => a.playerId === scope.actor.playerId && (a.answeredAt !== null || a.timedOut),
  );
  const body = duelFeedbackBody(scope.lang, view, outcome, {
    done: mineAnswers.length,
    correct: mineAnswers.filter((a) => a.correct).length,
    isChallenger,
  });
  // An answer pressed on a public message (not how we send questions) still must not show publicly.
  const onPrivate = interaction.message.flags.has('Ephemeral');
  const announce = async (): Promise<void> => ctx.announcer.refresh(action.duelId, outcome.settled);
  return onPrivate
    ? { kind: 'update', body, after: announce }
    : { kind: 'reply', ephemeral: true, body, after: announce };
}
