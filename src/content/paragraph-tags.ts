import { letteredOption } from './choice-syntax.ts';
import { fenceTracker, skipSpaces } from './code-fences.ts';
import type { ContainerPair } from './html-containers.ts';
import { htmlToText } from './html-text.ts';

/**
 * `<p>…</p>` and `<div>…</div>` wrappers around the lines of a `<details>` answer. Authors who write the fold in HTML often
 * write its answer in HTML paragraphs too; Markdown would keep each as a raw HTML block, shown as tags in
 * the reveal and (being no Markdown paragraph) not read as an answer at all. Inside a fold the wrappers
 * only say "paragraph": the lines lose them (line numbers unchanged) and are read as the Markdown they are.
 */

const OPEN_P = /^<(?:p|div)(?:\s[^>]*)?>/i;
const CLOSE_P = /<\/(?:p|div)>\s*$/i;
const BREAK_ALONE = /^<br\s*\/?>$/i;

/** The line without a leading `<p …>`/`<div …>` and a trailing `</p>`/`</div>` (indentation kept); null when it has neither. */
export function withoutParagraphTags(line: string): string | null {
  const at = skipSpaces(line, 0);
  const rest = line.slice(at);
  if (BREAK_ALONE.test(rest.trimEnd())) return '';
  const open = OPEN_P.exec(rest);
  const opened = open ? rest.slice(open[0].length) : rest;
  const closed = opened.replace(CLOSE_P, '');
  if (!open && closed === opened) return null;
  const text = closed.trim();
  return text === '' ? '' : `${line.slice(0, at)}${text}`;
}

/** The lines with the paragraph tags of every `<details>` answer taken off. */
export function unwrapFoldParagraphs(
  lines: readonly string[],
  pairs: readonly ContainerPair[],
): readonly string[] {
  let out: string[] | null = null;
  for (const pair of pairs) {
    if (pair.tag !== 'details') continue;
    const isCode = fenceTracker();
    for (let n = pair.contentFrom; n <= pair.contentTo; n++) {
      const line = (out ?? lines)[n - 1];
      if (line === undefined || isCode(line) || !line.includes('<')) continue;
      const bare = withoutParagraphTags(line);
      if (bare === null) continue;
      out ??= lines.slice();
      out[n - 1] = bare;
    }
  }
  return out ?? lines;
}

/** `<h3>c. Master & Nodes <strong>(Correct)</strong></h3>`: a whole line that is one element. */
const WRAPPED_LINE = /^[ \t]{0,3}<(h[1-6]|p|div|li)(?:\s[^>]*)?>(.*)<\/\1>[ \t]*$/i;

/** A plain substring search first: most notes hold no HTML-wrapped lines. */
export const mayHoldWrappedOptions = (text: string): boolean =>
  text.includes('</h') || text.includes('</p>') || text.includes('</div>') || text.includes('</li>');

/**
 * Options written one HTML element a line, for the size or the look (`<h3>a. Container & Nodes</h3>`): the
 * lines that are a lettered option as their text alone, so they read as the options they are. A heading that
 * is no option stays the HTML it is.
 */
export function unwrapOptionLines(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  const isCode = fenceTracker();
  // By index: an entries() pair per line of every note with HTML was garbage of its own.
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (isCode(line) || !line.includes('</')) continue;
    const m = WRAPPED_LINE.exec(line);
    if (!m) continue;
    const text = htmlToText(m[2] ?? '').trim();
    if (!letteredOption(text)) continue;
    out ??= lines.slice();
    out[k] = text;
  }
  return out ?? lines;
}
