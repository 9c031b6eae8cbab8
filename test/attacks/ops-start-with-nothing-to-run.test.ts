import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/notequiz.js');

/** `npm start` as a container or a service runs it: stdin is /dev/null (or a pipe), no token set. */
function start(cwd: string, stdin: 'ignore' | 'pipe', env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, USER: 'ann', LOG_LEVEL: 'silent', ...env },
      stdio: [stdin, 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A pipe that stays open: the chat would wait on it. Closed after the verdict, if any.
    setTimeout(() => child.stdin?.end(), 30_000).unref();
  });
}

describe('npm start with no platform token and no terminal', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['stdin at /dev/null (a container without -i)', 'ignore', {}],
    ['NOTEQUIZ_TERMINAL=off', 'pipe', { NOTEQUIZ_TERMINAL: 'off' }],
  ] as const)(
    'exits 1 with one line naming the variables to set: %s',
    async (_, stdin, env) => {
      dir = mkdtempSync(path.join(tmpdir(), 'notequiz-nothing-'));
      cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
      const run = await start(dir, stdin, env);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^notequiz: nothing to run: set SLACK_BOT_TOKEN .* or DISCORD_TOKEN .*NOTEQUIZ_TERMINAL=on/,
      );
    },
    90_000,
  );

  it('exits 1 naming CONTENT_DIR when there are no notes', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-nothing-'));
    const run = await start(dir, 'pipe', { CONTENT_DIR: 'notes' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'notequiz: CONTENT_DIR "notes" is missing: set CONTENT_DIR to the folder of your Markdown notes\n',
    );
  }, 90_000);
});
