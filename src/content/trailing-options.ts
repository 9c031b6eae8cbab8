import { lineOptions } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';
import { joinedLines, linesOf } from './text-lines.ts';

/**
 * Exam notes write a short question's options on the question's own line, after it:
 *
 *     1. 数字型和字符串类型的变量完全可以互相转换。 A. 正确 B. 错误
 *     9.字符串是 Python 的\_\_\_\_序列。 A. 有序 B. 无序
 *
 * A reader sees a question and its options, so they are read as one: the options move to the line under
 * the question when that line is blank (every line keeps its number), where options are read. Only in a
 * note that states keys somewhere ("答案", "Answer"), only after a question's end (a stop, a blank, `( )`),
 * and only options that are short and lettered A, B … in order with one kind of stop: "Plan A. Then B." in
 * prose is no question.
 */

/** A label `A` after white space, with its stop (`A.`, `A、`, `A)`, `(A)`). */
const FIRST_LABEL = /[ \t\u3000](?=(?:[(（]A[)）]|A\s{0,2}[.．)）、]))/g;
/** How the question before the options ends: a stop, a question mark, a colon, a blank or `( )`. */
const QUESTION_END = /(?:[。？?.:：_＿)）]|\\_)$/;
const MAX_OPTION = 40;
const MIN_QUESTION = 4;
const MAX_LINE = 400;
/** Cheap first: the note states a key somewhere, and some line holds ` A.` or the like. */
const STATES_KEY = /答案|answer|解析/i;
const MAY_TRAIL = /[ \t\u3000](?:[(（]A[)）]|A\s{0,2}[.．)）、])/;
/**
 * A second option's label (` B.`, ` B、`, `（B）`) somewhere in the note: without one it has no line of
 * options. By indexOf, as most notes are read once per reload and a pattern scan of every note cost more.
 */
function holdsLabelB(text: string): boolean {
  for (let at = text.indexOf('B'); at >= 0; at = text.indexOf('B', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if ((before === 0x28 || before === 0xff08) && (after === 0x29 || after === 0xff09)) return true;
    if (before !== 0x20 && before !== 0x09 && before !== 0x3000) continue;
    if (
      LABEL_STOP.has(after) ||
      ((after === 0x20 || after === 0x09) && MAY_TRAIL_B.test(text.slice(at, at + 4)))
    )
      return true;
  }
  return false;
}

/** `.`, `．`, `)`, `）`, `、` after a label letter. */
const LABEL_STOP = new Set([0x2e, 0xff0e, 0x29, 0xff09, 0x3001]);
const MAY_TRAIL_B = /^B\s{0,2}[.．)）、]/;

export function withTrailingOptionsMoved(text: string): string {
  if (!holdsLabelB(text) || !STATES_KEY.test(text) || !MAY_TRAIL.test(text)) return text;
  const lines = linesOf(text);
  let out: string[] | null = null;
  const inCode = fenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line) || line.trimStart().startsWith('|')) continue;
    const next = lines[i + 1];
    if (next !== undefined && next.trim() !== '') continue;
    const cut = optionsCut(line);
    if (cut === null) continue;
    out ??= [...lines];
    out[i] = line.slice(0, cut).trimEnd();
    // Indented as the question is, so a list item's options stay in it.
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (next === undefined) out.push(`${indent}${line.slice(cut).trim()}`);
    else out[i + 1] = `${indent}${line.slice(cut).trim()}`;
    i++;
  }
  return out === null ? text : joinedLines(out);
}

/** Where the options of a question line start, or null when the line holds no question and options. */
function optionsCut(line: string): number | null {
  // A question with its options is a line, not a page: a long line is prose (and each label tried on it
  // would copy it again).
  // Cheap first: a line of options holds a B.
  if (line.length > MAX_LINE || !line.includes('B') || !MAY_TRAIL.test(line)) return null;
  FIRST_LABEL.lastIndex = 0;
  for (let m = FIRST_LABEL.exec(line); m; m = FIRST_LABEL.exec(line)) {
    const before = line.slice(0, m.index).trimEnd();
    const asked = before.replace(/^[ \t]*(?:[-*+][ \t]+)?(?:\d{1,3}[.)、．]?[ \t]*)?/, '');
    if (asked.length < MIN_QUESTION || !endsQuestion(before)) continue;
    const options = lineOptions(line.slice(m.index + 1), 'A');
    if (options === null || options.length < 2) return null;
    if (options.some((o) => o.text.length > MAX_OPTION || /[。？?]/.test(o.text))) return null;
    return m.index;
  }
  return null;
}

function endsQuestion(before: string): boolean {
  return QUESTION_END.test(before) || /[(（][ \t\u3000]*[)）]$/.test(before);
}
