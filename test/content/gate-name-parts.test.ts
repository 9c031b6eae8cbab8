import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { glossSpellsName, keySharesNumber } from '../../src/content/gate-checks/name-parts.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * Cheat sheets and which-term questions whose wording, not the notes, picks the key: a description word
 * glued into a command's name, a bracketed gloss spelling a shortcut, a hint on how a key is typed, a
 * number only the key repeats, a verb that agrees only with the key, a Chinese description translating a
 * Latin name. Each case: the question dropped, then a near miss kept.
 */

/** A cheat sheet's questions: what was kept and why each other one was dropped, by the row's line. */
function cheatSheet(rows: readonly (readonly [string, string])[]) {
  const text = [
    '# Vim',
    '',
    '## Commands',
    '',
    '| Shortcut | Description |',
    '| --- | --- |',
    ...rows.map(([name, description]) => `| ${name} | ${description} |`),
  ].join('\n');
  const deck = buildDeck([{ path: 'vim.md', text }], { maxAutoGradedPerCard: 100 });
  const lineOf = (name: string): number => 7 + rows.findIndex(([n]) => n === name);
  return {
    reasons: (name: string) => deck.dropped.filter((d) => d.line === lineOf(name)).map((d) => d.reason),
    kept: (name: string) =>
      deck.questions.filter((q) => q.kind === 'table-row' && q.source.line === lineOf(name)).length,
  };
}

describe('a command name does not carry its own description', () => {
  const tabs = cheatSheet([
    ['`:tabclose`', 'Close current tab'],
    ['`:tabn`', 'Go to next tab'],
    ['`:tabp`', 'Go to previous tab'],
    ['`:tabfirst`', 'Go to first tab'],
    ['`:tabm`', 'Move current tab'],
  ]);

  it('drops a description whose word is glued into the command, keeps one that shares only the family word', () => {
    expect(tabs.reasons('`:tabclose`')).toContain('key-in-stem');
    expect(tabs.reasons('`:tabfirst`')).toContain('key-in-stem');
    expect(tabs.kept('`:tabclose`')).toBe(0);
    expect(tabs.kept('`:tabn`')).toBeGreaterThan(0);
  });

  const deletes = cheatSheet([
    ['`d`_d_', '_(repeat the letter)_ Delete current line'],
    ['`d`_w_', 'Delete to next word'],
    ['`d`_b_', 'Delete to beginning of word'],
    ['_2_`dd`', 'Delete 2 lines'],
    ['`d`_ip_', 'Delete a text object _(inside paragraph)_'],
    ['`x`', 'Delete character under cursor'],
  ]);

  it('drops a bracketed gloss spelling the shortcut, a typing hint and a number only the key repeats', () => {
    expect(deletes.reasons('`d`_ip_')).toContain('key-gloss');
    expect(deletes.reasons('`d`_d_')).toContain('typing-hint');
    expect(deletes.reasons('_2_`dd`')).toContain('key-in-stem');
    expect(deletes.kept('`d`_ip_') + deletes.kept('`d`_d_') + deletes.kept('_2_`dd`')).toBe(0);
  });

  it('keeps a row none of that singles out', () => {
    expect(deletes.kept('`d`_b_')).toBeGreaterThan(0);
  });

  it('reads a gloss or a number a distractor shares as no tell', () => {
    expect(glossSpellsName('y', 'Yank (copy text)')).toBe(false);
    expect(keySharesNumber('Delete 2 lines', '2dd', ['3dd', 'db', 'd2w'])).toBe(false);
    expect(keySharesNumber('Delete 2 lines', '2dd', ['3dd', 'db', 'dG'])).toBe(true);
  });
});

describe('grammar around a which-term blank does not pick the key', () => {
  const generics = (options: readonly string[]): Spec => ({
    origin: 'subject-reverse',
    stem: '_____ create code that does not get specific about underlying data types.',
    options,
    source: 'sibling-subjects',
  });

  it('drops a plural verb only the plural key agrees with, keeps options of one number', () => {
    expect(judge(generics(['generics', 'protocol extension', 'type alias', 'opaque type']))).toBe(
      'grammar-tell',
    );
    expect(judge(generics(['generics', 'protocols', 'type aliases', 'opaque types']))).toBeNull();
  });

  it('reads a modal or an adverb as fitting either number', () => {
    const stem = '_____ can create code that does not get specific about underlying data types.';
    expect(
      judge({
        origin: 'subject-reverse',
        stem,
        options: ['generics', 'protocol extension', 'type alias', 'opaque type'],
        source: 'sibling-subjects',
      }),
    ).toBeNull();
  });
});

describe('a Chinese description does not translate the Latin name asked', () => {
  const row = (description: string, options: readonly string[]): Spec => ({
    origin: 'table-row',
    stem: description,
    options,
    lang: 'zh',
    frame: { kind: 'which-row', header: '类型' },
    source: 'same-column',
  });

  it('drops a description rendering a word of the key (字段 for Fieldref), not one of the shared prefix', () => {
    const options = [
      'CONSTANT_Fieldref_info',
      'CONSTANT_Integer_info',
      'CONSTANT_Utf8_info',
      'CONSTANT_Class_info',
    ];
    expect(judge(row('tag: 9; 描述: 字段的符号引用', options))).not.toBeNull();
    expect(
      judge(row('tag: 8; 描述: 指向常量池中的条目', ['CONSTANT_String_info', ...options.slice(1)])),
    ).toBeNull();
  });

  it('splits two known words glued in lower case (Methodref)', () => {
    const options = [
      'CONSTANT_Methodref_info',
      'CONSTANT_Integer_info',
      'CONSTANT_Utf8_info',
      'CONSTANT_Class_info',
    ];
    expect(judge(row('tag: 10; 描述: 类中方法的符号引用', options))).not.toBeNull();
  });
});

describe('kramdown attribute lines are not content', () => {
  it('never makes `{: .class}` a table row or an option, and keeps Ruby hashes in code', () => {
    const text = [
      '# Vim',
      '',
      '## Motions',
      '',
      '| Shortcut | Description |',
      '| --- | --- |',
      '| `zz` | Center this line |',
      '| `H` | Move to top of screen |',
      '| `M` | Move to middle of screen |',
      '| `L` | Move to bottom of screen |',
      '{: .-shortcuts}',
      '',
      '```ruby',
      '{:a => 1}',
      '```',
    ].join('\n');
    const deck = buildDeck([{ path: 'vim.md', text }]);
    const shown = deck.questions.map((q) => [q.stem, ...q.options, q.answer].join('\n')).join('\n');
    expect(shown).not.toContain('.-shortcuts');
    expect(deck.dropped.map((d) => d.reason)).not.toContain('misaligned-table');
    expect(deck.questions.some((q) => q.kind === 'table-row')).toBe(true);
    expect(shown).toContain('{:a => 1}');
  });
});
