import { type Candidate, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan, normaliseKey } from '../text-normalise.ts';
import type { Card, DefinitionItem, GlossaryEntry, TableFact } from '../types.ts';
import { labelsAsk } from './asked-terms.ts';
import { blankCount } from './blanks.ts';
import { headsBySystem } from './body-systems.ts';
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
 * One cause's effects on each party ("Impact of industrial action on stakeholders": Supplier's "Profits
 * fall" beside Investors' "Lower profits"): the same harm is listed under several of them.
 */
const EFFECTS_OF = /\b(?:impacts?|effects?|consequences?)\s+(?:of|on)\b|(?:对|给)[^。\n]{1,12}的影响/i;

const listsEffectsOf = (c: Candidate): boolean => EFFECTS_OF.test(c.card.prompt);

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
  '特征',
  'characteristic',
  'characteristics',
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
  /\b(?:differences?|different|vs\.?|versus|compare[ds]?|comparison|distinctions?|distinguish\w*|discriminat\w*|commonly confused)\b|区别|不同|差异|对比|比较|鉴别|易混/i;
const BENEFIT_PROMPT =
  /\b(?:goals?|benefits?|advantages?|disadvantages?|pros|cons|improve[ds]?|why|purposes?|intent|rationale)\b|优点|缺点|优势|劣势|好处|作用|为什么|目标|改进|意图|目的|初衷|用意/i;
/** Advice ("Last Minute Tips": "**If Stuck**: …", "**Finish Early**: …"): labels of moments, not terms. */
const TIPS_PROMPT = /\b(?:tips?|advice)\b|建议|技巧/i;

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
  // `| Topic | Key Point |`: with no things side by side to compare, the topics are the table's names.
  const listsTopics = first === 'topic' && table.header.length === 2;
  if ((ASPECT_HEADERS.has(first) && !listsTopics) || comparesHeaderNames(table, shown)) return true;
  // Two things or more side by side under a question about how they differ ("和 RAG 有什么区别？").
  return table.header.length >= 3 && COMPARISON_PROMPT.test(shown);
}

/**
 * A label with a number in it names a version or a step ("React 16.3", "Step 2", "Day 5"), not a term; so
 * does a Chinese ordinal of a kind or a point ("第一类特点", "第三点"), where "第一范式" names a thing.
 */
const NUMBERED =
  /\d|^第[一二三四五六七八九十百]+[类种个点条步天周章节课讲](?:特点|特征|情况|情形|原因|方法|方面)?$/;

/**
 * A Latin term a player can be asked to define: an identifier or code (`useId`, getSnapshot, `-p`), an
 * acronym, or a name in capitals ("Context API", "Error Boundaries"). Plain-word labels ("Better UX",
 * "Resilient", "Makes compact syntax") name a benefit or a point of a list, and "what is X?" about them
 * has several defensible answers.
 */
function isNameLike(term: string): boolean {
  const bare = term.replace(/[*_]/g, '').trim();
  if (/`/.test(bare) || !/[A-Za-z]/.test(bare) || hasHan(bare)) return true;
  if (/[a-z][A-Z]|[A-Z]{2,}|[._()$-]\w|^-/.test(bare)) return true;
  const words = bare.split(/\s+/);
  // One word is a name (`head`, dispatch, Containers); several are one in capitals ("Context API") or in
  // lower case like a command line ("git add"). A sentence-case phrase ("Spread operator") is a label.
  if (words.length === 1) return true;
  if (words.length > 4) return false;
  return words.every((w) => /^[A-Z0-9]/.test(w)) || words.every((w) => /^[a-z0-9-]/.test(w));
}

/** Per card, its definition lists by their normalised terms: found once, asked for every candidate. */
const listsByTerm = new WeakMap<Card, Map<string, readonly DefinitionItem[]>>();

/** The definition list a definition question comes from. */
function familyOf(c: Candidate): readonly DefinitionItem[] | undefined {
  let byTerm = listsByTerm.get(c.card);
  if (!byTerm) {
    byTerm = new Map();
    for (const list of c.card.facts.definitions)
      for (const d of list) byTerm.set(normaliseKey(d.term.replace(/[*_`]/g, '')), list);
    listsByTerm.set(c.card, byTerm);
  }
  const term = c.origin === 'definition-forward' ? c.question.stem : keyOf(c);
  return byTerm.get(normaliseKey(term));
}

/** Versions and steps, or mostly plain-phrase labels ("Current state", "Spread operator"): no names. */
const NOT_NAMES = new WeakMap<readonly DefinitionItem[], boolean>();

function holdsNoNames(list: readonly DefinitionItem[]): boolean {
  let known = NOT_NAMES.get(list);
  if (known === undefined) {
    const terms = list.map((d) => d.term);
    const numbered = terms.filter(isNumbered).length;
    const phrases = terms.filter((t) => !isNameLike(t)).length;
    known = numbered * 2 >= terms.length || phrases * 2 >= terms.length;
    NOT_NAMES.set(list, known);
  }
  return known;
}

