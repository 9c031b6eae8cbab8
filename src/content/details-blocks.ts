import { htmlToText } from './html-text.ts';

/**
 * `<details><summary>question</summary> answer </details>` pairs, found line by line before markdown-it
 * reads the note. CommonMark ends an HTML block at the first blank line, so an answer with blank lines,
 * lists or code would otherwise be half raw HTML and half stray blocks. The tags (and the summary) are
 * taken out of the text markdown-it parses, line numbers unchanged, so what is inside is read as the
 * Markdown it is; each pair is remembered by its lines so the card reader can give it its blocks.
 */
export interface DetailsPair {
  /** Line of `<details>` (1-based). */
  readonly open: number;
  /** Line of `</details>`. */
  readonly close: number;
  /** The summary as light Markdown, or null when there is none. */
  readonly summary: string | null;
  readonly summaryLine: number;
  /** First and last line that can hold content (inclusive). */
  readonly contentFrom: number;
  readonly contentTo: number;
  /** Index of the pair this one is nested in. */
  readonly parent: number | null;
}

/**
 * What a `<details>` or `</details>` line becomes: an empty HTML comment at the tag's indentation. A blank
 * line would let the lists on either side of the tag run together into one; the comment ends them where
 * the tag did, stays inside the list item the tag sat in, and is dropped from answers (`withoutMarkers`).
 */
const TAG_MARKER = '<!--nq-->';

const MARKER_LINES = /^[ \t]*<!--nq-->[ \t]*$/gm;

