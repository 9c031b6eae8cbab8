import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/notequiz.js');

/**
 * A daily window twelve hours away from now (UTC), so the bot never posts a catch-up question of the day
 * ahead of the replies, whatever the time of day the test runs at. The process reads the real clock.
 */
function dailyWindowAwayFromNow(now = new Date()): Record<string, string> {
  const hour = (now.getUTCHours() + 12) % 24;
  const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return { DEFAULT_TIMEZONE: 'UTC', DAILY_POST_TIME: hh(hour), DAILY_CLOSE_TIME: hh(hour + 1) };
}

/** libfaketime's variables, passed on so `faketime '2026-12-04 10:30' npx vitest run <this file>` checks other times of day. */
function fakeTimeEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => /^(LD_PRELOAD|FAKETIME\w*)$/.test(e[0]) && e[1] !== undefined,
    ),
  );
}

/** Runs `notequiz start` as `npm start` would, with commands on a pipe; resolves when the process exits. */
function startWithPipe(cwd: string, lines: readonly string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        USER: 'ann',
        ...fakeTimeEnv(),
        ...dailyWindowAwayFromNow(),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('notequiz start with no tokens', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('plays in the terminal on the embedded defaults, answers piped commands in order and exits at end of input', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-start-'));
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const run = await startWithPipe(dir, [
      '/quiz',
      'A',
      '/lang en',
      '/stats',
      '/as bob',
      '/challenge ann 1',
      '/duels',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const out = run.stdout;
    // The notes are Chinese, so the chat starts in Chinese; no prompt or escape codes on a pipe.
    expect(out).toMatch(/^练习 · /);
    expect(out).not.toContain('\x1b[');
    expect(out).not.toContain('ann> ');
    // The question is picked at random: a bare letter either answers it or is told it is a flashcard.
    expect(out).toMatch(/\n(答对了！|不太对。|这是一张闪卡)/);
    expect(out).toContain('Language set to English.');
    expect(out).toContain('Stats for ann');
    expect(out).toContain('You are now bob.');
    expect(out).toContain('[duel #1] bob challenges ann to a duel of 1 question.');
    expect(out).toMatch(/#1 {2}bob vs ann {2}waiting for an answer/);
    // The embedded default database: a SQLite file under data/ in the working directory.
    expect(existsSync(path.join(dir, 'data/notequiz.db'))).toBe(true);
  }, 180_000);

  it('explains a bad variable without a stack trace and exits 1', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-start-'));
    const run = await startWithPipe(dir, ['/help'], { DAILY_POST_TIME: 'nine' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DAILY_POST_TIME must be a 24-hour local time "HH:MM"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  }, 120_000);

  it('names the database it could not open, without its password, and exits 1', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-start-'));
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const run = await startWithPipe(dir, ['/quiz'], {
      DATABASE_URL: 'postgresql://quiz:hunter2@127.0.0.1:1/quiz',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'could not open the database postgresql://quiz:****@127.0.0.1:1/quiz (check DATABASE_URL)',
    );
    expect(run.stderr).toContain('caused by: ');
    expect(run.stderr).not.toContain('hunter2');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
