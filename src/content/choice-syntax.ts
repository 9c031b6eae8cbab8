import { withoutTrailingBreaks } from './html-text.ts';
import { withoutLeadingPictographs } from './prompt-text.ts';

/**
 * How notes write the options of a multiple-choice question and the key to it, in one place: the details
 * reader keeps a key written in a summary, the choice reader finds options and keys, and the card reader
 * keeps a key heading (`#### 答案：C`, `### Answer ✅` over `C`; see stated-key.ts) out of the section tree.
 */

/** `- [x] option` / `- [ ] option`: the marker at the start of a list item's text. */
export const TASK_MARK = /^\[( |x|X)\](?:\s+|$)/;

/**
 * `A. text`, `A) text`, `A、text`, `(A) text`, `【A】text`, `A: text`, `A：text` (letters A–H, upper case or lower); the
 * letter may be typed as code or bold (`` `A` : `text` ``, `**A.** text`); `A - text` in capitals (a spaced
 * dash: "A-list" and "A/B" are words).
 */
const LETTERED =
  /^(?:\(([A-Ha-h])\)|[（【]([A-Ha-h])[）】]|(?:`|\*\*)?([A-Ha-h])(?:`|\*\*)?\s{0,2}[.．)）、:：](?:\*\*)?|(?:\*\*)?([A-H])[ \t]+[-–—](?=[ \t]))\s*(\S.*)$/s;

export function letteredOption(text: string): { letter: string; text: string } | null {
  // `A:- D` is a short key (see SHORT_LABEL), never option A.
  if (SHORT_KEY_MARK.test(text)) return null;
  const m = LETTERED.exec(text);
  if (!m) return null;
  const letter = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toUpperCase();
  const rest = m[5] ?? '';
  if (text.startsWith('**') && BOLD_LABEL_END.test(rest)) return null;
  return { letter, text: rest.trim() };
}

/** A bold run closing after a colon (`` **a) `2 + 2`:** Simple… ``): a label lettered as an answer's parts, no option. */
const BOLD_LABEL_END = /^[^*\n]{1,80}?[:：]\*\*/;

/**
 * How the author lettered a question's options: `A.` … or `a.` …. A key in lower case (`-> c`, `Ans: b`)
 * names options lettered in lower case only; elsewhere a lone `a` is a word ("Answer: a", an article).
 */
export type LabelCase = 'upper' | 'lower';

/** How the options among these lines are lettered: as the first line that opens option A (`a.`, `A)`). */
export function labelCaseIn(lines: readonly string[]): LabelCase {
  const first = lines.find((l) => letteredOption(l.trim())?.letter === 'A');
  return (first !== undefined ? labelCaseOf(first.trim()) : null) ?? 'upper';
}

/** The case of the option label opening a line (`a. text`, `(b)`, `c、`), or null when no label opens it. */
export function labelCaseOf(text: string): LabelCase | null {
  const m = LETTERED.exec(text) ?? LETTER_ALONE.exec(text.trim());
  const letter = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  if (letter === '') return null;
  return letter === letter.toUpperCase() ? 'upper' : 'lower';
}

const SHORT_KEY_MARK = /^A\s*[:：]-/;

/** The same labels standing alone on their line (`A.`, `(B)`, `C、`): the option's text is on the next lines. */
const LETTER_ALONE =
  /^(?:\(([A-Ha-h])\)|（([A-Ha-h])）|(?:`|\*\*)?([A-Ha-h])(?:`|\*\*)?\s{0,2}[.．)）、:：](?:\*\*)?)\s*$/;

