import { looksLikeName } from './gate-checks/siblings.ts';
import { describer } from './generate-from-facts.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { sectionCardsOf } from './section-cards-of.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { stripMarks } from './term-families.ts';
import { blankFor, maskTerm } from './term-mask.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, DefinitionItem } from './types.ts';

/**
 * The most cards of one kind (subjects, command answers) a section may hold and still be a family of
 * siblings ("Docker 镜像", "Docker 容器", "Docker 仓库"); a larger section is a chapter of unrelated things
 * (a hook, a pattern, a tool).
 */
export const MAX_FAMILY_SECTION = 15;

/** Each section's cards with a subject, found once per section. */
const subjectsOf = sectionCardsOf((c) => c.facts.subject !== null);

/** A card's answer keyed (see normaliseKey), once per card. */
const answerKeys = new WeakMap<Card, string>();

function answerKeyOf(card: Card): string {
  let key = answerKeys.get(card);
  if (key === undefined) {
    key = normaliseKey(card.answer);
    answerKeys.set(card, key);
  }
  return key;
}

/**
 * The word a name opens with when the rest tells it from its kin: "Docker" of "Docker Hub", "redux" of
 * "redux-saga", "缓存" of "缓存穿透"; null for a name of one word.
 */
function leadingWordOf(term: string): string | null {
  const name = stripMarks(term).trim();
  const latin = /^([A-Za-z][\w.]*)(?:\s+|-)\S/.exec(name);
  if (latin) return (latin[1] ?? '').toLowerCase();
  const han = /^(\p{Script=Han}{2})\p{Script=Han}{2,}$/u.exec(name);
  return han ? (han[1] ?? null) : null;
}

/** Definition match between sibling cards' subjects ("什么是 Docker 镜像？" beside "什么是 Docker 容器？"). */
export function subjectDrafts(card: Card, section: readonly Card[], seed: string): GeneratedDraft[] {
  const subject = card.facts.subject;
  if (!subject) return [];
  const siblings = subjectsOf(section);
  // A glossary written as a heading per term (nearly every card of the section defines its subject) is a
  // family however long.
  if (siblings.length > MAX_FAMILY_SECTION && siblings.length * 4 < section.length * 3) return [];
  const chosen = siblingSubjects(card, subject.term, siblings, section.length, seed);
  return chosen === null ? [] : subjectPair(card, subject, chosen, seed);
}

/** The sibling cards a subject's question takes its options from, their subjects, and what they are. */
interface SiblingSubjects {
  readonly others: readonly Card[];
  readonly terms: readonly string[];
  readonly source: 'sibling-subjects' | 'chapter-subjects';
}

const subjectTermOf = (c: Card): string => c.facts.subject?.term ?? '';
const subjectDefinitionOf = (c: Card): string => c.facts.subject?.definition ?? '';

function siblingSubjects(
  card: Card,
  term: string,
  siblings: readonly Card[],
  sectionSize: number,
  seed: string,
): SiblingSubjects | null {
  // The subject's own kind first: beside "缓存穿透", "缓存击穿" and "缓存雪崩" rather than "Redis", which a player
  // rules out unread. A few seeded candidates, not the whole chapter: masking every sibling for every card
  // is quadratic.
  // Not a sibling whose own answer names this subject ("公有的 Docker 仓库是 Docker Hub"): the notes make it
  // a broader name for it, right as well.
  const named = normaliseKey(term);
  if (siblings.length > MAX_FAMILY_SECTION) return sameKindSubjects(card, named, siblings, seed);
  const rest: Card[] = [];
  for (const c of siblings) if (c !== card && !answerKeyOf(c).includes(named)) rest.push(c);
  const lead = leadingWordOf(term);
  const kin: Card[] = [];
  if (lead !== null)
    for (const c of rest) {
      const theirs = subjectTermOf(c);
      if (leadingWordOf(theirs) === lead && looksLikeName(theirs)) kin.push(c);
    }
  // Subjects are a family when they make up most of their section (a glossary of "什么是 X？"); in a FAQ
  // where most items ask other things (differences, how-tos), the few "What is X?" are a chapter's
  // scattered topics, siblings only where their names say so (the kin above).
  const family = kin.length >= 2 || siblings.length * 2 >= sectionSize;
  const others = sample(kin.length >= 2 ? kin : rest, 8, seededRandom(`${seed}\u0000${card.id}:siblings`));
  const terms = others.map(subjectTermOf);
  if (terms.length < 2) return null;
  return { others, terms, source: family ? 'sibling-subjects' : 'chapter-subjects' };
}

/**
 * A glossary of many headings holds things of every kind (devices, networks, laws): only subjects that are
 * the same kind of thing ("a … device that …") stand beside each other, else no question. The kinds are
 * indexed once per section, and a few of the subject's kind drawn: no scan of the section per card.
 */
