import { parentPort } from 'node:worker_threads';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { BRIEF_BUSY_TIMEOUT_MS, retryWhileLocked } from './lock-wait.ts';
import type { Envelope, Replies, Reply, Request } from './protocol.ts';
import { toSentError } from './protocol.ts';

/**
 * The SQLite worker thread: runs Prisma's better-sqlite3 driver adapter, so Prisma's statements (a
 * leaderboard's aggregate, a question sync, a statement that meets another process's write lock) run
 * here, never on the event loop that acknowledges Slack and Discord, answers /healthz and keeps the
 * Discord gateway's heartbeat. Prisma Client talks to it through worker-adapter.ts. A statement that finds
 * the file locked is retried on a timer (lock-wait.ts), so this thread too stays free for the reads WAL
 * allows meanwhile.
 */

interface OpenDatabase {
  /** How long a statement may wait for another process's write lock. */
  readonly lockWaitMs: number;
  readonly factory: SqlDriverAdapterFactory;
  readonly adapters: Map<number, SqlDriverAdapter>;
  readonly transactions: Map<number, Transaction>;
}

const databases = new Map<number, OpenDatabase>();
let nextId = 1;

const port = parentPort;
if (port === null) throw new Error('worker-thread.ts runs as a worker thread');

port.on('message', (message: Envelope) => {
  void handle(message)
    .then(
      (value): Reply => ({ id: message.id, ok: true, value }),
      (error: unknown): Reply => ({ id: message.id, ok: false, error: toSentError(error) }),
    )
    .then((reply) => port.postMessage(reply));
});

function database(id: number): OpenDatabase {
  const db = databases.get(id);
  if (db === undefined) throw new Error(`the SQLite database #${id} is closed`);
  return db;
}

function adapterOf(db: OpenDatabase, id: number): SqlDriverAdapter {
  const adapter = db.adapters.get(id);
  if (adapter === undefined) throw new Error(`the SQLite connection #${id} is closed`);
  return adapter;
}

function transactionOf(db: OpenDatabase, id: number): Transaction {
  const tx = db.transactions.get(id);
  if (tx === undefined) throw new Error(`the SQLite transaction #${id} is over`);
  return tx;
}

async function handle(request: Request): Promise<Replies[Request['op']]> {
  switch (request.op) {
    case 'open': {
      // Each attempt waits for a lock only briefly; the rest of the wait is on timers (lock-wait.ts).
      const factory = new PrismaBetterSqlite3({ url: request.file, timeout: BRIEF_BUSY_TIMEOUT_MS });
      const id = nextId++;
      databases.set(id, {
        lockWaitMs: request.lockWaitMs,
        factory,
        adapters: new Map(),
        transactions: new Map(),
      });
      return { db: id };
    }
    case 'close': {
      const db = databases.get(request.db);
      if (db === undefined) return null;
      databases.delete(request.db);
      for (const adapter of db.adapters.values()) await adapter.dispose();
      return null;
    }
    case 'connect': {
      const db = database(request.db);
      const id = nextId++;
      db.adapters.set(id, await db.factory.connect());
      return { adapter: id };
    }
    case 'dispose': {
      const db = database(request.db);
      const adapter = db.adapters.get(request.adapter);
      db.adapters.delete(request.adapter);
      await adapter?.dispose();
      return null;
    }
    case 'query': {
      const db = database(request.db);
      const on = request.tx === null ? adapterOf(db, request.adapter) : transactionOf(db, request.tx);
      return retryWhileLocked(() => on.queryRaw(request.query), db.lockWaitMs);
    }
    case 'execute': {
      const db = database(request.db);
      const on = request.tx === null ? adapterOf(db, request.adapter) : transactionOf(db, request.tx);
      return retryWhileLocked(() => on.executeRaw(request.query), db.lockWaitMs);
    }
    case 'script':
      await adapterOf(database(request.db), request.adapter).executeScript(request.script);
      return null;
    case 'begin': {
      const db = database(request.db);
      const tx = await adapterOf(db, request.adapter).startTransaction(request.isolationLevel);
      const id = nextId++;
      db.transactions.set(id, tx);
      return { tx: id, options: tx.options };
    }
    case 'commit':
    case 'rollback': {
      const db = database(request.db);
      const tx = transactionOf(db, request.tx);
      db.transactions.delete(request.tx);
      await (request.op === 'commit' ? tx.commit() : tx.rollback());
      return null;
    }
    case 'savepoint': {
      const tx = transactionOf(database(request.db), request.tx);
      const run =
        request.action === 'create'
          ? tx.createSavepoint
          : request.action === 'rollbackTo'
            ? tx.rollbackToSavepoint
            : tx.releaseSavepoint;
      if (run === undefined) throw new Error(`SQLite transactions have no ${request.action} savepoint`);
      await run.call(tx, request.name);
      return null;
    }
  }
}