/** The letter of an option label written alone on its line, upper case, or null. */
export function optionLetterAlone(text: string): string | null {
  const m = LETTER_ALONE.exec(text.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').toUpperCase() : null;
}

/** An option read from a line, and whether the author wrote it wholly in bold (some notes mark the key so). */
export interface LineOption {
  readonly letter: string;
  readonly text: string;
  readonly bold: boolean;
}

/** A label at the start of a line, its stop kept: `A.`, `**C.`, `(B)`, `A、`; bold marks around it too. */
const LABEL_START = /^(\*\*)?(?:[(（【]([A-Ha-h])[)）】]|([A-Ha-h])\s{0,2}([.．)）、:：]))(\*\*)?/;
/** The next label of a row, after a space or tab (a stray `*` of broken bold before it is dropped). */
const LABEL_IN_ROW = /[ \t\u3000]\*{0,2}(?:[(（【]([A-Ha-h])[)）】]|([A-Ha-h]) {0,2}([.．)）、:：]))/g;

/** `.`/`．`, `)`/`）`, `:`/`：` are one stop typed in two widths; `(A)` labels are their own kind. */
function stopKind(stop: string | undefined): string {
  if (stop === undefined) return '()';
  return { '．': '.', '）': ')', '：': ':' }[stop] ?? stop;
}

/** An option's text without the bold that wraps the whole option (`**C.useradd**`, `A.**x**`). */
function unbolded(text: string, boldOpen: boolean): string | null {
  const t = text.trim();
  if (!t.endsWith('**')) return null;
  const inner = (boldOpen ? t : t.replace(/^\*\*/, '')).slice(0, -2).trim();
  // `A.**x** and **y**` is words in bold, not a bold option.
  return inner !== '' && !inner.includes('**') ? inner : null;
}

/**
 * The options a line holds when it opens with option `first`: one (`A. text`), or several side by side as
 * exam notes align them (`A.支持图形化界面操作    B.多任务`, `A.usermod \t\tB.userdel \t\t**C.useradd**`).
 * A next option needs the next letter, after a space or tab, with the first label's stop and case (`A.` …
 * `B.`; `A、` … `B、`), so `A. cd  @John` stays one option. Null when the line is no option `first`, or
 * its labels are out of order.
 */
export function lineOptions(text: string, first: string): LineOption[] | null {
  const option = letteredOption(text);
  if (!option || option.letter !== first) return null;
  const start = LABEL_START.exec(text);
  if (!start) {
    // `**C - A containerization platform**`: the bold wraps label and option alike.
    const t = text.trim();
    const wrapped = t.length > 4 && t.startsWith('**') && t.endsWith('**');
    return [
      { letter: first, text: wrapped ? option.text.replace(/\*\*$/, '').trim() : option.text, bold: wrapped },
    ];
  }
  const kind = stopKind(start[4]);
  const lower = (start[2] ?? start[3] ?? '') !== first;
  // Where each option's text starts and its label opens (a label's bold may wrap its option).
  const cuts: { at: number; from: number; boldOpen: boolean }[] = [
    { at: 0, from: start[0].length, boldOpen: start[1] !== undefined && start[5] === undefined },
  ];
  LABEL_IN_ROW.lastIndex = start[0].length;
  for (let m = LABEL_IN_ROW.exec(text); m; m = LABEL_IN_ROW.exec(text)) {
    const letter = m[1] ?? m[2] ?? '';
    const next = String.fromCharCode(first.charCodeAt(0) + cuts.length);
    if (stopKind(m[3]) !== kind || (letter === letter.toLowerCase()) !== lower) continue;
    // Labels out of order (`A.chmod  C.chown  B.chgrp`) are no options the key could name.
    if (letter.toUpperCase() !== next) return null;
    const label = m[0].trimStart();
    cuts.push({ at: m.index, from: m.index + m[0].length, boldOpen: label.startsWith('**') });
  }
  const out: LineOption[] = [];
  for (const [k, cut] of cuts.entries()) {
    const words = text.slice(cut.from, cuts[k + 1]?.at ?? text.length);
    // A label followed by bold (`A.**x**`, `D) **x**`) or inside it (`**A.x**`) wraps the option.
    const boldAfter = (k === 0 && start[5] !== undefined) || words.trimStart().startsWith('**');
    const bare = cut.boldOpen || boldAfter ? unbolded(words, cut.boldOpen) : null;
    const plain = (k === 0 && cuts.length === 1 ? option.text : words).trim();
    const optionWords = bare ?? plain;
    // An empty option is no row of options: the line reads as one option, as it always did.
    if (optionWords === '') return [{ letter: first, text: option.text, bold: false }];
    out.push({
      letter: String.fromCharCode(first.charCodeAt(0) + k),
      text: optionWords,
      bold: bare !== null,
    });
  }
  return out;
}

