import { fenceTracker, skipSpaces } from './code-fences.ts';
import type { ContainerPair } from './html-containers.ts';

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
export function unwrapFoldParagraphs(lines: string[], pairs: readonly ContainerPair[]): string[] {
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
