import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * Distractors of one group of subcommands (`git bisect start`, `git bisect good`, `git bisect bad`) beside
 * a key outside it (`git status`) make the key the odd one out: one of a group at most, unless the key is
 * in it too.
 */
const NOTES = [
  '## Git tasks',
  '',
  '### How do I see which files changed since the last commit?',
  '',
  '`git status`',
  '',
  '### How do I stage only some of the changes in a file?',
  '',
  '`git add -p notes.md`',
  '',
  '### How do I start looking for the commit that broke the build?',
  '',
  '`git bisect start`',
  '',
  '### How do I mark the current commit as broken while bisecting?',
  '',
  '`git bisect bad`',
  '',
  '### How do I mark the current commit as working while bisecting?',
  '',
  '`git bisect good`',
  '',
  '### How do I leave a bisect session?',
  '',
  '`git bisect reset`',
  '',
  '### How do I put unfinished work aside?',
  '',
  '`git stash push`',
  '',
  '### How do I bring back the work I put aside?',
  '',
  '`git stash pop`',
].join('\n');

const group = (option: string): string => option.split(' ').slice(0, 2).join(' ');

describe('command distractors', () => {
  it('take at most one of a group of subcommands the key is not in, whatever the seed', () => {
    let asked = 0;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      for (const q of buildDeck([{ path: 'git.md', text: NOTES }], { seed }).questions) {
        if (q.kind !== 'command' || q.correctIndex === null) continue;
        asked++;
        const key = q.options[q.correctIndex] ?? '';
        const groups = q.options
          .filter((o) => o !== key && o.split(' ').length >= 3 && group(o) !== group(key))
          .map(group);
        expect(new Set(groups).size).toBe(groups.length);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});
