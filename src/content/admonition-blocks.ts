import { foldShowsAnswer } from './choice-syntax.ts';
import { closesFence, fenceOf } from './code-fences.ts';
import { ANSWER_FOLD_MARKER, type ContainerPair, type ContainerScan, TAG_MARKER } from './html-containers.ts';
import { asksOrBlanks } from './question-cues.ts';

/**
 * Admonitions as MkDocs writes them (Python-Markdown's `!!!` and the collapsible `???` / `???+` of
 * pymdownx.details): a type, an optional quoted title, and the content indented four spaces under it.
 *
 *     ??? question "What does the handshake establish?"
 *         A connection: both sides agree on sequence numbers.
 *
 * Left alone, markdown-it reads the opener as words and the indented content as a code block. Each
 * admonition is read like a `<details>`: a collapsible one's title is its summary (a question makes it a
 * unit, "Answer" a fold whose inside joins what is around it); a `!!!` one is a fold unless its title asks
 * something. The opener becomes the empty comment a container tag becomes, and the content loses the four
 * spaces of each admonition it sits in, so line numbers stay and it is read as the Markdown it is.
 */

const OPENER =
  /^([ \t]*)(!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+(?:inline(?:[ \t]+end)?[ \t]+)?"([^"]*)")?[ \t]*$/;
const STEP = 4;

/** Quick test before the scan: most notes hold no admonition. */
export const mayHoldAdmonitions = (text: string): boolean =>
  (text.includes('!!!') || text.includes('???')) && /^[ \t]*(?:!!!|\?\?\?)\+?[ \t]+[\w-]/m.test(text);

function widthOf(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += STEP - (w % STEP);
    else break;
  }
  return w;
}

/** The line without `n` columns of its leading white space. */
function cut(line: string, n: number): string {
  if (n <= 0) return line;
  const expanded = line.replace(/^[ \t]+/, (ws) => ' '.repeat(widthOf(ws)));
  return expanded.slice(Math.min(n, widthOf(expanded)));
}

interface Frame {
  /** Columns a line needs to belong to it (in the note as written). */
  readonly contentWidth: number;
  readonly open: number;
  readonly summary: string | null;
  readonly slot: number;
  readonly parent: number | null;
  /** Last line (1-based) with content, or the opener's. */
  last: number;
}

export function scanAdmonitions(lines: readonly string[]): ContainerScan {
  const out = lines.slice();
  const pairs: (ContainerPair | null)[] = [];
  const stack: Frame[] = [];
  let fence: { char: string; length: number } | null = null;
  const close = (frame: Frame): void => {
    pairs[frame.slot] = {
      tag: 'details',
      open: frame.open,
      close: frame.last,
      summary: frame.summary,
      summaryLine: frame.open,
      contentFrom: frame.open + 1,
      contentTo: frame.last,
      parent: frame.parent,
    };
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    const blank = line.trim() === '';
    if (!blank && !fence) {
      const width = widthOf(line);
      while (stack.length > 0 && width < (stack[stack.length - 1] as Frame).contentWidth)
        close(stack.pop() as Frame);
    }
    if (stack.length > 0 && !blank) for (const f of stack) f.last = k + 1;
    out[k] = blank ? '' : cut(line, stack.length * STEP);
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    fence = fenceOf(line);
    if (fence) continue;
    const m = OPENER.exec(line);
    if (!m) continue;
    const [, indent = '', mark = '', , quoted] = m;
    const title = (quoted ?? '').trim();
    const collapsible = mark.startsWith('?');
    const summary = title === '' ? null : collapsible || asksOrBlanks(title) ? title : null;
    out[k] = `${' '.repeat(Math.max(0, widthOf(indent) - stack.length * STEP))}${
      title !== '' && foldShowsAnswer(title) ? ANSWER_FOLD_MARKER : TAG_MARKER
    }`;
    stack.push({
      contentWidth: widthOf(indent) + STEP,
      open: k + 1,
      summary,
      slot: pairs.length,
      parent: stack[stack.length - 1]?.slot ?? null,
      last: k + 1,
    });
    pairs.push(null);
  }
  while (stack.length > 0) close(stack.pop() as Frame);
  // Every frame is closed by now: at a line outside it, or at the end of the note.
  const found = pairs.filter((p): p is ContainerPair => p !== null);
  return { lines: found.length === 0 ? (lines as string[]) : out, pairs: found };
}
