import { letteredOption } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';

/**
 * A study guide's outline letters over its numbered questions:
 *
 *     C. Elimination:
 *     10.) Enemas: When are enemas needed?
 *     - Severe constipation
 *
 *     D. Infection Control:
 *     11.) Which precautions does tuberculosis need?
 *
 * `D. Infection Control:` is a section title, not the last line of question 10's answer: the lines that
 * open such sections are read as headings (numbered-questions.ts), so each answer ends before the next
 * section and the section names the topic of the questions under it.
 *
 * Only lines that look like it throughout: at the margin, a capital letter or a roman numeral and a short
 * title that neither asks nor ends a sentence, a numbered line next, and no numbered or lettered line
 * right above (lettered options sit under their question, one after another); and only two or more such
 * lines whose letters run in order (`A.` … `E.`, `I.` … `IV.`), the way an outline is lettered.
 */
const SECTION = /^(?:([A-Z])|([IVX]{1,4}))[.)][ \t]+(\S[^?？.!。:：\n]{1,59}?)[ \t]*[:：]?[ \t]*$/;
/** A section title is short: a longer line is passed over before the pattern runs. */
const MAX_SECTION_LINE = 80;

/**
 * Lines (0-based) that open a lettered section over numbered questions; `isNumbered` says which lines are
 * numbered (numbered-questions.ts owns how a number is written).
 */
export function letteredSectionLines(
  lines: readonly string[],
  isNumbered: (line: string) => boolean,
): ReadonlySet<number> {
  const inFence = fenceTracker();
  const found: { at: number; kind: 'letter' | 'roman'; ordinal: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inFence(line)) continue;
    const c = line.charCodeAt(0);
    if (c < 0x41 || c > 0x5a || line.length > MAX_SECTION_LINE) continue;
    const m = SECTION.exec(line);
    if (m === null || !isNumbered(nextFilled(lines, i, 1))) continue;
    const above = nextFilled(lines, i, -1);
    if (isNumbered(above) || letteredOption(above.trim().replace(/^[-*+][ \t]+/, '')) !== null) continue;
    const roman = m[2];
    if (roman !== undefined) {
      const ordinal = romanValue(roman);
      if (ordinal !== null) found.push({ at: i, kind: 'roman', ordinal });
    } else found.push({ at: i, kind: 'letter', ordinal: (m[1] as string).charCodeAt(0) - 0x40 });
  }
  // `I.` alone is a letter; beside `II.` or `IV.` it is a numeral too.
  if (found.some((f) => f.kind === 'roman'))
    for (const f of found)
      if (f.kind === 'letter' && ROMAN[String.fromCharCode(0x40 + f.ordinal)] !== undefined) {
        f.kind = 'roman';
        f.ordinal = ROMAN[String.fromCharCode(0x40 + f.ordinal)] as number;
      }
  const out = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const here = found[k] as (typeof found)[number];
    const before = found[k - 1];
    const after = found[k + 1];
    const follows = before !== undefined && before.kind === here.kind && before.ordinal < here.ordinal;
    const followed = after !== undefined && after.kind === here.kind && after.ordinal > here.ordinal;
    if (follows || followed) out.add(here.at);
  }
  return out;
}

/** The section's title without its letter and colon: `D. Infection Control:` → `Infection Control`. */
export function sectionTitle(line: string): string {
  return (SECTION.exec(line)?.[3] ?? line).trim();
}

/** The next non-blank line after (step 1) or before (step -1) line i, '' when there is none. */
function nextFilled(lines: readonly string[], i: number, step: 1 | -1): string {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    const line = lines[k] as string;
    if (line.trim() !== '') return line;
  }
  return '';
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** I … XXXIX as a number; null when the letters are not a roman numeral written the usual way. */
function romanValue(text: string): number | null {
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const value = ROMAN[text[k] as string] as number;
    const next = ROMAN[text[k + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(text) && total > 0 ? total : null;
}
