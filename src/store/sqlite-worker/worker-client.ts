import { Worker } from 'node:worker_threads';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import type { Envelope, Replies, Reply, Request, SentError } from './protocol.ts';

/**
 * The main thread's end of the SQLite worker (worker-thread.ts): one worker per process, started with the
 * first SQLite store and shared by every store the process opens (tests open many; a bot opens one). The
 * worker keeps the process alive only while a request is in flight, like a socket with a query on it.
 */
export interface SqliteWorkerClient {
  request<R extends Request>(request: R): Promise<Replies[R['op']]>;
}

let shared: SqliteWorkerClient | null = null;

export function sqliteWorker(): SqliteWorkerClient {
  shared ??= startWorker(() => {
    shared = null;
  });
  return shared;
}

/**
 * Compiled (dist/), the worker runs worker-thread.js as it is; from the sources (tsx, vitest) it starts
 * through worker-entry.mjs, which registers tsx's loader first (a worker does not inherit it).
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker-thread.js', import.meta.url);
  return new URL('./worker-entry.mjs', import.meta.url);
}

function startWorker(onStop: () => void): SqliteWorkerClient {
  const worker = new Worker(workerEntry());
  worker.unref();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  const stop = (error: Error) => {
    if (stopped !== null) return;
    stopped = error;
    onStop();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(fromSentError(reply.error));
  });
  worker.on('error', (error) => stop(new Error('the SQLite worker thread failed', { cause: error })));
  worker.on('exit', (code) => stop(new Error(`the SQLite worker thread stopped (exit code ${code})`)));
  return {
    request<R extends Request>(request: R) {
      if (stopped !== null) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise<Replies[R['op']]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        if (pending.size === 1) worker.ref();
        const envelope: Envelope = { id, ...request };
        worker.postMessage(envelope);
      });
    },
  };
}

/** Rebuilds an error that crossed from the worker, keeping what Prisma and our error handling look at. */
function fromSentError(sent: SentError): Error {
  if (sent.name === 'DriverAdapterError' && typeof sent.cause === 'object' && sent.cause !== null) {
    return new DriverAdapterError(sent.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  }
  const cause =
    typeof sent.cause === 'object' && sent.cause !== null && 'message' in sent.cause
      ? fromSentError(sent.cause as SentError)
      : sent.cause;
  const error = new Error(sent.message, cause === undefined ? undefined : { cause });
  error.name = sent.name;
  return sent.code === undefined ? error : Object.assign(error, { code: sent.code });
}
