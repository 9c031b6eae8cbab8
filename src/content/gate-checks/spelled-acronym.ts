import type { Candidate } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan } from '../text-normalise.ts';
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

/**
 * A short name of capitals ("TSPEC", "QoS", "802.11" is none): two or more capitals, at most 8 characters;
 * or, for a key, a capital and up to three small letters ("Tos"), a word only if the text spells it out.
 */
function acronymOf(text: string, wordLike = false): string | null {
  const plain = stripMarks(text).trim();
  if (!/^[A-Z][A-Za-z0-9]{1,7}$/.test(plain)) return null;
  const capitals = (plain.match(/[A-Z]/g) ?? []).length;
  return capitals >= 2 || (wordLike && /^[A-Z][a-z]{1,3}$/.test(plain)) ? plain.toLowerCase() : null;
}

/**
 * Runs of Latin words, each a candidate place for an expansion (their case kept: names are capitalised); a
 * list of words counts as one run ("Confidentiality, Integrity, Availability" spells CIA), and so do words
 * joined by "&" ("Cost & Usage Report" spells CUR).
 */
function latinRuns(text: string): string[][] {
  return (text.match(/[A-Za-z][A-Za-z'-]*(?:(?:[ \t]*[,，、&][ \t]*|\s+)[A-Za-z][A-Za-z'-]*)*/g) ?? []).map(
    (run) => run.split(/[\s,，、&-]+/),
  );
}

/**
 * Whether the words from `start` spell the acronym as a name is spelled: two or more words, each opening
 * on the acronym's next letter. A capitalised word may lend later letters of its own (unEQual → EQ,
 * SPECification → PEC, Callback → CB); a word in lower case gives its initial only ("modulation and coding
 * scheme" → MCS, "per-hop behavior" → PHB); small words may pass or lend their initial (Quality of Service
 * → QoS). A lower-case phrase that does not give exactly the initials ("applies a partial change") or one
 * word alone is no expansion. Every way of lending is tried (Callback must not take the C of Control).
 */
function spellsFrom(words: readonly string[], start: number, acronym: string): boolean {
  const last = Math.min(words.length, start + acronym.length + 3);
  const from = (k: number, at: number, named: number): boolean => {
    if (at === acronym.length) return named >= 2;
    if (k >= last) return false;
    const word = words[k] as string;
    const lower = word.toLowerCase();
    if (k > start && SMALL_WORDS.has(lower)) {
      if (from(k + 1, at, named)) return true;
      return lower[0] === acronym[at] && from(k + 1, at + 1, named);
    }
    // An "ex-" word gives an x (Mail eXchanger → MX, eXtensible → XML), as "trans-" does below.
    const opens = lower[0] === acronym[at] || (acronym[at] === 'x' && lower.startsWith('ex'));
    if (!opens || lower.startsWith(acronym)) return false;
    // The acronym positions this word can bring the spelling to, its own later letters lent or not.
    // "Trans-" is written X (TXOP, XMIT): it lends an x.
    let reach = lower.startsWith('trans') && acronym[at + 1] === 'x' ? [at + 1, at + 2] : [at + 1];
    if (/^[A-Z]/.test(word))
      for (let c = 1; c < lower.length; c++) {
        const grown = reach.filter((a) => a < acronym.length && lower[c] === acronym[a]).map((a) => a + 1);
        reach = [...new Set([...reach, ...grown])];
      }
    return reach.sort((a, b) => b - a).some((a) => from(k + 1, a, named + 1));
  };
  return from(start, 0, 0);
}

/**
 * A looser spelling, as a player matches letters: a word that opens on the acronym in capitals
 * (`ACKnowledgment` for ACK, `SYNchronize` for SYN), or a phrase of two or more capitalised words whose
 * initials open on the acronym's first letter and hold each of its letters (`China Internet Network
 * Information Center` for CNNIC).
 */
