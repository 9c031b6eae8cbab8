import { letteredOption, statedKey } from './choice-syntax.ts';
import { fenceTracker } from './code-fences.ts';
import { joinedLines, linesOf } from './text-lines.ts';

/**
 * Quiz banks that keep their keys apart: every question with its options first, then a section of keys by
 * number, as printed exams and practice sets do.
 *
 *     ### Q1                                   ## Answer Key
 *     Which part of the CIA triad …?
 *     A) Confidentiality                       ### A1: C) Availability
 *     …                                        DoS attacks make a service unreachable…
 *     D) Authentication
 *                                              1. C      2-B      | 3 | D |      1.C 2.A 3.D
 *
 * A reader turns to the key: each key goes to the question of its number, written on the blank line under
 * that question's last option as `Answer: C. <the key's explanation>` (every line keeps its number), where
 * the readers of choices find it; the key section, then read, asks nothing of its own and is blanked. Only
 * questions numbered in order from one key section to the next, with lettered options holding the key's
 * letter and no key of their own; only single letters (a multi-select key is left unread).
 */

/** A heading (or a bold line alone) that opens the keys: "Answer Key", "Answers", "参考答案", "答案". */
const KEY_TITLE =
  /^ {0,3}(?:(#{1,6})[ \t]+)?(?:\*\*|__)?[ \t]*(?:\p{Extended_Pictographic}\ufe0f?[ \t]*)?(?:(?:the\s+)?answer\s*keys?|answers?(?:\s+(?:and|&|\+)\s+explanations?)?|answer\s*sheet|solutions?|keys?|参考答案|正确答案|习题答案|答案)(?![A-Za-z])[^\n]{0,60}$/iu;
/** The title as a line of its own with no mark (`答案:`, `Answer key`): nothing else on it. */
const BARE_TITLE = /^[ \t]*(?:answer\s*keys?|answers|参考答案|正确答案|答案)[ \t]*(?:[:：][ \t]*)?$/i;
/** The line opens with a heading mark or bold: a title, not a sentence that starts with "Answers …". */
const TITLE_OPENER = /^ {0,3}(?:#{1,6}[ \t]|\*\*|__)/;

/** `### A1: C) Availability`, `1. C`, `Q1: C`, `1-C`, `**1.** C — …`, `1、C`, `A1 – (C)`, `**1. Answer: A** - …`. */
const ENTRY =
  /^ {0,3}(?:#{1,6}[ \t]+)?(?:[-*+][ \t]+)?(?:\*\*|__)?(?:Q(?:uestion)?|A(?:nswer)?|问题|第)?[ \t]*#?(\d{1,3})[ \t]*(?:题)?(?:\*\*|__)?[ \t]*(?:[.．:：)）、-]|–|—)?[ \t]*(?:(?:[Aa]nswer|[Aa]ns|答案|正确答案)[ \t]*[:：][ \t]*)?(?:\*\*|__)?[ \t]*[(（]?([A-Ha-h])[)）]?(?:\*\*|__)?(?=$|[\s.．:：)）,，、;；—–-])(.*)$/;
/**
 * A key by the option's number, set apart from words as a number can be: `1. **4**. Ansible`, `2. (3)`,
 * `3. Answer: 2`. A bare `1. 3 replicas` is an answer in words, not a key.
 */
const NUMBER_ENTRY =
  /^ {0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?(?:Q(?:uestion)?[ \t]*)?(\d{1,3})(?:\*\*|__)?[.．:：)）、][ \t]*(?:(?:\*\*|__)(\d)(?:\*\*|__)[.．:：)）]?|[(（](\d)[)）]|(?:[Aa]nswer|[Aa]ns|答案|正确答案)[ \t]*[:：][ \t]*(\d)(?!\d))(.*)$/;
const LETTERS = 'ABCDEFGH';

/** A heading line, its marks captured (its level). */
const HEADING = /^ {0,3}(#{1,6})[ \t]/;

/** What follows a key letter in lower case: nothing, or a mark before any words (`- The three rules…`). */
const SET_APART = /^(?:\*\*|__)?[ \t]*(?:$|[)）.．:：]|[-–—][ \t])/;
/**
 * A table row `| 3 | D |` (further cells: the explanation), or `| Q1 | c) Internet Protocol Address |` (the
 * letter of the option, its words after it; lower case only so marked, for `a` alone is a word).
 */
const ROW =
  /^ {0,3}\|?[ \t]*(?:Q)?(\d{1,3})[ \t]*\|[ \t]*(?:\*\*)?(?:([A-H])|([a-h])(?=[).．]))(?:\*\*)?(?:[).．][ \t]*([^|]*?))?[ \t]*(?:\|(.*))?$/;
/** Several keys on one line: `1.C 2.A 3.D`, `1-B, 2-D`. */
const RUN = /(?:^|[\s,，;；])(\d{1,3})[ \t]*[.．:：)、-][ \t]*([A-H])(?=$|[\s,，;；])/g;