/** The words that label an answer, in every form below (a key, a key heading, an answer in words). */
const ANSWER_WORDS = String.raw`(?:正确答案|参考答案|标准答案|答案|(?:the\s+)?(?:correct\s+|right\s+)?answers?)`;
/** "Solution: c) MAC address table" keys options as "Answer:" does; as a label of words it opens an explanation. */
const KEY_WORDS = `(?:${ANSWER_WORDS}|solution)`;

/** The words as exam banks tag them, in lenticular brackets (`【答案】D`, `【参考答案】：B`), or bare. */
const ANSWER_TAG = String.raw`(?:【\s*${ANSWER_WORDS}\s*】|${KEY_WORDS})`;

/** The cheap test every answer label passes (ANSWER_WORDS all hold 答案 or "answer"). */
const MENTIONS_ANSWER = /答案|answer/i;
const MENTIONS_KEY = /答案|answer|solution/i;

/**
 * "Answer: C", "**Answer:** C", "**Correct Answer:** **c) INNER JOIN**", "答案：C", "正确答案：B、D", "Answer: B D", "Correct Answer – C", "The correct
 * answer is C.", "【答案】D", "【参考答案】：D", "Answer: (C)". A letter followed by more words ("Answer: A dog")
 * is an answer in words, not a key; a letter in brackets ends the line or its sentence ("The answer (A) is
 * wrong" is prose).
 */
/** Between the letters of a key: `A, C`, `B、D`, `A & C`, `a and c`, `A, B and C`. */
const KEY_SEPARATOR = String.raw`(?:\s*[,，、&和]\s*|,?\s+and\s+)`;
const KEY_LETTERS = String.raw`[A-H](?:${KEY_SEPARATOR}[A-H]|[A-H]|\s+[A-H](?![A-Za-z]))*`;
/** The key letters of a written key, in capitals ("and" is no letter D). */
const lettersIn = (written: string): string[] | null =>
  written.replace(/and/gi, ' ').toUpperCase().match(/[A-H]/g);
const STATED = new RegExp(
  String.raw`^(?:\*\*|__)?\s*${ANSWER_TAG}\s*(?:(?:\*\*|__)\s*)?(?:(?:是|为|is|are)\s*)?(?:(?:[:：]|[-–—](?=\s))\s*)?(?:(?:\*\*|__)\s*)?(?:(?:\*\*|__)\s*)?(?:[(（]\s*(${KEY_LETTERS})\s*[)）](?:\*\*|__)?(?=\s*$|\s*[.。,，;；!！])|(${KEY_LETTERS})(?:\*\*|__)?(?=$|\s*[.。,，;；:：)）!！]|\s+[^A-Za-z]|\s*$|[{<【（]))`,
  'i',
);

/**
 * The short key practice banks write right under the options, `A` or `Ans` standing for "answer", an arrow
 * pointing at it, or "Correct": `A:- D, The vlan.dat is…`, `A: D`, `Ans: D`, `Ans. d`, `Ans - D`, `-> c`,
 * `=> c`, `→ c`, `Correct: c`, `Correct option: (c)`, `答：C`. Only a key follows the label (`A: the first` is option
 * A, and where options are expected it is read as one: see author-choices.ts; "Correct: use `git mv`" is
 * prose), and only at the start of a line ("x -> y" is prose).
 */
