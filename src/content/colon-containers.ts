import { foldShowsAnswer } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';
import {
  ANSWER_FOLD_MARKER,
  type ContainerPair,
  type ContainerScan,
  closedPairs,
  TAG_MARKER,
} from './html-containers.ts';
import { asksOrBlanks } from './question-cues.ts';

/**
 * Custom containers fenced by colons, as VuePress, VitePress and Docusaurus write them (markdown-it-container's
 * syntax) and as Pandoc and Quarto write fenced divs:
 *
 *     ::: details 答案            :::tip[Answer]          ::: {.callout-tip collapse="true" title="Answer"}
 *     The answer, as Markdown.   …                       …
 *     :::                        :::                     :::
 *
 * Left alone, markdown-it reads the fence lines as words of a paragraph, and an answer under a question
 * heading starts with "::: details 答案". Each pair is read like a `<details>`: a `details` container's title
 * is its summary (a question makes it a unit, a label such as "答案" a fold whose inside joins what is around
 * it); an admonition (tip, note, warning…) is a fold unless its title asks a question. The fence lines become
 * the empty comment a container tag becomes, so line numbers stay and the lists around them end.
 */

/** An opening fence: three or more colons, then a type word, `{.class …}` or `[title]`, then the title. */
const OPEN = /^( {0,3})(:{3,})[ \t]*(\{[^}]*\}|[A-Za-z][\w-]*)?(?:\[([^\]]*)\])?[ \t]*(.*)$/;
const CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
const TITLE_ATTRIBUTE = /\btitle\s*=\s*"([^"]*)"/;
/** A fenced div's class names the kind: `.callout-tip`, `.details`. */
const CLASS = /\.([\w-]+)/;

/** Quick test before the scan: most notes hold no colon fence. */
export const mayHoldColonContainers = (text: string): boolean =>
  text.includes(':::') && /^ {0,3}:{3,}[ \t]*$/m.test(text);

interface Open {
  readonly line: number;
  readonly colons: number;
  readonly summary: string | null;
  readonly slot: number;
  readonly parent: number | null;
}

interface Opening {
  readonly colons: number;
  readonly summary: string | null;
  /** Its title labels an answer ("答案", "Show answer"), whatever the kind. */
  readonly showsAnswer: boolean;
}

function opening(line: string): Opening | null {
  const m = OPEN.exec(line);
  if (!m) return null;
  const [, , colons = '', kindOrAttributes, bracketTitle, rest = ''] = m;
  if (kindOrAttributes === undefined && bracketTitle === undefined) return null;
  const attributes = kindOrAttributes?.startsWith('{') ? kindOrAttributes : '';
  const kind = (attributes ? (CLASS.exec(attributes)?.[1] ?? '') : (kindOrAttributes ?? '')).toLowerCase();
  const title = (bracketTitle ?? TITLE_ATTRIBUTE.exec(attributes)?.[1] ?? rest).trim();
  // A details container is a fold whoever reads it: its title is the summary it shows. A collapsed callout
  // is one too. Any other container (a tip, a warning) is a unit only when its title asks something.
  const folds = kind === 'details' || /\bcollapse\s*=\s*"?true/.test(attributes);
  const summary = title === '' ? null : folds || asksOrBlanks(title) ? title : null;
  return { colons: colons.length, summary, showsAnswer: title !== '' && foldShowsAnswer(title) };
}

/** The note's lines with the fence lines replaced, and a pair for every container closed (line numbers 1-based). */
export function scanColonContainers(lines: readonly string[]): ContainerScan {
  const out = lines.slice();
  const pairs: (ContainerPair | null)[] = [];
  const stack: Open[] = [];
  const inCode = fenceTracker();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (inCode(line) || !line.includes(':::')) continue;
    const close = CLOSE.exec(line);
    const top = stack[stack.length - 1];
    if (close && top && (close[1] as string).length >= top.colons) {
      stack.pop();
      out[k] = TAG_MARKER;
      pairs[top.slot] = {
        tag: 'details',
        open: top.line,
        close: k + 1,
        summary: top.summary,
        summaryLine: top.line,
        contentFrom: top.line + 1,
        contentTo: k,
        parent: top.parent,
      };
      continue;
    }
    const open = close ? null : opening(line);
    if (!open) continue;
    out[k] = open.showsAnswer ? ANSWER_FOLD_MARKER : TAG_MARKER;
    stack.push({
      line: k + 1,
      colons: open.colons,
      summary: open.summary,
      slot: pairs.length,
      parent: top?.slot ?? null,
    });
    pairs.push(null);
  }
  // Containers never closed are not containers: their opening lines are put back as written.
  for (const open of stack) out[open.line - 1] = lines[open.line - 1] as string;
  const closed = closedPairs(pairs);
  return { lines: closed.length === 0 && stack.length === 0 ? (lines as string[]) : out, pairs: closed };
}
