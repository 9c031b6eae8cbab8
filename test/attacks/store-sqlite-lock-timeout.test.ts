import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseFailure } from '../../src/ops/failure-summary.ts';
import { openStore } from '../../src/store/open-store.ts';
import { answer, round, seedTenant } from '../contract/contract-fixtures.ts';

const HOLDER = path.join(import.meta.dirname, 'sqlite-lock-holder.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'notequiz-lock-timeout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * SQLite's busy wait is bounded like PostgreSQL's statements: a lock held longer than
 * DATABASE_STATEMENT_TIMEOUT_MS costs the write a clear "locked" error after that long, while reads go on
 * beside the other process's write (WAL), and writes work again once the lock is free.
 */
describe('a SQLite write lock held longer than the statement timeout', () => {
  it('fails the write after the timeout with a clear error; reads go on; writes resume after', async () => {
    const file = path.join(dir, 'quiz.db');
    const store = await openStore(`file:${file}`, {
      timeouts: { connectMs: 1_000, statementMs: 800, transactionMs: 2_000 },
    });
    try {
      await seedTenant(store, ['p:1', 'p:2']);
      await store.createDailyRound(round('r1'));
      const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, file, '4000'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));

      const started = performance.now();
      const write = await store.recordAnswer(answer('r1', 'p:1')).then(
        () => null,
        (error: unknown) => error,
      );
      const waited = performance.now() - started;
      expect(write).toBeInstanceOf(Error);
      expect(summariseFailure('database', write)).toBe('database: locked by another process');
      expect(waited).toBeGreaterThanOrEqual(700);
      expect(waited).toBeLessThan(3_500);
      // Prisma's writes are bounded the same way; reads are not held up at all.
      const rename = await store.upsertTenant({ id: 'slack:T1', name: 'Renamed' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(summariseFailure('database', rename)).toBe('database: locked by another process');
      expect((await store.getTenant('slack:T1'))?.name).toBe('Team slack:T1');

      await exited;
      expect((await store.recordAnswer(answer('r1', 'p:2'))).outcome).toBe('recorded');
      expect(await store.countAnswers('r1')).toBe(1);
    } finally {
      await store.close();
    }
  }, 60_000);
});