function initialsName(text: string, acronym: string): boolean {
  const upper = acronym.toUpperCase();
  for (const words of latinRuns(text)) {
    if (words.some((w) => w.length > upper.length && w.startsWith(upper))) return true;
    const named = words.filter((w) => /^[A-Z]/.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
    if (named.length < 2) continue;
    const initials = named.map((w) => (w[0] as string).toLowerCase());
    if (initials[0] === acronym[0] && [...acronym].every((c) => initials.includes(c))) return true;
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
  // A protocol's name without its last word ("secure file transfer" for SFTP, "File transfer" for FTP): its
  // letters all the same.
  const stem = acronym.endsWith('p') && acronym.length >= 3 ? acronym.slice(0, -1) : null;
  if (stem !== null)
    for (const words of latinRuns(text))
      for (let start = 0; start < words.length; start++) if (spellsFrom(words, start, stem)) return true;
  return false;
}

/**
 * Short names written with two or more capitals ("QoS", "STA", "IPv4"), lower-cased: a plain word ("name"
 * at the end of CNAME) is no part of an acronym.
 */
const latinTokens = (text: string): string[] =>
  (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
    .filter((t) => (t.match(/[A-Z]/g) ?? []).length >= 2)
    .map((t) => t.toLowerCase());

/**
 * A token that is the acronym's own head or tail (`STA` of QSTA, `IP` of CSLIP and IPCP, `MTU` of PMTU):
 * the text names part of the acronym's letters.
 */
function namesPart(text: string, acronym: string): boolean {
  return latinTokens(text).some(
    (t) => t.length >= 2 && t.length < acronym.length && (acronym.startsWith(t) || acronym.endsWith(t)),
  );
}

/**
 * A definition in Chinese that opens on its term's English name ("Traffic Specification，流量规范…",
 * "Path MTU（…）"): options like these show the player the initials of every option.
 */
const opensOnExpansion = (option: string): boolean =>
  hasHan(option) &&
  /^[A-Za-z][A-Za-z0-9'’-]*(?:\s+[A-Za-z0-9'’-]+)*\s*[，,；;（(：:\s\p{Script=Han}]/u.test(option.trim());

/**
 * A definition list whose Chinese definitions each open on their term's Chinese name ("数据挖掘，从大量数据中…",
 * "java数据库连接，定义了…"), its terms English: asked either way, the player translates and matches.
 */
const opensOnChineseName = (definition: string): boolean => {
  const m = /^([\p{Script=Han}A-Za-z]{2,12})\s*[，,：:]/u.exec(definition.trim());
  return m !== null && (m[1]?.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
};

const latinTerm = (text: string): boolean =>
  /^[A-Za-z0-9][A-Za-z0-9 +#./_-]{0,40}$/.test(stripMarks(text).trim());

function namesTranslated(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  const { origin, question } = candidate;
  const term =
    origin === 'definition-forward'
      ? question.stem
      : origin === 'definition-reverse'
        ? question.options[question.correctIndex ?? -1]
        : undefined;
  // The candidate's own description first: every one of the list must open on a name.
  const own = origin === 'definition-forward' ? question.options[question.correctIndex ?? -1] : question.stem;
  if (term === undefined || own === undefined || !opensOnChineseName(own) || !latinTerm(term)) return false;
  const name = stripMarks(term).trim();
  const group = candidate.card.facts.definitions.find((g) =>
    g.some((d) => stripMarks(d.term).trim() === name),
  );
  return group !== undefined && group.length >= 3 && group.every((d) => opensOnChineseName(d.definition));
}

/**
 * A description that carries its term's English name in brackets (`网络功能虚拟化 (英语: Network Functions
 * Virtualization)`): asked against an acronym, every option shows its initials.
 */
const holdsExpansion = (option: string): boolean =>
  /[(（]\s*(?:英语|英文|English)?\s*[:：]?\s*[A-Z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)+\s*[)）]/u.test(option);

/**
 * The key names its acronym's spelled-out form or a part of its letters that no other option has, or is
 * that form or part of an acronym the stem asks about; or the options are definitions that open on their
 * terms' English names, so the initials sort them.
 */
function fails(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  const { options, correctIndex } = candidate.question;
  const key = correctIndex === null ? undefined : options[correctIndex];
  if (key === undefined) return false;
  const others = options.filter((_, k) => k !== correctIndex);
  const shown = shownText(candidate);
  // An acronym inside the key ("Spring MVC") spelled out in the stem ("Model-View-Controller"), and in no
  // other option: the initials give it away as well.
  const ownAcronyms = latinTokens(key).filter(
    (t) => t.length <= 8 && !others.some((o) => latinTokens(o).includes(t)),
  );
  if (acronymOf(key) === null && ownAcronyms.some((t) => spells(shown, t))) return true;
  // A key may be word-like ("Tos"); the stem's words ("The", "Use") are not taken for acronyms.
  const keyAcronym = acronymOf(key, true);
  if (keyAcronym !== null) {
    if (spells(shown, keyAcronym)) return true;
    // A looser spelling only the key answers to gives it away as well.
    if (
      initialsName(shown, keyAcronym) &&
      !others.some((o) => {
        const other = acronymOf(o);
        return other !== null && initialsName(shown, other);
      })
    )
      return true;
    // Only where no other option shares the part: "IP" beside CSLIP and SLIP names neither.
    const parts = latinTokens(shown).filter(
      (t) =>
        t.length >= 2 && t.length < keyAcronym.length && (keyAcronym.startsWith(t) || keyAcronym.endsWith(t)),
    );
    return parts.some((t) =>
      others.every((o) => {
        const other = stripMarks(o).trim().toLowerCase();
        return !other.startsWith(t) && !other.endsWith(t);
      }),
    );
  }
  for (const token of shown.match(/\b[A-Z][A-Za-z0-9]{1,7}\b/g) ?? []) {
    const acronym = acronymOf(token);
    if (acronym === null) continue;
    if (spells(key, acronym)) return true;
    if (namesPart(key, acronym) && !others.some((o) => namesPart(o, acronym))) return true;
    if (options.some(opensOnExpansion) || options.every(holdsExpansion)) return true;
  }
  return false;
}

/** Words an abbreviation passes over ("kB_wrtn/s": Kilobytes written *per* second). */
const SKIPPED = new Set(['per', 'of', 'the', 'a', 'an', 'and', 'to', 'for', 'in', 'on']);

/**
 * A short name in small letters that shortens its own description, as column and flag names do (`sy` →
 * "System/kernel time", `rt` → "Real time", `kB_wrtn/s` → "Kilobytes written per second"): each part opens a
 * word of the description (or is that word's first letter and later ones), or is the initials of the next
 * words. The player matches letters, not meanings.
 */
export function abbreviates(term: string, description: string): boolean {
  const name = stripMarks(term).trim();
  if (name.length > 10 || !/[a-z]/.test(name) || /\s/.test(name)) return false;
  const parts = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((p) => p !== '');
  const words = (description.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 0);
  if (parts.length === 0 || words.length === 0) return false;
  const from = (p: number, w: number): boolean => {
    if (p === parts.length) return true;
    const part = parts[p] as string;
    for (let k = w; k < words.length && k <= w + (p === 0 ? 2 : 1); k++) {
      const word = words[k] as string;
      if (k > w && !SKIPPED.has(words[k - 1] as string) && p > 0) break;
      if (word.startsWith(part) && from(p + 1, k + 1)) return true;
      if (part.length >= 2 && word[0] === part[0] && isSubsequence(part, word) && from(p + 1, k + 1))
        return true;
      const initials = words
        .slice(k, k + part.length)
        .map((x) => x[0])
        .join('');
      if (part.length >= 2 && initials === part && from(p + 1, k + part.length)) return true;
    }
    return false;
  };
  return from(0, 0);
}

function isSubsequence(part: string, word: string): boolean {
  let at = 0;
  for (const c of word) if (c === part[at]) at++;
  return at === part.length;
}

/**
 * A formula's symbol read off its gloss: a capital and its subscript (`Px` → "price of good X", `Qd` →
 * "quantity demanded"), the gloss opening on the capital's word and naming the subscript as a word or an
 * initial. The player reads the letters, not the notation.
 */
export function glossesSymbol(term: string, description: string): boolean {
  const m = /^([A-Z])([a-z0-9]{1,2})$/.exec(stripMarks(term).trim());
  if (!m) return false;
  const words = description.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const [head, ...rest] = words;
  const capital = (m[1] as string).toLowerCase();
  const subscript = m[2] as string;
  if (head === undefined || !head.startsWith(capital)) return false;
  return rest.some((w) => w === subscript || (subscript.length === 1 && w.startsWith(subscript)));
}

/** The term asked, or keyed, shortens the description it is paired with. */
function abbreviationAsked(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  const { options, correctIndex, stem } = candidate.question;
  const key = correctIndex === null ? undefined : options[correctIndex];
  if (key === undefined) return false;
  if (candidate.origin === 'definition-forward' || candidate.origin === 'subject-forward')
    return abbreviates(stem, key) || glossesSymbol(stem, key);
  if (candidate.origin === 'definition-reverse' || candidate.origin === 'subject-reverse')
    return abbreviates(key, stem) || glossesSymbol(key, stem);
  return false;
}

export const SPELLED_ACRONYM_CHECKS: readonly GateCheck[] = [
  { code: 'spelled-acronym', reads: 'options', fails: abbreviationAsked },
  { code: 'translated-term', reads: 'options', fails: namesTranslated },
  { code: 'spelled-acronym', reads: 'options', fails },
];
