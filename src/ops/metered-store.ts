import { performance } from 'node:perf_hooks';
import type { RoundKind } from '../engine/records.ts';
import type { StorePort } from '../engine/store-port.ts';

/** What meteredStore reports; src/ops/metrics.ts implements it over prom-client. */
export interface StoreMeter {
  /** Bound once per operation name, when the store is wrapped. */
  operation(name: string): OperationMeter;
  /** recordAnswer stored a new answer (not a duplicate, not a stale streak). */
  answerWritten(kind: RoundKind): void;
}

export interface OperationMeter {
  /** One call finished; `startedAt` is its performance.now() at the start. */
  observe(startedAt: number, failed: boolean): void;
}

/**
 * The store the engine is given, with each call timed by operation, and the answers it stores counted.
 * main wraps the opened store with it when /metrics is on, so neither the engine nor the stores know about
 * metrics. Every method of the store is wrapped once, here, not looked up per call.
 */
export function meteredStore(inner: StorePort, meter: StoreMeter): StorePort {
  const timed: Record<string, unknown> = {};
  for (const name of methodNames(inner)) {
    const method = Reflect.get(inner, name) as (...args: unknown[]) => Promise<unknown>;
    const operation = meter.operation(name);
    timed[name] = async (...args: unknown[]): Promise<unknown> => {
      const startedAt = performance.now();
      let failed = true;
      try {
        const result = await Reflect.apply(method, inner, args);
        failed = false;
        return result;
      } finally {
        operation.observe(startedAt, failed);
      }
    };
  }
  const store = timed as unknown as StorePort;
  const recordAnswer = store.recordAnswer;
  return {
    ...store,
    async recordAnswer(answer, streak, expectedStreak) {
      const recorded = await recordAnswer(answer, streak, expectedStreak);
      if (recorded.outcome === 'recorded') meter.answerWritten(answer.roundKind);
      return recorded;
    },
  };
}

/** The store's methods: its own and its prototypes' (a store may be an object literal or a class). */
function methodNames(store: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = store; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o))
      if (name !== 'constructor' && typeof Reflect.get(store, name) === 'function') names.add(name);
  }
  return [...names];
}
