import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentReloader } from '../src/content-reloader.ts';
import { DeckLoadError, loadDeckOffThread, workerEntry } from '../src/notes/load-deck-off-thread.ts';
import { loadDeck } from '../src/notes/load-notes.ts';
import { actor, harness, scheduledChannel, TENANT, unwrap } from './engine/harness.ts';

const note = (prompt: string) => `# Shell

## ${prompt}

It sends a signal to a process, \`SIGTERM\` by default.

## How do you list running processes?

With \`ps aux\`.
`;

describe('reloading the notes after a typo fix', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the question id, its answers and its points, and updates the wording in place', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-reload-'));
    const file = path.join(dir, 'shell.md');
    writeFileSync(file, note('Waht does the `kill` comand do?'));
    const deck = await loadDeck([dir]);
    const h = harness({ questions: deck.questions, start: '2026-01-05T10:00:00Z' });
    await h.engine.reload(deck.questions);
    const reload = createContentReloader({ paths: [dir], initialCards: deck.cards, engine: h.engine });

    // Alice answers a daily round on the misspelt question.
    const p = await scheduledChannel(h);
    const kill = deck.questions.find((q) => q.stem.includes('Waht'));
    if (kill === undefined) throw new Error('no question from the misspelt card');
    let round = unwrap(await h.engine.openDailyRound(p.channelId));
    while (round.question.cardId !== kill.cardId) {
      await h.engine.closeRound(round.round.id);
      h.clock.advanceDays(1);
      round = unwrap(await h.engine.openDailyRound(p.channelId));
    }
    const answer =
      round.question.correctIndex === null
        ? await h.engine.selfGrade(actor('alice'), p, round.round.id, 'good')
        : await h.engine.answer(actor('alice'), p, round.round.id, round.question.correctIndex);
    unwrap(answer);
    const before = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 5 });

    writeFileSync(file, note('What does the `kill` command do?'));
    const counts = await reload();
    expect(counts).toMatchObject({ added: 0, retired: 0, problems: 0 });
    expect(counts.updated).toBeGreaterThan(0);

    const stored = await h.store.getQuestion(round.question.id);
    expect(stored?.retired).toBe(false);
    expect(stored?.question.stem).toContain('What does the `kill` command do?');
    expect(await h.store.getAnswer(round.round.id, actor('alice').playerId)).not.toBeNull();
    const after = await h.engine.leaderboard(TENANT, 'all', { kind: 'tenant' }, { limit: 5 });
    expect(after.rows).toEqual(before.rows);

    // The next reload builds on this one: fixing the typo again (a no-op) changes nothing.
    expect(await reload()).toEqual({ added: 0, updated: 0, retired: 0, problems: 0, keptPrevious: false });
  });
});

describe('reloading off the main thread', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reads and builds the deck in a worker thread, with the same questions as a load on the main thread', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-reload-'));
    writeFileSync(path.join(dir, 'shell.md'), note('What does the `kill` command do?'));
    const off = await loadDeckOffThread({ paths: [dir], previous: [] });
    expect(off.threadId).not.toBe(threadId);
    const main = await loadDeck([dir]);
    expect(off.questions).toEqual(main.questions);
    expect(off.cards).toEqual(main.cards.map((c) => ({ id: c.id, prompt: c.prompt, answer: c.answer })));
  });

  it('starts the worker from the sibling .ts through tsx, or from the sibling .js as it is', () => {
    const fromTs = workerEntry('file:///app/src/notes/load-deck-off-thread.ts');
    expect(fromTs.eval).toBe(true);
    expect(String(fromTs.script)).toContain('file:///app/src/notes/deck-worker.ts');
    expect(String(fromTs.script)).toContain('.register()');
    const fromJs = workerEntry('file:///app/dist/src/notes/load-deck-off-thread.js');
    expect(fromJs).toEqual({ script: new URL('file:///app/dist/src/notes/deck-worker.js'), eval: false });
  });

  it('keeps the previous deck in play when a note fails to load', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-reload-'));
    const file = path.join(dir, 'shell.md');
    writeFileSync(file, note('What does the `kill` command do?'));
    const deck = await loadDeck([dir]);
    const h = harness({ questions: deck.questions, start: '2026-01-05T10:00:00Z' });
    await h.engine.reload(deck.questions);
    const seen: string[] = [];
    const reload = createContentReloader({
      paths: [dir],
      initialCards: deck.cards,
      engine: h.engine,
      onProblems: (problems) => seen.push(...problems.map((p) => p.code)),
    });
    // The note becomes unreadable as text: nothing of it is retired.
    writeFileSync(file, new Uint8Array([0x23, 0x00, 0xff, 0xfe]));
    expect(await reload()).toEqual({ added: 0, updated: 0, retired: 0, problems: 1, keptPrevious: true });
    expect(seen).toEqual(['binary-file']);
    for (const q of deck.questions) expect((await h.store.getQuestion(q.id))?.retired).toBe(false);
  });

  it('keeps the previous deck in play when the build fails', async () => {
    const h = harness({ questions: [], start: '2026-01-05T10:00:00Z' });
    const seen: string[] = [];
    const reload = createContentReloader({
      paths: ['notes'],
      initialCards: [],
      engine: h.engine,
      onProblems: (problems) => seen.push(...problems.map((p) => `${p.code}: ${p.message}`)),
      load: () => Promise.reject(new DeckLoadError('loading the notes took longer than 120000 ms')),
    });
    expect(await reload()).toEqual({ added: 0, updated: 0, retired: 0, problems: 1, keptPrevious: true });
    expect(seen).toEqual([
      'reload-failed: loading the notes took longer than 120000 ms; the previous notes stay in play',
    ]);
  });
});
