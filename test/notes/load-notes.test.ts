import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck, loadNotes, MAX_NOTE_BYTES } from '../../src/notes/load-notes.ts';

let dir = '';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'notequiz-notes-'));
  await mkdir(path.join(dir, 'notes', 'sub'), { recursive: true });
  await mkdir(path.join(dir, 'notes', 'images'));
  const w = (rel: string, data: string | Uint8Array) => writeFile(path.join(dir, 'notes', rel), data);
  await w('good.md', '## What is a pipe?\n\nIt connects one command’s output to the next one’s input.\n');
  await w('sub/more.markdown', '## What is a signal?\n\nA software interrupt sent to a process.\n');
  await w('readme.txt', 'not a note');
  await w('junk.md', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff]));
  await w('latin1.md', new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await w('huge.md', '');
  await truncate(path.join(dir, 'notes', 'huge.md'), 50 * 1024 * 1024);
  await w('headings.md', '# Title\n\n## Only headings\n');
  await w(
    'bad-front-matter.md',
    '---\ndeck: [oops\n---\n## What is a shell?\n\nA program that runs commands.\n',
  );
  await w(
    'images.md',
    '## What does the diagram show?\n\nThe pipeline.\n\n![ok](images/ok.png)\n\n![gone](images/gone.png)\n\n![web](https://example.com/x.png)\n',
  );
  await w('images/ok.png', 'png');
  await w('locked.md', '## Locked?\n\nYes.\n');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('loading notes from paths', () => {
  it('walks directories for .md and .markdown, and loads the good files next to the bad ones', async () => {
    const { inputs, problems } = await loadNotes(['notes', 'missing.md'], dir);
    // Named relative to the notes folder: what the reveals show.
    expect(inputs.map((i) => i.path).sort()).toEqual([
      'bad-front-matter.md',
      'good.md',
      'headings.md',
      'images.md',
      'locked.md',
      'sub/more.markdown',
    ]);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p]));
    expect(byFile['missing.md']).toMatchObject({
      severity: 'error',
      code: 'not-found',
      message: 'no such file or directory',
    });
    expect(byFile['junk.md']).toMatchObject({ severity: 'error', code: 'binary-file' });
    expect(byFile['latin1.md']).toMatchObject({ severity: 'error', code: 'binary-file' });
    expect(byFile['huge.md']).toMatchObject({ severity: 'error', code: 'too-large' });
    expect(byFile['huge.md']?.message).toContain('50.0 MB');
    expect(MAX_NOTE_BYTES).toBe(5 * 1024 * 1024);
    for (const p of problems) expect(p.message).not.toMatch(/\n\s+at /);
  });

  it('takes a file named on the command line whatever its extension', async () => {
    const { inputs } = await loadNotes(['notes/readme.txt'], dir);
    expect(inputs.map((i) => i.path)).toEqual(['readme.txt']);
  });

  it.skipIf(isRoot)('reports a file it may not read (skipped as root: root reads every file)', async () => {
    const locked = path.join(dir, 'notes', 'locked.md');
    await chmod(locked, 0o000);
    try {
      const { problems } = await loadNotes(['notes/locked.md'], dir);
      expect(problems).toEqual([
        expect.objectContaining({ code: 'unreadable', message: 'permission denied' }),
      ]);
    } finally {
      await chmod(locked, 0o644);
    }
  });

  it('warns about a directory without notes', async () => {
    const { inputs, problems } = await loadNotes(['notes/images'], dir);
    expect(inputs).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'no-notes' })]);
  });
});

describe('loading a deck', () => {
  it('reports missing images, bad front matter and heading-only files, and still builds the rest', async () => {
    const deck = await loadDeck(['notes'], { cwd: dir });
    expect(deck.cards.map((c) => c.prompt).sort()).toEqual([
      'Locked?',
      'What does the diagram show?',
      'What is a pipe?',
      'What is a shell?',
      'What is a signal?',
    ]);
    const codes = deck.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'images.md:7 warning missing-image',
        'bad-front-matter.md:2 error invalid-front-matter',
        'headings.md:1 warning no-cards',
        'huge.md:0 error too-large',
      ]),
    );
    expect(codes.filter((c) => c.includes('missing-image'))).toHaveLength(1);
  });

  it('names every source relative to the notes folder, never by a server’s absolute path', async () => {
    const absolute = path.join(dir, 'notes');
    const deck = await loadDeck([absolute], { cwd: os.tmpdir() });
    const files = new Set([...deck.cards.map((c) => c.file), ...deck.questions.map((q) => q.source.file)]);
    expect([...files].sort()).toEqual([
      'bad-front-matter.md',
      'good.md',
      'images.md',
      'locked.md',
      'sub/more.markdown',
    ]);
    for (const p of deck.problems) expect(p.file.startsWith('/')).toBe(false);
    // Ids do not depend on where the notes are: the same notes from another path give the same ids.
    const relative = await loadDeck(['notes'], { cwd: dir });
    expect(relative.questions.map((q) => q.id)).toEqual(deck.questions.map((q) => q.id));
  });

  it('tells two notes of the same name in two folders apart by their folder', async () => {
    await mkdir(path.join(dir, 'other'), { recursive: true });
    await writeFile(path.join(dir, 'other', 'good.md'), '## What is a file?\n\nA named sequence of bytes.\n');
    const { inputs } = await loadNotes(['notes/good.md', 'other'], dir);
    expect(inputs.map((i) => i.path)).toEqual(['good.md', 'other/good.md']);
  });
});
