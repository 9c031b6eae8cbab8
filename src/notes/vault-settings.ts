import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FlashcardSettings } from '../content/types.ts';

/**
 * An Obsidian vault's spaced-repetition plugin settings: the separators and cloze markers its notes were
 * written with (a vault that types `;;` for `::` says so only there, in
 * `.obsidian/plugins/obsidian-spaced-repetition/data.json` under `settings`). Read from the nearest folder
 * above a note that holds `.obsidian`, once per folder; a missing or unreadable file means the plugin's
 * defaults. Returned in front matter's `flashcards:` keys, which a note may still override.
 */

const PLUGIN_DATA = path.join('.obsidian', 'plugins', 'obsidian-spaced-repetition', 'data.json');

/** The plugin's setting names and ours. */
const SEPARATORS: readonly (readonly [string, string])[] = [
  ['singleLineCardSeparator', 'separator'],
  ['singleLineReversedCardSeparator', 'reversedSeparator'],
  ['multilineCardSeparator', 'multilineSeparator'],
  ['multilineReversedCardSeparator', 'multilineReversedSeparator'],
  ['multilineCardEndMarker', 'endMarker'],
];

const CLOZES: readonly (readonly [string, string])[] = [
  ['convertHighlightsToClozes', 'highlight'],
  ['convertBoldTextToClozes', 'bold'],
  ['convertCurlyBracketsToClozes', 'curly'],
];

/** Per folder: the settings found for notes in it (a promise, so concurrent reads share one). */
export type VaultCache = Map<string, Promise<FlashcardSettings | undefined>>;

export function vaultSettingsFor(
  noteFile: string,
  cache: VaultCache,
): Promise<FlashcardSettings | undefined> {
  return settingsOfFolder(path.dirname(path.resolve(noteFile)), cache);
}

function settingsOfFolder(dir: string, cache: VaultCache): Promise<FlashcardSettings | undefined> {
  let found = cache.get(dir);
  if (!found) {
    found = (async () => {
      if (await isFolder(path.join(dir, '.obsidian'))) return readPluginData(path.join(dir, PLUGIN_DATA));
      const parent = path.dirname(dir);
      return parent === dir ? undefined : settingsOfFolder(parent, cache);
    })();
    cache.set(dir, found);
  }
  return found;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function readPluginData(file: string): Promise<FlashcardSettings | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  return fromPluginSettings((data as { settings?: unknown } | null)?.settings);
}

/** The plugin's `settings` object in our keys; a value that is not a one-line text is left out. */
export function fromPluginSettings(settings: unknown): FlashcardSettings | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const record = settings as Record<string, unknown>;
  const out: Record<string, string | readonly string[]> = {};
  for (const [theirs, ours] of SEPARATORS) {
    const v = record[theirs];
    if (typeof v === 'string' && v.trim() !== '' && !/[\n\r]/.test(v)) out[ours] = v.trim();
  }
  if (CLOZES.some(([theirs]) => typeof record[theirs] === 'boolean'))
    out.clozes = CLOZES.filter(([theirs, ours]) =>
      typeof record[theirs] === 'boolean' ? record[theirs] : ours === 'highlight',
    ).map(([, ours]) => ours);
  return Object.keys(out).length > 0 ? out : undefined;
}