/** A question's number opening its line: `### Q1`, `## Question 3`, `1.`, `**2.**`, `3、`, `第 4 题`. */
const QUESTION_NUMBER =
  /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:Q(?:uestion)?[ \t]*#?|问题[ \t]*|第[ \t]*)?(\d{1,3})(?:[ \t]*题)?(?:\*\*|__)?(?:[.．:：)）、]|[ \t]|$)/i;

const MAY_HOLD = /答案|answer|solution|\bkeys?\b/i;
const MAX_EXPLANATION = 400;
const MAX_KEY_LINE = 1_000;

interface Key {
  readonly letter: string;
  readonly explanation: string;
  /** Keyed by the option's number (`1. **4**. Ansible`): the options are numbered too. */
  readonly numbered?: boolean;
}

interface KeySection {
  readonly from: number;
  /** The section's last line (inclusive). */
  readonly to: number;
  /**
   * The keys by question number, one map per part of the quiz when the key section numbers its parts' keys
   * from 1 again under their headings (`## Section A` … `## Section B`), as the quiz numbers their questions.
   */
  readonly parts: readonly ReadonlyMap<number, Key>[];
}

const keyCount = (parts: readonly ReadonlyMap<number, Key>[]): number =>
  parts.reduce((n, p) => n + p.size, 0);

export function withSeparateKeysPlaced(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  const lines = linesOf(text);
  const sections = keySections(lines);
  if (sections.length === 0) return text;
  const out = [...lines];
  let from = 0;
  for (const section of sections) {
    const placed = placeKeys(out, from, section);
    // The keys are read: the section would only ask "A1: C) Availability" of its own.
    if (placed * 2 >= keyCount(section.parts)) for (let i = section.from; i <= section.to; i++) out[i] = '';
    from = section.to + 1;
  }
  return out.every((l, i) => l === lines[i]) ? text : joinedLines(out);
}

/** The key sections of the note, each with its keys by question number (two or more keys). */
function keySections(lines: readonly string[]): KeySection[] {
  const sections: KeySection[] = [];
  const inCode = fenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line)) continue;
    const title = opensTitle(line) || BARE_TITLE.test(line) ? KEY_TITLE.exec(line) : null;
    if (!title) continue;
    const level = title[1]?.length ?? 7;
    let to = i;
    // Up to the next heading as high, or the next key title (each line is scanned for one section only).
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as string;
      const heading = HEADING.exec(next);
      if (heading && (heading[1] as string).length <= level && !ENTRY.test(next)) break;
      if (opensTitle(next) && KEY_TITLE.test(next)) break;
      to = j;
    }
    const parts = keyParts(lines, i + 1, to);
    if (keyCount(parts) >= 2) {
      sections.push({ from: i, to, parts });
      i = to;
    }
  }
  return sections;
}

/**
 * TITLE_OPENER, its first character looked at before the pattern is run: a pattern call on every line of
 * every note that says "answer" or "key" showed in profiles, and most lines open with neither mark.
 */
function opensTitle(line: string): boolean {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 0x20) at++;
  const c = line.charCodeAt(at);
  return (c === 0x23 || c === 0x2a || c === 0x5f) && TITLE_OPENER.test(line);
}

/**
 * The keys of a section, in parts where its headings start the numbers again (each part's keys numbered from
 * 1, two parts or more): a number keyed twice in one part is left out.
 */
function keyParts(lines: readonly string[], from: number, to: number): ReadonlyMap<number, Key>[] {
  const starts = [from];
  for (let i = from; i <= to; i++)
    if (HEADING.test(lines[i] as string) && !ENTRY.test(lines[i] as string)) starts.push(i);
  // No heading inside: one part, read once.
  if (starts.length === 1) return [keysIn(lines, from, to)];
  const parts = starts
    .map((start, k) => keysIn(lines, start, (starts[k + 1] ?? to + 1) - 1))
    .filter((p) => p.size > 0);
  const restarts = parts.length >= 2 && parts.every((p) => p.has(1) && p.size >= 2);
  return restarts ? parts : [keysIn(lines, from, to)];
}

