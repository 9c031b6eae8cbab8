import type { Lang } from '../../../src/content/question.ts';
import type { Actor, Place, Scope } from '../../../src/engine/api.ts';
import { leaderboardChart, playerStatsChart } from '../../shared/chart-requests.ts';
import { unknownTopicMessage } from '../../shared/helpful-mistakes.ts';
import { channelZone } from '../../shared/time-text.ts';
import { replyWithChart } from '../attach-chart.ts';
import { fitBlocks } from '../block-limits.ts';
import { showFlagged } from '../flag-handlers.ts';
import { st } from '../messages.ts';
import { dailyAnsweredMessage, dailyClosedMessage } from '../render/coming-back-blocks.ts';
import { mrkdwnMessage, plainMessage, rejectionReply } from '../render/feedback-blocks.ts';
import { dailyOpenMessage, practiceMessage } from '../render/question-blocks.ts';
import { helpMessage, leaderboardMessage, statsMessage } from '../render/standings-blocks.ts';
import type { Reply } from '../reply.ts';
import { actorOf, placeOf, type SlackContext, type SlackWho } from '../slack-context.ts';
import { handleAdminCommand } from './admin-commands.ts';
import { startDuel } from './challenge-command.ts';
import {
  ADMIN_COMMANDS,
  configuredCloseTime,
  LEADERBOARD_WORDS,
  parseQuizCommand,
  SUBCOMMANDS,
} from './parse-quiz-command.ts';
import { handleDigestCommand, handleReportCommand } from './report-command.ts';

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
    if (command.kind === 'digest') {
      await handleDigestCommand(ctx, { actor, place, lang, reply }, command);
      return;
    }
    if (command.kind === 'flagged') {
      await showFlagged(ctx, actor, lang, reply);
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
        await reply.ephemeral(topicRejection(ctx, lang, started.code, started.detail ?? command.topic));
        return;
      }
      await reply.ephemeral(practiceMessage(ctx, started.value, lang));
      return;
    }
    case 'topics': {
      const topics = ctx.engine.topics();
      await reply.ephemeral(
        plainMessage(
          topics.length === 0
            ? st(lang, 'topics.none')
            : st(lang, 'help.topics', { topics: topics.join(', ') }),
        ),
      );
      return;
    }
    case 'daily':
      await showDaily(ctx, actor, place, lang, reply);
      return;
    case 'stats': {
      const stats = await ctx.engine.stats(actor.playerId);
      const chart = stats === null ? null : playerStatsChart(lang, stats, call.who.userName);
      await replyWithChart(
        ctx,
        { ...chartTarget(call, reply, lang), command: 'stats' },
        statsMessage(stats, lang, call.who.userName),
        chart,
      );
      return;
    }
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
      if (scope.kind === 'topic' && view.sections.length === 0) {
        // "/quiz leaderboard wek" reads as a topic: offer the periods and scopes too.
        await reply.ephemeral(topicRejection(ctx, lang, 'unknown_topic', scope.topic, LEADERBOARD_WORDS));
        return;
      }
      await replyWithChart(
        ctx,
        { ...chartTarget(call, reply, lang), command: 'leaderboard' },
        leaderboardMessage(view, lang),
        leaderboardChart(lang, view),
      );
      return;
    }
    case 'report':
      await handleReportCommand(
        ctx,
        { actor, place, lang, reply, chart: { ...chartTarget(call, reply, lang), command: 'report' } },
        command,
      );
      return;
    case 'challenge':
      if (place === null) {
        await reply.ephemeral(plainMessage(st(lang, 'command.notInDm')));
        return;
      }
      await startDuel(ctx, { actor, place, channel: call.channel, lang, reply }, command);
      return;
  }
}

const chartTarget = (call: QuizInvocation, reply: Reply, lang: Lang) => ({
  reply,
  teamId: call.who.teamId,
  userId: call.who.userId,
  channel: call.channel,
  lang,
});

/**
 * `/quiz daily`: a private copy of today's open question, with working buttons; after answering, what you
 * picked and no buttons; once closed, the result.
 */
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
  const current = await ctx.engine.todaysDailyRound(place.channelId);
  if (current === null || current.round.postRef === null) {
    await reply.ephemeral(plainMessage(st(lang, 'daily.none')));
    return;
  }
  const mine = await ctx.engine.myAnswer(current.round.id, actor.playerId);
  if (current.round.status === 'closed') {
    const results = await ctx.engine.roundResults(current.round.id);
    await reply.ephemeral(
      results === null ? plainMessage(st(lang, 'daily.none')) : dailyClosedMessage(results, mine, lang),
    );
    return;
  }
  const channel = await ctx.engine.ensurePlace(actor, place);
  const answers = await ctx.engine.countAnswers(current.round.id);
  const timezone = channelZone(channel);
  if (mine !== null) {
    await reply.ephemeral(
      dailyAnsweredMessage(current, mine, { lang, timezone, answers, now: ctx.clock.now() }),
    );
    return;
  }
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

/**
 * An unknown topic gets the closest topics and subcommands ("/quiz leaderbord" reads as a topic) and a
 * pointer to the list; any other rejection is said as is.
 */
function topicRejection(
  ctx: SlackContext,
  lang: Lang,
  code: string,
  typed: string | undefined,
  words: readonly string[] = SUBCOMMANDS,
) {
  if (code !== 'unknown_topic' || typed === undefined) return rejectionReply(lang, code, typed);
  const candidates = [...ctx.engine.topics(), ...words];
  return plainMessage(unknownTopicMessage(lang, typed, candidates, st(lang, 'hint.topics')));
}
