import type { Question } from '../../src/content/question.ts';
import type { Actor, Place } from '../../src/engine/api.ts';
import { type AdminQuizEngine, createEngine, type EngineSettings } from '../../src/engine/create-engine.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { type FakeClock, fakeClock } from '../fakes/fake-clock.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

export const TENANT = 'slack:T1';

export function actor(name: string, tenantId = TENANT): Actor {
  return { tenantId, tenantName: 'Team One', playerId: `${tenantId}:${name}`, displayName: name };
}

export function place(name = 'general', tenantId = TENANT): Place {
  return { channelId: `${tenantId}:${name}`, channelName: name };
}

export interface Harness {
  readonly engine: AdminQuizEngine;
  readonly store: StorePort;
  readonly clock: FakeClock;
}

export function harness(
  options: {
    start?: string;
    questions?: readonly Question[];
    settings?: Partial<EngineSettings>;
    seed?: number;
    /** Another StorePort to run the same flows on (default: a fresh in-memory store). */
    store?: StorePort;
  } = {},
): Harness {
  const store = options.store ?? createMemoryStore();
  const clock = fakeClock(options.start ?? '2026-01-05T14:00:00Z');
  const engine = createEngine({
    store,
    clock,
    random: seededRandom(options.seed ?? 7),
    questions: options.questions ?? SAMPLE_QUESTIONS,
    settings: options.settings ?? {},
  });
  return { engine, store, clock };
}

export function schedule(timezone = 'UTC', overrides: Partial<ChannelSchedule> = {}): ChannelSchedule {
  return {
    postTime: '09:00',
    closeTime: '17:00',
    timezone,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
    ...overrides,
  };
}

/** A scheduled channel, ready for daily rounds. */
export async function scheduledChannel(h: Harness, timezone = 'UTC', name = 'general'): Promise<Place> {
  const p = place(name);
  await h.engine.ensurePlace({ tenantId: TENANT, tenantName: 'Team One' }, p);
  await h.engine.setSchedule(p.channelId, schedule(timezone));
  return p;
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; code: string }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.value;
}
