import type { RoundKind } from './records.ts';

/**
 * Every number the rules depend on, in one place, with the defaults the README documents
 * (docs/playing.md). Adapters and main may override any of them.
 */
export interface EngineSettings {
  /** IANA zone for a channel created without one and for tenant-wide leaderboards. */
  readonly defaultTimezone: string;
  /** Default local "HH:MM" a daily question is posted / closed, for adapters that create schedules. */
  readonly defaultPostTime: string;
  readonly defaultCloseTime: string;
  /** A daily round opened after its close time (a catch-up) stays open at least this long. */
  readonly catchUpOpenMs: number;
  /** A daily round first opened this long after its post time is a catch-up and says it is late. */
  readonly lateAfterMs: number;
  /** Points for a correct auto-graded answer, in any round kind. */
  readonly pointsCorrect: number;
  /** Largest speed bonus in a daily round, for an answer at the moment the round opened. */
  readonly speedBonusMax: number;
  /** The speed bonus decays linearly to 0 over this window after the round opened. */
  readonly speedBonusWindowMs: number;
  /** A pending duel expires this long after the challenge; an active one this long after acceptance. */
  readonly duelExpiryMs: number;
  /** Time a duel player has for one question, from when it was served. */
  readonly duelQuestionTimeMs: number;
  readonly duelMinQuestions: number;
  readonly duelMaxQuestions: number;
  /** Questions in a duel when the challenger names no number (docs/playing.md). */
  readonly duelDefaultQuestions: number;
  /** Elo K-factor. */
  readonly eloK: number;
  readonly initialRating: number;
  /** Round kinds whose answers count on the leaderboards (self-graded answers never count). */
  readonly leaderboardRoundKinds: readonly RoundKind[];
  /** A section needs this many answers before it can be called one of the player's weakest. */
  readonly weakestMinAnswers: number;
  /** How many weakest sections stats return. */
  readonly weakestCount: number;
  /**
   * A question reported by this many different players (reports still open) is taken out of play in
   * their team until an admin restores it or its note changes; 0 never does it automatically.
   */
  readonly flagSuppressAfter: number;
  /** How many weeks of accuracy stats return, this week included. */
  readonly statsWeeks: number;
  /**
   * The knowledge-gap report ranks a note section only with at least this many answers in the period (fewer
   * say little), and shows a trend only when the previous period had as many.
   */
  readonly reportMinAnswers: number;
  /** Most-missed questions the report lists under each section. */
  readonly reportMostMissed: number;
  /** Round kinds whose answers the report counts (self-graded answers never count: nobody checked them). */
  readonly reportRoundKinds: readonly RoundKind[];
  /** The weekly digest reports this many local days before it is posted. */
  readonly digestDays: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  defaultTimezone: 'UTC',
  defaultPostTime: '09:00',
  defaultCloseTime: '17:00',
  catchUpOpenMs: 60 * 60 * 1000,
  lateAfterMs: 60_000,
  pointsCorrect: 10,
  speedBonusMax: 5,
  speedBonusWindowMs: 10 * 60 * 1000,
  duelExpiryMs: 24 * 60 * 60 * 1000,
  duelQuestionTimeMs: 60 * 1000,
  duelMinQuestions: 1,
  duelMaxQuestions: 10,
  duelDefaultQuestions: 3,
  eloK: 32,
  initialRating: 1500,
  leaderboardRoundKinds: ['daily', 'duel'],
  weakestMinAnswers: 3,
  weakestCount: 3,
  flagSuppressAfter: 3,
  statsWeeks: 12,
  reportMinAnswers: 5,
  reportMostMissed: 3,
  reportRoundKinds: ['daily', 'practice', 'duel'],
  digestDays: 7,
};

export function resolveSettings(overrides: Partial<EngineSettings> | undefined): EngineSettings {
  return { ...DEFAULT_ENGINE_SETTINGS, ...overrides };
}
