import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';

const child = path.join(import.meta.dirname, 'open-daily-round-child.ts');
const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-two-processes-'));
const schema = uniqueSchemaName('twoproc');
const reachable = await postgresReachable();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (reachable) await dropSchema(schema);
});

/** Collects a child's stdout lines; `next(n)` resolves once n lines in all have arrived. */
function collect(proc: ChildProcess): (count: number) => Promise<string[]> {
  const got: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: { count: number; resolve(lines: string[]): void; reject(error: Error): void }[] = [];
  const settle = () => {
    for (const w of waiters.filter((w) => got.length >= w.count)) w.resolve([...got]);
  };
  proc.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  proc.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    got.push(...parts.filter((l) => l !== ''));
    settle();
  });
  proc.on('exit', (code) => {
    if (code !== 0) for (const w of waiters) w.reject(new Error(`child exited with ${code}: ${stderr}`));
  });
  return (count) =>
    new Promise((resolve, reject) => {
      waiters.push({ count, resolve, reject });
      settle();
    });
}

/** Two processes start on one fresh database at once (both migrate), then open the same daily round. */
async function race(databaseUrl: string): Promise<{ created: boolean; id: string }[]> {
  const procs = ['round-a', 'round-b'].map((id) =>
    spawn(process.execPath, ['--import', 'tsx', child, databaseUrl, id], { stdio: ['pipe', 'pipe', 'pipe'] }),
  );
  try {
    const outputs = procs.map(collect);
    await Promise.all(outputs.map((next) => next(1)));
    for (const p of procs) p.stdin?.write('go\n');
    const lines = await Promise.all(outputs.map((next) => next(2)));
    return lines.map((out) => JSON.parse(out[1] ?? '{}') as { created: boolean; id: string });
  } finally {
    for (const p of procs) if (p.exitCode === null) p.kill();
  }
}

describe('two processes opening the same daily round', () => {
  it('produce one round on a SQLite file', { timeout: 60_000 }, async () => {
    const results = await race(`file:${path.join(dir, 'shared.db')}`);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it.skipIf(!reachable)(
    `produce one round on PostgreSQL${reachable ? '' : ` — SKIPPED: nothing listens at ${TEST_DATABASE_URL}; ${POSTGRES_HOW_TO_START}`}`,
    { timeout: 60_000 },
    async () => {
      const results = await race(urlWithSchema(schema));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
    },
  );
});
