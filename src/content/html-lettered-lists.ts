/**
 * Options written as an HTML list lettered by the browser, one item a line, as some quiz pages type them:
 *
 *     <ol type="a">
 *       <li>onPause() because the activity is still displayed…</li>
 *       <li>onStop() because …</li>
 *     </ol>
 *
 * or as a Markdown numbered list inside a block a style letters (MkDocs quiz pages):
 *
 *     <div class="upper-alpha" markdown>
 *     1. Read, Write, Execute
 *     2. Owner, Group, Others
 *     </div>
 *
 * The reader sees a) and b): the items are rewritten as the lettered options they show (`- A. onPause() …`,
 * the `<ol>` lines blanked, so every line keeps its number) and read as typed options are, with the key
 * stated after them. Only lists lettered by `type="a"` or `type="A"` (or a `upper-alpha` / `lower-alpha`
 * class) whose every line is one whole item.
 */
const OPEN = /^[ \t]*<ol\b[^>]*\btype\s*=\s*["']?([aA])["']?[^>]*>[ \t]*$/;
const ITEM = /^[ \t]*<li\b[^>]*>(.*?)<\/li>[ \t]*$/;
const CLOSE = /^[ \t]*<\/ol>[ \t]*$/;
const DIV_OPEN = /^[ \t]*<div\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:upper|lower)-alpha\b[^>]*>[ \t]*$/;
const DIV_ITEM = /^[ \t]{0,3}\d{1,2}[.)][ \t]+(\S.*)$/;
const DIV_CLOSE = /^[ \t]*<\/div>[ \t]*$/;
const MAY_HOLD = /<ol\b[^>\n]*\btype\s*=\s*["']?[aA]\b|\b(?:upper|lower)-alpha\b/;
const MAX_ITEMS = 8;

export function withHtmlLetteredLists(text: string): string {
  // Plain searches first: the pattern tried every position of every note.
  if ((!text.includes('<ol') && !text.includes('-alpha')) || !MAY_HOLD.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const div = DIV_OPEN.test(lines[k] as string);
    if (!div && !OPEN.test(lines[k] as string)) continue;
    const [itemLine, close] = div ? [DIV_ITEM, DIV_CLOSE] : [ITEM, CLOSE];
    const items: { at: number; text: string }[] = [];
    let end = -1;
    for (let j = k + 1; j < lines.length && items.length <= MAX_ITEMS; j++) {
      const line = lines[j] as string;
      if (close.test(line)) {
        end = j;
        break;
      }
      const item = itemLine.exec(line);
      if (item) items.push({ at: j, text: (item[1] as string).trim() });
      else if (line.trim() !== '') break;
    }
    if (end < 0 || items.length < 2 || items.length > MAX_ITEMS || items.some((i) => i.text === '')) continue;
    lines[k] = '';
    lines[end] = '';
    items.forEach((item, n) => {
      lines[item.at] = `- ${String.fromCharCode(65 + n)}. ${item.text}`;
    });
    changed = true;
    k = end;
  }
  return changed ? lines.join('\n') : text;
}
