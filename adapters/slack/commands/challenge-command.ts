import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place } from '../../../src/engine/api.ts';
import { st } from '../messages.ts';
import { duelPublicMessage } from '../render/duel-blocks.ts';
import { plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import type { Reply } from '../reply.ts';
import type { SlackContext } from '../slack-context.ts';
import { classifySlackError } from '../slack-errors.ts';
import { playerIdOf, postRefOf, splitQualified } from '../slack-ids.ts';
import type { QuizCommand } from './parse-quiz-command.ts';

interface ChallengeCall {
  readonly actor: Actor;
  readonly place: Place;
  readonly channel: string;
  readonly lang: Lang;
  readonly reply: Reply;
}

/** `/quiz challenge @someone [n] [topic]`: the challenge goes to the channel with Accept / Decline. */
export async function startDuel(
  ctx: SlackContext,
  call: ChallengeCall,
  command: Extract<QuizCommand, { kind: 'challenge' }>,
): Promise<void> {
  const { lang, reply } = call;
  const teamId = splitQualified(call.actor.tenantId)?.teamId ?? '';
  const opponent = await ctx.people.info(command.userId);
  if (opponent === null) {
    await reply.ephemeral(plainMessage(st(lang, 'command.userUnknown')));
    return;
  }
  const created = await ctx.engine.challenge(
    call.actor,
    call.place,
    { playerId: playerIdOf(teamId, command.userId), displayName: opponent.name, isBot: opponent.isBot },
    { questions: command.questions, ...(command.topic === undefined ? {} : { topic: command.topic }) },
  );
  if (!created.ok) {
    await reply.ephemeral(rejectionReply(lang, created.code, created.detail ?? command.topic));
    return;
  }
  const channel = await ctx.engine.ensurePlace(call.actor, call.place);
  const message = duelPublicMessage(created.value, lang, channel.timezone);
  try {
    const posted = await ctx.client.chat.postMessage({
      channel: call.channel,
      text: message.text,
      blocks: message.blocks,
    });
    await ctx.engine.setDuelPostRef(
      created.value.duel.id,
      postRefOf(String(posted.channel ?? call.channel), String(posted.ts ?? '')),
    );
  } catch (error) {
    const failure = classifySlackError(error);
    ctx.logger.warn({ code: failure.code, duelId: created.value.duel.id }, 'duel challenge not posted');
    // The channel cannot show it (bot not invited): the challenger still sees it, with working buttons.
    await reply.ephemeral(message);
  }
}
