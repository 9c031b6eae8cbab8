import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Wraps a driver adapter factory so every connection it hands the schema engine can be closed afterwards:
 * the WebAssembly engine does not dispose of them itself, and an open pool keeps a CLI process alive.
 */
export function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  disposeAll(): Promise<void>;
} {
  const opened: SqlDriverAdapter[] = [];
  const connecting = new Set<Promise<SqlDriverAdapter>>();
  let closed = false;
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const pending = connect();
    connecting.add(pending);
    try {
      const adapter = await pending;
      // A connection the engine finished opening after we closed up: close it too, never leak its pool.
      if (closed) await adapter.dispose();
      else opened.push(adapter);
      return adapter;
    } finally {
      connecting.delete(pending);
    }
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => track(() => factory.connect()),
      connectToShadowDb: () => track(() => factory.connectToShadowDb()),
    },
    async disposeAll() {
      closed = true;
      await Promise.allSettled([...connecting]);
      const all = opened.splice(0);
      await Promise.allSettled(all.map((a) => a.dispose()));
    },
  };
}