/** The keys between two lines: entries, table rows and runs; a number keyed twice is left out. */
function keysIn(lines: readonly string[], from: number, to: number): Map<number, Key> {
  const keys = new Map<number, Key>();
  const twice = new Set<number>();
  const add = (n: number, letter: string, explanation: string, numbered = false): void => {
    if (keys.has(n)) twice.add(n);
    const said = explanation.length <= MAX_EXPLANATION ? explanation : '';
    keys.set(n, { letter, explanation: said, ...(numbered ? { numbered } : {}) });
  };
  for (let i = from; i <= to; i++) {
    const line = lines[i] as string;
    // A key is a short line: a long one is prose, and its runs of spaces would cost the patterns below
    // a retry per split.
    if (line.length > MAX_KEY_LINE) continue;
    const row = ROW.exec(line);
    if (row) {
      const letter = row[2] ?? (row[3] as string).toUpperCase();
      add(Number(row[1]), letter, [row[4] ?? '', cellsText(row[5] ?? '')].filter((t) => t !== '').join(' '));
      continue;
    }
    const runs = [...line.matchAll(RUN)];
    if (runs.length >= 2) {
      for (const m of runs) add(Number(m[1]), m[2] as string, '');
      continue;
    }
    const byNumber = NUMBER_ENTRY.exec(line);
    if (byNumber) {
      const option = Number(byNumber[2] ?? byNumber[3] ?? byNumber[4]);
      if (option >= 1 && option <= 8) {
        const own = (byNumber[5] ?? '').replace(/^[\s.．:：)）,，、;；—–-]+/, '').trim();
        add(Number(byNumber[1]), LETTERS[option - 1] as string, explanationOf(lines, i, to, own), true);
        continue;
      }
    }
    const entry = ENTRY.exec(line);
    // "1. A container is…", "2. a pod is…": an article, no key. A letter in lower case keys only set apart
    // from words (`**Q1: b** - …`, `3. c)`).
    const letter = entry?.[2] ?? '';
    const rest = entry?.[3] ?? '';
    // `**1. b) The hard link…**`: the bracket after the letter sets it apart as much as a mark after it.
    const bracketed = /[a-h][)）](?:\*\*|__)?$/.test(line.slice(0, line.length - rest.length));
    if (
      !entry ||
      (letter === 'A' && /^ +[a-z]/.test(rest)) ||
      (letter !== letter.toUpperCase() && !bracketed && !SET_APART.test(rest))
    )
      continue;
    const own = rest.replace(/^[\s.．:：)）,，、;；—–-]+/, '').trim();
    add(Number(entry[1]), letter.toUpperCase(), explanationOf(lines, i, to, own));
  }
  for (const n of twice) keys.delete(n);
  return keys;
}

const cellsText = (cells: string): string =>
  cells
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' ');

