import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../content/types.ts';
import { codeOf, messageOf } from './read-note-file.ts';

export interface FoundFile {
  /** Absolute path, for reading and de-duplication. */
  readonly absolute: string;
  /** As the user would write it (relative to where they ran the command). */
  readonly shown: string;
  /**
   * Relative to the notes folder it was found in (the directory given, or the folder of a file given by
   * name), with `/` separators: what cards, reveals and reports show. Never a server's absolute path.
   */
  readonly relative: string;
}

const NOTE_EXTENSION = /\.(?:md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Files named on the command line are taken as given; directories are walked for *.md / *.markdown. */
export async function findNoteFiles(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<{ files: FoundFile[]; problems: Problem[] }> {
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const relatives = new Set<string>();
  const addFile = (absolute: string, root: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    let relative = path.relative(root, absolute).split(path.sep).join('/');
    // Two folders holding the same name: the second is told apart by its folder's name.
    if (relatives.has(relative)) relative = `${path.basename(root)}/${relative}`;
    relatives.add(relative);
    files.push({ absolute, shown: shownPath(absolute, cwd), relative });
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    try {
      const info = await stat(absolute);
      if (!info.isDirectory()) {
        addFile(absolute, path.dirname(absolute));
        continue;
      }
      const found = await walk(absolute, problems, cwd);
      if (found.length === 0) {
        problems.push({
          file: shownPath(absolute, cwd),
          line: 0,
          severity: 'warning',
          code: 'no-notes',
          message: 'no .md or .markdown files in this directory',
        });
      }
      for (const f of found) addFile(f, absolute);
    } catch (error) {
      problems.push({
        file: given,
        line: 0,
        severity: 'error',
        code: codeOf(error),
        message: messageOf(error),
      });
    }
  }
  return { files, problems };
}

async function walk(dir: string, problems: Problem[], cwd: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({
      file: shownPath(dir, cwd),
      line: 0,
      severity: 'error',
      code: codeOf(error),
      message: messageOf(error),
    });
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name))
        out.push(...(await walk(full, problems, cwd)));
    } else if (NOTE_EXTENSION.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : absolute;
}
