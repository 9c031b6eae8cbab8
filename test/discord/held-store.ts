import type { StorePort } from '../../src/engine/store-port.ts';

/**
 * A store a test can hold, like a database another process has locked: while held, every call waits
 * (nothing fails, nothing is lost) until the test releases it. `waiting` says how many calls are stuck.
 */
export interface HeldStore {
  readonly store: StorePort;
  hold(): void;
  release(): void;
  /** Calls waiting for the release right now. */
  readonly waiting: number;
}

export function holdableStore(inner: StorePort): HeldStore {
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let waiting = 0;
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]): Promise<unknown> => {
        while (gate !== null) {
          waiting += 1;
          try {
            await gate;
          } finally {
            waiting -= 1;
          }
        }
        return Reflect.apply(value, target, args);
      };
    },
  });
  return {
    store,
    hold() {
      if (gate !== null) return;
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
    get waiting() {
      return waiting;
    },
  };
}