/** What the key says after its letter: the rest of its line, or the lines under it up to the next key. */
function explanationOf(lines: readonly string[], at: number, to: number, own: string): string {
  const words: string[] = [];
  for (let j = at + 1; j <= to; j++) {
    const line = (lines[j] as string).trim();
    const entry = line.length <= MAX_KEY_LINE && ENTRY.test(lines[j] as string);
    if (entry || /^#{1,6}\s/.test(line) || /^(?:-{3,}|\*{3,})$/.test(line)) break;
    if (line !== '') words.push(line);
  }
  // A heading key (`### A1: C) Availability`) repeats the option: its explanation is under it.
  return (words.length > 0 ? words.join(' ') : own).replace(/\s+/g, ' ').trim();
}

/** Writes each key under its question between line `from` and the section; how many were placed. */
function placeKeys(out: string[], from: number, section: KeySection): number {
  const starts: { n: number; line: number; part: number }[] = [];
  const inCode = fenceTracker();
  const { parts } = section;
  let expected = 1;
  let part = 0;
  let headed = false;
  for (let i = from; i < section.from; i++) {
    const line = out[i] as string;
    if (inCode(line)) continue;
    const m = QUESTION_NUMBER.exec(line);
    if (!m || letteredOption(line.trim()) !== null) {
      headed ||= HEADING.test(line);
      continue;
    }
    const n = Number(m[1]);
    // A part of the quiz under its own heading numbers its questions from 1 again, as its keys are.
    const nextPart = parts.length > 1 && n === 1 && headed && starts.length > 0;
    // Numbers in order only: a numbered list inside a question is no next question.
    if (n !== expected && !nextPart && !(starts.length === 0 && parts[0]?.has(n))) continue;
    if (nextPart) part++;
    starts.push({ n, line: i, part });
    expected = n + 1;
    headed = false;
  }
  // Parts only where the quiz has as many as its keys: otherwise which keys go where is a guess.
  if (parts.length > 1 && part !== parts.length - 1) return 0;
  let placed = 0;
  starts.forEach((start, k) => {
    const key = parts[start.part]?.get(start.n);
    const end = starts[k + 1]?.line ?? section.from;
    const place = key?.numbered ? markNumberedOption : placeKey;
    if (key && place(out, start.line + 1, end, key)) placed++;
  });
  return placed;
}

/** The key on the blank line under the question's last option, if it has options, the key's among them, and no key. */
function placeKey(out: string[], from: number, end: number, key: Key): boolean {
  let last = -1;
  const options = new Map<string, string>();
  let lowerCase = false;
  let indent = '';
  const inCode = fenceTracker();
  for (let i = from; i < end; i++) {
    const line = out[i] as string;
    if (inCode(line)) continue;
    if (statedKey(line.trim()) !== null || statedKey(line.trim(), 'lower') !== null) return false;
    // A heading after the question's own line opens something else ("### Bonus Question 1" unnumbered, a
    // section): the question's options are above it.
    if (HEADING.test(line)) break;
    // Options may be list items (`   - A) Layer 2`): the key goes where their item's text starts.
    const bullet = OPTION_BULLET.exec(line)?.[0] ?? '';
    const option = letteredOption(line.slice(bullet.length).trim());
    if (!option) continue;
    if (options.size === 0) indent = bullet.replace(/[-*+][ \t]+$/, '');
    options.set(option.letter, option.text);
    lowerCase ||= /^\W*[a-h]\W/.test(line.slice(bullet.length).trim());
    last = i;
  }
  if (last < 0 || !options.has('A') || !options.has('B') || !options.has(key.letter)) return false;
  let under = last + 1;
  if (under >= end || (out[under] as string).trim() !== '') return false;
  // A rule right under the blank line (`---` between questions) would underline the key as a heading: the
  // key takes the rule's line, a paragraph of its own after the options.
  if (under + 1 < end && /^ {0,3}-+[ \t]*$/.test(out[under + 1] as string)) under++;
  const letter = lowerCase ? key.letter.toLowerCase() : key.letter;
  // "1. B (Layer 3)" repeats the option: no explanation.
  const told = withoutOptionEcho(key.explanation.trim(), options.get(key.letter));
  const said = told.replace(/^[(（](.*)[)）]$/, '$1').trim();
  const explanation = said === '' || said === options.get(key.letter) ? '' : `. ${told}`;
  out[under] = `${indent}Answer: ${letter}${explanation}`;
  return true;
}

/** `1945 || **Explanation:** …`: the key's explanation without the option's words it repeats first. */
function withoutOptionEcho(said: string, option: string | undefined): string {
  if (!option || said === option || !said.startsWith(option)) return said;
  const rest = said.slice(option.length);
  return /^\s*[|/:：—–-]/.test(rest) ? rest.replace(/^[\s|/:：—–-]+/, '') : said;
}

/** A list item's bullet and the spaces before it, where an option line is one. */
const OPTION_BULLET = /^[ \t]*(?:[-*+][ \t]+)?/;

/** A numbered option under its question: `    2. Puppet` (indented as the question's item's content). */
const NUMBERED_OPTION = /^([ \t]+)(\d)[.)][ \t]+\S/;

/**
 * The key by number marks its option where the options are numbered `1.`–`4.` under the question (a list
 * typed tight, with no blank line for a stated key): the mark after the option's last line is the key the
 * readers of marked options take (marked-options.ts). Only options numbered from 1 in order, none marked.
 */
function markNumberedOption(out: string[], from: number, end: number, key: Key): boolean {
  const starts: number[] = [];
  let indent = '';
  for (let i = from; i < end; i++) {
    const m = NUMBERED_OPTION.exec(out[i] as string);
    if (!m) continue;
    if (starts.length === 0) indent = m[1] as string;
    else if (m[1] !== indent) continue;
    if (Number(m[2]) !== starts.length + 1) return false;
    starts.push(i);
  }
  const at = LETTERS.indexOf(key.letter);
  if (starts.length < 2 || at >= starts.length) return false;
  // The option's last line: its own, or the last of the deeper-indented lines wrapping it.
  let last = starts[at] as number;
  const next = starts[at + 1] ?? end;
  for (let i = last + 1; i < next; i++) {
    const line = out[i] as string;
    if (line.trim() === '' || line.length - line.trimStart().length <= indent.length) break;
    last = i;
  }
  if (/[✓✔✅]\s*$/u.test(out[last] as string)) return false;
  out[last] = `${(out[last] as string).trimEnd()} ✓`;
  return true;
}
