import type { QuizEngine } from '../engine/api.ts';
import type { Clock } from '../engine/clock.ts';
import type { ChannelRecord } from '../engine/records.ts';
import type { Logger } from '../logger.ts';
import type { RoundPublisher } from './publisher.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';

/** What the phases of a tick share: the ports, and this instance's memory of what it already knows. */
export interface SchedulerContext {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  readonly publishers: readonly RoundPublisher[];
  readonly logger: Logger;
  readonly instanceId: string;
  readonly settings: SchedulerSettings;
  readonly memory: SchedulerMemory;
}

/**
 * Per-instance caches of facts that never revert (a day posted, a skip logged) and of retry timing. They
 * only save database round-trips and log lines: after a restart they are empty and the database decides.
 */
export interface SchedulerMemory {
  /** channelId -> the latest local date known to be settled (posted, closed, or given up). */
  readonly settledDate: Map<string, string>;
  /** channelId -> local date whose skip was already logged. */
  readonly skipLogged: Map<string, string>;
  /** "round:<channelId>|<date>" or "results:<roundId>" -> retry state. */
  readonly retries: Map<string, { attempts: number; nextAttemptAt: number; until?: number }>;
  /** roundId -> when this instance first saw the closed round without posted results. */
  readonly resultsSeen: Map<string, number>;
}

export function createMemory(): SchedulerMemory {
  return {
    settledDate: new Map(),
    skipLogged: new Map(),
    retries: new Map(),
    resultsSeen: new Map(),
  };
}

export function publisherFor(
  publishers: readonly RoundPublisher[],
  channel: Pick<ChannelRecord, 'id'>,
): RoundPublisher | undefined {
  return publishers.find((p) => channel.id.startsWith(`${p.platform}:`));
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
