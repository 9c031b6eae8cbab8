import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Knows when Prisma Client has a transaction open on its SQLite connection (in the SQLite worker thread,
 * counted here from the call that starts it to the one that ends it), so that the hot path's own
 * connection (hot-path/sqlite-hot-path.ts) never commits in the middle of one: SQLite would then refuse
 * that transaction's next write (SQLITE_BUSY_SNAPSHOT) instead of waiting for it.
 */
export interface TransactionGate {
  /** True when no Prisma transaction is open; checked synchronously right before a write. */
  readonly idle: () => boolean;
  /** Resolves the next time no Prisma transaction is open. */
  readonly whenIdle: () => Promise<void>;
}

export function gateTransactions(factory: SqlDriverAdapterFactory): {
  factory: SqlDriverAdapterFactory;
  gate: TransactionGate;
} {
  let open = 0;
  let waiters: (() => void)[] = [];
  const leave = () => {
    open -= 1;
    if (open > 0) return;
    const wake = waiters;
    waiters = [];
    for (const w of wake) w();
  };
  const gated = (adapter: SqlDriverAdapter): SqlDriverAdapter => ({
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q) => adapter.queryRaw(q),
    executeRaw: (q) => adapter.executeRaw(q),
    executeScript: (s) => adapter.executeScript(s),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: adapter.getConnectionInfo.bind(adapter) } : {}),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      open += 1;
      try {
        return gatedTransaction(await adapter.startTransaction(isolationLevel), leave);
      } catch (error) {
        leave();
        throw error;
      }
    },
  });
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => gated(await factory.connect()),
    },
    gate: {
      idle: () => open === 0,
      whenIdle: () =>
        open === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    },
  };
}

function gatedTransaction(tx: Transaction, leave: () => void): Transaction {
  let left = false;
  const once = () => {
    if (left) return;
    left = true;
    leave();
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (q) => tx.queryRaw(q),
    executeRaw: (q) => tx.executeRaw(q),
    async commit() {
      try {
        await tx.commit();
      } finally {
        once();
      }
    },
    async rollback() {
      try {
        await tx.rollback();
      } finally {
        once();
      }
    },
    ...(tx.createSavepoint ? { createSavepoint: tx.createSavepoint.bind(tx) } : {}),
    ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: tx.rollbackToSavepoint.bind(tx) } : {}),
    ...(tx.releaseSavepoint ? { releaseSavepoint: tx.releaseSavepoint.bind(tx) } : {}),
  };
}
