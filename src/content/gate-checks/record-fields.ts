import { type Candidate, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import type { Card, DefinitionItem } from '../types.ts';
import { FACET_LABELS, MEANING_LABELS } from './facet-labels.ts';
import type { GateCheck } from './gate-check.ts';

/**
 * A glossary or a reading log written as records: every entry carries the same labelled fields
 * (`**中文**: …`, `**定义**: …`, `**相关章节**: …`; `Author:`, `Publisher:`). The labels read like a
 * definition list's terms, but they name fields, not things: "which is described here: 中文, 定义, 相关章节?"
 * tests the page's layout, and "what is 「中文」?" has an answer in every entry. A term is defined once; a
 * label found as a term in RECORD_CARDS cards or more is a field.
 */
const RECORD_CARDS = 3;

/** A label as compared across entries: its words, marks and case aside. */
const labelOf = (term: string): string => normaliseKey(stripMarks(term));

/** The normalised labels of the notes that recur as terms across cards. */
export function recordFieldsOf(cards: readonly Card[]): ReadonlySet<string> {
  const seen = new Map<string, number>();
  for (const card of cards) {
    const own = new Set<string>();
    for (const list of card.facts.definitions) for (const item of list) own.add(labelOf(item.term));
    for (const term of own) seen.set(term, (seen.get(term) ?? 0) + 1);
  }
  const fields = new Set<string>();
  for (const [term, count] of seen) if (count >= RECORD_CARDS && term !== '') fields.add(term);
  return fields;
}

const asksDefinition = (origin: string): boolean =>
  origin === 'definition-forward' || origin === 'definition-reverse';

/**
 * The asked term's list holds two fields or more, or labels that name facets of its subject (its meaning,
 * its types, a person's birthplace): the whole list is a record, each of its labels a field.
 */
function inRecord(c: Candidate, fields: ReadonlySet<string>): boolean {
  const asked = labelOf(c.origin === 'definition-forward' ? c.question.stem : keyOf(c));
  for (const list of c.card.facts.definitions) {
    const { terms, facet } = labelsOf(list);
    if (!terms.has(asked)) continue;
    if (facet) return true;
    let recurring = 0;
    for (const t of terms) if (fields.has(t)) recurring++;
    if (recurring >= 2) return true;
  }
  return fields.has(asked);
}

/** Per list, its labels and whether one names a facet: read once, asked by every candidate. */
const LABELS = new WeakMap<readonly DefinitionItem[], { terms: ReadonlySet<string>; facet: boolean }>();

function labelsOf(list: readonly DefinitionItem[]): { terms: ReadonlySet<string>; facet: boolean } {
  let known = LABELS.get(list);
  if (!known) {
    const terms = new Set(list.map((item) => labelOf(item.term)));
    const facets = [...terms].filter((t) => FACET_LABELS.has(t)).length;
    // The entry's meaning (`**Definition**` beside `**Phases**`), two facets, or one among three labels: one
    // other facet among many names ("诊断" beside five clinical forms) is an aside of a list of things.
    const meaning = [...terms].some((t) => MEANING_LABELS.has(t));
    known = { terms, facet: meaning || facets >= 2 || (facets >= 1 && facets * 3 >= terms.size) };
    LABELS.set(list, known);
  }
  return known;
}

export const RECORD_FIELD_CHECKS: readonly GateCheck[] = [
  {
    code: 'not-a-term',
    reads: 'stem',
    fails: (c, context) => asksDefinition(c.origin) && inRecord(c, context.recordFields),
  },
];
