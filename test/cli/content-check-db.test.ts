import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportProblems } from '../../src/cli/content-flags.ts';
import type { Question } from '../../src/content/question.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { loadDeck } from '../../src/notes/load-notes.ts';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);
const NOTES = 'test/fixtures/content/styles/english-styles.md';
const ENTRY = ['--import', 'tsx', 'test/cli/content-cli-entry.ts'];

async function spawn(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-check-db-'));
const url = `file:${path.join(dir, 'quiz.db')}`;
let reported: Question;

/** The bot's own flow: players of one team report a question of the notes until it is out of play. */
beforeAll(async () => {
  await migrateDatabase(url);
  const store = await openStore(url, { migrate: false });
  const deck = await loadDeck([NOTES], { cwd: root });
  const engine = createEngine({
    store,
    clock: fakeClock('2026-01-05T10:00:00Z'),
    random: seededRandom(5),
    questions: deck.questions,
  });
  const team = { tenantId: 'slack:T1', tenantName: 'team' };
  const actor = (name: string) => ({ ...team, playerId: `slack:T1:${name}`, displayName: name });
  // The question of the day: everyone in the team was shown it, so everyone may report it.
  await engine.ensurePlace(team, { channelId: 'slack:T1:C1', channelName: 'general' });
  await engine.setSchedule('slack:T1:C1', {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const daily = await engine.openDailyRound('slack:T1:C1');
  if (!daily.ok) throw new Error(daily.code);
  reported = daily.value.question;
  const reports = [
    ['ann', 'wrong_answer', 'the key is `ls -a`\u001b[2J'],
    ['bob', 'unclear', null],
    ['cy', 'wrong_answer', 'see man ls'],
    ['dan', 'wrong_answer', null],
  ] as const;
  for (const [name, reason, note] of reports) {
    const result = await engine.flags.report(actor(name), daily.value.round.id, { reason, note });
    if (!result.ok) throw new Error(result.code);
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('notequiz content check --db', () => {
  it('adds the open reports and the questions out of play to the file problems, as file:line', async () => {
    const result = await spawn([...ENTRY, 'content', 'check', '--db', NOTES], { DATABASE_URL: url });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const where = `english-styles.md:${reported.source.line}: warning:`;
    const lines = result.stdout
      .split('\n')
      .filter((l) => l.startsWith(where) && /reported|out of play/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/reported \d× "/);
    // Escape sequences from a player never reach the terminal.
    expect(result.stdout).not.toContain('\u001b');
  });

  it('counts reasons per question, names the question, and says when it is out of play', async () => {
    const store = await openStore(url, { migrate: false });
    try {
      const deck = await loadDeck([NOTES], { cwd: root });
      const flags = await store.openFlags(null);
      const suppressions = await store.suppressions(null);
      const problems = reportProblems(deck.questions, flags, suppressions);
      expect(problems.map((p) => [p.file, p.line, p.severity, p.code])).toEqual([
        ['english-styles.md', reported.source.line, 'warning', 'player-reports'],
        ['english-styles.md', reported.source.line, 'warning', 'out-of-play'],
      ]);
      expect(problems[0]?.message).toMatch(/^reported 3× "wrong answer", 1× "unclear" \(question “.+”\)/);
      // Reported at the same moment: newest first, then by player. The escape character is gone.
      expect(problems[0]?.message).toMatch(/players wrote “the key is `ls -a`\[2J”, “see man ls”$/);
      expect(problems[1]?.message).toMatch(
        /^out of play in 1 team until the note changes or an admin restores it \(question “/,
      );
      // Once the note's text changes, those reports are answered: nothing is listed any more.
      const fixed = deck.questions.map((q) =>
        q.id === reported.id ? { ...q, answer: `${q.answer} (fixed)` } : q,
      );
      expect(reportProblems(fixed, flags, suppressions)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses a database that is not the bot’s, or not migrated, in one line', async () => {
    const empty = await spawn([...ENTRY, 'content', 'check', '--db', NOTES], {
      DATABASE_URL: `file:${path.join(dir, 'none.db')}`,
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^notequiz: file:.*none\.db holds no notequiz database/);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });
});
