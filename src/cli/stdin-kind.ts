import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { StdinKind } from '../config/start-checks.ts';

/**
 * What this process's standard input is: a terminal, something that carries input (a pipe, a file, a
 * socket), or nothing (/dev/null, as in a container or a service, or a closed descriptor).
 */
export function stdinKind(fd = 0): StdinKind {
  try {
    if (isatty(fd)) return 'tty';
    const info = fstatSync(fd);
    return info.isFIFO() || info.isFile() || info.isSocket() ? 'input' : 'none';
  } catch {
    return 'none';
  }
}
