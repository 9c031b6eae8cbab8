import { type Candidate, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * Options of one kind: where all options but one end in the same head word ("Root CAs", "Intermediate
 * CAs" and "SSL Certificate Chain Trust"; three queues and a list), the odd one is of another kind. If it
 * is a distractor, it is not a sibling; if it is the key, the form gives it away. And a table row whose
 * description only names other things (`getDerivedStateFromProps()` or `componentDidUpdate()`: the
 * replacements) describes nothing: the row is asked through another table's facts.
 */

/** The head of a name: its last Latin word (singular) or its last Chinese character, gloss dropped. */
export const headOf = memoText((option: string): string => {
  const name = stripMarks(option).trim();
  // A method's or function's name (componentDidMount, getSnapshot()) ends in a verb, not in its kind.
  if (/^[a-z]+[A-Z]|\(\)$/.test(name)) return '';
  const plain = name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  const last = /([A-Za-z][A-Za-z0-9]*|\p{Script=Han})[^A-Za-z0-9\p{Script=Han}]*$/u.exec(plain)?.[1] ?? '';
  // camelCase names end in their head word: ArrayBlockingQueue → queue.
  const word = /[A-Z]?[a-z0-9]+$/.exec(last)?.[0] ?? last;
  return word.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
});

/** The first Latin word of a name, lower-cased: a command's program or verb (`show`, `docker`). */
export const firstWordOf = memoText(
  (option: string): string =>
    /^([A-Za-z][A-Za-z0-9-]*)/.exec(stripMarks(option).trim())?.[1]?.toLowerCase() ?? '',
);

/**
 * All options but one share a head word (or, `firstWordOf`, a first word: three `show …` commands and
 * `configure terminal`), and the one that differs is not alone in a list of two.
 */
export function oddOneOut(options: readonly string[], wordOf: (option: string) => string = headOf): boolean {
  if (options.length < 3) return false;
  const heads = options.map(wordOf);
  // Chinese names share a last character by chance too often (读已提交, 读未提交, 可串行化): Latin heads only.
  if (heads.some((h) => !/^[a-z]/.test(h))) return false;
  const counts = new Map<string, number>();
  for (const h of heads) counts.set(h, (counts.get(h) ?? 0) + 1);
  if (counts.size !== 2) return false;
  const [a, b] = [...counts.values()];
  return (a === 1 || b === 1) && !heads.includes('');
}

/**
 * Four or more options, all but the key opening on one word (three `show …` commands and `configure
 * terminal`): the key stands out. A distractor alone in its first word (`Reselect` beside three `Redux …`)
 * is still a plausible sibling.
 */
function keyAloneByFirstWord(candidate: Candidate): boolean {
  const { options, correctIndex } = candidate.question;
  if (options.length < 4 || correctIndex === null || !oddOneOut(options, firstWordOf)) return false;
  const key = firstWordOf(options[correctIndex] ?? '');
  return options.every((o, k) => k === correctIndex || firstWordOf(o) !== key);
}

/** A name written in Chinese beside names in Latin letters (`协议栈` among `uMTC`, `mMTC`, `RTT`): another kind. */
const scriptOf = (option: string): 'han' | 'latin' | 'mixed' => {
  const han = /\p{Script=Han}/u.test(option);
  const latin = /[A-Za-z]/.test(option);
  return han && latin ? 'mixed' : han ? 'han' : 'latin';
};

function mixedScripts(options: readonly string[]): boolean {
  const scripts = new Set(options.map(scriptOf));
  return scripts.has('han') && scripts.has('latin');
}

/** A description cell made only of names (code spans) and joining words: it names, it does not describe. */
const onlyNames = (cell: string): boolean => {
  if (!/`[^`]+`/.test(cell)) return false;
  const rest = cell
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b(?:or|and|use|with|instead|see)\b|或者?|和|与|及|使用|改用|[,，、/;；:：.。()（）\s]/giu, '');
  return rest === '';
};

/** How an item of a list reads: a capitalised name ("Oracle", "MS SQLserver") or a phrase in small letters. */
const shapeOf = (option: string): 'name' | 'phrase' | 'other' => {
  const t = stripMarks(option).trim();
  if (/^[A-Z]/.test(t)) return 'name';
  return /^[a-z]/.test(t) && /\s/.test(t) ? 'phrase' : 'other';
};

/**
 * A list question whose key alone is another shape than every other option ("highly scalable" among
 * database engines; "MS SQLserver" among benefits): two lists under one heading mixed, the odd one found
 * unread.
 */
function keyAloneInShape(candidate: Candidate): boolean {
  const { options, correctIndex } = candidate.question;
  if (correctIndex === null || options.length < 3) return false;
  const key = shapeOf(options[correctIndex] ?? '');
  const others = options.filter((_, k) => k !== correctIndex).map(shapeOf);
  const first = others[0];
  return key !== 'other' && first !== 'other' && others.every((o) => o === first) && key !== first;
}

/** The closing English word of three letters or more, lower case ("" when the text ends otherwise). */
function lastWord(text: string): string {
  // By hand: a pattern anchored only at the end retries from every letter of a long run.
  let start = text.length;
  while (start > 0 && /[A-Za-z]/.test(text.charAt(start - 1))) start--;
  return text.length - start >= 3 ? text.slice(start).toLowerCase() : '';
}

/**
 * Members of one list written one way and the key from another list written its own way: every distractor
 * opens or closes on the same two characters or word (`始终代表…` three times beside `强调党要…`; `… service`
 * three times beside `Ride matching algorithm`), or states its point
 * as "X 是 Y" (`核心是以人为本`, `根本方法是统筹兼顾`) where the key is a bare phrase (or the other way round).
 */
function keyAloneOutOfPattern(candidate: Candidate): boolean {
  const { options, correctIndex } = candidate.question;
  if (correctIndex === null || options.length < 3) return false;
  const key = stripMarks(options[correctIndex] ?? '').trim();
  const others = options.filter((_, k) => k !== correctIndex).map((o) => stripMarks(o).trim());
  const opening = (text: string): string =>
    /^\p{Script=Han}/u.test(text) ? text.slice(0, 2) : (/^\S+/.exec(text)?.[0] ?? '').toLowerCase();
  // `Location service`, `Matching service`, `Analytics service` beside `Ride matching algorithm`.
  const closing = (text: string): string => (/\p{Script=Han}$/u.test(text) ? text.slice(-2) : lastWord(text));
  // Every distractor shares this end of its text, and the key has another.
  const sharedButKey = (end: (text: string) => string): boolean => {
    const shared = end(others[0] ?? '');
    return shared.length >= 2 && others.every((o) => end(o) === shared) && end(key) !== shared;
  };
  const states = (text: string): boolean =>
    /\p{Script=Han}(?:是|为)\p{Script=Han}|\s(?:is|are)\s/u.test(text);
  // Either way round: the key alone a bare phrase among statements, or alone a statement among phrases.
  return (
    sharedButKey(opening) ||
    sharedButKey(closing) ||
    (others.every(states) !== states(key) && others.every((o) => states(o) === states(others[0] ?? '')))
  );
}

const generatedNames = (candidate: Candidate): boolean =>
  !isAuthored(candidate) &&
  (candidate.origin === 'definition-reverse' ||
    candidate.origin === 'subject-reverse' ||
    candidate.origin === 'table-row' ||
    candidate.origin === 'cloze' ||
    candidate.origin === 'list-in');

export const OPTION_KIND_CHECKS: readonly GateCheck[] = [
  {
    code: 'odd-one-out',
    reads: 'options',
    fails: (candidate) =>
      generatedNames(candidate) &&
      (oddOneOut(candidate.question.options) ||
        keyAloneByFirstWord(candidate) ||
        mixedScripts(candidate.question.options)),
  },
  {
    code: 'odd-one-out',
    reads: 'options',
    fails: (candidate) =>
      (candidate.origin === 'list-in' || candidate.origin === 'list-out') &&
      (keyAloneInShape(candidate) || keyAloneOutOfPattern(candidate)),
  },
  {
    code: 'cells-name-others',
    reads: 'stem',
    fails: (candidate) =>
      candidate.origin === 'table-row' &&
      candidate.question.stem
        .split(/;\s*/)
        .map((part) => part.replace(/^[^:`]*:\s*/, ''))
        .every(onlyNames) &&
      keyOf(candidate) !== '',
  },
];