const isNumbered = (term: string): boolean => NUMBERED.test(stripMarks(term).trim());

/** A word and its number ("Day 5", "Day 1-2", "Step 3") or a Chinese ordinal; not a code alone ("404", "22"). */
const SEQUENCE_LABEL = /^[A-Za-z]+\.?\s*#?\d{1,3}(?:\s*[-–~]\s*\d{1,3})?$/;
const isSequenceLabel = (term: string): boolean => {
  const bare = stripMarks(term).trim();
  return SEQUENCE_LABEL.test(bare) || (!/\d/.test(bare) && NUMBERED.test(bare));
};

/** A glossary of days or steps ("Day 5: Practice 10 medium problems"): a schedule's entries, not terms. */
const NUMBERED_GLOSSARIES = new WeakMap<readonly GlossaryEntry[], boolean>();

function numbersItsEntries(entries: readonly GlossaryEntry[]): boolean {
  let known = NUMBERED_GLOSSARIES.get(entries);
  if (known === undefined) {
    known = entries.filter((e) => isSequenceLabel(e.term)).length * 2 >= entries.length;
    NUMBERED_GLOSSARIES.set(entries, known);
  }
  return known;
}

/** A table's verdict, once per card that shows it: every row of it asks. */
const COMPARISONS = new WeakMap<Card, WeakMap<TableFact, boolean>>();

function comparesThings(c: Candidate, table: TableFact): boolean {
  let ofCard = COMPARISONS.get(c.card);
  if (!ofCard) {
    ofCard = new WeakMap();
    COMPARISONS.set(c.card, ofCard);
  }
  let known = ofCard.get(table);
  if (known === undefined) {
    known = isComparisonTable(table, `${c.card.prompt}\n${c.card.sectionPath.join('\n')}`);
    ofCard.set(table, known);
  }
  return known;
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
    // The key is known before the distractors are searched for: a key with a hole spares that search.
    code: 'blank-in-option',
    reads: 'stem',
    fails: (c) => !isAuthored(c) && c.origin !== 'cloze' && blankCount(keyOf(c)) > 0,
  },
  {
    code: 'blank-in-option',
    reads: 'options',
    fails: (c) => !isAuthored(c) && c.question.options.some((o) => blankCount(o) > 0),
  },
  {
    code: 'not-a-term',
    reads: 'stem',
    // A vocabulary list's words ("El gato", "La Semana Santa") are terms whatever their case.
    fails: (c) =>
      c.origin === 'definition-forward' &&
      c.distractorSource !== 'vocabulary' &&
      !isNameLike(c.question.stem),
  },
  {
    // "are CAs that subordinate to…": the subject was cut off the sentence, not masked; "address is a 32-bit
    // binary number" (`**IP** address is …`): the term was the first word of the subject.
    code: 'fragment',
    reads: 'stem',
    fails: (c) =>
      DESCRIPTION_STEMS.has(c.origin) &&
      /^(?:[a-z][a-z-]*\s+)?(?:is|are|was|were|has|have)\b/.test(c.question.stem.trim()),
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
      comparesThings(c, c.table),
  },
  {
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) =>
      (c.origin === 'definition-forward' || c.origin === 'definition-reverse') &&
      (COMPARISON_PROMPT.test(c.card.prompt) || BENEFIT_PROMPT.test(c.card.prompt)),
  },
  {
    // Advice under its labels; a list of commands or keys under "Vim tips" names things, and stays.
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      if (!TIPS_PROMPT.test(c.card.prompt)) return false;
      const family = familyOf(c);
      return family !== undefined && !family.some((d) => d.term.includes('`'));
    },
  },
  {
    // Quick answers under their questions (`**渗碳为何选奥氏体区**：…`, `**滑移 vs 孪生**：…`): no terms.
    code: 'not-a-term',
    reads: 'stem',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      const family = familyOf(c);
      return family !== undefined && labelsAsk(family);
    },
  },
  {
    // A disease's signs by body system ("Cardiac: flattened T waves…"): the findings name their system.
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      const family = familyOf(c);
      return family !== undefined && headsBySystem(family);
    },
  },
  {
    // Lists of benefits ("技术优势" beside "商业利益"), or of one cause's effects on each party: an item
    // could sit in either list.
    code: 'aspect-labels',
    reads: 'stem',
    fails: (c) =>
      (c.origin === 'list-in' || c.origin === 'list-out') && (listsOnlyBenefits(c) || listsEffectsOf(c)),
  },
  {
    // Versions and steps: each label is a point on a line, and what holds at one often holds at the next.
    code: 'not-a-term',
    reads: 'stem',
    fails: (c) => {
      if (c.origin !== 'definition-forward' && c.origin !== 'definition-reverse') return false;
      const glossary = c.card.facts.glossary;
      if (glossary) return numbersItsEntries(glossary.entries);
      const family = familyOf(c);
      return family !== undefined && holdsNoNames(family);
    },
  },
];
