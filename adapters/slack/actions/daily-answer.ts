import { youPickedLine } from '../../shared/coming-back.ts';
import { rejectionMessage } from '../../shared/i18n.ts';
import { channelZone } from '../../shared/time-text.ts';
import { parseChoiceValue } from '../action-values.ts';
import { st } from '../messages.ts';
import { dailyFeedbackMessage, plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import { dailyOpenMessage } from '../render/question-blocks.ts';
import type { Reply } from '../reply.ts';
import { actorOf, placeOf, type SlackContext } from '../slack-context.ts';
import type { ActionCall } from './action-payload.ts';

/**
 * A click on a daily post's option: the engine records it (or says why not), the player alone hears the
 * verdict, and the channel's post gets a fresh count, throttled.
 */
export async function handleDailyAnswer(ctx: SlackContext, call: ActionCall, reply: Reply): Promise<void> {
  // The team's language is read from the store on every click (another instance may have just changed
  // it), beside the answer's own writes rather than before them.
  const langRead = ctx.lang(call.who.teamId);
  langRead.catch(() => undefined);
  const parsed = parseChoiceValue(call.value);
  if (parsed === null || call.channel === null) {
    await reply.ephemeral(plainMessage(st(await langRead, 'button.forged')));
    return;
  }
  const place = placeOf(call.who.teamId, call.channel, call.channelName);
  const outcome = await ctx.engine.answer(actorOf(call.who), place, parsed.roundId, parsed.choice, 'daily');
  const lang = await langRead;
  if (!outcome.ok && outcome.code === 'already_answered') {
    // Pressing again after answering: say what was picked rather than only "already answered".
    const round = await ctx.engine.roundResults(parsed.roundId);
    const mine = await ctx.engine.myAnswer(parsed.roundId, actorOf(call.who).playerId);
    if (round !== null && mine !== null) {
      const line = `${rejectionMessage(lang, 'already_answered')} ${youPickedLine(lang, round.question, mine)}`;
      await reply.ephemeral(plainMessage(line));
      return;
    }
  }
  if (!outcome.ok) {
    await reply.ephemeral(rejectionReply(lang, outcome.code, outcome.detail));
    return;
  }
  await reply.ephemeral(dailyFeedbackMessage(outcome.value, lang));
  const { round, question } = outcome.value;
  if (round.postRef === null) return;
  let meta = ctx.posted.get(round.id);
  if (meta === undefined) {
    // Posted before a restart: look the channel up once, then remember it like a fresh post.
    const channel = await ctx.engine.ensurePlace(actorOf(call.who), place);
    meta = { late: round.late, timezone: channelZone(channel) };
    ctx.posted.set(round.id, meta);
  }
  const drawn = meta;
  // Drawn in the language this click was answered in: every instance draws the post the same way, in
  // the team's current language (as the reveal will be), whichever posted it.
  ctx.counts.bump(ctx.client, round.id, round.postRef, (count) =>
    dailyOpenMessage(round, question, {
      lang,
      late: drawn.late,
      timezone: drawn.timezone,
      answers: count,
    }),
  );
}
