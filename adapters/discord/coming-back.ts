import type { RoundWithQuestion } from '../../src/engine/api.ts';
import { youPickedLine } from '../shared/coming-back.ts';
import { rejectionMessage, t } from '../shared/i18n.ts';
import { withReportRow } from './flag-render.ts';
import { type HandlerContext, notice } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import type { MessageBody } from './message-body.ts';
import { plainText } from './plain-text.ts';
import { dailyRevealBody } from './render-daily.ts';
import { questionEmbed } from './render-question.ts';
import { ephemeral, type Reply } from './respond-in-time.ts';

/**
 * /daily for someone who already answered, or once the round closed: the question without buttons and
 * what they picked (the right option stays secret until the close), or the result and what they picked.
 * Null when the player still has an open question to answer.
 */
export async function dailyComingBack(
  ctx: HandlerContext,
  scope: InteractionScope,
  current: RoundWithQuestion,
): Promise<Reply | null> {
  const { round, question } = current;
  const mine = await ctx.engine.myAnswer(round.id, scope.actor.playerId);
  // The pick goes in the message text: a message shows one embed, and that is the question or the result.
  const picked = mine === null ? {} : { content: plainText(youPickedLine(scope.lang, question, mine)) };
  if (round.status === 'closed') {
    const results = await ctx.engine.roundResults(round.id);
    if (results === null) return notice(rejectionMessage(scope.lang, 'round_closed'));
    // The reveal's own Report row stays: the answers it removes are not there anyway.
    return ephemeral({ ...dailyRevealBody(scope.lang, results), ...picked });
  }
  if (mine === null) return null;
  const body: MessageBody = {
    content: `${plainText(youPickedLine(scope.lang, question, mine))} ${t(scope.lang, 'answer.revealLater')}`,
    embeds: [questionEmbed(scope.lang, question, t(scope.lang, 'question.daily'))],
    components: withReportRow([], scope.lang, round.id),
  };
  return ephemeral(body);
}

/** Pressing an option again after answering: what was picked, not only "already answered". */
export async function alreadyAnswered(
  ctx: HandlerContext,
  scope: InteractionScope,
  roundId: string,
): Promise<Reply | null> {
  const mine = await ctx.engine.myAnswer(roundId, scope.actor.playerId);
  const round = mine === null ? null : await ctx.engine.roundResults(roundId);
  if (mine === null || round === null) return null;
  const picked = plainText(youPickedLine(scope.lang, round.question, mine));
  return notice(`${rejectionMessage(scope.lang, 'already_answered')} ${picked}`);
}
