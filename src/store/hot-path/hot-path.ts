import type { AnswerRecord, PlayerRecord, StreakRecord } from '../../engine/records.ts';

export interface PlayerInput {
  readonly id: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly isBot: boolean;
}

export interface StreakKey {
  readonly playerId: string;
  readonly channelId: string;
}

export interface AnswerWrite {
  readonly answer: AnswerRecord;
  /** Written only when the answer is. */
  readonly streak: StreakRecord | undefined;
  /** With `streak`: write nothing unless the stored streak is this one (null: none); undefined: no check. */
  readonly expected: StreakRecord | null | undefined;
}

/**
 * The four statements of every daily answer, each for a group of players at once, on the database driver
 * itself (better-sqlite3, node-postgres) under the schema Prisma migrates. A statement through Prisma
 * Client costs about twenty times the driver's own work (measured in docs/benchmarks.md), and these four
 * run for every click; everything else in the store stays on Prisma Client.
 */
export interface HotPath {
  /** Inserts or renames players (ids unique within a call); returns the stored rows. */
  upsertPlayers(inputs: readonly PlayerInput[]): Promise<PlayerRecord[]>;
  /** The stored streaks among `keys` (absent ones are left out). */
  getStreaks(keys: readonly StreakKey[]): Promise<StreakRecord[]>;
  /** Answers per round id (rounds without answers are left out). */
  countAnswers(roundIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * Inserts the answers that are not there yet, and the streak of each one inserted, atomically. Answer keys
   * and streak keys are unique within a call.
   */
  writeAnswers(writes: readonly AnswerWrite[]): Promise<WrittenAnswers>;
  close(): Promise<void>;
}

export interface WrittenAnswers {
  /** The keys (answerKey) of the answers inserted. */
  readonly recorded: Set<string>;
  /** The keys of the writes refused because the stored streak was not the expected one. */
  readonly stale: Set<string>;
  /** Answers per round of the call, once the call's answers are in. */
  readonly counts: Map<string, number>;
}

/** The (roundId, playerId) key of an answer, as one string. */
export function answerKey(a: { readonly roundId: string; readonly playerId: string }): string {
  return `${a.roundId}\u0000${a.playerId}`;
}

export function streakKey(k: StreakKey): string {
  return `${k.playerId}\u0000${k.channelId}`;
}
