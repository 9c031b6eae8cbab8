import { fenceTracker } from './code-fences.ts';
import { type ContainerPair, type ContainerScan, TAG_MARKER } from './html-containers.ts';

/**
 * Notes written for the Obsidian_to_Anki plugin hold each card between a `START` line and an `END` line:
 * the note type (`Basic`, `Basic (and reversed card)`…), the front, `Back:` and the back, perhaps an
 * `<!--ID: …-->` line the plugin writes once the card is in Anki. Each block is one card, read like a
 * `<details>` unit: the front is its question, the back its answer, parsed as Markdown. The marker lines
 * become the empty comment a container tag becomes, so line numbers stay and the lists around them end.
 * Cloze note types are left alone (their `{{c1::…}}` is Anki's syntax, not read here).
 */

const START = /^START\s*$/;
const END = /^END\s*$/;
const BASIC = /^Basic\b/;
const BACK = /^Back:\s?/;
const FRONT = /^Front:\s?/;
const ANKI_ID = /^<!--\s*ID:\s*\d+\s*-->\s*$/;

/** Quick test before the scan: most notes hold no block. */
export const mayHoldAnkiBlocks = (text: string): boolean =>
  text.includes('START\n') && /^END\s*$/m.test(text);

/** The note's lines with the blocks' marker lines blanked, and one pair per block (line numbers 1-based). */
export function scanAnkiBlocks(lines: readonly string[]): ContainerScan {
  const out = lines.slice();
  const pairs: ContainerPair[] = [];
  const inCode = fenceTracker();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (inCode(line) || !START.test(line) || !BASIC.test(lines[k + 1] ?? '')) continue;
    // One walk from the type line to the block's END (a START first means this one never closed), noting
    // its Back: line on the way: a note of thousands of blocks is read once, not once per block.
    let end = -1;
    let back = -1;
    for (let i = k + 2; i < lines.length; i++) {
      const l = lines[i] as string;
      if (START.test(l)) break;
      if (END.test(l)) {
        end = i;
        break;
      }
      if (back < 0 && BACK.test(l)) back = i;
    }
    if (end < 0) continue;
    const front = lines
      .slice(k + 2, back < 0 ? end : back)
      .map((l) => l.replace(FRONT, ''))
      .join('\n')
      .trim();
    if (back < 0 || front === '') continue;
    for (let i = k; i < back; i++) out[i] = TAG_MARKER;
    const rest = (lines[back] as string).replace(BACK, '');
    out[back] = rest.trim() === '' ? TAG_MARKER : rest;
    for (let i = back + 1; i < end; i++) if (ANKI_ID.test(lines[i] as string)) out[i] = TAG_MARKER;
    out[end] = TAG_MARKER;
    pairs.push({
      tag: 'details',
      open: k + 1,
      close: end + 1,
      summary: front,
      summaryLine: k + 3,
      contentFrom: back + 1,
      contentTo: end,
      parent: null,
    });
    k = end;
  }
  return { lines: pairs.length === 0 ? (lines as string[]) : out, pairs };
}
