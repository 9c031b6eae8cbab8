import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place } from '../../../src/engine/api.ts';
import { channelZone } from '../../shared/time-text.ts';
import { pauseReasonText, st } from '../messages.ts';
import { duelPublicMessage } from '../render/duel-blocks.ts';
import { mrkdwnMessage, plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import type { Reply } from '../reply.ts';
import type { SlackContext } from '../slack-context.ts';
import { playerIdOf, splitQualified } from '../slack-ids.ts';
import type { QuizCommand } from './parse-quiz-command.ts';
import { postChallenge } from './post-challenge.ts';

interface ChallengeCall {
  readonly actor: Actor;
  readonly place: Place;
  readonly channel: string;
  readonly lang: Lang;
  readonly reply: Reply;
}

/**
 * `/quiz challenge @someone [n] [topic]`: the challenge goes to the channel with Accept / Decline, or is
 * withdrawn when the channel will not take it.
 */
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
  const duel = created.value.duel;
  const channel = await ctx.engine.ensurePlace(call.actor, call.place);
  const posted = await postChallenge(
    ctx,
    call.channel,
    duel,
    duelPublicMessage(created.value, lang, channelZone(channel), ctx.clock.now()),
  );
  if (posted.ok) {
    await ctx.engine.setDuelPostRef(duel.id, posted.postRef);
    return;
  }
  // Only the opponent can accept, and they will never see it: a challenge left pending would block the
  // pair until it expires. Take it back and tell the challenger why.
  const { failure } = posted;
  ctx.logger.warn({ code: failure.code, duelId: duel.id }, 'duel challenge not posted; withdrawn');
  const withdrawn = await ctx.engine.withdrawChallenge(call.actor, duel.id);
  if (!withdrawn.ok) ctx.logger.warn({ code: withdrawn.code, duelId: duel.id }, 'challenge not withdrawn');
  await reply.ephemeral(
    mrkdwnMessage(
      failure.kind === 'channel'
        ? st(lang, 'duel.notPostedChannel', { reason: pauseReasonText(lang, failure.code) })
        : st(lang, 'duel.notPostedOther'),
    ),
  );
}
