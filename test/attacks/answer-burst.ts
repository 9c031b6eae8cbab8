import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

/**
 * A burst of daily answers through the engine, as a busy channel makes them: new players answer one
 * question of the day, `inFlight` at a time, until `stop()`. An answer counts as acknowledged once the
 * engine said it was recorded (what the player is then told); `onAck` hears each one at that moment.
 */
export interface Burst {
  readonly roundId: string;
  readonly acked: string[];
  readonly failed: string[];
  /** Stops sending; resolves when the answers in flight have settled. */
  stop(): Promise<void>;
}

export async function answerBurst(
  store: StorePort,
  options: { label: string; inFlight?: number; onAck?: (playerId: string) => void },
): Promise<Burst> {
  const engine = createEngine({
    store,
    clock: { now: () => new Date('2026-03-02T10:00:00Z') },
    random: seededRandom(3),
    questions: SAMPLE_QUESTIONS.filter((q) => q.correctIndex !== null),
  });
  const tenant = { tenantId: `${options.label}:T`, tenantName: 'Burst' };
  const place = { channelId: `${options.label}:T:C`, channelName: 'burst' };
  await engine.ensurePlace(tenant, place);
  await engine.setSchedule(place.channelId, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const opened = await engine.openDailyRound(place.channelId);
  if (!opened.ok) throw new Error(`no daily round: ${opened.code}`);
  const roundId = opened.value.round.id;
  const acked: string[] = [];
  const failed: string[] = [];
  let next = 0;
  let running = true;
  const lane = async () => {
    while (running) {
      const playerId = `${tenant.tenantId}:U${next++}`;
      try {
        const outcome = await engine.answer(
          { ...tenant, playerId, displayName: playerId },
          place,
          roundId,
          0,
        );
        if (outcome.ok) {
          acked.push(playerId);
          options.onAck?.(playerId);
        } else failed.push(playerId);
      } catch {
        failed.push(playerId);
        // A database that is down fails fast; do not spin on it.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const lanes = Array.from({ length: options.inFlight ?? 8 }, lane);
  return {
    roundId,
    acked,
    failed,
    stop: async () => {
      running = false;
      await Promise.all(lanes);
    },
  };
}
