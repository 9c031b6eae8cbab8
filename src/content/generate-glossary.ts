import { expansionCloze, expansionOf, spellsOut } from './acronym-cloze.ts';
import { genusOf, readsGenus } from './definition-genus.ts';
import { namesOnlyTheKind } from './definition-values.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { stripMarks } from './term-families.ts';
import { blankFor, maskTerm } from './term-mask.ts';
import { hasHan, namesNested, normaliseKey } from './text-normalise.ts';
import type { Card, GlossaryEntry } from './types.ts';

/**
 * Questions from a glossary table's term card, with the table's other entries as the family (the same
 * column). A term whose capitals its meaning spells out ("ARP", "Address Resolution Protocol") is not
 * asked as "what does ARP mean?" among other meanings: the initials answer it. It is asked for one word of
 * its expansion instead (acronym-cloze.ts). Other terms get the definition match both ways. A term the
 * table gives two meanings has no one right answer: it is not asked (it stays a distractor's source).
 *
 * A table that gives each term other names beside its meaning (`| 英文简称 | 英文全称 | 中文全称 | 定义/功能 |`)
 * asks the meaning both ways and the spelled-out name for a word; the names are never asked against the
 * term whole (the initials, or a translation of them, give it away) and travel with each option so the
 * gate can see a stem that renders them (translated-term).
 */
export function glossaryDrafts(card: Card, seed: string): GeneratedDraft[] {
  const glossary = card.facts.glossary;
  if (!glossary) return [];
  const { entry, entries } = glossary;
  const [meaning, ...more] = entry.definitions;
  if (meaning === undefined || more.length > 0) return [];
  const term = stripMarks(entry.term);
  if (entry.names === undefined) {
    if (spellsOut(term, meaning)) {
      const cloze = expansionCloze(card, seed, term, meaning, entries, 'definitions');
      return cloze ? [cloze] : [];
    }
    return matchDrafts(card, seed, entry, meaning, entries);
  }
  const expansion = expansionOf(entry);
  const cloze = expansion ? expansionCloze(card, seed, term, expansion, entries, 'names') : null;
  return [...matchDrafts(card, seed, entry, meaning, entries), ...(cloze ? [cloze] : [])];
}

/**
 * What kind of thing an entry's names say it is: the last word of a Latin name (Protocol, Router), the
 * last two characters of a Chinese one (协议, 复用). Empty for a term the table gives no names.
 */
function kindsOf(entry: GlossaryEntry): Set<string> {
  const kinds = new Set<string>();
  for (const name of entry.names ?? []) {
    if (hasHan(name)) {
      const han = name.match(/\p{Script=Han}+/gu)?.pop();
      if (han && han.length >= 2) kinds.add(han.slice(-2));
      continue;
    }
    const last = name
      .match(/[A-Za-z]+/g)
      ?.pop()
      ?.toLowerCase();
    if (last && last.length >= 3) kinds.add(last.replace(/s$/, ''));
  }
  return kinds;
}

/**
 * The siblings to draw distractors from: where the table names its entries' kinds, those of the term's
 * own kind when there are enough (ARP among other protocols: a stem saying 协议 then tells nothing).
 */
function siblingsOf(
  entry: GlossaryEntry,
  pool: readonly GlossaryEntry[],
  mixedKinds: boolean,
): readonly GlossaryEntry[] {
  // An A–Z glossary's entries (or a run of term headings') are of every kind: only those defined as the same kind of thing.
  if (mixedKinds) {
    const genus = genusOf(entry.definitions[0] ?? '');
    return genus === null ? [] : pool.filter((e) => genusOf(e.definitions[0] ?? '') === genus);
  }
  const kinds = kindsOf(entry);
  if (kinds.size === 0) return pool;
  const same = pool.filter((e) => [...kindsOf(e)].some((k) => kinds.has(k)));
  return same.length >= 3 ? same : pool;
}

const MATCH_SIBLINGS = 8;

/** Whether a glossary's definitions say their kinds (readsGenus), once per glossary: its cards share its entries. */
const kindsSaid = new WeakMap<readonly GlossaryEntry[], boolean>();
function saysKinds(entries: readonly GlossaryEntry[]): boolean {
  let said = kindsSaid.get(entries);
  if (said === undefined) {
    said = readsGenus(entries.map((e) => e.definitions[0] ?? ''));
    kindsSaid.set(entries, said);
  }
  return said;
}

