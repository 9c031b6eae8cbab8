import { SHELL_INFO } from './command-facts.ts';
import type { Block } from './markdown-blocks.ts';
import type { TableFact, TableRow } from './types.ts';

/**
 * Cheat sheets written as shell code with a comment on each line, what the line does:
 *
 *     docker ps -a         # list all containers, stopped ones too
 *     rm -rf dir           # 强制递归删除目录
 *
 * are the command tables of people who keep their commands runnable. Such a block is read as a table of
 * two columns, command and what it does; its lines stay the code block they are in the answer. The header
 * is the gate's to read (a command table's); the questions are framed in the players' language without it.
 */
export const COMMAND_TABLE_HEADER: readonly string[] = ['Command', 'Description'];

/** A command, white space, `#`, then words. A `#` glued to a word (`#include`, `a#b`) is none. */
const COMMENTED = /^(?:\$\s+)?([A-Za-z][^#]*?)\s+#\s*(\S.*)$/;
/** A comment's words, not code commented out (`# docker rm x`) or a separator (`# ----`). */
const WORDS = /[\p{L}]{2,}/u;
export const MIN_COMMAND_ROWS = 3;

/** A line's command and what it does, or null when the line is no such line. */
function commentedRow(line: string): { command: string; what: string } | null {
  const m = COMMENTED.exec(line);
  const command = m?.[1]?.trim();
  const what = m?.[2]?.trim();
  if (!command || !what || !WORDS.test(what) || /^[-=*#]+$/.test(what)) return null;
  return { command, what };
}

/** The row of a command table: the command as code, then what it does. */
const cellsOf = (row: { command: string; what: string }): string[] => [`\`${row.command}\``, row.what];

export function commentedCommandTable(block: Extract<Block, { type: 'code' }>): TableFact | null {
  // Marked as shell: a plain block of `key value  # why` lines is as often a config file (resolv.conf).
  const info = block.info.toLowerCase();
  if (info === '' || !SHELL_INFO.has(info)) return null;
  const rows: TableRow[] = [];
  let others = 0;
  block.content.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const row = commentedRow(line);
    if (row === null) {
      others++;
      return;
    }
    rows.push({ line: block.line + 1 + k, cells: cellsOf(row) });
  });
  // Most lines say what they do: a script with a comment here and there is a script.
  if (rows.length < MIN_COMMAND_ROWS || others * 2 > rows.length) return null;
  return { line: block.line, header: COMMAND_TABLE_HEADER, rows, commands: true };
}

/** A command line's program: a lower-case word (`git`, `docker`, `ls`), never prose. */
export const PROGRAM = /^[a-z][a-z0-9._-]{0,19}(?:\s|$)/;

/**
 * The same cheat sheet typed outside a code block, a paragraph of `command   # what it does` lines
 * (`git branch -d dev   # 删除已合并的分支`): every line such a line, three or more.
 */
export function commentedCommandLines(
  lines: readonly { readonly line: number; readonly text: string }[],
): TableFact | null {
  if (lines.length < MIN_COMMAND_ROWS) return null;
  const rows: TableRow[] = [];
  for (const l of lines) {
    const row = commentedRow(l.text.trim());
    // Outside code, the command must look like one: prose has `#` in it too.
    if (row === null || !PROGRAM.test(row.command) || /\p{Script=Han}/u.test(row.command)) return null;
    rows.push({ line: l.line, cells: cellsOf(row) });
  }
  return { line: rows[0]?.line ?? 0, header: COMMAND_TABLE_HEADER, rows, commands: true };
}
