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
  const track = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => track(factory.connect()),
      connectToShadowDb: () => track(factory.connectToShadowDb()),
    },
    async disposeAll() {
      const all = opened.splice(0);
      await Promise.allSettled(all.map((a) => a.dispose()));
    },
  };
}
