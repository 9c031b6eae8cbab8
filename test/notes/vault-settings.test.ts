import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/notes/load-notes.ts';

/**
 * An Obsidian vault whose spaced-repetition plugin was set to `;;` for inline cards: its notes' cards are
 * read with the vault's separator; a note's own front matter still wins; a folder outside any vault keeps
 * the plugin's defaults.
 */

let dir = '';
const CARDS = '---\ntags: flashcards\n---\n# Git\n\nWhat does git stash do;;Shelves uncommitted changes\n';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'notequiz-vault-'));
  const plugin = path.join(dir, 'vault', '.obsidian', 'plugins', 'obsidian-spaced-repetition');
  await mkdir(plugin, { recursive: true });
  await mkdir(path.join(dir, 'vault', 'dev'), { recursive: true });
  await mkdir(path.join(dir, 'plain'), { recursive: true });
  await writeFile(
    path.join(plugin, 'data.json'),
    JSON.stringify({
      settings: { singleLineCardSeparator: ';;', multilineCardSeparator: '?' },
      deckTree: {},
    }),
  );
  await writeFile(path.join(dir, 'vault', 'dev', 'git.md'), CARDS);
  await writeFile(
    path.join(dir, 'vault', 'dev', 'own.md'),
    CARDS.replace('tags: flashcards', 'flashcards:\n  separator: "::"').replace(';;', '::'),
  );
  await writeFile(path.join(dir, 'plain', 'git.md'), CARDS);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const prompts = async (folder: string): Promise<string[]> =>
  (await loadDeck([folder], { cwd: dir })).cards.map((c) => c.prompt);

describe("a vault's spaced-repetition settings", () => {
  it('reads inline cards with the separator the vault set', async () => {
    expect(await prompts('vault')).toEqual(expect.arrayContaining(['What does git stash do']));
  });

  it("lets a note's front matter override the vault", async () => {
    const deck = await loadDeck(['vault/dev/own.md'], { cwd: dir });
    expect(deck.cards.map((c) => c.prompt)).toContain('What does git stash do');
  });

  it('keeps the defaults outside a vault (the `;;` line is text)', async () => {
    expect(await prompts('plain')).not.toContain('What does git stash do');
  });
});
