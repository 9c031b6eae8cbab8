import type { StorePort } from '../../src/engine/store-port.ts';

/**
 * Wraps a store so that, once the process "dies", every call hangs forever (and never reaches the DB).
 * Calls already running when it dies finish, as queries already sent would; `idle` waits for them.
 */
export function killable(
  store: StorePort,
  isDead: () => boolean,
): { store: StorePort; idle: () => Promise<void> } {
  let running = 0;
  const waiting: (() => void)[] = [];
  const settled = (): void => {
    running -= 1;
    if (running === 0) for (const wake of waiting.splice(0)) wake();
  };
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (isDead()) return new Promise(() => undefined);
        running += 1;
        try {
          return Promise.resolve(value.apply(target, args)).finally(settled);
        } catch (error) {
          settled();
          throw error;
        }
      };
    },
  });
  const idle = (): Promise<void> =>
    running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
  return { store: wrapped, idle };
}
