import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * Cheat sheets as people save them: `command   # what it does` lines outside a code block, one table under
 * the note's only title, one table with no heading at all. Fixtures written for these tests.
 */
const one = (text: string, path = 'notes.md'): Deck => buildDeck([{ path, text }]);
const rows = (deck: Deck) =>
  deck.questions
    .filter((q) => q.kind === 'table-row')
    .map((q) => q.options[q.correctIndex ?? -1])
    .sort();

const TABLE = `| 命令 | 说明 |
|---|---|
| \`ls -l\` | 以长格式列出目录内容 |
| \`pwd\` | 显示当前工作目录 |
| \`mkdir -p a/b\` | 递归创建目录 |
| \`rm -rf dir\` | 强制递归删除目录 |
| \`cp -r a b\` | 递归复制目录 |
`;

describe('cheat sheets', () => {
  it('reads a paragraph of `command # what it does` lines as a command table', () => {
    const deck = one(`# Git 常用命令

## 分支

git branch            # 列出本地分支
git branch -d feature # 删除已合并的分支
git checkout -b dev   # 创建并切换到 dev 分支
git merge dev         # 把 dev 合并到当前分支
`);
    expect(deck.questions.filter((q) => q.kind === 'table-row').length).toBeGreaterThan(0);
  });

  it('reads a command of one word (`pwd`) as a row of such lines', () => {
    const deck = one(`# Linux

## 文件操作

pwd      # 显示当前目录
ls -l    # 以长格式列出
cd /tmp  # 切换到 tmp
`);
    expect(deck.cards[0]?.facts.tables[0]?.rows.map((r) => r.cells[0])).toEqual([
      '`pwd`',
      '`ls -l`',
      '`cd /tmp`',
    ]);
  });

  it('leaves prose with a # in it alone', () => {
    const deck = one(`# Notes

## Tags

We tag releases # always on main
Then we push them # with the tags flag
And we announce them # in the channel
`);
    expect(deck.questions.filter(isAutoGraded)).toEqual([]);
  });

  it('asks the table under the only title, not the introduction around it', () => {
    const deck = one(`# Linux 命令\n\n这是我常用的命令，随手记下来。\n\n${TABLE}`);
    expect(deck.cards.map((c) => c.answer)).toEqual([TABLE.trim()]);
    expect(rows(deck).length).toBeGreaterThan(0);
  });

  it('asks a note that is one table with no heading, named after the note', () => {
    const deck = one(TABLE, 'linux-cheat-sheet.md');
    expect(deck.cards.map((c) => c.prompt)).toEqual(['linux cheat sheet']);
    expect(rows(deck).length).toBeGreaterThan(0);
  });

  it('still reads an introduction under the only title as no card', () => {
    const deck = one('# My notes\n\nThese are my notes on Linux.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(deck.cards).toEqual([]);
  });
});
