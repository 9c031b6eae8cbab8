import { fenceTracker } from './code-fences.ts';
import { blanksBefore, startsLine } from './text-lines.ts';

/**
 * Hugo sites fold an answer in a shortcode, not in HTML (the Book, Learn, Wowchemy themes):
 *
 *     {{< details "Go 语言中 = 和 := 有什么区别？" >}}        {{% expand title="What is a Pod?" %}}
 *     …the answer, with lists and code…                     …
 *     {{< /details >}}                                      {{% /expand %}}
 *
 * A reader of the page sees a fold with its question: the pair is read as `<details>` with that summary, so
 * each fold is one unit. Any other shortcode alone on its line (`{{< hint info >}}`, `{{< /tabs >}}`) is the
 * site's layout, never content: read as text it leaked into options (`{{< /details >}}` beside a key). Every
 * line stays where it was; inside fenced code the characters are the listing's and stay.
 */
const FOLDS = new Set(['details', 'expand', 'spoiler', 'collapse', 'accordion']);
/** The fold's title: its first quoted argument, or a `title=` / `text=` / `summary=` one. */
const TITLE = /(?:^|\s)(?:(?:title|text|summary|name)\s*=\s*)?"([^"\n]*)"/;

export function withHugoShortcodesRead(text: string): string {
  if (!mayHold(text)) return text;
  const inCode = fenceTracker();
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (inCode(line)) return line;
    const code = shortcodeOf(line);
    if (!code) return line;
    changed = true;
    const { closing, name, args } = code;
    if (!FOLDS.has(name.toLowerCase())) return '';
    if (closing) return '</details>';
    const title = TITLE.exec(args)?.[1]?.trim() ?? '';
    return `<details><summary>${escaped(title)}</summary>`;
  });
  return changed ? lines.join('\n') : text;
}

/**
 * Whether a line starts with `{{<` or `{{%` (after spaces or tabs), as `/^[ \t]*\{\{[<%]/m` finds: by each
 * `{{`, as that pattern tried every position of a note (and code in notes has its `{{`).
 */
function mayHold(text: string): boolean {
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 1)) {
    const next = text.charCodeAt(at + 2);
    if (next !== 0x3c && next !== 0x25) continue;
    if (startsLine(text, blanksBefore(text, at))) return true;
  }
  return false;
}

/**
 * The shortcode a line holds alone (`{{< name args >}}`, `{{% /name %}}`), or null. Read by slicing, not by one
 * pattern: spaces before the closing `>}}` would make a pattern retry every split of a long run of them.
 */
function shortcodeOf(line: string): { closing: boolean; name: string; args: string } | null {
  const text = line.trim();
  const open = text.slice(0, 3);
  if ((open !== '{{<' && open !== '{{%') || !text.endsWith(open === '{{<' ? '>}}' : '%}}')) return null;
  const inner = text.slice(3, -3).trim();
  const m = /^(\/)?[ \t]*([\w-]+)/.exec(inner);
  if (!m) return null;
  return { closing: m[1] !== undefined, name: m[2] as string, args: inner.slice(m[0].length) };
}

const escaped = (title: string): string =>
  title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
