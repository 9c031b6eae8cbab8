import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { memoText } from './memo-text.ts';
import { stemWordsOf } from './other-forms.ts';

/**
 * Cheat-sheet names give their answer away by pieces a whole-word match misses: a word of the description
 * glued inside the command (`:tabclose` and "Close current tab", `:tabfirst` and "Go to first tab"), a
 * bracketed gloss whose initials are the command's letters ("(inside paragraph)" beside `dip`), and a
 * bracketed hint on how the key is typed ("(repeat the letter)" beside `dd`). Each holds only where the
 * key alone has it: "tab" in every `:tab…` command and "Go to … tab" says nothing. A number only the key
 * shares with the question is the same tell in digits.
 */

/** The shortest description word that counts inside a glued name: "close", "first"; not "go", "tab". */
const MIN_GLUED = 4;

/**
 * A name's words as typed, lower-cased, split at punctuation and camelCase only: `:tabclose` → tabclose.
 * Not words in capitals: `CNAME` is an acronym whose letters stand for words, not "name" glued to a C.
 */
const nameWords = memoText((name: string): readonly string[] =>
  (
    stripMarks(name)
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .match(/[A-Za-z][A-Za-z0-9]*/g) ?? []
  )
    .filter((w) => w.length > MIN_GLUED && /[a-z]/.test(w))
    .map((w) => w.toLowerCase()),
);

/** The description's words (see stemWordsOf) glued at the start or end of one of the name's words. */
function gluedIn(name: string, description: string): Set<string> {
  const out = new Set<string>();
  const glued = nameWords(name);
  if (glued.length === 0) return out;
  for (const w of stemWordsOf(description)) {
    if (w.length < MIN_GLUED) continue;
    for (const g of glued) if (g.length > w.length && (g.startsWith(w) || g.endsWith(w))) out.add(w);
  }
  return out;
}

/** Some piece the key shares with the question that no distractor shares. */
function onlyKeyHas(key: Set<string>, distractors: readonly Set<string>[]): boolean {
  for (const w of key) if (!distractors.some((d) => d.has(w))) return true;
  return false;
}

/** Names the player picks from a description ("Which Shortcut matches…"): a description word glued in the key. */
export function keyGluesStemWord(stem: string, key: string, distractors: readonly string[]): boolean {
  const mine = gluedIn(key, stem);
  return (
    mine.size > 0 &&
    onlyKeyHas(
      mine,
      distractors.map((d) => gluedIn(d, stem)),
    )
  );
}

/** Descriptions the player picks for a name ("Which Description goes with `:tabfirst`?"). */
export function keyDescriptionGlued(name: string, key: string, distractors: readonly string[]): boolean {
  const mine = gluedIn(name, key);
  return (
    mine.size > 0 &&
    onlyKeyHas(
      mine,
      distractors.map((d) => gluedIn(name, d)),
    )
  );
}

/** The numbers in a text: "Delete 2 lines" → 2, `d126G` → 126, `:10,15d` → 10, 15. */
const numbersOf = memoText((text: string): ReadonlySet<string> => new Set(text.match(/\d+/g) ?? []));

/**
 * The key alone holds a number the question shows ("Delete 2 lines" and `2dd` beside `dw`, `:10,15d` and
 * "Delete from line 10 to 15"): the player matches digits.
 */
export function keySharesNumber(question: string, key: string, distractors: readonly string[]): boolean {
  const shown = numbersOf(question);
  if (shown.size === 0) return false;
  for (const n of numbersOf(key))
    if (shown.has(n) && !distractors.some((d) => numbersOf(d).has(n))) return true;
  return false;
}

/** Bracketed glosses of two to four words: "(inside paragraph)", "(around word)". */
const GLOSS = /[(（]\s*([A-Za-z]+(?:[\s-]+[A-Za-z]+){1,3})\s*[)）]/g;

/** A short typed name (`dip`, `caw`, `:wq`): its letters, lower-cased; null for longer names. */
function shortLetters(name: string): string | null {
  const plain = stripMarks(name).trim();
  return /^[:\W]?[A-Za-z]{2,8}!?$/.test(plain) ? plain.replace(/[^A-Za-z]/g, '').toLowerCase() : null;
}

/** A bracketed gloss in the text whose words' initials are letters of the short name, in a row. */
export function glossSpellsName(name: string, text: string): boolean {
  const letters = shortLetters(name);
  if (letters === null) return false;
  for (const m of text.matchAll(GLOSS)) {
    const initials = (m[1] ?? '')
      .split(/[\s-]+/)
      .map((w) => w[0]?.toLowerCase() ?? '')
      .join('');
    if (initials.length >= 2 && letters.includes(initials)) return true;
  }
  return false;
}

/** A bracketed aside on how a key is typed, not what it does: "(repeat the letter)", "(uppercase)". */
const TYPING_HINT =
  /[(（][^()（）]*\b(?:repeat|repeated|twice|the same key|the letter|letter again|uppercase|upper-case|capital|shift)\b[^()（）]*[)）]/i;

export const hasTypingHint = (text: string): boolean => TYPING_HINT.test(text);

const MAX_PARTED_NAME = 80;

/** What joins the parts of a name of a change or a pair: `执行——就绪`, `A → B`, `TCP/IP` is one name, not two. */
const PART_JOINS = /\s*(?:——|—|→|->|=>|⇒|–|\s-\s|至|到)\s*/;

/**
 * A name of two parts or more (`执行——就绪`, `Ready → Running`) whose parts the description names in the same
 * order ("…由执行状态转变为就绪状态"): the description spells the key piece by piece.
 */
function spellsPartsInOrder(stem: string, key: string): boolean {
  // A name is short: a long option is no name of parts (and its runs of spaces would cost the split a retry each).
  if (key.length > MAX_PARTED_NAME) return false;
  const parts = stripMarks(key)
    .split(PART_JOINS)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return false;
  const text = stem.toLowerCase();
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

const namesOrDescriptions = (c: Candidate): boolean =>
  !isAuthored(c) && (optionsAreNames(c) || optionsAreDescriptions(c));

export const NAME_PART_CHECKS: readonly GateCheck[] = [
  {
    code: 'key-in-stem',
    reads: 'options',
    fails: (c) => {
      if (isAuthored(c)) return false;
      const stem = c.question.stem;
      const key = keyOf(c);
      const distractors = distractorsOf(c);
      if (optionsAreNames(c))
        return (
          keyGluesStemWord(stem, key, distractors) ||
          keySharesNumber(stem, key, distractors) ||
          spellsPartsInOrder(stem, key)
        );
      return (
        optionsAreDescriptions(c) &&
        (keyDescriptionGlued(stem, key, distractors) || keySharesNumber(stem, key, distractors))
      );
    },
  },
  {
    code: 'key-gloss',
    reads: 'options',
    fails: (c) => {
      if (isAuthored(c)) return false;
      const stem = c.question.stem;
      if (optionsAreNames(c))
        return glossSpellsName(keyOf(c), stem) && !distractorsOf(c).some((d) => glossSpellsName(d, stem));
      return optionsAreDescriptions(c) && glossSpellsName(stem, keyOf(c));
    },
  },
  {
    code: 'typing-hint',
    reads: 'options',
    fails: (c) =>
      namesOrDescriptions(c) && [c.question.stem, ...c.question.options].some((t) => hasTypingHint(t)),
  },
];
