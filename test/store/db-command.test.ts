import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerDbCommands } from '../../src/cli/db-command.ts';
import { readMigrations } from '../../src/store/migrations/migration-files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-db-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  args: string[],
  databaseUrl: string,
): Promise<{ out: string; exitCode: number | undefined }> {
  const program = new Command('notequiz').exitOverride();
  registerDbCommands(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'notequiz', ...args]);
    return { out, exitCode: typeof process.exitCode === 'number' ? process.exitCode : undefined };
  } finally {
    write.mockRestore();
    process.exitCode = undefined;
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('notequiz db', () => {
  it('shows pending migrations, applies them, then says the database is up to date', async () => {
    const url = `file:${path.join(dir, 'cli.db')}`;
    const names = readMigrations('sqlite').migrationDirectories.map((d) => d.path);
    const before = await run(['db', 'status'], url);
    expect(before.exitCode).toBe(1);
    for (const name of names) expect(before.out).toContain(`pending  ${name}`);
    expect((await run(['db', 'migrate'], url)).out).toContain(
      `applied ${names.length} migration(s): ${names.join(', ')}`,
    );
    expect((await run(['db', 'migrate'], url)).out).toContain('up to date');
    const after = await run(['db', 'status'], url);
    expect(after.exitCode).toBeUndefined();
    for (const name of names) expect(after.out).toContain(`applied  ${name}`);
  });
});
