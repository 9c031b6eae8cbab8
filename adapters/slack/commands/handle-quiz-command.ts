import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place, Scope } from '../../../src/engine/api.ts';
import { channelZone } from '../../shared/time-text.ts';
import { fitBlocks } from '../block-limits.ts';
import { st } from '../messages.ts';
import { mrkdwnMessage, plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import { dailyOpenMessage, practiceQuestionMessage } from '../render/question-blocks.ts';
import { helpMessage, leaderboardMessage, statsMessage } from '../render/standings-blocks.ts';
import type { Reply } from '../reply.ts';
import { actorOf, placeOf, type SlackContext, type SlackWho } from '../slack-context.ts';
import { handleAdminCommand } from './admin-commands.ts';
import { startDuel } from './challenge-command.ts';
import { ADMIN_COMMANDS, configuredCloseTime, parseQuizCommand } from './parse-quiz-command.ts';

export interface QuizInvocation {
  readonly who: SlackWho;
  readonly channel: string;
  readonly channelName: string;
  readonly text: string;
}

/** Runs after the ack: every reply goes through the response_url (ephemeral unless said otherwise). */
export async function handleQuizCommand(
  ctx: SlackContext,
  call: QuizInvocation,
  reply: Reply,
): Promise<void> {
  const lang = await ctx.lang(call.who.teamId);
  const command = parseQuizCommand(
    call.text,
    configuredCloseTime(ctx.defaultSchedule?.closeTime),
    ctx.defaultSchedule?.postTime,
  );
  const actor = actorOf(call.who);
  const inDm = call.channel.startsWith('D');
  const place = inDm ? null : placeOf(call.who.teamId, call.channel, call.channelName);

  if (ADMIN_COMMANDS.has(command.kind) || command.kind === 'usage') {
    if (!(await ctx.people.isAdmin(call.who.teamId, call.who.userId)) && command.kind !== 'usage') {
      await reply.ephemeral(plainMessage(st(lang, 'command.adminOnly')));
      return;
    }
    await handleAdminCommand(ctx, command, { actor, place, lang, reply });
    return;
  }

  switch (command.kind) {
    case 'help':
      await reply.ephemeral(
        helpMessage(lang, ctx.engine.topics(), await ctx.people.isAdmin(call.who.teamId, call.who.userId)),
      );
      return;
    case 'practice': {
      const started = await ctx.engine.startPractice(actor, place, command.topic);
      if (!started.ok) {
        await reply.ephemeral(rejectionReply(lang, started.code, started.detail ?? command.topic));
        return;
      }
      await reply.ephemeral(practiceQuestionMessage(started.value.round, started.value.question, lang));
      return;
    }
    case 'daily':
      await showDaily(ctx, actor, place, lang, reply);
      return;
    case 'stats':
      await reply.ephemeral(statsMessage(await ctx.engine.stats(actor.playerId), lang, call.who.userName));
      return;
    case 'leaderboard': {
      const scope: Scope =
        command.scope === null
          ? place === null
            ? { kind: 'tenant' }
            : { kind: 'channel', channelId: place.channelId }
          : command.scope.kind === 'channel'
            ? place === null
              ? { kind: 'tenant' }
              : { kind: 'channel', channelId: place.channelId }
            : command.scope;
      const view = await ctx.engine.leaderboard(actor.tenantId, command.period, scope, {
        limit: 10,
        viewerId: actor.playerId,
      });
      await reply.ephemeral(leaderboardMessage(view, lang));
      return;
    }
    case 'challenge':
      if (place === null) {
        await reply.ephemeral(plainMessage(st(lang, 'command.notInDm')));
        return;
      }
      await startDuel(ctx, { actor, place, channel: call.channel, lang, reply }, command);
      return;
  }
}

/** `/quiz daily`: a private copy of today's open question, with working buttons. */
async function showDaily(
  ctx: SlackContext,
  actor: Actor,
  place: Place | null,
  lang: Lang,
  reply: Reply,
): Promise<void> {
  if (place === null) {
    await reply.ephemeral(plainMessage(st(lang, 'command.notInDm')));
    return;
  }
  const current = await ctx.engine.currentDailyRound(place.channelId);
  if (current === null) {
    await reply.ephemeral(plainMessage(st(lang, 'daily.none')));
    return;
  }
  const channel = await ctx.engine.ensurePlace(actor, place);
  const answers = await ctx.engine.countAnswers(current.round.id);
  const message = dailyOpenMessage(current.round, current.question, {
    lang,
    late: current.round.late,
    timezone: channelZone(channel),
    answers,
    now: ctx.clock.now(),
  });
  const intro = mrkdwnMessage(st(lang, 'daily.copy'));
  await reply.ephemeral({ text: message.text, blocks: fitBlocks([...intro.blocks, ...message.blocks]) });
}
