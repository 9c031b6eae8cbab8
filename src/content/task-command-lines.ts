import { COMMAND_TABLE_HEADER, MIN_COMMAND_ROWS, PROGRAM } from './commented-commands.ts';
import type { Block } from './markdown-blocks.ts';
import type { TableFact, TableRow } from './types.ts';

/**
 * A cheat sheet that says the task first and then the command, one to a line, paragraph or list item:
 *
 *     List all processes: `ps -A`
 *     - Get a list of users: **less /etc/passwd**
 *
 * is the task-first table (`| Action | Command |`) of someone who writes prose: read as a command table of
 * two columns, command and what it does, where three such lines or more come together and nothing else is
 * between them. A line that says more after its command ("`ls -al` shows the owner") is prose.
 */
const MAX_TASK_CHARS = 80;

/** The task, a colon, the command as code or bold and nothing after it. */
const TASK_COMMAND = /^([^`*:：\n]{3,80}?)\s*[:：]\s*(?:`([^`\n]{1,80})`|\*\*([^*\n]{1,80})\*\*)\s*$/;
/** A command that opens on a path or `~` rather than a program's name (`~`, `./run.sh`, `/usr/bin/env`). */
const PATH_FIRST = /^(?:~|\.{0,2}\/\S*)(?:\s|$)/;

function rowOf(text: string, line: number): TableRow | null {
  const m = TASK_COMMAND.exec(text.trim());
  const task = m?.[1]?.trim() ?? '';
  const command = (m?.[2] ?? m?.[3] ?? '').trim();
  if (
    task.length > MAX_TASK_CHARS ||
    !/\p{L}{2,}/u.test(task) ||
    !(PROGRAM.test(command) || PATH_FIRST.test(command))
  )
    return null;
  return { line, cells: [`\`${command}\``, task] };
}

/** The rows a block holds, or null when any of its lines is something else (the first such line ends the look). */
function rowsOf(block: Block): TableRow[] | null {
  const rows: TableRow[] = [];
  const add = (text: string, line: number): boolean => {
    // Most lines hold no code or bold after a colon: refused before the pattern runs.
    const end = text.trimEnd();
    if (!(end.endsWith('`') || end.endsWith('**'))) return false;
    const row = rowOf(text, line);
    if (row !== null) rows.push(row);
    return row !== null;
  };
  if (block.type === 'paragraph') {
    for (const l of block.inline.lines) if (!add(l.text, l.line)) return null;
    return rows;
  }
  if (block.type !== 'list') return null;
  for (const item of block.items) {
    const only = item.inlines[0];
    if (item.inlines.length !== 1 || !only || item.code.length > 0 || !add(only.text, only.line)) return null;
  }
  return rows;
}

/** The command tables of a card's blocks: runs of blocks that are all task-first lines, three rows or more. */
export function taskCommandTables(blocks: readonly Block[]): TableFact[] {
  const tables: TableFact[] = [];
  let run: TableRow[] = [];
  const flush = (): void => {
    if (run.length >= MIN_COMMAND_ROWS)
      tables.push({ line: run[0]?.line ?? 0, header: COMMAND_TABLE_HEADER, rows: run, commands: true });
    run = [];
  };
  for (const block of blocks) {
    const rows = rowsOf(block);
    if (rows === null) flush();
    else run.push(...rows);
  }
  flush();
  return tables;
}
