import type { Candidate } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import type { TableFact } from '../types.ts';
import { blankCount } from './blanks.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';

/**
 * Kinds of generated question kept only in the shapes where they are reliably good on notes nobody here
 * wrote. Masking a term out of a description or an option leaves a sentence with holes that players read
 * as a puzzle with two answers; a comparison table's first column holds aspects ("Usage", "适用场景"), not
 * names; a comparison card's bold labels are aspects too.
 */

/**
 * A subject's defining sentence with the subject blanked ("＿＿＿ encrypts a remote login session"): the
 * blank stands where the name was, once, so the sentence reads whole.
 */
function namesItsSubject(c: Candidate): boolean {
  const stem = c.question.stem.trim();
  return c.origin === 'subject-reverse' && blankCount(stem) === 1 && /^(?:＿＿＿|_____)/.test(stem);
}

/** Kinds of good thing only; pros beside cons are two lists an item cannot both belong to. */
const GOOD_THINGS = /\b(?:benefits?|advantages?|goals?|improve[ds]?)\b|优势|好处|作用|目标|改进|利益/i;
const BAD_THINGS = /\b(?:disadvantages?|cons|drawbacks?|limitations?)\b|缺点|劣势|不足|局限/i;

function listsOnlyBenefits(c: Candidate): boolean {
  const text = `${c.card.prompt}\n${c.question.stem}`;
  return GOOD_THINGS.test(text) && !BAD_THINGS.test(text);
}

/**
 * An acronym beside its expansion ("CNAME" and "Canonical Name records"): the capitals of one spell the
 * start of the other, so the question is answered by spelling, not knowing.
 */