const SHORT_LABEL =
  /^(?:\*\*)?(?:A(?:\*\*)?\s*[:：]|答(?:\*\*)?\s*[:：]|(?:[Aa]ns|ANS)(?:\*\*)?\s*(?:[:：.]|(?=[-–—]))|(?:[Cc]orrect(?:\s+(?:[Oo]ption|[Cc]hoice))?|CORRECT)(?:\*\*)?\s*(?:[:：]|(?=[-–—]))|(?:->|=>|→|⇒|⟶|➔|➜)(?!>))(?:\*\*)?\s*[-–—]?\s*/;

/**
 * The key as an exam system exports it, a field of the question: `{correctAnswer='B'}`, `correct_answer: "C"`,
 * `answer = 'A'`, `"answerKey": "D"`. The whole line is the field.
 */
const FIELD_KEY =
  /^\{?\s*["']?(?:correct_?answer|correct_?option|answer_?key|answer(?=["']?\s*=))["']?\s*[:=]\s*["']?([A-H]{1,8}|[a-h])["']?\s*\}?[,;]?$/i;

/** A key stated on a line: its letters in order (["C"], ["B", "D"]), and the explanation after them. */
export interface LineKey {
  readonly letters: string[];
  /** What the author wrote after the letters on the line (`A:- D, The vlan.dat is…`), or "". */
  readonly note: string;
}

/**
 * The key a line states, in any form above, or null. Its letters are capitals, or lower case when the
 * options were lettered so (`labels`): "answer: a" under `A.` … is too loose to trust.
 */
export function keyOnLine(line: string, labels: LabelCase = 'upper'): LineKey | null {
  // `<br>` ending a key line (`-> c <br>`) is a line break, not the key's explanation.
  const trimmed = withoutTrailingBreaks(line.trim());
  // `### ✅ 正确答案：A`: a mark before the label is decoration.
  const text = withoutLeadingPictographs(trimmed);
  const field = FIELD_KEY.exec(text);
  if (field) {
    const letters = keyLetters(field[1] ?? '', labels);
    return letters ? { letters, note: '' } : null;
  }
  const short = SHORT_LABEL.exec(text);
  if (short) {
    const key = keyLettersAlone(text.slice(short[0].length), labels);
    return key ? withFurtherKeys(key.letters, key.rest, labels) : null;
  }
  // Every other form holds one of the answer words: most lines are dismissed without the full pattern.
  if (!MENTIONS_KEY.test(text)) return null;
  const m = STATED.exec(text);
  const written = m?.[1] ?? m?.[2];
  if (!m || !written) return null;
  const letters = keyLetters(written, labels);
  if (!letters) return null;
  const rest = text
    .slice(m[0].length)
    .replace(/^(?:\*\*|__)?\s*[.。,，;；:：)）!！]?\s*/, '')
    .trim();
  // Markup after the key (`{.correct}`, `<br>`) is no explanation.
  return withFurtherKeys(letters, /^[{<]/.test(rest) ? '' : rest, labels);
}

/**
 * Keys written with their options' text, one after another: "Answer: d) Hub, e) Repeater" names d and e,
 * not d with "Hub, e) Repeater" for its explanation.
 */
const FURTHER_KEY = /[,;，；]\s*(?:and\s+)?\(?([A-Ha-h])[).]\s+(?=\S)/g;

function withFurtherKeys(letters: string[], note: string, labels: LabelCase): LineKey {
  if (!/[,;，；]/.test(note)) return { letters, note };
  const more: string[] = [];
  for (const m of note.matchAll(FURTHER_KEY)) {
    const letter = m[1] ?? '';
    if ((letter === letter.toLowerCase()) !== (labels === 'lower')) continue;
    more.push(letter.toUpperCase());
  }
  return more.length === 0 ? { letters, note } : { letters: [...new Set([...letters, ...more])], note: '' };
}

/**
 * The letters of a key as written, in capitals, or null: lower case only under options lettered so, and
 * then one letter at a time (`a, c`; "be" and "add" are words), never mixed with capitals.
 */
function keyLetters(written: string, labels: LabelCase): string[] | null {
  const lower = /[a-h]/.test(written.replace(/\band\b/gi, ''));
  if (lower && (labels !== 'lower' || /[A-H]/.test(written) || /[a-h]{2}/.test(written))) return null;
  const letters = lettersIn(written);
  return letters ? [...new Set(letters)] : null;
}

/** The letters a line states as the key, in order (["C"], ["B", "D"]), or null. */
export function statedKey(line: string, labels: LabelCase = 'upper'): string[] | null {
  return keyOnLine(line, labels)?.letters ?? null;
}

// Spaces, not \s: a run of blank lines must not be rescanned from every newline in it.
const SHORT_LABEL_START =
  /[ \t]*(?:\*\*)?(?:A(?:\*\*)?[ \t]*[:：]|答(?:\*\*)?[ \t]*[:：]|[Aa]ns\b|ANS\b|[Cc]orrect\b|CORRECT\b|->|=>|→|⇒|⟶|➔|➜)/y;
/** The characters a short label opens with (SHORT_LABEL_START's alternatives). */
const SHORT_LABEL_LEADS = 'Aa答Cc-=→⇒⟶➔➜';

/** A line that may state a key, before any pattern: an answer word, or a short label (`A:-`, `Ans`, `->`). */
export function mayStateKey(text: string): boolean {
  return MENTIONS_KEY.test(text) || opensShortLabel(text);
}

/**
 * Whether a line opens with a short label, as `/^…/m` found it: tried at each line's start whose first
 * character (after spaces and a `**`) may open one. The /m pattern, tried at every position of every
 * list item's text, showed in profiles.
 */
function opensShortLabel(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !isLineEnd(text.charCodeAt(at - 1))) continue;
    let k = at;
    while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
    if (text.startsWith('**', k)) k += 2;
    if (k >= text.length || !SHORT_LABEL_LEADS.includes(text.charAt(k))) continue;
    SHORT_LABEL_START.lastIndex = at;
    if (SHORT_LABEL_START.test(text)) return true;
  }
  return false;
}

