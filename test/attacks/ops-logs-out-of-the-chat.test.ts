import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startNotequiz } from '../../src/main.ts';
import { fakeClock } from '../fakes/fake-clock.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The top-level keys of one JSON line, repeats included (JSON.parse would keep only the last). */
function topLevelKeys(line: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (depth === 1 && line[j + 1] === ':') keys.push(line.slice(i + 1, j));
      i = j;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return keys;
}

async function chat(env: Record<string, string>, options: { interactive: boolean; lines: string }) {
  const screen = new PassThrough();
  const errors = new PassThrough();
  let shown = '';
  let logged = '';
  screen.setEncoding('utf8').on('data', (chunk: string) => {
    shown += chunk;
  });
  errors.setEncoding('utf8').on('data', (chunk: string) => {
    logged += chunk;
  });
  const input = new PassThrough();
  const app = await startNotequiz(
    loadConfig({
      CONTENT_DIR: path.join(ROOT, 'content'),
      NOTEQUIZ_PLAYER: 'ann',
      DEFAULT_LANG: 'en',
      ...env,
    }),
    // At a terminal, stdout and stderr are the same screen.
    {
      input,
      output: screen,
      errorOutput: options.interactive ? screen : errors,
      interactive: options.interactive,
    },
    // After the default close time: the scheduler logs that today's question was skipped.
    { handleSignals: false, clock: fakeClock('2026-03-02T18:00:00Z') },
  );
  input.end(options.lines);
  await app.finished;
  return { shown, logged };
}

describe('the log beside the terminal chat', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('goes to the log file, not into the chat, and LOG_PRETTY makes it readable there', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-log-'));
    const logFile = path.join(dir, 'logs', 'notequiz.log');
    const { shown } = await chat(
      {
        DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
        LOG_LEVEL: 'info',
        LOG_PRETTY: 'true',
        LOG_FILE: logFile,
        INSTANCE_ID: 'test-log',
      },
      { interactive: true, lines: '/topics\n' },
    );
    expect(shown).toContain('Topics: ');
    expect(shown).not.toMatch(/"level"|"msg"|daily round skipped|content loaded|INFO|WARN/);
    expect(existsSync(logFile)).toBe(true);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('content loaded');
    expect(log).toContain('daily round skipped');
    // pino-pretty's lines, not JSON.
    expect(log.split('\n').filter((l) => l.startsWith('{'))).toEqual([]);
  }, 60_000);

  it('never repeats a key on a line', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-log-'));
    const { logged } = await chat(
      { DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`, LOG_LEVEL: 'debug', INSTANCE_ID: 'test-log' },
      { interactive: false, lines: '/topics\n/daily\n/quiz\n' },
    );
    const lines = logged.split('\n').filter((l) => l !== '');
    expect(lines.some((l) => l.includes('daily round skipped'))).toBe(true);
    for (const line of lines) {
      const keys = topLevelKeys(line);
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        line,
      ).toEqual([]);
    }
  }, 60_000);
});
