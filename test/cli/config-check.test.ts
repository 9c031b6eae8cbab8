import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/notequiz.js');

/** The real command, as a person runs it: its own process, .env in the working directory. */
function notequiz(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env };
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('notequiz config check', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reads .env, masks the token, names what is missing and exits 1', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-cli-'));
    writeFileSync(path.join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-111-222-supersecretvalue\nPORT=\n');
    const run = notequiz(['config', 'check'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/set +SLACK_BOT_TOKEN +•••••• \(hidden\)/);
    expect(run.stdout).toMatch(/MISSING +SLACK_SIGNING_SECRET/);
    expect(run.stdout + run.stderr).not.toContain('supersecretvalue');
  });

  it('exits 0 on the defaults (with notes in content/) and says the terminal chat will run', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-cli-'));
    mkdirSync(path.join(dir, 'content'));
    writeFileSync(path.join(dir, 'content', 'notes.md'), '# Notes\n');
    const run = notequiz(['config', 'check'], { cwd: dir, env: { USER: 'ann' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Terminal  on (player ann)');
    expect(run.stdout).toContain('The configuration is valid.');
  });

  it('explains a mistyped command without a stack trace', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-cli-'));
    const run = notequiz(['confg'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("unknown command 'confg'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const guild = notequiz(['discord', 'register', '--guild', 'abc'], { cwd: dir });
    expect(guild.status).toBe(1);
    expect(guild.stderr).toBe('notequiz: --guild must be a Discord server id (17 to 20 digits), not "abc"\n');
  });
});
