import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { commandInHeader } from '../../src/content/flag-rows.ts';

/**
 * Tables of a command's flags: a flag alone asks about no command. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'cli.md', text }]);
const cellStems = (deck: Deck): string[] =>
  deck.questions.filter((q) => q.kind === 'table-row' && q.frame?.kind === 'row-cell').map((q) => q.stem);

const table = (header: string): string => `# Archives

## Packing

| ${header} | Meaning |
| --- | --- |
| -c | create an archive |
| -v | list files as they are processed |
| -f | name the archive file |
`;

describe('a table of flags', () => {
  it('asks for a flag’s meaning with the command its header names', () => {
    for (const [header, asked] of [
      ['tar option', /^tar option -[cvf]$/],
      ['`tar` 命令参数', /^tar 命令参数 -[cvf]$/],
    ] as const) {
      const stems = cellStems(one(table(header)));
      expect(stems.length).toBeGreaterThan(0);
      for (const stem of stems) expect(stem).toMatch(asked);
    }
  });

  it('does not ask a flag’s meaning when the header names no command', () => {
    expect(cellStems(one(table('Option')))).toEqual([]);
    expect(cellStems(one(table('参数')))).toEqual([]);
  });

  it('asks rows that are no flags by their names, as before', () => {
    const deck = one(`# Processes

## Signals

| Signal | Meaning |
| --- | --- |
| SIGTERM | ask a process to stop |
| SIGKILL | stop a process at once |
| SIGHUP | the terminal hung up |
`);
    const stems = cellStems(deck);
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(['SIGTERM', 'SIGKILL', 'SIGHUP']).toContain(stem);
  });

  it('finds the command in a header of words around it', () => {
    expect(commandInHeader('tar 命令参数')).toBe('tar');
    expect(commandInHeader('Options of `grep`')).toBe('grep');
    expect(commandInHeader('Flag')).toBeNull();
    expect(commandInHeader('常用参数')).toBeNull();
  });

  it('reads a note that is one Chinese table and little else as Chinese', () => {
    const deck = one(`# Linux

| 命令 | 说明 |
| --- | --- |
| pwd | 查看当前目录 |
| cd | 进入文件夹 |
| touch | 创建新文件 |
`);
    expect(deck.files[0]?.lang).toBe('zh');
  });
});
