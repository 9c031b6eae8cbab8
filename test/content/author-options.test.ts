import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/** Author-keyed `[x]` options whose bodies are code listings, and explanations written as more list items. */
const one = (text: string) => buildDeck([{ path: 'quiz.md', text }]);

describe('task-item options holding code', () => {
  const deck = one(
    [
      '#### Which lines undo the last commit but keep its changes staged?',
      '',
      '- [ ] ⠀',
      '  ```sh',
      '  git revert HEAD',
      '  ```',
      '- [x] ⠀',
      '',
      '  ```sh',
      '  git reset --soft HEAD~1',
      '  ```',
      '- [ ] ⠀',
      '  ```sh',
      '  git reset --hard HEAD~1',
      '  ```',
      '- `--soft` moves the branch only; `--hard` also resets the index and the working tree.',
      '',
      '#### Which command shows the staged changes?',
      '',
      '- [ ] git diff',
      '- [x] git diff --cached',
      '- [ ] git log -p',
    ].join('\n'),
  );
  const choices = deck.questions.filter((q) => q.kind === 'choice');

  it('keeps each option with the listing it holds, and the key on the listing the author marked', () => {
    const q = choices.find((c) => c.stem.startsWith('Which lines undo'));
    expect(q?.options).toEqual([
      '```\ngit revert HEAD\n```',
      '```\ngit reset --soft HEAD~1\n```',
      '```\ngit reset --hard HEAD~1\n```',
    ]);
    expect(q?.options[q.correctIndex ?? -1]).toContain('--soft');
  });

  it('reveals the list item without a box as the explanation, and no option carries the invisible filler', () => {
    const q = choices.find((c) => c.stem.startsWith('Which lines undo'));
    expect(q?.answer).toContain('`--soft` moves the branch only');
    expect(q?.answer.startsWith('```')).toBe(true);
    for (const o of q?.options ?? []) expect(o).not.toMatch(/\u2800/);
  });

  it('leaves plain task options as they were', () => {
    const q = choices.find((c) => c.stem.startsWith('Which command shows'));
    expect(q?.options).toEqual(['git diff', 'git diff --cached', 'git log -p']);
    expect(q?.answer).toBe('**git diff --cached**');
  });

  it('does not take a list with a boxed item after a plain one for options', () => {
    const mixed = one(['#### Steps?', '', '- [x] one', '- two', '- [ ] three'].join('\n'));
    expect(mixed.questions.some((q) => q.kind === 'choice')).toBe(false);
  });
});
