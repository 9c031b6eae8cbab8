import { blanksBefore } from './text-lines.ts';

/**
 * A key label alone on its line over a code block that holds only the key's letters, as some exercise
 * banks type them:
 *
 *     答：
 *     ```
 *     C
 *     ```
 *
 * The block is no code: the key is written back on the label's line (`答：C`, every other line blanked, so
 * each keeps its number) and read as every stated key is. Only letters A–H, alone in the block.
 */
const LABEL_ALONE =
  /^([ \t]*(?:\*\*)?(?:答案?|正确答案|参考答案|(?:correct\s+)?answer)(?:\*\*)?[ \t]*[:：][ \t]*(?:\*\*)?)[ \t]*$/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})[\w-]*[ \t]*$/;
const LETTERS = /^[ \t]*([A-H](?:[ \t]*[,，、]?[ \t]*[A-H]){0,7})[ \t]*$/;
/** The label's line, over a fence: `/(?:答|answer)[^\n]{0,12}[:：][ \t*]*\n[ \t]*(?:```|~~~)/i` cut at its `\n`. */
const LABEL_OVER = /(?:答|answer)[^\n]{0,12}[:：][ \t*]*$/i;

export function withFencedKeysStated(text: string): string {
  if (!mayHold(text, '```') && !mayHold(text, '~~~')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let k = 0; k + 3 < lines.length; k++) {
    const label = LABEL_ALONE.exec(lines[k] as string);
    const open = label ? FENCE.exec(lines[k + 1] as string) : null;
    const key = open ? LETTERS.exec(lines[k + 2] as string) : null;
    const close = key ? FENCE.exec(lines[k + 3] as string) : null;
    if (!label || !open || !key || !close || close[1] !== open[1]) continue;
    lines[k] = `${label[1]}${key[1]}`;
    lines[k + 1] = '';
    lines[k + 2] = '';
    lines[k + 3] = '';
    changed = true;
    k += 3;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Whether a line that opens with `fence` (after spaces or tabs) stands under a key label and its colon. Found
 * by the fences, then the line above each read: one pattern over the whole note tried every position.
 */
function mayHold(text: string, fence: string): boolean {
  for (let at = text.indexOf(fence); at >= 0; at = text.indexOf(fence, at + 3)) {
    const start = blanksBefore(text, at);
    if (start === 0 || text.charCodeAt(start - 1) !== 0x0a) continue;
    const end = start - 1;
    if (LABEL_OVER.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end))) return true;
  }
  return false;
}
