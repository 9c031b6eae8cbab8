import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';

/** The memory store, with every call counted by method name: the database round trips a path costs. */
export function countingStore(inner: StorePort = createMemoryStore()): { store: StorePort; calls: string[] } {
  const calls: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        calls.push(String(property));
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { store, calls };
}