function sameKindSubjects(
  card: Card,
  named: string,
  siblings: readonly Card[],
  seed: string,
): SiblingSubjects | null {
  const head = headNounOf(subjectDefinitionOf(card));
  const same = head === null ? undefined : kindsOf(siblings).get(head);
  if (!same) return null;
  const drawn = sample(same, 12, seededRandom(`${seed}\u0000${card.id}:siblings`));
  const others = drawn.filter((c) => c !== card && !answerKeyOf(c).includes(named)).slice(0, 8);
  if (others.length < 2) return null;
  return { others, terms: others.map(subjectTermOf), source: 'sibling-subjects' };
}

const KINDS = new WeakMap<readonly Card[], Map<string, Card[]>>();

function kindsOf(siblings: readonly Card[]): Map<string, Card[]> {
  let kinds = KINDS.get(siblings);
  if (!kinds) {
    kinds = new Map();
    for (const c of siblings) {
      const head = headNounOf(subjectDefinitionOf(c));
      if (head === null) continue;
      const list = kinds.get(head);
      if (list) list.push(c);
      else kinds.set(head, [c]);
    }
    KINDS.set(siblings, kinds);
  }
  return kinds;
}

/**
 * The kind of thing an English definition says its subject is: "client is a device or program that …" →
 * "device", "a simple network device that …" → "device", "a collection of web pages …" → "collection".
 */
function headNounOf(definition: string): string | null {
  const rest = /\b(?:is|are)\s+(?:an?|the|one)\s+(.*)$/i.exec(definition)?.[1];
  if (rest === undefined) return null;
  let head: string | null = null;
  for (const word of rest.toLowerCase().split(/\s+/)) {
    const bare = word.replace(/[^a-z-]/g, '');
    if (HEAD_STOPS.has(bare) || (bare.endsWith('ed') && head !== null)) break;
    head = bare === '' ? head : bare;
    if (/[,;.:(]$/.test(word)) break;
  }
  return head === null ? null : head.replace(/(?<=[a-z]{3})s$/, '');
}

const HEAD_STOPS = new Set([
  'that',
  'which',
  'who',
  'where',
  'whose',
  'used',
  'for',
  'to',
  'of',
  'in',
  'on',
  'with',
  'by',
  'from',
  'and',
  'or',
  'between',
  'when',
]);

/** What the subject is (its masked definition among its siblings'), and which subject a definition is. */
/**
 * "＿＿＿ is a device that requests services …" → "a device that requests services …": a sentence that
 * opens on its masked subject and a linking verb reads, without them, as what the subject is (an option
 * holding a blank reads as a puzzle). Only where the rest opens as a noun phrase does.
 */
function withoutMaskedSubject(text: string, blank: string): string {
  if (!text.startsWith(blank)) return text;
  const m = /^\s*(?:is|are|refers to|means)\s+((?:an?|the|one|any)\s+\S.*)$/is.exec(text.slice(blank.length));
  const rest = m?.[1];
  return rest !== undefined && !rest.includes(blank) ? rest : text;
}

function subjectPair(
  card: Card,
  subject: DefinitionItem,
  chosen: SiblingSubjects,
  seed: string,
): GeneratedDraft[] {
  const { others, terms, source } = chosen;
  const blank = blankFor(card.lang);
  const allTerms = [subject.term, ...terms];
  // The card's own masked definition is both an option and the reverse stem: mask it once.
  const maskedOf = new Map<Card, string>();
  const masked = (c: Card): string => {
    const known = maskedOf.get(c);
    if (known !== undefined) return known;
    const term = subjectTermOf(c);
    const text = withoutMaskedSubject(
      maskTerm(
        subjectDefinitionOf(c),
        term,
        allTerms.filter((t) => t !== term),
        blank,
      ),
      blank,
    );
    maskedOf.set(c, text);
    return text;
  };
  const describe = describer(allTerms, [card, ...others].map(subjectDefinitionOf));
  const fwd: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-forward',
    distractorSource: source,
    variant: variantOf('sfwd', normaliseKey(subject.term)),
    stem: subject.term,
    frame: { kind: 'what-is', context: '' },
    correct: masked(card),
    distractors: () => candidates(others.map(masked), seed, `${card.id}:sdef`),
    answer: card.answer,
    line: subject.line,
  };
  const rev: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-reverse',
    distractorSource: source,
    variant: variantOf('srev', normaliseKey(subject.term)),
    stem: masked(card),
    frame: { kind: 'which-term', context: '' },
    correct: subject.term,
    distractors: () => candidates(terms, seed, `${card.id}:sterm`),
    descriptionOf: describe,
    answer: card.answer,
    line: subject.line,
  };
  return [fwd, rev];
}
