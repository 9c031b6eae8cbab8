import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/engine/records.ts';
import { openStore } from '../../src/store/open-store.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/notequiz.js');

/** The real command in its own process (the compiled bin: `npm test` builds dist/ first). */
function notequiz(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let seq = 0;
function answer(tenant: string, player: number, questionId: string, correct: boolean): AnswerRecord {
  const q = SAMPLE_QUESTIONS.find((s) => s.id === questionId);
  seq += 1;
  return {
    roundId: `r${seq}`,
    playerId: `${tenant}:U${player}`,
    tenantId: tenant,
    channelId: `${tenant}:C1`,
    roundKind: 'daily',
    questionId,
    section: (q?.sectionPath ?? []).join(' > '),
    choice: 0,
    correct,
    selfGrade: null,
    points: 0,
    latencyMs: 1000,
    answeredAt: new Date('2026-01-05T10:00:00Z'),
  };
}

describe('notequiz report', () => {
  let dir = '';
  let env: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-report-'));
    const file = path.join(dir, 'quiz.db');
    env = { DATABASE_URL: `file:${file}` };
    const store = await openStore(`file:${file}`);
    await store.syncQuestions(SAMPLE_QUESTIONS);
    // Two teams playing the same notes: the note owners' report counts both.
    for (let i = 0; i < 4; i++) await store.recordAnswer(answer('slack:T1', i, 'q-docker-ps', i === 0));
    for (let i = 0; i < 3; i++) await store.recordAnswer(answer('discord:G1', i, 'q-docker-ps', false));
    for (let i = 0; i < 5; i++) await store.recordAnswer(answer('slack:T1', i, 'q-git-commit', i < 4));
    await store.recordAnswer(answer('slack:T1', 9, 'q-docker-image', false));
    // A question the notes dropped keeps its file:line from the stored snapshot.
    await store.syncQuestions(SAMPLE_QUESTIONS.filter((q) => q.id !== 'q-docker-ps'));
    await store.close();
  }, 60_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('prints Markdown for a documentation review: worst first, the rest apart, missed questions by file:line', async () => {
    const run = await notequiz(['report', '--period', 'all'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '# Knowledge gaps by note section: all time',
        '',
        'Answers from every team in the database.',
        '',
        '| Section | Accuracy | Answers | Players | Trend |',
        '|---|---:|---:|---:|---:|',
        '| Docker › Containers | 14% | 7 | 7 | – |',
        '| Git › Basics | 80% | 5 | 5 | – |',
        '',
        '## Too few answers to rank (under 5)',
        '',
        '| Section | Answers | Players |',
        '|---|---:|---:|',
        '| Docker › Images | 1 | 1 |',
        '',
        '## Most missed',
        '',
        '### Docker › Containers',
        '',
        '14% right · 7 answers · 7 players',
        '',
        '- `docker.md:3` Which command lists running containers? — 6 of 7 wrong · no longer in the notes',
        '',
        '### Git › Basics',
        '',
        '80% right · 5 answers · 5 players',
        '',
        '- `git.md:2` Record changes with \\`git \\_\\_\\_\\_\\`. — 1 of 5 wrong',
        '',
        '_Worst first. Trend: accuracy now against the period before, in percentage points (▲ better, ▼ worse)._',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it('prints JSON and CSV for tools, and Chinese on request', async () => {
    const json = await notequiz(['report', '--period', 'all', '--format', 'json'], env);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      sections: { section: string; ranked: boolean; accuracy: number }[];
    };
    expect(parsed.sections.map((s) => [s.section, s.ranked, s.accuracy])).toEqual([
      ['Docker › Containers', true, 0.1429],
      ['Git › Basics', true, 0.8],
      ['Docker › Images', false, 0],
    ]);
    const csv = await notequiz(['report', '--period', 'all', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')).toEqual([
      'section,ranked,answers,players,correct,accuracy,previous_answers,previous_accuracy,most_missed',
      'Docker › Containers,true,7,7,1,0.1429,,,docker.md:3 (6/7)',
      'Git › Basics,true,5,5,4,0.8,,,git.md:2 (1/5)',
      'Docker › Images,false,1,1,0,0,,,docker.md:20 (1/1)',
      '',
    ]);
    const zh = await notequiz(['report', '--period', 'all', '--lang', 'zh'], env);
    expect(zh.stdout.split('\n')[0]).toBe('# 按笔记章节的知识盲区：全部时间');
    expect(zh.stdout).toContain('| 章节 | 正确率 | 作答 | 人数 | 趋势 |');
  }, 60_000);

  it('names a bad option and what it takes, and exits 1', async () => {
    const period = await notequiz(['report', '--period', 'yearly'], env);
    expect(period.code).toBe(1);
    expect(period.stderr).toBe('notequiz: --period must be one of today, week, month, all, not "yearly"\n');
    const format = await notequiz(['report', '--format', 'xml'], env);
    expect(format.code).toBe(1);
    expect(format.stderr).toBe('notequiz: --format must be one of md, json, csv, not "xml"\n');
    const missing = path.join(dir, 'missing.db');
    const none = await notequiz(['report'], { DATABASE_URL: `file:${missing}` });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      `notequiz: there is no database at ${missing}: set DATABASE_URL to the bot's database (or start the bot once)\n`,
    );
    expect(existsSync(missing)).toBe(false);
    const unknown = await notequiz(['report', '--colour'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown option '--colour'");
  }, 60_000);

  it('reports this week by default, with its dates in the zone asked for', async () => {
    const run = await notequiz(['report', '--timezone', 'Asia/Shanghai'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Knowledge gaps by note section: this week\n')).toBe(true);
    // A week starts on Monday at midnight where the note owners are, whatever the day today.
    expect(run.stdout).toMatch(/From \d{4}-\d\d-\d\d 00:00 to \d{4}-\d\d-\d\d 00:00 \(Asia\/Shanghai\)\./);
  }, 60_000);
});
