import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CliUserError } from '../../src/cli/cli-user-error.ts';
import { parsePreviewOptions } from '../../src/cli/content-command.ts';
import {
  checkReport,
  formatCheck,
  formatPreview,
  pickPreview,
  previewItems,
} from '../../src/cli/content-report.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import { loadDeck } from '../../src/notes/load-notes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

async function spawn(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const ENTRY = ['--import', 'tsx', 'test/cli/content-cli-entry.ts'];
const STYLES = 'test/fixtures/content/styles';

describe('content check output (pure)', () => {
  it('prints per file cards and questions by kind, every problem as file:line, and totals', async () => {
    const deck = await loadDeck([STYLES], { cwd: root });
    const text = formatCheck(checkReport(deck));
    // Files are named relative to the notes folder given, as the reveals name them.
    expect(text).toContain('\nenglish-styles.md (deck "Shell basics", en)');
    expect(text).toMatch(/ {2}cards: 15 \(question 9, explain 2, flashcard 2, choice 2\)/);
    expect(text).toMatch(
      / {2}questions: \d+ \(definition \d+, table-row \d+, command \d+, choice 3, flashcard 15\)/,
    );
    // What the quality gate kept and dropped, per file and by reason.
    expect(text).toMatch(/ {2}kept: \d+ auto-graded; dropped: \d+ \([a-z-]+ \d+(, [a-z-]+ \d+)*\)/);
    expect(text).toMatch(/Dropped by the quality gate: \d+ \(.*card-limit \d+.*\)/);
    expect(text).toContain('\nbad-front-matter.md:2: error: invalid front matter');
    expect(text).toContain(
      '\nenglish-styles.md:44: warning: question has no answer: "Why do zombie processes exist?"',
    );
    // bold-keys.en.md (10 cards), exam-bank-keys.zh.md (6), short-keys.en.md (7) and anchored-headings.zh.md
    // (13) added; the 27 older give 155. qa-tables.en/zh.md (10, 10), logseq-cards.en/zh.md (5, 3) and
    // logseq-near-misses.md (3) added: 31 more. lowercase-options.en.md (10) and lowercase-near-misses.en.md
    // (7 topics): 17 more. qa-tables.en.md's "Answer key" section (about the quiz itself) is no topic: 1 less.
    expect(text).toMatch(
      /Total: 38 files, 238 cards, \d+ questions \(\d+ auto-graded\); 1 error, \d+ warnings\n/,
    );
  });

  it('gives JSON totals, per-file counts by kind and problems', () => {
    const deck = buildDeck([
      { path: 'a.md', text: '## What is a pipe?\n\nIt joins commands.\n\n## Empty?\n' },
    ]);
    const report = checkReport(deck);
    expect(report.totals.cards).toEqual({
      total: 1,
      byKind: { question: 1, explain: 0, flashcard: 0, choice: 0, term: 0 },
    });
    expect(report.totals.questions.total).toBe(1);
    expect(report.totals.questions.byKind.flashcard).toBe(1);
    expect(report.files).toEqual([expect.objectContaining({ file: 'a.md', cards: report.totals.cards })]);
    expect(report.totals.dropped).toEqual({ total: 0, byReason: {} });
    expect(report.problems).toEqual([
      {
        file: 'a.md',
        line: 5,
        severity: 'warning',
        code: 'unanswered-question',
        message: 'question has no answer: "Empty?"',
      },
    ]);
  });
});

describe('content preview output (pure)', () => {
  const deck = buildDeck([
    {
      path: 'content/docker-interview-zh.md',
      text: readFileSync(path.join(root, 'content/docker-interview-zh.md'), 'utf8'),
    },
  ]);

  it('picks a reproducible sample, by kind', () => {
    const a = pickPreview(deck.questions, { n: 5, seed: 's1' });
    expect(a).toHaveLength(5);
    expect(pickPreview(deck.questions, { n: 5, seed: 's1' })).toEqual(a);
    expect(pickPreview(deck.questions, { n: 5, seed: 's2' })).not.toEqual(a);
    const commands = pickPreview(deck.questions, { kind: 'command', n: 3, seed: 's1' });
    expect(commands.map((q) => q.kind)).toEqual(['command', 'command', 'command']);
  });

  it('shows options, the right one and the source; JSON has kind, stem, options, right option, source', () => {
    const [q] = pickPreview(deck.questions, { kind: 'command', n: 1, seed: 'x' });
    if (!q) throw new Error('no command question');
    const text = formatPreview([q]);
    expect(text).toContain(`[command] content/docker-interview-zh.md:${q.source.line}`);
    expect(text).toContain('  A) ');
    expect(text).toMatch(/ {2}Right: [A-D]/);
    // The frame is rendered in the note's language around the note's own text.
    expect(text).toContain(`以下哪个命令可以做到？\n> ${q.stem}`);
    const [item] = previewItems([q]);
    expect(item).toMatchObject({
      kind: 'command',
      stem: `以下哪个命令可以做到？\n> ${q.stem}`,
      frame: { kind: 'which-command' },
      options: q.options,
      correctOption: q.options[q.correctIndex ?? -1],
      source: `content/docker-interview-zh.md:${q.source.line}`,
      // Chat shows the sections above the question under it: the packet for blind judges shows it too.
      topic: q.sectionPath.slice(0, -1).join(' › '),
    });
    expect(item?.topic).not.toBe('');
  });

  it('rejects a bad --n or --kind with a clear message', () => {
    expect(() => parsePreviewOptions({ n: '0', seed: 's' })).toThrow(CliUserError);
    expect(() => parsePreviewOptions({ n: 'lots', seed: 's' })).toThrow('--n must be a whole number');
    expect(() => parsePreviewOptions({ n: '3', seed: 's', kind: 'essay' })).toThrow('--kind must be one of');
    expect(parsePreviewOptions({ n: '3', seed: 's', kind: 'cloze' })).toEqual({
      kind: 'cloze',
      n: 3,
      seed: 's',
    });
  });
});

describe('the content commands as processes', () => {
  it('content check --json prints one JSON object and exits 1 when a file has an error', async () => {
    const result = await spawn([...ENTRY, 'content', 'check', '--json', STYLES]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ReturnType<typeof checkReport>;
    expect(report.totals.errors).toBe(1);
    expect(report.problems.map((p) => p.code)).toContain('invalid-front-matter');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('content check exits 0 on warnings only, and reports a missing path without a stack trace', async () => {
    const ok = await spawn([...ENTRY, 'content', 'check', `${STYLES}/english-styles.md`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 errors, 2 warnings');
    expect(ok.stdout).toContain('english-styles.md:80: warning: image not found: images/permissions.png');
    const missing = await spawn([...ENTRY, 'content', 'check', 'no/such/notes']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no/such/notes: error: no such file or directory');
    expect(missing.stderr).toBe('');
  });

  it('content preview --json prints the sample; a bad --kind is one line on stderr', async () => {
    const result = await spawn([
      ...ENTRY,
      'content',
      'preview',
      '--json',
      '--kind',
      'definition',
      '--n',
      '2',
      '--seed',
      'x',
    ]);
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as { kind: string; source: string }[];
    expect(items).toHaveLength(2);
    for (const item of items)
      expect(item).toMatchObject({
        kind: 'definition',
        source: expect.stringMatching(/^docker-interview-zh\.md:\d+$/),
      });
    const bad = await spawn([...ENTRY, 'content', 'preview', '--kind', 'essay']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  const wired = readFileSync(path.join(root, 'src/cli.ts'), 'utf8').includes('registerContentCommands');
  it.skipIf(!wired)(
    'runs through the package bin: node bin/notequiz.js content check --json (default path content/)',
    async () => {
      const result = await spawn(['bin/notequiz.js', 'content', 'check', '--json']);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as ReturnType<typeof checkReport>;
      expect(report.totals.cards.total).toBe(70);
      expect(report.files.map((f) => f.file)).toEqual(['docker-interview-zh.md']);
    },
  );

  it('checks and previews CONTENT_DIR when no path is given, as the bot would load it', async () => {
    const env = { CONTENT_DIR: STYLES };
    const check = await spawn(['bin/notequiz.js', 'content', 'check', '--json'], env);
    const report = JSON.parse(check.stdout) as ReturnType<typeof checkReport>;
    expect(report.files.map((f) => f.file)).toContain('english-styles.md');
    expect(report.files.map((f) => f.file)).not.toContain('docker-interview-zh.md');
    const preview = await spawn(['bin/notequiz.js', 'content', 'preview', '--json', '--n', '50'], env);
    const items = JSON.parse(preview.stdout) as { source: string }[];
    expect(items.length).toBeGreaterThan(0);
    const styles = readdirSync(path.join(root, STYLES));
    expect(items.every((i) => styles.includes(i.source.replace(/:\d+$/, '')))).toBe(true);
  });
});