function spellsOut(expansion: string, acronym: string): boolean {
  const letters = stripMarks(acronym).replace(/[^A-Za-z]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const initials = (expansion.match(/\b[A-Z]/g) ?? []).join('');
  return initials.length >= 2 && (letters.startsWith(initials) || initials.includes(letters));
}

/** Questions whose stem is a description the player matches to a name. */
const DESCRIPTION_STEMS = new Set<Candidate['origin']>([
  'definition-reverse',
  'subject-reverse',
  'table-row',
]);

/**
 * Headers of a first column that lists aspects of the things compared in the other columns. Compared
 * as normalised keys (lower case, no spaces or marks).
 */
const ASPECT_HEADERS = new Set([
  '',
  'feature',
  'features',
  'aspect',
  'aspects',
  'topic',
  'criteria',
  'criterion',
  'comparison',
  'difference',
  'differences',
  'property',
  'attribute',
  'dimension',
  'category',
  'point',
  'item',
  '对比维度',
  '对比项',
  '对比点',
  '对比',
  '比较',
  '比较项',
  '区别',
  '区别点',
  '不同点',
  '特性',
  '特点',
  '维度',
  '方面',
  '项目',
  '类别',
]);

/**
 * Questions whose labelled parts are aspects, not terms: a comparison ("X vs Y", "区别") lists the points
 * compared, and a question about goals, benefits or improvements lists benefits ("Better UX",
 * "Resilient") whose descriptions overlap.
 */
const COMPARISON_PROMPT =
  /\b(?:differences?|different|vs\.?|versus|compare[ds]?|comparison)\b|区别|不同|差异|对比|比较/i;
const BENEFIT_PROMPT =
  /\b(?:goals?|benefits?|advantages?|disadvantages?|pros|cons|improve[ds]?|why)\b|优点|缺点|优势|劣势|好处|作用|为什么|目标|改进/i;

/** The things a table compares stand in its header and in the card's question ("JIT vs AOT"). */
function comparesHeaderNames(table: TableFact, shown: string): boolean {
  const text = normaliseKey(shown);
  const named = table.header.slice(1).filter((h) => {
    const key = normaliseKey(h.replace(/[（(].*$/, ''));
    return key.length >= 2 && text.includes(key);
  });
  return named.length >= 2;
}

export function isComparisonTable(table: TableFact, shown: string): boolean {
  const first = normaliseKey((table.header[0] ?? '').replace(/[*_`]/g, ''));
  return ASPECT_HEADERS.has(first) || comparesHeaderNames(table, shown);
}

/** A label with a number in it names a version or a step ("React 16.3", "Step 2"), not a term. */
const NUMBERED = /\d/;

/**
 * A Latin term a player can be asked to define: an identifier or code (`useId`, getSnapshot, `-p`), an
 * acronym, or a name in capitals ("Context API", "Error Boundaries"). Plain-word labels ("Better UX",
 * "Resilient", "Makes compact syntax") name a benefit or a point of a list, and "what is X?" about them
 * has several defensible answers.
 */
function isNameLike(term: string): boolean {
  const bare = term.replace(/[*_]/g, '').trim();
  if (/`/.test(bare) || !/[A-Za-z]/.test(bare) || /\p{Script=Han}/u.test(bare)) return true;
  if (/[a-z][A-Z]|[A-Z]{2,}|[._()$-]\w|^-/.test(bare)) return true;
  const words = bare.split(/\s+/);
  // One word is a name (`head`, dispatch, Containers); several are one in capitals ("Context API") or in
  // lower case like a command line ("git add"). A sentence-case phrase ("Spread operator") is a label.
  if (words.length === 1) return true;
  if (words.length > 4) return false;
  return words.every((w) => /^[A-Z0-9]/.test(w)) || words.every((w) => /^[a-z0-9-]/.test(w));
}

/** The definition list a definition question comes from, as its terms. */
function familyTerms(c: Candidate): readonly string[] {
  const key = normaliseKey(
    c.origin === 'definition-forward'
      ? c.question.stem
      : (c.question.options[c.question.correctIndex ?? 0] ?? ''),
  );
  const list = c.card.facts.definitions.find((l) =>
    l.some((d) => normaliseKey(d.term.replace(/[*_`]/g, '')) === key),
  );
  return list ? list.map((d) => d.term) : [];
}

/** Shape rules that read only the question's own text (remembered with the other text checks). */
export const SHAPE_TEXT_CHECKS: readonly GateCheck[] = [
  {
    // A term masked out of the description the player reads: the holes give away its length and leave
    // the sentence half read. Such descriptions give no question rather than a masked one.
    code: 'masked-description',
    reads: 'stem',
    fails: (c) => DESCRIPTION_STEMS.has(c.origin) && blankCount(c.question.stem) > 0 && !namesItsSubject(c),
  },
  {
    code: 'blank-in-option',
    reads: 'options',
    fails: (c) => !isAuthored(c) && c.question.options.some((o) => blankCount(o) > 0),
  },
  {
    code: 'not-a-term',
    reads: 'stem',
    fails: (c) => c.origin === 'definition-forward' && !isNameLike(c.question.stem),
  },
  {
    // "are CAs that subordinate to…": the subject was cut off the sentence, not masked.
    code: 'fragment',
    reads: 'stem',
    fails: (c) =>
      DESCRIPTION_STEMS.has(c.origin) && /^(?:is|are|was|were|has|have)\b/.test(c.question.stem.trim()),
  },
  {
    code: 'give-away',
    reads: 'options',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      const key = c.question.options[c.question.correctIndex ?? 0] ?? '';
      return c.origin === 'definition-forward'
        ? spellsOut(key, c.question.stem)
        : spellsOut(c.question.stem, key);
    },
  },
];

/** Shape rules that read the card: its tables, its question, its definition lists. */
export const SHAPE_CARD_CHECKS: readonly GateCheck[] = [
  {
    code: 'comparison-table',
    reads: 'stem',
    fails: (c) =>
      (c.origin === 'table-row' || c.origin === 'table-cell') &&
      c.table !== undefined &&
      isComparisonTable(c.table, `${c.card.prompt}\n${c.card.sectionPath.join('\n')}`),
  },
  {
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) =>
      (c.origin === 'definition-forward' || c.origin === 'definition-reverse') &&
      (COMPARISON_PROMPT.test(c.card.prompt) || BENEFIT_PROMPT.test(c.card.prompt)),
  },
  {
    // Lists of benefits ("技术优势" beside "商业利益"): an item could sit in either list.
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) => (c.origin === 'list-in' || c.origin === 'list-out') && listsOnlyBenefits(c),
  },
  {
    // Versions and steps: each label is a point on a line, and what holds at one often holds at the next.
    code: 'not-a-term',
    reads: 'stem',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      const terms = familyTerms(c);
      if (terms.length === 0) return false;
      // Versions and steps, or a list of plain-phrase labels ("Current state", "Spread operator"): not a
      // family of names, so neither direction has one defensible answer.
      const numbered = terms.filter((t) => NUMBERED.test(t)).length;
      const phrases = terms.filter((t) => !isNameLike(t)).length;
      return numbered * 2 >= terms.length || phrases * 2 >= terms.length;
    },
  },
];