/** Where `^` under the m flag may follow: \n, \r, U+2028, U+2029. */
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * A line that labels the answer written after it: "正确答案：控制器", "答案：53", "**Answer:** `su`",
 * "参考答案：" (the answer on the lines below). The text after the label, or null when the line is no such
 * label. A single capital letter after it is a key to options (see statedKey), not an answer in words.
 */
const ANSWER_LABEL = new RegExp(
  String.raw`^(?:\*\*|__)?\s*${ANSWER_WORDS}\s*(?:(?:\*\*|__)\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?`,
  'i',
);

export function labelledAnswer(line: string): string | null {
  const trimmed = line.trim();
  const text = withoutLeadingPictographs(trimmed);
  const m = ANSWER_LABEL.exec(text);
  return m ? text.slice(m[0].length).trim() : null;
}

/**
 * A heading or a line that is only the label of what follows it: `### Answer ✅`, `#### 答案`, `**正确答案：**`,
 * `Answer:` (decorations such as emoji, bold and a trailing colon aside). The key or the answer is below it.
 */
const LABEL_ALONE = new RegExp(`^${ANSWER_WORDS}$`, 'i');

export function isAnswerLabelAlone(text: string): boolean {
  // A label is a few words: a longer line is none (and a long run of spaces must not cost a scan per space).
  if (text.length > 40 || !MENTIONS_ANSWER.test(text)) return false;
  const bare = text
    .normalize('NFKC')
    .replace(/[\p{Extended_Pictographic}*_`【】[\]]|\u200d|\ufe0f/gu, '')
    .replace(/[\s:：.。]+$/u, '')
    .trim();
  return bare !== '' && LABEL_ALONE.test(bare);
}

/** What a fold's reveal verb adds before its label: "Show answer", "Click to see the answer", "点击查看答案". */
const REVEAL_VERB =
  /^(?:(?:click|tap)\s+(?:here\s+)?(?:to\s+)?)?(?:show|see|view|reveal|display|expand|check|toggle)\s+(?:the\s+)?|^(?:点击)?(?:查看|显示|展开|参考)?/i;

/** Is this fold's summary the label of an answer ("Answer", "Show Answer", "查看答案", "点击查看正确答案")? */
export function foldShowsAnswer(summary: string): boolean {
  // A label is a few words: a longer summary is none (and a long run of spaces must not cost a scan per space).
  if (summary.length > 60) return false;
  const text = summary
    .replace(/[*_`]/g, '')
    .replace(/[\s:：.。]+$/u, '')
    .trim();
  const bare = text.replace(REVEAL_VERB, '');
  return isAnswerLabelAlone(text) || isAnswerLabelAlone(bare) || SOLUTION_LABEL.test(bare);
}

