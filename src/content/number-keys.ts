import { labelledAnswer, letteredOption } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';

/**
 * Options typed as plain bullets, keyed by their place in a line after them:
 *
 *     1. **What is the main purpose of cloud computing?**
 *        - To store data on local servers
 *        - To provide computing resources over the internet
 *        **Correct Answer:** 2
 *
 * Typed with no blank line, Markdown runs the key into the last option (and reads that option as an
 * answered question of its own). The key names the second bullet: it is marked there, as authors who mark
 * their keys do (`- To provide computing resources over the internet ✓`, read by marked-options.ts), and
 * its line left blank. Only a lone number from 1 to the count of the bullets just above it (a blank line
 * between at most), none of them lettered, numbered or a number itself: "Answer: 4" under the options "2",
 * "4", "8" is the option "4", read by its words elsewhere. Every line stays where it was.
 */
const KEY_NUMBER = /^(?:\*\*|__)?([1-8])(?:\*\*|__)?\.?$/;
const BULLET = /^([ \t]*)[-*+][ \t]+(\S.*)$/;
const MAX_OPTIONS = 8;
/** A line that may state a key: a label and a colon, a number last (checked before the label is read). */
const KEY_LINE = /(?:answer|答案)[^\n]{0,12}[:：][^\n]{0,8}\d[^\n]{0,4}$/i;
const LABEL = /answer|答案/gi;
/** KEY_LINE tried where a label is, to the end of its line. */
const KEY_LINE_AT = /(?:answer|答案)[^\n]{0,12}[:：][^\n]{0,8}\d[^\n]{0,4}$/imy;

export function withOptionNumberKeysMarked(text: string): string {
  if (!mayHold(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceTracker();
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line) || !KEY_LINE.test(line)) continue;
    const words = labelledAnswer(line);
    const number = words === null ? null : KEY_NUMBER.exec(words);
    if (!number) continue;
    const bullets = bulletsAbove(lines, i);
    const place = Number(number[1]);
    if (bullets === null || place > bullets.length) continue;
    const at = bullets[place - 1] as number;
    lines[at] = `${(lines[at] as string).trimEnd()} ✓`;
    lines[i] = '';
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Whether some line may state a key by number: KEY_LINE tried at each label the note holds, not every line
 * split and tried (most notes say "answer" a few times, or never).
 */
function mayHold(text: string): boolean {
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    KEY_LINE_AT.lastIndex = m.index;
    if (KEY_LINE_AT.test(text)) return true;
  }
  return false;
}

/** The lines of the plain bullets right above line `i` (one blank line between at most), in order. */
function bulletsAbove(lines: readonly string[], i: number): number[] | null {
  let k = i - 1;
  if (k >= 0 && (lines[k] as string).trim() === '') k--;
  const found: number[] = [];
  let indent: string | null = null;
  for (; k >= 0 && found.length <= MAX_OPTIONS; k--) {
    const m = BULLET.exec(lines[k] as string);
    if (!m) break;
    if (indent !== null && m[1] !== indent) break;
    indent = m[1] as string;
    const option = (m[2] as string).trim();
    if (letteredOption(option) !== null || /^\d+(?:\.\d+)?%?$/.test(option) || /[✓✔✅]$/u.test(option))
      return null;
    found.unshift(k);
  }
  return found.length >= 2 && found.length <= MAX_OPTIONS ? found : null;
}
