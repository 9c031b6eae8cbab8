import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type { SavepointAction } from './protocol.ts';
import type { SqliteWorkerClient } from './worker-client.ts';

/** The name of the adapter the worker runs: Prisma Client sees the same adapter it would in-process. */
const ADAPTER_NAME = '@prisma/adapter-better-sqlite3';

/**
 * Prisma's driver adapter interface, implemented over the SQLite worker: every query, transaction and
 * savepoint is a message to the better-sqlite3 adapter the worker runs for this database.
 */
export function workerAdapterFactory(worker: SqliteWorkerClient, db: number): SqlDriverAdapterFactory {
  return {
    provider: 'sqlite',
    adapterName: ADAPTER_NAME,
    async connect(): Promise<SqlDriverAdapter> {
      const { adapter } = await worker.request({ op: 'connect', db });
      return adapterOver(worker, db, adapter);
    },
  };
}

function adapterOver(worker: SqliteWorkerClient, db: number, adapter: number): SqlDriverAdapter {
  return {
    provider: 'sqlite',
    adapterName: ADAPTER_NAME,
    queryRaw: (query: SqlQuery) => worker.request({ op: 'query', db, adapter, tx: null, query }),
    executeRaw: (query: SqlQuery) => worker.request({ op: 'execute', db, adapter, tx: null, query }),
    executeScript: async (script: string) => {
      await worker.request({ op: 'script', db, adapter, script });
    },
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const { tx, options } = await worker.request({ op: 'begin', db, adapter, isolationLevel });
      const savepoint = async (action: SavepointAction, name: string) => {
        await worker.request({ op: 'savepoint', db, adapter, tx, action, name });
      };
      return {
        provider: 'sqlite',
        adapterName: ADAPTER_NAME,
        options,
        queryRaw: (query: SqlQuery) => worker.request({ op: 'query', db, adapter, tx, query }),
        executeRaw: (query: SqlQuery) => worker.request({ op: 'execute', db, adapter, tx, query }),
        commit: async () => {
          await worker.request({ op: 'commit', db, adapter, tx });
        },
        rollback: async () => {
          await worker.request({ op: 'rollback', db, adapter, tx });
        },
        createSavepoint: (name: string) => savepoint('create', name),
        rollbackToSavepoint: (name: string) => savepoint('rollbackTo', name),
        releaseSavepoint: (name: string) => savepoint('release', name),
      };
    },
    dispose: async () => {
      await worker.request({ op: 'dispose', db, adapter });
    },
  };
}
