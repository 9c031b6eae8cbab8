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
const MAY_HOLD = /(?:答|answer)[^\n]{0,12}[:：][ \t*]*\n[ \t]*(?:```|~~~)/i;

export function withFencedKeysStated(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
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