/** An answer's text without the lines that stood for details tags. */
export function withoutMarkers(text: string): string {
  return text.includes(TAG_MARKER)
    ? text
        .replace(MARKER_LINES, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text;
}

export interface DetailsScan {
  /** The note's lines with the tags taken out (the same array when there were none). */
  readonly lines: string[];
  readonly pairs: DetailsPair[];
}

/** How far a summary may run over lines before it is taken for a broken tag. */
const MAX_SUMMARY_LINES = 20;

interface OpenPair {
  open: number;
  summary: string | null;
  summaryLine: number;
  contentFrom: number;
  parent: number | null;
  /** Where it will sit in `pairs` once closed (pairs are listed in the order they open). */
  slot: number;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** A fence line (``` or ~~~, three or more) at any indentation: its character and length, else null. */
function fenceOf(line: string): { char: string; length: number } | null {
  const at = skipSpaces(line, 0);
  const char = line[at];
  if (char !== '`' && char !== '~') return null;
  let n = at;
  while (line[n] === char) n++;
  if (n - at < 3) return null;
  // ```foo``` on one line is inline code, not a fence.
  if (char === '`' && line.indexOf('`', n) >= 0) return null;
  return { char, length: n - at };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const at = skipSpaces(line, 0);
  let n = at;
  while (line[n] === fence.char) n++;
  return n - at >= fence.length && line.slice(n).trim() === '';
}

export function scanDetails(lines: string[]): DetailsScan {
  const pairs: (DetailsPair | null)[] = [];
  const stack: OpenPair[] = [];
  let out: string[] | null = null;
  let fence: { char: string; length: number } | null = null;
  const set = (k: number, text: string): void => {
    out ??= lines.slice();
    out[k] = text.trim() === '' ? '' : text;
  };
  const setTagLine = (k: number, text: string, original: string): void => {
    set(k, text.trim() === '' ? `${' '.repeat(leadingSpaces(original))}${TAG_MARKER}` : text);
  };

  /**
   * The lines right after a summary were part of its HTML block, often indented for looks ("    The answer
   * is…" inside a list item): as Markdown that indentation would make them code. The run up to the first
   * blank line loses the excess of its first line's indentation over the <details> line's.
   */
  const dedentRun = (from: number, base: number): void => {
    const current = out ?? lines;
    const firstLine = current[from];
    if (firstLine === undefined || firstLine.trim() === '') return;
    const excess = leadingSpaces(firstLine) - base;
    if (excess <= 0) return;
    for (let s = from; s < current.length; s++) {
      const l = (out ?? lines)[s] as string;
      if (l.trim() === '') break;
      set(s, l.slice(Math.min(excess, leadingSpaces(l))));
    }
  };

  for (let k = 0; k < lines.length; k++) {
    const first = (out ?? lines)[k] as string;
    if (fence) {
      if (closesFence(first, fence)) fence = null;
      continue;
    }
    const opens = fenceOf(first);
    if (opens) {
      fence = opens;
      continue;
    }
    if (!first.includes('<')) continue;
    let lower = first.toLowerCase();
    if (!lower.includes('<details') && !lower.includes('</details')) continue;

    // One cursor (line, column) through the tags: a summary may end on a later line.
    const startLine = k;
    let text = first;
    let kept = '';
    let at = 0;
    for (;;) {
      const tagAt = skipSpaces(lower, at);
      if (lower.startsWith('<details', tagAt) && /[\s>]/.test(lower[tagAt + 8] ?? '')) {
        const gt = lower.indexOf('>', tagAt);
        if (gt < 0) {
          kept += text.slice(at);
          break;
        }
        kept += text.slice(at, tagAt);
        const pair: OpenPair = {
          open: k + 1,
          summary: null,
          summaryLine: k + 1,
          contentFrom: k + 2,
          parent: stack.length > 0 ? (stack[stack.length - 1] as OpenPair).slot : null,
          slot: pairs.length,
        };
        pairs.push(null);
        stack.push(pair);
        at = gt + 1;
        const summary = readSummary(lines, k, at);
        if (summary) {
          pair.summary = summary.text;
          pair.summaryLine = summary.line + 1;
          if (summary.endLine !== k) {
            setTagLine(k, kept, first);
            for (let s = k + 1; s < summary.endLine; s++) set(s, '');
            k = summary.endLine;
            text = lines[k] ?? '';
            lower = text.toLowerCase();
            kept = '';
          }
          at = summary.endAt;
        }
        pair.contentFrom = text.slice(at).trim() === '' ? k + 2 : k + 1;
        if (pair.contentFrom === k + 2) dedentRun(k + 1, leadingSpaces(first));
        continue;
      }
      const close = lower.indexOf('</details', at);
      const gt = close < 0 ? -1 : lower.indexOf('>', close);
      if (gt < 0) {
        kept += text.slice(at);
        break;
      }
      kept += text.slice(at, close);
      const pair = stack.pop();
      if (pair) {
        pairs[pair.slot] = {
          open: pair.open,
          close: k + 1,
          summary: pair.summary,
          summaryLine: pair.summaryLine,
          contentFrom: pair.contentFrom,
          contentTo: kept.trim() === '' ? k : k + 1,
          parent: pair.parent,
        };
      }
      at = gt + 1;
    }
    if (k === startLine) setTagLine(k, kept, first);
    else set(k, kept);
  }
  // Pairs never closed are not units: their tags are gone and their content stays where it is.
  const found: DetailsPair[] = [];
  const renumber = new Map<number, number>();
  pairs.forEach((p, i) => {
    if (!p) return;
    renumber.set(i, found.length);
    found.push(p);
  });
  const closed = found.map((p) => ({
    ...p,
    parent: p.parent === null ? null : (renumber.get(p.parent) ?? null),
  }));
  return { lines: out ?? lines, pairs: closed };
}

/** `<summary …>…</summary>` starting at `at` on line k (or on the next non-blank line), with any `<br>`/`<p>` after it. */
function readSummary(
  lines: readonly string[],
  k: number,
  at: number,
): { text: string; line: number; endLine: number; endAt: number } | null {
  let lineNo = k;
  let from = at;
  let lower = (lines[k] ?? '').toLowerCase();
  // The summary may sit on the line after <details>.
  if (lower.slice(from).trim() === '') {
    lineNo = k + 1;
    lower = (lines[lineNo] ?? '').toLowerCase();
    from = 0;
  }
  const tagAt = skipSpaces(lower, from);
  if (!lower.startsWith('<summary', tagAt)) return null;
  const gt = lower.indexOf('>', tagAt);
  if (gt < 0) return null;
  const parts: string[] = [];
  let cursor = gt + 1;
  for (let s = lineNo; s < lines.length && s <= lineNo + MAX_SUMMARY_LINES; s++) {
    const text = lines[s] ?? '';
    const low = s === lineNo ? lower : text.toLowerCase();
    if (s > lineNo && text.trim() === '') return null;
    const end = low.indexOf('</summary', s === lineNo ? cursor : 0);
    if (end < 0) {
      parts.push(text.slice(s === lineNo ? cursor : 0));
      continue;
    }
    parts.push(text.slice(s === lineNo ? cursor : 0, end));
    const close = low.indexOf('>', end);
    cursor = close < 0 ? text.length : close + 1;
    // Decoration that commonly follows: <br>, <br/>, <p>.
    for (;;) {
      const next = skipSpaces(low, cursor);
      const m = /^<(?:br\s*\/?|p)>/.exec(low.slice(next, next + 8));
      if (!m) break;
      cursor = next + m[0].length;
    }
    return { text: htmlToText(parts.join(' ')), line: lineNo, endLine: s, endAt: cursor };
  }
  return null;
}
