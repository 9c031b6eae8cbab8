import type {
  IsolationLevel,
  SqlQuery,
  SqlResultSet,
  TransactionOptions,
} from '@prisma/driver-adapter-utils';

/**
 * The messages between the store (main thread) and the SQLite worker thread, which owns Prisma's
 * better-sqlite3 connections (behind Prisma's driver adapter). Each request names the database it is for
 * (`db`, from `open`); each answer carries the request's id.
 */
export type Request =
  | { op: 'open'; file: string; lockWaitMs: number }
  | { op: 'close'; db: number }
  | { op: 'connect'; db: number }
  | { op: 'dispose'; db: number; adapter: number }
  | { op: 'query'; db: number; adapter: number; tx: number | null; query: SqlQuery }
  | { op: 'execute'; db: number; adapter: number; tx: number | null; query: SqlQuery }
  | { op: 'script'; db: number; adapter: number; script: string }
  | { op: 'begin'; db: number; adapter: number; isolationLevel: IsolationLevel | undefined }
  | { op: 'commit' | 'rollback'; db: number; adapter: number; tx: number }
  | { op: 'savepoint'; db: number; adapter: number; tx: number; action: SavepointAction; name: string };

export type SavepointAction = 'create' | 'rollbackTo' | 'release';

/** What each request answers with. */
export interface Replies {
  open: { db: number };
  close: null;
  connect: { adapter: number };
  dispose: null;
  query: SqlResultSet;
  execute: number;
  script: null;
  begin: { tx: number; options: TransactionOptions };
  commit: null;
  rollback: null;
  savepoint: null;
}

export type Envelope = { id: number } & Request;

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };

/**
 * An error as it crosses the thread boundary. Prisma recognises a driver adapter's error by its name and
 * its `cause` (a plain object: kind, code, message), so both travel as they are and are rebuilt on arrival.
 */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly cause?: unknown;
}

export function toSentError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    // A driver adapter's cause is data; another error's cause is an error, sent the same way.
    ...(cause === undefined ? {} : { cause: cause instanceof Error ? toSentError(cause) : cause }),
  };
}
