import { access } from 'node:fs/promises';
import path from 'node:path';
import { type BuildOptions, buildDeck } from '../content/build-deck.ts';
import type { Deck, NoteInput, Problem } from '../content/types.ts';
import { findNoteFiles } from './find-note-files.ts';
import { readNoteFile } from './read-note-file.ts';
import { type VaultCache, vaultSettingsFor } from './vault-settings.ts';

export { MAX_NOTE_BYTES } from './read-note-file.ts';

/**
 * Reads notes from files and directories. Every file that cannot be a note (missing, unreadable, binary,
 * too large) becomes a problem; the others still load. Each note is named by its path relative to the notes
 * folder it was found in: that is what cards, reveals ("Source: docker/basics.md:12") and reports show.
 */
export async function loadNotes(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<{ inputs: NoteInput[]; problems: Problem[]; absolute: ReadonlyMap<string, string> }> {
  const { files, problems } = await findNoteFiles(paths, cwd);
  const inputs: NoteInput[] = [];
  const absolute = new Map<string, string>();
  const vaults: VaultCache = new Map();
  for (const file of files) {
    const outcome = await readNoteFile(file.absolute, file.relative);
    absolute.set(file.relative, file.absolute);
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    const flashcards = await vaultSettingsFor(file.absolute, vaults);
    inputs.push(
      flashcards
        ? { path: file.relative, text: outcome.text, flashcards }
        : { path: file.relative, text: outcome.text },
    );
  }
  return { inputs, problems, absolute };
}

/** loadNotes + buildDeck + a check that relative images exist (buildDeck itself does no I/O). */
export async function loadDeck(
  paths: readonly string[],
  options: BuildOptions & { cwd?: string } = {},
): Promise<Deck> {
  const cwd = options.cwd ?? process.cwd();
  const { inputs, problems, absolute } = await loadNotes(paths, cwd);
  const deck = buildDeck(inputs, options);
  const imageProblems: Problem[] = [];
  for (const report of deck.files) {
    for (const image of report.images) {
      const noteFile = absolute.get(report.file) ?? path.resolve(cwd, report.file);
      const target = path.resolve(path.dirname(noteFile), decodeSafely(withoutQuery(image.src)));
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

/** `src` without its `?query` or `#fragment` (by indexOf: a `.*$` pattern rescans from every `?`). */
function withoutQuery(src: string): string {
  const cut = src.search(/[?#]/);
  return cut < 0 ? src : src.slice(0, cut);
}

function decodeSafely(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