/**
 * The meanings that name only the kind every entry is ("sound: a speech sound" beside "vowel: speech sound
 * produced with …"), once per glossary: its cards share its entries, and each card would read them all again.
 */
const kindOnly = new WeakMap<readonly GlossaryEntry[], ReadonlySet<string>>();
function kindOnlyMeanings(entries: readonly GlossaryEntry[]): ReadonlySet<string> {
  let found = kindOnly.get(entries);
  if (found === undefined) {
    const meanings = entries.map((e) => e.definitions[0] ?? '');
    found = new Set(meanings.filter((m) => namesOnlyTheKind(m, meanings)));
    kindOnly.set(entries, found);
  }
  return found;
}

/** "What is X?" among other entries' meanings, and "which term is described here?" among their terms. */
function matchDrafts(
  card: Card,
  seed: string,
  entry: GlossaryEntry,
  meaning: string,
  entries: readonly GlossaryEntry[],
): GeneratedDraft[] {
  const term = stripMarks(entry.term);
  // A meaning that names only the kind every entry is: neither asked nor offered.
  const kindOnlyMeaning = kindOnlyMeanings(entries);
  if (kindOnlyMeaning.has(meaning)) return [];
  // An entry whose meaning only spells out its acronym ("IOPS: Input/Output Operations Per Second") is a
  // name, not a description: beside descriptions it is no distractor of the same kind. A table of several
  // names writes its meanings as descriptions ("MAC地址是…" only starts like MAC's expansion).
  const pool = entries.filter(
    (e) =>
      e.definitions.length === 1 &&
      normaliseKey(e.term) !== normaliseKey(term) &&
      !namesNested(e.term, term) &&
      !kindOnlyMeaning.has(e.definitions[0] ?? '') &&
      (e.names !== undefined || !spellsOut(stripMarks(e.term), e.definitions[0] ?? '')),
  );
  const mixedKinds = card.facts.glossary?.mixedKinds === true && saysKinds(entries);
  const others = sample(
    siblingsOf(entry, pool, mixedKinds),
    MATCH_SIBLINGS,
    seededRandom(`${seed}\u0000${card.id}:glossary`),
  );
  if (others.length < 2) return [];
  const blank = blankFor(card.lang);
  const terms = others.map((e) => stripMarks(e.term));
  const allTerms = [term, ...terms];
  const masked = (e: { term: string; definitions: readonly string[] }): string =>
    maskTerm(
      e.definitions[0] ?? '',
      stripMarks(e.term),
      allTerms.filter((t) => t !== stripMarks(e.term)),
      blank,
    );
  const own = masked({ term, definitions: [meaning] });
  const byTerm = new Map(
    allTerms.map((t, k) => [normaliseKey(t), k === 0 ? meaning : (others[k - 1]?.definitions[0] ?? '')]),
  );
  const names = new Map(
    [entry, ...others].flatMap((e) => (e.names ? [[normaliseKey(stripMarks(e.term)), e.names]] : [])),
  );
  const namesOf = names.size > 0 ? (text: string) => names.get(normaliseKey(stripMarks(text))) : undefined;
  const ownNames = entry.names ?? [];
  const answer = `${card.prompt}${ownNames.length > 0 ? ` (${ownNames.join(', ')})` : ''}: ${meaning}`;
  return [
    {
      kind: 'definition',
      origin: 'definition-forward',
      distractorSource: card.facts.glossary?.wordList ? 'vocabulary' : 'same-column',
      variant: variantOf('gfwd', normaliseKey(term)),
      stem: term,
      frame: { kind: 'what-is', context: '' },
      correct: own,
      distractors: () => candidates(others.map(masked), seed, `${card.id}:gdef`),
      ...(namesOf ? { namesOf } : {}),
      answer,
      line: card.line,
    },
    {
      kind: 'definition',
      origin: 'definition-reverse',
      distractorSource: 'same-column',
      variant: variantOf('grev', normaliseKey(term)),
      stem: own,
      frame: { kind: 'which-term', context: '' },
      correct: term,
      distractors: () => candidates(terms, seed, `${card.id}:gterm`),
      descriptionOf: (option) => byTerm.get(normaliseKey(option)),
      ...(namesOf ? { namesOf } : {}),
      answer,
      line: card.line,
    },
  ];
}
