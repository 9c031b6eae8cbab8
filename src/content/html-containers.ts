import { foldShowsAnswer } from './choice-syntax.ts';
import { closesFence, fenceOf, skipSpaces } from './code-fences.ts';
import { htmlToText } from './html-text.ts';
import { unwrapFoldParagraphs } from './paragraph-tags.ts';

/**
 * HTML container tags whose inside is Markdown, found line by line before markdown-it reads the note:
 * `<details><summary>question</summary> answer </details>`, and the `<quiz> … </quiz>` blocks of the
 * mkdocs-quiz plugin. CommonMark ends an HTML block at the first blank line, so an inside with blank lines,
 * lists or code would otherwise be half raw HTML and half stray blocks. The tags (and the summary) are
 * taken out of the text markdown-it parses, line numbers unchanged, so what is inside is read as the
 * Markdown it is; each pair is remembered by its lines so the card reader can give it its blocks.
 */
export type ContainerTag = 'details' | 'quiz';

export interface ContainerPair {
  readonly tag: ContainerTag;
  /** Line of the opening tag (1-based). */
  readonly open: number;
  /** Line of the closing tag. */
  readonly close: number;
  /** A `<details>`' summary as light Markdown, or null when there is none (a quiz has none). */
  readonly summary: string | null;
  /** Line of the summary, else of the opening tag. */
  readonly summaryLine: number;
  /** First and last line that can hold content (inclusive). */
  readonly contentFrom: number;
  readonly contentTo: number;
  /** Index of the pair this one is nested in. */
  readonly parent: number | null;
}

/**
 * What a tag line (`<details>`, `</quiz>`) becomes: an empty HTML comment at the tag's indentation. A blank
 * line would let the lists on either side of the tag run together into one; the comment ends them where
 * the tag did, stays inside the list item the tag sat in, and is dropped from answers (`withoutMarkers`).
 */
export const TAG_MARKER = '<!--nq-->';

/**
 * The marker of a fold that shows an answer (`<summary>Show answer</summary>`, `::: details 答案`): a key
 * written alone inside it (`C`) is a key, as under an `#### 答案` heading.
 */
export const ANSWER_FOLD_MARKER = '<!--nq:answer-->';

const MARKER_LINES = /^[ \t]*<!--nq(?::answer)?-->[ \t]*$/gm;

/** Is this HTML block only the marker a tag line became? */
export const isTagMarker = (html: string): boolean => {
  const t = html.trim();
  return t === TAG_MARKER || t === ANSWER_FOLD_MARKER;
};

export const isAnswerFoldMarker = (html: string): boolean => html.trim() === ANSWER_FOLD_MARKER;