/**
 * Words that label an answer only as a fold's whole summary ("Solution", "Explanation", "Key", "Ans", "解答"): as a
 * line of text they open an explanation, but a fold named so hides the answer to what stands above it.
 */
const SOLUTION_LABEL =
  /^(?:the\s+)?(?:solutions?|explanation|ans|(?:reference|sample|model|suggested)\s+(?:answer|solution)|answer\s*(?:&|and)\s*explanation|answer\s+key|key)$|^(?:解答|解析|答案解析|参考解答|题解)$/i;

/**
 * The key written alone under such a label: a line that is only letters (`C`, `AB`, `A, C`, `**B**`, `(C)`),
 * or letters and then an explanation after a stop (`C. 因为…`, `B — Throwable`). Letters followed by more
 * words ("A dog", "A, B and C are…") are an answer in words. Capitals, or lower case one letter at a time
 * under options lettered so (`labels`, see keyLetters); null when the line is no key. `rest` is the
 * explanation written after the letters on the line ("" when there is none).
 */
const LEADING_LETTERS = new RegExp(
  String.raw`^(?:\*\*|__|\`)?([A-H](?:${KEY_SEPARATOR}[A-H](?![A-Za-z])|[A-H](?![a-z]))*)(.*)$`,
  's',
);
const LEADING_LOWER = new RegExp(
  String.raw`^(?:\*\*|__|\`)?([a-h](?:${KEY_SEPARATOR}[a-h])*)(?![A-Za-z])(.*)$`,
  's',
);
// A stop, then anything: `E.g. …` and `C-style …` are words, `C. 因为…`, `**C.** Per …` and `B — Throwable` are keys.
const AFTER_KEY =
  /^(?:\*\*|__|`)?(?:\s*$|\s*[.:,;!)](?:\*\*|__|`)?(?=\s|$)|\s*[。，；：）！、]|\s+[—–-]\s|\s+[^\sA-Za-z—–-])/;
/** `(C)`, `（c）`: the letters in brackets, then the end of the line or a stop. */
const BRACKETED_KEY =
  /^(?:\*\*|__)?[(（]\s*([^()（）]{1,16}?)\s*[)）](?:\*\*|__)?(\s*$|\s*[.。,，;；:：!！—–-].*)$/s;

export function keyLettersAlone(
  line: string,
  labels: LabelCase = 'upper',
): { letters: string[]; rest: string } | null {
  const text = line.trim();
  const bracketed = BRACKETED_KEY.exec(text);
  if (bracketed) {
    const inside = keyLettersAlone(bracketed[1] ?? '', labels);
    // The brackets hold the letters and nothing else.
    if (inside?.rest !== '') return null;
    return { letters: inside.letters, rest: restAfterKey(bracketed[2] ?? '') };
  }
  const m = LEADING_LETTERS.exec(text) ?? (labels === 'lower' ? LEADING_LOWER.exec(text) : null);
  const after = m?.[2] ?? '';
  if (!m?.[1] || !AFTER_KEY.test(after)) return null;
  const letters = lettersIn(m[1]);
  // What follows the stop is the author's explanation, on the key's line.
  return letters ? { letters: [...new Set(letters)], rest: restAfterKey(after) } : null;
}

const restAfterKey = (after: string): string =>
  after.replace(/^(?:\*\*|__|`)?\s*[.:,;!)。，；：）！、—–-]?(?:\*\*|__|`)?\s*/, '').trim();
