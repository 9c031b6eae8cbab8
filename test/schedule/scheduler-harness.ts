import { Writable } from 'node:stream';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock, Random } from '../../src/engine/clock.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import type { RoundPublisher } from '../../src/schedule/publisher.ts';
import { createScheduler, type Scheduler, type SchedulerSettings } from '../../src/schedule/scheduler.ts';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  private ms: number;
  constructor(start: string | number) {
    this.ms = typeof start === 'string' ? Date.parse(start) : start;
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(instant: string | number | Date): void {
    this.ms =
      instant instanceof Date
        ? instant.getTime()
        : typeof instant === 'string'
          ? Date.parse(instant)
          : instant;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** mulberry32: small, fast, good enough to make failures reproducible from a seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleQuestions(count: number): Question[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `q${String(i).padStart(3, '0')}`,
    cardId: `card-${i}`,
    deck: 'ops',
    kind: 'choice' as const,
    lang: 'en' as const,
    stem: `Question ${i}?`,
    options: ['right', 'wrong', 'also wrong'],
    correctIndex: 0,
    answer: 'right',
    source: { file: 'ops.md', line: i + 1 },
    sectionPath: ['Ops', `Q${i}`],
    tags: [],
  }));
}

/** A logger whose JSON lines the test can read. */
export function capturedLogger(level = 'debug'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

export function scheduleOf(over: Partial<ChannelSchedule>): ChannelSchedule {
  return {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [...EVERY_DAY],
    paused: false,
    ...over,
  };
}

export async function addChannel(
  engine: QuizEngine,
  channelId: string,
  schedule: ChannelSchedule,
): Promise<void> {
  const [platform, tenant] = channelId.split(':');
  const tenantId = `${platform}:${tenant}`;
  await engine.ensurePlace({ tenantId, tenantName: tenant ?? 'team' }, { channelId, channelName: channelId });
  await engine.setSchedule(channelId, schedule);
}

/** One bot process: its own engine and scheduler over a shared store, clock and platform. */
export interface Instance {
  readonly id: string;
  readonly engine: QuizEngine;
  readonly scheduler: Scheduler;
}

export function startInstance(options: {
  id: string;
  store: StorePort;
  clock: Clock;
  publishers: readonly RoundPublisher[];
  logger: Logger;
  questions: readonly Question[];
  random?: Random;
  settings?: Partial<SchedulerSettings>;
}): Instance {
  const engine = createEngine({
    store: options.store,
    clock: options.clock,
    random: options.random ?? seeded(1),
    questions: options.questions,
  });
  const scheduler = createScheduler({
    engine,
    clock: options.clock,
    publishers: options.publishers,
    logger: options.logger,
    instanceId: options.id,
    settings: options.settings,
  });
  return { id: options.id, engine, scheduler };
}