/** An answer's text without the lines that stood for container tags. */
export function withoutMarkers(text: string): string {
  return text.includes('<!--nq')
    ? text
        .replace(MARKER_LINES, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text;
}

export interface ContainerScan {
  /** The note's lines with the tags taken out (the same array when there were none). */
  readonly lines: readonly string[];
  readonly pairs: ContainerPair[];
}

/** How far a summary may run over lines before it is taken for a broken tag. */
const MAX_SUMMARY_LINES = 20;

interface OpenPair {
  tag: ContainerTag;
  open: number;
  summary: string | null;
  summaryLine: number;
  contentFrom: number;
  parent: number | null;
  /** Where it will sit in `pairs` once closed (pairs are listed in the order they open). */
  slot: number;
  /** A quiz's inside loses the indentation of its `<quiz>` line (see scanContainers). */
  indent: number;
  /**
   * Where in the stack the innermost open pair of each kind is, this one included (-1: none): a closing
   * tag finds its pair, and a line its quiz's indentation, without walking the stack (a run of thousands
   * of unclosed tags must not make every line cost thousands of steps).
   */
  innermost: Record<ContainerTag, number>;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

const QUIZ_OPEN = '<quiz>';
const QUIZ_CLOSE = '</quiz>';

type ClosingTag = { readonly tag: ContainerTag; readonly at: number; readonly end: number };

/**
 * The closing tags of one lower-cased line, each the first at or after a cursor. A kind's next position is
 * searched for again only once the cursor has passed it: a line of thousands of one tag is not searched to
 * its end for the other kind at every step.
 */
function closingTags(lower: string): (at: number) => ClosingTag | null {
  let details = -2;
  let quiz = -2;
  return (at) => {
    if (details !== -1 && details < at) details = lower.indexOf('</details', at);
    if (quiz !== -1 && quiz < at) quiz = lower.indexOf(QUIZ_CLOSE, at);
    const detailsEnd = details < 0 ? -1 : lower.indexOf('>', details);
    if (quiz >= 0 && (detailsEnd < 0 || quiz < details))
      return { tag: 'quiz', at: quiz, end: quiz + QUIZ_CLOSE.length };
    return detailsEnd < 0 ? null : { tag: 'details', at: details, end: detailsEnd + 1 };
  };
}

const mayHoldTag = (lower: string): boolean =>
  lower.includes('<details') || lower.includes('</details') || lower.includes('quiz>');

/**
 * The pairs in the note and its lines with the tags taken out. A quiz's inside loses the indentation of its
 * `<quiz>` line (a quiz in an admonition, a content tab or a list item): the plugin reads it as Markdown
 * of its own, and left indented it would be code, or the second paragraph of a list item.
 */
export function scanContainers(lines: readonly string[]): ContainerScan {
  const pairs: (ContainerPair | null)[] = [];
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
  const innermost = (tag: ContainerTag): number => stack[stack.length - 1]?.innermost[tag] ?? -1;
  const quizIndent = (): number => stack[innermost('quiz')]?.indent ?? 0;
  const push = (pair: Omit<OpenPair, 'innermost'>): OpenPair => {
    const open: OpenPair = {
      ...pair,
      innermost: {
        details: pair.tag === 'details' ? stack.length : innermost('details'),
        quiz: pair.tag === 'quiz' ? stack.length : innermost('quiz'),
      },
    };
    pairs.push(null);
    stack.push(open);
    return open;
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
    const indent = stack.length > 0 ? quizIndent() : 0;
    if (indent > 0) {
      const l = (out ?? lines)[k] as string;
      const cut = Math.min(indent, leadingSpaces(l));
      if (cut > 0) set(k, l.slice(cut));
    }
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
    if (!mayHoldTag(lower)) continue;
    let nextClose = closingTags(lower);

    // One cursor (line, column) through the tags: a summary may end on a later line.
    const startLine = k;
    let text = first;
    let kept = '';
    let at = 0;
    // The marker of an opening <quiz> stands where the quiz's dedented inside starts.
    let markerIndentOf = first;
    for (;;) {
      const tagAt = skipSpaces(lower, at);
      const parent = stack.length > 0 ? (stack[stack.length - 1] as OpenPair).slot : null;
      if (lower.startsWith(QUIZ_OPEN, tagAt)) {
        kept += text.slice(at, tagAt);
        const own = k === startLine && kept.trim() === '' ? leadingSpaces(text) : 0;
        const pair = push({
          tag: 'quiz',
          open: k + 1,
          summary: null,
          summaryLine: k + 1,
          contentFrom: k + 2,
          parent,
          slot: pairs.length,
          indent: own,
        });
        at = skipSpaces(lower, tagAt + QUIZ_OPEN.length);
        pair.contentFrom = text.slice(at).trim() === '' ? k + 2 : k + 1;
        if (own > 0) markerIndentOf = '';
        continue;
      }
      if (lower.startsWith('<details', tagAt) && /[\s>]/.test(lower[tagAt + 8] ?? '')) {
        const gt = lower.indexOf('>', tagAt);
        if (gt < 0) {
          kept += text.slice(at);
          break;
        }
        kept += text.slice(at, tagAt);
        const pair = push({
          tag: 'details',
          open: k + 1,
          summary: null,
          summaryLine: k + 1,
          contentFrom: k + 2,
          parent,
          slot: pairs.length,
          indent: 0,
        });
        at = gt + 1;
        const summary = readSummary(out ?? lines, k, at);
        if (summary) {
          pair.summary = summary.text;
          pair.summaryLine = summary.line + 1;
          if (summary.endLine !== k) {
            setTagLine(k, kept, first);
            for (let s = k + 1; s < summary.endLine; s++) set(s, '');
            k = summary.endLine;
            text = (out ?? lines)[k] ?? '';
            lower = text.toLowerCase();
            nextClose = closingTags(lower);
            kept = '';
          }
          at = summary.endAt;
        }
        pair.contentFrom = text.slice(at).trim() === '' ? k + 2 : k + 1;
        if (pair.contentFrom === k + 2) dedentRun(k + 1, leadingSpaces(first));
        continue;
      }
      const close = nextClose(at);
      if (!close) {
        kept += text.slice(at);
        break;
      }
      // A closing tag closes the innermost pair of its kind; pairs opened inside it and left open are not pairs.
      const s = innermost(close.tag);
      const pair = stack[s];
      // `</quiz>` with no quiz open is words ("end it with `</quiz>`"), not a tag to take out.
      kept += text.slice(at, pair || close.tag === 'details' ? close.at : close.end);
      if (pair) {
        stack.length = s;
        pairs[pair.slot] = {
          tag: pair.tag,
          open: pair.open,
          close: k + 1,
          summary: pair.summary,
          summaryLine: pair.summaryLine,
          contentFrom: pair.contentFrom,
          contentTo: kept.trim() === '' ? k : k + 1,
          parent: pair.parent,
        };
      }
      at = close.end;
    }
    if (k === startLine) setTagLine(k, kept, markerIndentOf);
    else set(k, kept);
  }
  // A fold that shows an answer says so in its marker.
  for (const p of pairs) {
    if (!p?.summary || !foldShowsAnswer(p.summary)) continue;
    const at = p.open - 1;
    const l = (out ?? lines)[at] as string;
    if (l.trim() === TAG_MARKER) set(at, l.replace(TAG_MARKER, ANSWER_FOLD_MARKER));
  }
  // Pairs never closed are not units: their tags are gone and their content stays where it is.
  const closed = closedPairs(pairs);
  return { lines: unwrapFoldParagraphs(out ?? lines, closed), pairs: closed };
}

/**
 * The pairs that closed, slots of those that never did left out (`null`, in the order they opened), each
 * `parent` pointing at its pair's new place.
 */
export function closedPairs(slots: readonly (ContainerPair | null)[]): ContainerPair[] {
  const found: ContainerPair[] = [];
  const renumber = new Map<number, number>();
  slots.forEach((p, i) => {
    if (!p) return;
    renumber.set(i, found.length);
    found.push(p);
  });
  return found.map((p) => ({
    ...p,
    parent: p.parent === null ? null : (renumber.get(p.parent) ?? null),
  }));
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
