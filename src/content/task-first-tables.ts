import { normaliseKey } from './text-normalise.ts';

/**
 * Cheat sheets often put the task first: `| Action | Command |`, `| 作用 | 命令 |`. The table questions
 * read a table by its first column, the names; such a table is read with its command column first, as
 * if the author had written `| Command | Action |`.
 */
const TASK_HEADERS: ReadonlySet<string> = new Set([
  'action',
  'task',
  'description',
  'purpose',
  'what',
  'whatitdoes',
  'usage',
  'function',
  'operation',
  '作用',
  '功能',
  '说明',
  '描述',
  '用途',
  '操作',
  '含义',
  '任务',
]);

const COMMAND_HEADERS: ReadonlySet<string> = new Set([
  'command',
  'commands',
  'cmd',
  'shortcut',
  'shortcuts',
  'keys',
  'keybinding',
  'syntax',
  '命令',
  '指令',
  '快捷键',
  '语法',
]);

/** The column order that puts the command first, or null when the table is not task-first. */
export function commandFirstOrder(header: readonly string[]): number[] | null {
  if (!TASK_HEADERS.has(normaliseKey(header[0] ?? ''))) return null;
  const at = header.findIndex((h, j) => j > 0 && COMMAND_HEADERS.has(normaliseKey(h)));
  if (at < 0) return null;
  return [at, ...header.map((_, j) => j).filter((j) => j !== at)];
}

export const inOrder = <T>(cells: readonly T[], order: readonly number[]): T[] =>
  order.map((j) => cells[j] as T);
