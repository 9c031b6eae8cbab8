import { randomUUID } from 'node:crypto';
import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { DuelSettlement, QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { InstallationStore as InstallationRecords } from '../../src/engine/installation-store-port.ts';
import { NO_PLATFORM_METRICS, type PlatformMetrics } from '../../src/ops/metrics-port.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import type { ChartRenderer } from '../shared/charts/png/chart-worker.ts';
import { chartDrawer } from '../shared/draw-chart.ts';
import { t } from '../shared/i18n.ts';
import { systemTimers, type Timers } from '../shared/timers.ts';
import { ACTION, ACTION_PATTERN } from './action-values.ts';
import { type ActionCall, readBlockAction } from './actions/action-payload.ts';
import { handleDailyAnswer } from './actions/daily-answer.ts';
import {
  handleDuelAnswer,
  handleDuelCancel,
  handleDuelPlay,
  handleDuelResponse,
} from './actions/duel-actions.ts';
import {
  handlePracticeAnswer,
  handlePracticeGrade,
  handlePracticeNext,
  handlePracticeReveal,
} from './actions/practice-actions.ts';
import { AnswerCounts, resultsPutBack } from './answer-counts.ts';
import { publishHome } from './app-home.ts';
import { appLifecycle } from './app-lifecycle.ts';
import { handleQuizCommand } from './commands/handle-quiz-command.ts';
import type { SlackConfig } from './config.ts';
import { type BoltApp, createBoltRuntime } from './create-bolt-app.ts';
import { createSlackDuelAnnouncer } from './duel-settlement-announcer.ts';
import {
  handleFlagMenu,
  handleFlagSubmission,
  handleFlagVerdict,
  readFlagSubmission,
} from './flag-handlers.ts';
import { FLAG_ACTION, FLAG_VIEW } from './flag-values.ts';
import { InFlight } from './in-flight.ts';
import { eventIdOf, eventSourceOf, responseUrlOf } from './payload-fields.ts';
import { postSlackDigest } from './post-digest.ts';
import { postSlackReminder } from './post-reminder.ts';
import { createSlackPublisher, NOT_INSTALLED, type PostedRound, slackPlaceOf } from './publisher.ts';
import { plainMessage } from './render/feedback-blocks.ts';
import { type Reply, replyVia, responseUrlPolicy } from './reply.ts';
import { SeenKeys } from './seen-keys.ts';
import type { ReloadContent, SlackContext } from './slack-context.ts';
import { classifySlackError } from './slack-errors.ts';
import { splitQualified, tenantIdOf } from './slack-ids.ts';
import {
  receivedAtOf,
  SLACK_REQUEST_KINDS,
  type SlackRequestKind,
  slackRequestKind,
} from './slack-metrics.ts';
import { teamLangReader } from './team-lang.ts';
import type { Readiness } from './token-health.ts';
import { oauthParts, workspacesFor } from './workspace-setup.ts';
import type { WorkspaceParts } from './workspaces.ts';

export { isSlackConfigured, parseSlackConfig, type SlackConfig, slackEnvSchema } from './config.ts';

export interface SlackAdapterDeps {
  readonly engine: QuizEngine;
  readonly config: SlackConfig;
  readonly logger: pino.Logger;
  readonly clock: Clock;
  readonly reloadContent?: ReloadContent;
  /** Language of the notes: the default for workspaces without `/quiz lang` when SLACK_LANG is unset. */
  readonly notesLang?: Lang;
  /** DAILY_POST_TIME / DAILY_CLOSE_TIME: `/quiz schedule` without `close HH:MM` closes at this close time. */
  readonly defaultSchedule?: { readonly postTime: string; readonly closeTime: string };
  /** Timers for the throttled answer count and a chart's time limit; tests pass a manual one. */
  readonly timers?: Timers;
  /** Draws the pictures of leaderboards and stats (main's, shared by every platform); none: text only. */
  readonly charts?: ChartRenderer;
  /** Requests, acks and 429s for GET /metrics; none when absent. */
  readonly metrics?: PlatformMetrics;
  /** Where OAuth installs keep installations and states (the store); needed when config.oauth is set. */
  readonly installations?: InstallationRecords;
}

export interface SlackAdapter {
  readonly app: BoltApp;
  readonly publisher: RoundPublisher;
  /** HTTP mode: the port listened on once started (useful with SLACK_PORT=0); null in Socket Mode. */
  port(): number | null;
  start(): Promise<void>;
  /** Resolves once the work of every acknowledged request has finished (tests, benchmarks, shutdown). */
  settled(): Promise<void>;
  /** For /readyz: not ready while Slack refuses SLACK_BOT_TOKEN (one short line says so); OAuth mode: ready. */
  readiness(): Readiness;
  /** Stops taking requests, lets acknowledged work finish, then closes. */
  stop(): Promise<void>;
}

/** Slack redelivers an event at most three times within about five minutes. */
const EVENT_MEMORY_MS = 15 * 60_000;

export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const logger = deps.logger.child({ component: 'slack' });
  const metrics = deps.metrics ?? NO_PLATFORM_METRICS;
  const oauth = oauthParts(deps, logger, () => lifecycle);
  const runtime = createBoltRuntime(
    deps.config,
    logger,
    metrics,
    oauth === null ? null : { installationStore: oauth.installations, stateStore: oauth.states },
  );
  const inbound = metrics.inbound(SLACK_REQUEST_KINDS);
  const { app } = runtime;
  const workspaces = workspacesFor(deps, runtime, oauth, logger, metrics);
  const lifecycle = appLifecycle({
    engine: deps.engine,
    installations: oauth?.installations ?? null,
    logger,
  });
  const replyAllowed = responseUrlPolicy(deps.config.apiUrl);
  const inFlight = new InFlight(deps.config.workConcurrency);
  const posted = new Map<string, PostedRound>();
  const teamLang = teamLangReader(
    async (teamId) =>
      (await deps.engine.tenantLang(tenantIdOf(teamId))) ?? deps.config.lang ?? deps.notesLang ?? 'en',
  );
  const counts = new AnswerCounts({
    clock: deps.clock,
    timers: deps.timers ?? systemTimers,
    intervalMs: deps.config.countUpdateMs,
    liveCount: (roundId) => deps.engine.liveCount(roundId),
    showResults: resultsPutBack(deps.engine, teamLang),
    logger,
  });
  /** What every request shares; the workspace's own parts are added per request (ctxFor). */
  const shared: Omit<SlackContext, keyof WorkspaceParts> = {
    engine: deps.engine,
    logger,
    clock: deps.clock,
    config: deps.config,
    counts,
    posted,
    inFlight,
    charts:
      deps.charts === undefined
        ? null
        : chartDrawer({ renderer: deps.charts, timers: deps.timers ?? systemTimers, logger }),
    reloadContent: deps.reloadContent,
    ...(deps.defaultSchedule === undefined ? {} : { defaultSchedule: deps.defaultSchedule }),
    lang: teamLang,
  };
  /** The context for one workspace: its calls use its token. null when it has no installation. */
  const ctxFor = async (teamId: string): Promise<SlackContext | null> => {
    const ws = await workspaces.of(teamId);
    return ws === null ? null : { ...shared, ...ws };
  };

  /**
   * The slow part of a handler, after the ack, with the context of the request's workspace: tracked for
   * shutdown, and never an unhandled rejection.
   */
  const afterAck = (
    teamId: string,
    reply: Reply,
    what: string,
    requestId: string,
    work: (ctx: SlackContext) => Promise<void>,
  ): Promise<void> =>
    inFlight.run(async () => {
      let ctx: SlackContext | null = null;
      try {
        ctx = await ctxFor(teamId);
        if (ctx === null) {
          logger.warn(
            { what, teamId, requestId },
            'Slack request from a workspace without an installation; ignored',
          );
          return;
        }
        await work(ctx);
      } catch (error) {
        const failure = classifySlackError(error);
        ctx?.token.observe(failure);
        if (failure.kind !== 'auth')
          logger.error({ err: error, what, teamId, requestId }, 'Slack handler failed after ack');
        const lang = await shared.lang(teamId).catch((): Lang => 'en');
        await reply.ephemeral(plainMessage(t(lang, 'common.error')));
      }
    });

  app.use(async ({ body, context, next }) => {
    const kind = slackRequestKind(body);
    inbound.received(kind);
    // Bolt acknowledges an event before any middleware runs; commands and actions ack in their listeners.
    if (kind === 'event') inbound.acked(kind, receivedAtOf(context));
    await next();
  });

  // An event Slack delivers again (our ack was slow, or it reached another instance) has had its effect.
  const events = new SeenKeys(Date.now);
  app.use(async ({ body, context, next }) => {
    const eventId = eventIdOf(body);
    if (eventId !== null) {
      const again = events.seenBefore(eventId, Date.now() + EVENT_MEMORY_MS);
      if (again || context.retryReason === 'http_timeout') {
        logger.info(
          { eventId, retryNum: context.retryNum },
          'Slack redelivered an event already delivered once; ignored',
        );
        return;
      }
    }
    await next();
  });

  /** Every listener's first step: Slack waits 3 s at most for this answer. */
  const ackCounted = async (
    ack: () => Promise<void>,
    kind: SlackRequestKind,
    context: Readonly<Record<string, unknown>>,
  ): Promise<void> => {
    await ack();
    inbound.acked(kind, receivedAtOf(context));
  };

  app.command('/quiz', async ({ ack, command, context }) => {
    await ackCounted(ack, 'slash_command', context);
    const reply = replyVia(command.response_url, logger, replyAllowed);
    await afterAck(command.team_id, reply, 'command', command.trigger_id, async (ctx) => {
      await handleQuizCommand(
        ctx,
        {
          who: {
            teamId: command.team_id,
            teamName: command.team_domain,
            userId: command.user_id,
            userName: command.user_name,
          },
          channel: command.channel_id,
          channelName: command.channel_name,
          text: command.text,
        },
        reply,
      );
    });
  });

  const onAction = (
    pattern: RegExp | string,
    what: string,
    handler: (c: SlackContext, call: ActionCall, reply: Reply) => Promise<void>,
  ): void => {
    app.action(pattern, async ({ ack, body, context }) => {
      await ackCounted(ack, 'block_action', context);
      const reply = replyVia(responseUrlOf(body), logger, replyAllowed);
      const call = readBlockAction(body);
      if (call === null) {
        logger.warn({ what }, 'block_actions payload without team, user or action; ignored');
        return;
      }
      const requestId =
        'trigger_id' in body && typeof body.trigger_id === 'string' ? body.trigger_id : randomUUID();
      await afterAck(call.who.teamId, reply, what, requestId, (ctx) => handler(ctx, call, reply));
    });
  };
  onAction(ACTION_PATTERN.dailyAnswer, 'daily answer', handleDailyAnswer);
  onAction(ACTION_PATTERN.practiceAnswer, 'practice answer', handlePracticeAnswer);
  onAction(ACTION.practiceReveal, 'practice reveal', handlePracticeReveal);
  onAction(ACTION_PATTERN.practiceGrade, 'practice grade', handlePracticeGrade);
  onAction(ACTION.practiceNext, 'practice next', handlePracticeNext);
  onAction(ACTION.duelAccept, 'duel accept', (c, call, reply) => handleDuelResponse(c, call, reply, true));
  onAction(ACTION.duelDecline, 'duel decline', (c, call, reply) => handleDuelResponse(c, call, reply, false));
  onAction(ACTION.duelCancel, 'duel cancel', handleDuelCancel);
  onAction(ACTION.duelPlay, 'duel play', handleDuelPlay);
  onAction(ACTION_PATTERN.duelAnswer, 'duel answer', handleDuelAnswer);
  onAction(FLAG_ACTION.menu, 'report menu', handleFlagMenu);
  for (const verdict of ['suppress', 'restore', 'dismiss'] as const)
    onAction(FLAG_ACTION[verdict], `report ${verdict}`, (c, call, reply) =>
      handleFlagVerdict(c, call, reply, verdict),
    );

  // The report form: closed at once (the ack), then the report and the thanks through the message's reply URL.
  app.view(FLAG_VIEW.callbackId, async ({ ack, body, context }) => {
    await ackCounted(ack, 'view_submission', context);
    const submission = readFlagSubmission(body);
    if (submission === null) {
      logger.warn('view_submission of the report form without team, user or round; ignored');
      return;
    }
    const reply = replyVia(submission.responseUrl, logger, replyAllowed);
    await afterAck(submission.who.teamId, reply, 'report form', randomUUID(), (ctx) =>
      handleFlagSubmission(ctx, submission, reply),
    );
  });

  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const teamId = typeof body.team_id === 'string' ? body.team_id : '';
    await inFlight.run(async () => {
      const ctx = await ctxFor(teamId).catch((error: unknown) => {
        logger.error({ err: error, teamId }, 'App Home: the workspace could not be looked up');
        return null;
      });
      if (ctx === null) return;
      await publishHome(ctx, teamId, event.user).catch((error: unknown) => {
        logger.error({ err: error }, 'App Home failed');
      });
    });
  });

  // Bolt delivers these without authorizing them (the token may be gone already).
  app.event('app_uninstalled', async ({ context }) => {
    await inFlight.run(() =>
      lifecycle.uninstalled(eventSourceOf(context)).catch((error: unknown) => {
        logger.error({ err: error }, 'app_uninstalled not handled');
      }),
    );
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    await inFlight.run(() =>
      lifecycle
        .tokensRevoked(eventSourceOf(context), {
          bot: event.tokens.bot ?? [],
          user: event.tokens.oauth ?? [],
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'tokens_revoked not handled');
        }),
    );
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'Bolt error');
  });

  const workspaceOf = (teamId: string) => workspaces.of(teamId);
  const announceDuel = async (
    settlement: DuelSettlement,
    options: { lang: Lang },
  ): Promise<PublishResult> => {
    const team = splitQualified(settlement.duel.channelId)?.teamId;
    const ctx = team === undefined ? null : await ctxFor(team);
    if (ctx === null) return { ok: false, retryable: false, code: NOT_INSTALLED };
    return createSlackDuelAnnouncer(ctx)(settlement, options);
  };
  const publisher: RoundPublisher = {
    ...createSlackPublisher({
      workspaceOf,
      logger,
      counts,
      posted,
      countAnswers: (roundId) => deps.engine.countAnswers(roundId),
    }),
    channelLang: async () => deps.config.lang ?? null,
    async postReminder(channel, round, options) {
      const place = await slackPlaceOf(channel.id, workspaceOf);
      return place.ok ? postSlackReminder(place.ws.poster, round, options) : place.result;
    },
    async postDigest(channel, report, options) {
      const place = await slackPlaceOf(channel.id, workspaceOf);
      return place.ok ? postSlackDigest(place.ws.poster, channel, report, options) : place.result;
    },
    // Duels the scheduler expires or forfeits are announced like those settled by a last answer.
    announceDuelSettlement: announceDuel,
  };

  return {
    app,
    publisher,
    port: () => runtime.port(),
    async start() {
      try {
        await runtime.start();
      } catch (error) {
        const failure = classifySlackError(error);
        if (failure.kind === 'auth') {
          logger.error(
            { code: failure.code },
            `Slack rejected SLACK_BOT_TOKEN (${failure.code}): reinstall the app or set a new token.`,
          );
        }
        throw new Error(`Slack adapter did not start (${failure.code})`, { cause: error });
      }
      logger.info({ mode: deps.config.mode, port: runtime.port() }, 'Slack adapter started');
    },
    settled: () => inFlight.drain(),
    readiness: () => workspaces.readiness(),
    async stop() {
      await runtime.stopAccepting();
      await inFlight.drain();
      await counts.stop();
      await runtime.close();
      logger.info('Slack adapter stopped');
    },
  };
}
