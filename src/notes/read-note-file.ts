import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../content/types.ts';

/** Notes larger than this are not notes (a log, a dump, a mistake): reported, not read. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome = { readonly text: string } | { readonly problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** One file as UTF-8 text, or the reason it cannot be a note (each a clear message, never a stack). */
export async function readNoteFile(file: string, shown: string): Promise<ReadOutcome> {
  try {
    const info = await stat(file);
    if (info.size > MAX_NOTE_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return fail(
        shown,
        'too-large',
        `file is ${mb} MB; notes are limited to ${MAX_NOTE_BYTES / 1024 / 1024} MB per file (split it)`,
      );
    }
    const bytes = await readFile(file);
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) return fail(shown, 'binary-file', 'not a text file (binary content)');
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return fail(shown, 'binary-file', 'not a text file (not valid UTF-8)');
    }
    return { text: text.replace(/^\ufeff/, '') };
  } catch (error) {
    return fail(shown, codeOf(error), messageOf(error));
  }
}

function fail(file: string, code: string, message: string): { problem: Problem } {
  return { problem: { file, line: 0, severity: 'error', code, message } };
}

export function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  return 'unreadable';
}

export function messageOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code || (error instanceof Error ? error.message : 'unknown error')})`;
  }
}
