import type { Question } from '../content/question.ts';
import { submitAnswer } from './answer-commands.ts';
import type { QuizEngine } from './api.ts';
import { BoundedMemo } from './bounded-memo.ts';
import type { Clock, Random } from './clock.ts';
import { myAnswer, todaysDailyRound } from './coming-back.ts';
import { closeRound, currentDailyRound, openDailyRound, roundResults } from './daily-commands.ts';
import { dailyLifecycle } from './daily-round.ts';
import { challenge, respondToDuel, setDuelPostRef, withdrawChallenge } from './duel-commands.ts';
import { answerDuel, nextDuelQuestion } from './duel-play.ts';
import { duelSettlement, duelView, expireDuels } from './duel-settlement.ts';
import { type EngineContext, idMaker } from './engine-context.ts';
import { type EngineSettings, resolveSettings } from './engine-settings.ts';
import type { TenantId } from './ids.ts';
import { leaderboard } from './leaderboard-query.ts';
import {
  ensurePlace,
  pauseSchedule,
  resumeSchedule,
  setSchedule,
  setTenantLang,
  tenantLang,
} from './place-commands.ts';
import { playerStats } from './player-stats.ts';
import { startPractice } from './practice-commands.ts';
import { createQuestionBank, type QuestionBank } from './question-bank.ts';
import { liftChangedSuppressions, questionFlags } from './question-flag-commands.ts';
import { sectionReportOf } from './section-report-engine.ts';
import { serialQueue } from './serial-queue.ts';
import type { StorePort } from './store-port.ts';
import { digestLifecycle, setDigest } from './weekly-digest.ts';

export { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from './engine-settings.ts';

/**
 * What createEngine returns: the QuizEngine every adapter codes against, plus administrative calls that
 * only some callers need (found by `'name' in engine`, so QuizEngine itself stays unchanged).
 */
export interface AdminQuizEngine extends QuizEngine {
  /** Pauses every schedule of a tenant (the bot left a guild / was uninstalled); returns how many. */
  pauseTenantSchedules(tenantId: TenantId, reason: string): Promise<number>;
  /** Resumes the tenant's schedules paused for `reason` (the app was installed again); returns how many. */
  resumeTenantSchedules(tenantId: TenantId, reason: string): Promise<number>;
}

export interface EngineDeps {
  readonly store: StorePort;
  readonly clock: Clock;
  readonly random: Random;
  readonly questions: readonly Question[];
  readonly settings?: Partial<EngineSettings>;
}

/**
 * The composition of the rules. The initial questions are written to the store before the first command
 * that needs them (rounds refer to stored snapshots); `reload` replaces them later.
 */
export function createEngine(deps: EngineDeps): AdminQuizEngine {
  const { store, clock, random } = deps;
  let bank: QuestionBank = createQuestionBank(deps.questions);
  let synced: Promise<void> | null = null;
  const ready = (): Promise<void> => {
    if (synced === null) {
      synced = store.syncQuestions(deps.questions).then(async () => {
        // A question whose note changed while the bot was down is back in play.
        await liftChangedSuppressions(ctx, deps.questions);
      });
      // A failed first sync must be retried by the next command, not remembered forever.
      synced.catch(() => {
        synced = null;
      });
    }
    return synced;
  };
  const ctx: EngineContext = {
    store,
    clock,
    random,
    settings: resolveSettings(deps.settings),
    bank: () => bank,
    ready,
    newId: idMaker(clock, random),
    written: new BoundedMemo(10_000),
    previousDates: new BoundedMemo(10_000),
    streaks: new BoundedMemo(100_000),
    rounds: new BoundedMemo(1_000),
    settling: serialQueue(),
  };

  return {
    startPractice: (actor, place, topic) => startPractice(ctx, actor, place, topic),
    answer: (actor, place, roundId, choice, expect) =>
      submitAnswer(ctx, actor, place, roundId, { kind: 'choice', choice }, expect),
    selfGrade: (actor, place, roundId, grade, expect) =>
      submitAnswer(ctx, actor, place, roundId, { kind: 'grade', grade }, expect),

    daily: dailyLifecycle(ctx),
    openDailyRound: (channelId) => openDailyRound(ctx, channelId),
    currentDailyRound: (channelId) => currentDailyRound(ctx, channelId),
    closeRound: (roundId) => closeRound(ctx, roundId),
    roundResults: (roundId) => roundResults(ctx, roundId),
    countAnswers: (roundId) => store.countAnswers(roundId),
    async liveCount(roundId) {
      const [round, answers] = await Promise.all([store.getRound(roundId), store.countAnswers(roundId)]);
      return round === null ? null : { answers, open: round.status === 'open' };
    },

    ensurePlace: (actor, place) => ensurePlace(ctx, actor, place),
    setSchedule: (channelId, schedule) => setSchedule(ctx, channelId, schedule),
    pauseSchedule: (channelId, reason) => pauseSchedule(ctx, channelId, reason),
    resumeSchedule: (channelId) => resumeSchedule(ctx, channelId),
    pauseTenantSchedules: (tenantId, reason) => store.pauseTenantSchedules(tenantId, reason),
    resumeTenantSchedules: (tenantId, reason) => store.resumeTenantSchedules(tenantId, reason),
    setTenantLang: (tenantId, lang) => setTenantLang(ctx, tenantId, lang),
    tenantLang: (tenantId) => tenantLang(ctx, tenantId),

    challenge: (actor, place, opponent, options) => challenge(ctx, actor, place, opponent, options),
    respondToDuel: (actor, duelId, accept) => respondToDuel(ctx, actor, duelId, accept),
    withdrawChallenge: (actor, duelId) => withdrawChallenge(ctx, actor, duelId),
    nextDuelQuestion: (actor, duelId) => nextDuelQuestion(ctx, actor, duelId),
    answerDuel: (actor, duelId, index, choice) => answerDuel(ctx, actor, duelId, index, choice),
    duelView: (duelId) => duelView(ctx, duelId),
    duelSettlement: (duelId) => duelSettlement(ctx, duelId),
    expireDuels: () => expireDuels(ctx),
    setDuelPostRef: (duelId, postRef) => setDuelPostRef(ctx, duelId, postRef),

    flags: questionFlags(ctx),

    leaderboard: (tenantId, period, scope, options) => leaderboard(ctx, tenantId, period, scope, options),
    stats: (playerId, options) => playerStats(ctx, playerId, options),
    sectionReport: (request) => sectionReportOf(ctx, request),
    digests: digestLifecycle(ctx),
    setDigest: (channelId, digest) => setDigest(ctx, channelId, digest),
    getDigest: (channelId) => store.getChannelDigest(channelId),

    todaysDailyRound: (channelId) => todaysDailyRound(ctx, channelId),
    setReminder: (channelId, on) => store.setChannelReminder(channelId, on),
    myAnswer: (roundId, playerId) => myAnswer(ctx, roundId, playerId),
    topics: () => bank.topics,
    topicTitles: () => bank.titles,
    reload: async (questions) => {
      await ready();
      const counts = await store.syncQuestions(questions);
      bank = createQuestionBank(questions);
      await liftChangedSuppressions(ctx, questions);
      return counts;
    },
  };
}
