import { access } from 'node:fs/promises';
import path from 'node:path';
import { type BuildOptions, buildDeck } from '../content/build-deck.ts';
import type { Deck, NoteInput, Problem } from '../content/types.ts';
import { findNoteFiles } from './find-note-files.ts';
import { readNoteFile } from './read-note-file.ts';

export { MAX_NOTE_BYTES } from './read-note-file.ts';

/**
 * Reads notes from files and directories. Every file that cannot be a note (missing, unreadable, binary,
 * too large) becomes a problem; the others still load.
 */
export async function loadNotes(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<{ inputs: NoteInput[]; problems: Problem[] }> {
  const { files, problems } = await findNoteFiles(paths, cwd);
  const inputs: NoteInput[] = [];
  for (const file of files) {
    const outcome = await readNoteFile(file.absolute, file.shown);
    if ('problem' in outcome) problems.push(outcome.problem);
    else inputs.push({ path: file.shown, text: outcome.text });
  }
  return { inputs, problems };
}

/** loadNotes + buildDeck + a check that relative images exist (buildDeck itself does no I/O). */
export async function loadDeck(
  paths: readonly string[],
  options: BuildOptions & { cwd?: string } = {},
): Promise<Deck> {
  const cwd = options.cwd ?? process.cwd();
  const { inputs, problems } = await loadNotes(paths, cwd);
  const deck = buildDeck(inputs, options);
  const imageProblems: Problem[] = [];
  for (const report of deck.files) {
    for (const image of report.images) {
      const target = path.resolve(
        cwd,
        path.dirname(report.file),
        decodeSafely(image.src.replace(/[?#].*$/, '')),
      );
      try {
        await access(target);
      } catch {
        imageProblems.push({
          file: report.file,
          line: image.line,
          severity: 'warning',
          code: 'missing-image',
          message: `image not found: ${image.src}`,
        });
      }
    }
  }
  return { ...deck, problems: [...problems, ...deck.problems, ...imageProblems] };
}

function decodeSafely(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
