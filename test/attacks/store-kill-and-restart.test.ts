import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';
import { answerBurst } from './answer-burst.ts';
import { privatePostgresUnavailable, startPrivatePostgres } from './private-postgres.ts';

const CHILD = path.join(import.meta.dirname, 'answer-burst-child.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'notequiz-kill-'));
const reachable = await postgresReachable();
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await dropSchema(schema);
});

/** Runs the burst in its own process and SIGKILLs it once `acks` answers were acknowledged. */
async function killMidBurst(
  databaseUrl: string,
  acks: number,
): Promise<{ roundId: string; acked: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acked: string[] = [];
  let roundId = '';
  let buffer = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_, signal) => resolve(signal)),
  );
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [what, value] = line.split(' ');
      if (what === 'ready' && value !== undefined) roundId = value;
      if (what === 'acked' && value !== undefined) acked.push(value);
    }
    if (acked.length >= acks && roundId !== '' && child.exitCode === null) child.kill('SIGKILL');
  });
  expect(await exited).toBe('SIGKILL');
  return { roundId, acked };
}

function missing(acked: readonly string[], stored: readonly string[]): string[] {
  const have = new Set(stored);
  return acked.filter((id) => !have.has(id));
}

/**
 * Acknowledged answers survive the process being killed with SIGKILL in the middle of a burst, and the
 * database being stopped (crashed) and started again in the middle of play: counted from the outside.
 */
describe('kill -9 mid-burst', () => {
  it('loses no acknowledged answer on the SQLite file, and leaves it intact', async () => {
    const file = path.join(dir, 'quiz.db');
    const { roundId, acked } = await killMidBurst(`file:${file}`, 200);
    expect(acked.length).toBeGreaterThanOrEqual(200);
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = (
        db.prepare('SELECT "playerId" FROM "Answer" WHERE "roundId" = ?').all(roundId) as {
          playerId: string;
        }[]
      ).map((r) => r.playerId);
      expect(missing(acked, stored)).toEqual([]);
    } finally {
      db.close();
    }
  }, 60_000);

  it.skipIf(!reachable)(
    `loses no acknowledged answer on PostgreSQL${reachable ? '' : ` — SKIPPED: ${POSTGRES_HOW_TO_START}`}`,
    async () => {
      const schema = uniqueSchemaName('kill');
      schemas.push(schema);
      const url = urlWithSchema(schema);
      const { roundId, acked } = await killMidBurst(url, 200);
      const client = new pg.Client({ connectionString: url.replace(/\?.*$/, '') });
      await client.connect();
      try {
        const { rows } = await client.query<{ playerId: string }>(
          `SELECT "playerId" FROM "${schema}"."Answer" WHERE "roundId" = $1`,
          [roundId],
        );
        expect(
          missing(
            acked,
            rows.map((r) => r.playerId),
          ),
        ).toEqual([]);
      } finally {
        await client.end();
      }
    },
    60_000,
  );
});

const unavailable = privatePostgresUnavailable();

describe.skipIf(unavailable !== null)(
  `PostgreSQL crashing and coming back mid-play${unavailable === null ? '' : ` — SKIPPED: ${unavailable}`}`,
  () => {
    it('loses no acknowledged answer, and play resumes once it is back', async () => {
      const server = await startPrivatePostgres();
      try {
        const store = await openStore(`${server.url}?schema=quiz`, {
          timeouts: { connectMs: 1_000, statementMs: 2_000, transactionMs: 3_000 },
        });
        try {
          const burst = await answerBurst(store, { label: 'crash' });
          const until = async (done: () => boolean, withinMs: number) => {
            const deadline = Date.now() + withinMs;
            while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
          };
          await until(() => burst.acked.length >= 100, 20_000);
          // A crash: no checkpoint, every session cut mid-statement.
          await server.stop('immediate');
          const ackedBefore = burst.acked.length;
          await new Promise((r) => setTimeout(r, 1_000));
          await server.start();
          await until(() => burst.acked.length >= ackedBefore + 100, 20_000);
          await burst.stop();
          expect(burst.failed.length).toBeGreaterThan(0);
          expect(burst.acked.length).toBeGreaterThanOrEqual(ackedBefore + 100);

          const client = new pg.Client({ connectionString: server.url });
          await client.connect();
          try {
            const { rows } = await client.query<{ playerId: string }>(
              'SELECT "playerId" FROM quiz."Answer" WHERE "roundId" = $1',
              [burst.roundId],
            );
            const stored = rows.map((r) => r.playerId);
            expect(missing(burst.acked, stored)).toEqual([]);
            expect(new Set(stored).size).toBe(stored.length);
          } finally {
            await client.end();
          }
        } finally {
          await store.close();
        }
      } finally {
        await server.destroy();
      }
    }, 90_000);
  },
);
