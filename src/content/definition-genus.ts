import { memoText } from './gate-checks/memo-text.ts';
import { stripMarks } from './term-families.ts';
import { hasHan } from './text-normalise.ts';

/**
 * What kind of thing a definition says its term is: the head noun of its opening phrase, in Latin script.
 *
 *     A data structure for priority queue operations …      → structure
 *     The process of converting data to an encoded format   → process
 *     Software designed to harm devices or networks         → software
 *     Rules set by a government or other authority …        → rule
 *     A collection of non-profit research centers           → (collection of) research
 *
 * Null when it cannot tell: Chinese, or an opening with no noun before its verb or preposition. An A–Z
 * glossary's letter groups the entries by spelling, not kind (blind judges rejected MITRE among Malware and
 * MFA, Regulations among Rootkit and Ransomware): there, the genus is what makes two entries siblings.
 */
export const genusOf = memoText((definition: string): string | null => {
  if (hasHan(definition)) return null;
  const opening = stripMarks(definition)
    .toLowerCase()
    .split(/[,.;:(—–]/)[0];
  const words = opening?.match(/[a-z][a-z'-]*/g) ?? [];
  let at = 0;
  if (ARTICLES.has(words[at] ?? '')) at += 1;
  // "A type of malware", "a set of rules": the kind is after "of".
  if (QUANTIFIERS.has(words[at] ?? '') && words[at + 1] === 'of') {
    at += 2;
    if (ARTICLES.has(words[at] ?? '')) at += 1;
  }
  let head: string | null = null;
  for (; at < words.length; at++) {
    const word = words[at] as string;
    if (STOPS.has(word) || (head !== null && PARTICIPLE.test(word))) break;
    head = word;
  }
  if (head === null || head.length < 3) return null;
  return singular(head);
});

/**
 * Do the definitions say what kind of thing each term is, most of them (written in English), so that their
 * genus can pick a term's siblings? A list in Chinese does not: its letter's whole list stays the family.
 */
export function readsGenus(definitions: readonly string[]): boolean {
  let read = 0;
  for (const d of definitions) if (genusOf(d) !== null) read++;
  return read * 2 >= definitions.length;
}

const ARTICLES = new Set(['a', 'an', 'the', 'one', 'any']);
const QUANTIFIERS = new Set([
  'type',
  'kind',
  'form',
  'sort',
  'class',
  'set',
  'collection',
  'group',
  'series',
  'family',
  'category',
  'piece',
  'variety',
  'branch',
]);
/** Words that end the opening noun phrase: prepositions, relatives, conjunctions, verbs that open a clause. */
const STOPS = new Set([
  'that',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'for',
  'of',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'at',
  'as',
  'all',
  'and',
  'or',
  'between',
  'into',
  'within',
  'without',
  'is',
  'are',
  'was',
  'can',
  'used',
  'designed',
  'set',
  'made',
  'built',
  'known',
  'given',
  'written',
  'taken',
  'kept',
  'held',
  'sent',
  'found',
  'shown',
  'done',
  'run',
]);
/** A past participle or gerund after the noun ("software designed …", "a program running …"). */
const PARTICIPLE = /(?:ed|ing)$/;

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}
