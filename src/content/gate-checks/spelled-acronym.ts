import type { Candidate } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { type GateCheck, isAuthored, shownText } from './gate-check.ts';

/**
 * An acronym asked beside its own spelled-out name: glossaries of abbreviations write the English name
 * into each definition ("TSPEC：Traffic Specification，流量规范…"), so a stem or option holding "Traffic
 * Specification" names TSPEC by its letters, and the player reads the initials instead of knowing the term.
 */

/** Words an expansion may pass over or borrow a letter from ("Quality of Service" → QoS). */
const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'to',
  'in',
  'on',
  'a',
  'an',
  'with',
  'over',
  'by',
  'or',
]);

/** A short name of capitals ("TSPEC", "QoS", "802.11" is none): two or more capitals, at most 8 characters. */
function acronymOf(text: string): string | null {
  const plain = stripMarks(text).trim();
  if (!/^[A-Z][A-Za-z0-9]{1,7}$/.test(plain)) return null;
  return (plain.match(/[A-Z]/g) ?? []).length >= 2 ? plain.toLowerCase() : null;
}

/** Runs of Latin words, each a candidate place for an expansion (their case kept: names are capitalised). */
function latinRuns(text: string): string[][] {
  return (text.match(/[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*)*/g) ?? []).map((run) =>
    run.split(/[\s-]+/),
  );
}

/**
 * Whether the words from `start` spell the acronym as a name is spelled: two or more capitalised words, each
 * opening on the acronym's next letter and perhaps lending the ones after (unEQual → EQ, SPECification →
 * PEC); small words may pass or lend a letter (Quality of Service → QoS). A phrase in lower case
 * ("applies a partial change") or one word alone is no expansion.
 */
function spellsFrom(words: readonly string[], start: number, acronym: string): boolean {
  let at = 0;
  let named = 0;
  for (let k = start; k < words.length && k < start + acronym.length + 3; k++) {
    const word = words[k] as string;
    const lower = word.toLowerCase();
    if (k > start && SMALL_WORDS.has(lower)) {
      if (lower[0] === acronym[at]) at++;
      if (at === acronym.length) return named >= 2;
      continue;
    }
    if (lower[0] !== acronym[at] || !/^[A-Z]/.test(word) || lower.startsWith(acronym)) return false;
    at++;
    named++;
    for (let c = 1; c < lower.length && at < acronym.length; c++) if (lower[c] === acronym[at]) at++;
    if (at === acronym.length) return named >= 2;
  }
  return false;
}

/** Whether the text spells the acronym out as a name (`Traffic Specification` for TSPEC). */
export function spellsOut(text: string, acronym: string): boolean {
  return spells(text, acronym.toLowerCase());
}

function spells(text: string, acronym: string): boolean {
  for (const words of latinRuns(text))
    for (let start = 0; start < words.length; start++) if (spellsFrom(words, start, acronym)) return true;
  return false;
}

/** The key names its acronym's spelled-out form, or is that form of an acronym the stem asks about. */
function fails(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  const { options, correctIndex } = candidate.question;
  const key = correctIndex === null ? undefined : options[correctIndex];
  if (key === undefined) return false;
  const shown = shownText(candidate);
  const keyAcronym = acronymOf(key);
  if (keyAcronym !== null) return spells(shown, keyAcronym);
  for (const token of shown.match(/\b[A-Z][A-Za-z0-9]{1,7}\b/g) ?? []) {
    const acronym = acronymOf(token);
    if (acronym !== null && spells(key, acronym)) return true;
  }
  return false;
}

export const SPELLED_ACRONYM_CHECKS: readonly GateCheck[] = [
  { code: 'spelled-acronym', reads: 'options', fails },
];
