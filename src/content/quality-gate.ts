import type { Candidate, CandidateOrigin } from './candidate.ts';
import { commandKey } from './command-key.ts';
import { type AskedBefore, askedBefore, repeats } from './gate-checks/asked-before.ts';
import { AUTHOR_OPTION_CHECKS } from './gate-checks/author-options.ts';
import { AUTHORED_CHECKS } from './gate-checks/authored.ts';
import { BLANK_CHECKS } from './gate-checks/blanks.ts';
import { CLOZE_GRAMMAR_CHECKS } from './gate-checks/cloze-grammar.ts';
import { COMMAND_TASK_CHECKS } from './gate-checks/command-tasks.ts';
import { ECHO_CHECKS } from './gate-checks/echoes.ts';
import { FORM_TELLS, LATE_FORM_TELLS } from './gate-checks/form-tells.ts';
import type { DropReason, GateCheck, GateContext } from './gate-checks/gate-check.ts';
import { GIVE_AWAY_CHECKS } from './gate-checks/give-away.ts';
import { GLOSSARY_KIND_CHECKS } from './gate-checks/glossary-kinds.ts';
import { NAME_PART_CHECKS } from './gate-checks/name-parts.ts';
import { argumentsOf, ONE_RIGHT_CHECKS } from './gate-checks/one-right.ts';
import { OPTION_KIND_CHECKS } from './gate-checks/option-kinds.ts';
import { ORDINAL_ECHO_CHECKS } from './gate-checks/ordinal-echo.ts';
import { OTHER_FORM_CHECKS } from './gate-checks/other-forms.ts';
import { READABLE_CHECKS } from './gate-checks/readable.ts';
import { RECORD_FIELD_CHECKS, recordFieldsOf } from './gate-checks/record-fields.ts';
import { SHAPE_CARD_CHECKS, SHAPE_TEXT_CHECKS } from './gate-checks/shapes.ts';
import { SIBLING_CHECKS } from './gate-checks/siblings.ts';
import { SOURCE_CHECKS } from './gate-checks/sources.ts';
import { SPELLED_ACRONYM_CHECKS } from './gate-checks/spelled-acronym.ts';
import { tasksByCommand } from './gate-checks/task-overlap.ts';
import { TRANSLATED_TERM_CHECKS } from './gate-checks/translated-term.ts';
import type { Question, QuestionKind } from './question.ts';
import { buildCandidate, type GeneratedDraft, questionOf } from './question-builder.ts';
import { hash32 } from './text-normalise.ts';
import type { Card } from './types.ts';

export { DROP_REASONS, type DropReason } from './gate-checks/gate-check.ts';

/**
 * One big table or list must not flood the deck: the most auto-graded questions one card gives, unless
 * the caller asks for another limit (BuildOptions.maxAutoGradedPerCard).
 */
export const MAX_AUTO_GRADED_PER_CARD = 3;

/**
 * Something that gives a card questions when run: a draft, a card's clozes, a question in the author's own
 * options. Plain data, all of one shape: the caller's `run` (see `pick`) says how each kind is run.
 */
export interface CardUnit {
  /** Ranks the unit among the card's others (see `pick`). */
  readonly id: string;
  readonly origin: CandidateOrigin;
  readonly card: Card;
  /** A draft: built and judged only if the per-card limit still needs it (recorded as skipped if not). */
  readonly draft: GeneratedDraft | null;
  /** A question built whole (the author's own options): judged whole. */
  readonly question: Question | null;
}

/** The order in which a card's kinds are asked for (lower first), see `QualityGate.pick`. */
const PRIORITY: Record<CandidateOrigin, number> = {
  'author-choice': 0,
  command: 1,
  'table-row': 2,
  'table-cell': 2,
  'definition-forward': 3,
  'definition-reverse': 3,
  acronym: 3,
  'subject-forward': 4,
  'subject-reverse': 4,
  'list-in': 5,
  'list-out': 5,
  cloze: 6,
};

/** A candidate question the gate refused, and why. */
export interface DroppedQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly file: string;
  readonly line: number;
  readonly reason: DropReason;
}

/**
 * Where a question comes from, then whether exactly one option can be right (a cloze's blank in passing or
 * in a list: the commonest drop, and a cheap one), whether it reads alone, its blanks, give-aways,
 * siblings, form tells.
 */
const FAMILIES: readonly GateCheck[] = [
  ...SOURCE_CHECKS,
  ...SHAPE_CARD_CHECKS,
  // Cheap and common: a masked description or a key with a hole is dropped before the costlier checks
  // (word segmentation, families) run.
  ...SHAPE_TEXT_CHECKS.filter((c) => c.reads === 'stem'),
  ...ONE_RIGHT_CHECKS,
  ...READABLE_CHECKS,
  ...AUTHORED_CHECKS,
  ...BLANK_CHECKS,
  ...GIVE_AWAY_CHECKS,
  ...SIBLING_CHECKS,
  ...RECORD_FIELD_CHECKS,
  ...GLOSSARY_KIND_CHECKS,
  ...FORM_TELLS,
  // Round 4's checks, after the cheaper ones: most candidates are dropped before they run.
  ...COMMAND_TASK_CHECKS,
  ...CLOZE_GRAMMAR_CHECKS,
  ...OPTION_KIND_CHECKS,
  ...ECHO_CHECKS,
  ...ORDINAL_ECHO_CHECKS,
  ...TRANSLATED_TERM_CHECKS,
  ...SPELLED_ACRONYM_CHECKS,
  ...OTHER_FORM_CHECKS,
  ...NAME_PART_CHECKS,
  ...LATE_FORM_TELLS,
  // Last among the option checks: where a form tell also applies, it is the more telling reason.
  ...SHAPE_TEXT_CHECKS.filter((c) => c.reads === 'options'),
];

/** What a draft is judged by before its distractors are picked: its stem, frame, card and key. */
const STEM_CHECKS = FAMILIES.filter((c) => c.reads === 'stem');
const OPTION_CHECKS = FAMILIES.filter((c) => c.reads === 'options');
/**
 * Of those, the ones that read the card (its sections, its tables, its lists) or the deck (the labels its
 * lists share), before the ones that read only text: only a verdict on text alone may be remembered across
 * cards and decks (a record's fields in one deck are a glossary's terms in another).
 */
const CARD_READERS: readonly GateCheck[] = [
  ...SOURCE_CHECKS,
  ...SHAPE_CARD_CHECKS,
  ...RECORD_FIELD_CHECKS,
  ...AUTHORED_CHECKS,
];
const CARD_CHECKS = STEM_CHECKS.filter((c) => CARD_READERS.includes(c));
const TEXT_CHECKS = STEM_CHECKS.filter((c) => !CARD_READERS.includes(c));

/**
 * The text checks' verdict on a stem and key, remembered: notes reload whole when one file changes, and
 * the same stems come back (and a draft's stem is shared by its forward and reverse questions).
 */
const textVerdicts = new Map<string, DropReason | 'pass'>();

function textVerdict(candidate: Candidate, context: GateContext): DropReason | null {
  const { question } = candidate;
  const frame = question.frame;
  const frameKey = frame
    ? `${frame.kind}\u0001${'context' in frame ? frame.context : ''}\u0001${'header' in frame ? frame.header : ''}\u0001${'list' in frame ? frame.list : ''}`
    : '';
  const key = `${candidate.origin}\u0000${candidate.distractorSource}\u0000${frameKey}\u0000${question.stem}\u0000${question.options[0] ?? ''}`;
  const known = textVerdicts.get(key);
  if (known !== undefined) return known === 'pass' ? null : known;
  const found = firstFailure(candidate, context, TEXT_CHECKS);
  if (textVerdicts.size >= 20_000) textVerdicts.clear();
  textVerdicts.set(key, found ?? 'pass');
  return found;
}

/**
 * In this order: the first failing check names the reason. The stem's checks come first, so a draft is
 * judged on them before its options are built (most drops cost no distractor search), with the same
 * reason as a whole candidate judged at once.
 */
const GATE_CHECKS: readonly GateCheck[] = [...STEM_CHECKS, ...OPTION_CHECKS];

/**
 * The author's own options and key are the author's call: only where they sit, whether they read, and
 * whether a chat can ask them (no picture, no listing the stem points at but lacks, no key in the stem, no
 * catch-all option out of place, no key that alone translates the code name asked about).
 */
const AUTHOR_CHECKS: readonly GateCheck[] = [
  ...GATE_CHECKS.filter(
    (c) => c.code === 'reference-section' || c.code === 'raw-html' || c.code === 'too-many-blanks',
  ),
  ...AUTHORED_CHECKS,
  ...AUTHOR_OPTION_CHECKS,
  // The one text check an author's key is held to: a Chinese key alone rendering the code name asked about.
  ...TRANSLATED_TERM_CHECKS,
];

/** The first check a candidate fails, or null when it passes them all. */
export function firstFailure(
  candidate: Candidate,
  context: GateContext,
  checks: readonly GateCheck[] = candidate.origin === 'author-choice' ? AUTHOR_CHECKS : GATE_CHECKS,
): DropReason | null {
  for (const check of checks) if (check.fails(candidate, context)) return check.code;
  return null;
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: a run of two, or one that is not a plain space. */
const SQUEEZABLE = /\s\s|[^\S ]/;

/** A draft as a candidate with the key as its only option: enough for the stem's checks. */
function draftCandidate(card: Card, draft: GeneratedDraft, id: string): Candidate {
  // Squeezed only where it changes something: most keys have single spaces or none.
  const key = (SQUEEZABLE.test(draft.correct) ? draft.correct.replace(/\s+/g, ' ') : draft.correct).trim();
  return {
    card,
    origin: draft.origin,
    distractorSource: draft.distractorSource,
    question: questionOf(card, draft, id, [key], 0),
    ...(draft.table ? { table: draft.table } : {}),
  };
}

export function gateContextOf(cards: readonly Card[]): GateContext {
  // Asked only by command and cloze questions that passed their stem's checks: gathered on first use.
  let commandArgs: Map<string, Set<string>> | null = null;
  let commandTasks: Map<string, Set<string>[]> | null = null;
  let commandKeys: Set<string> | null = null;
  let recordFields: ReadonlySet<string> | null = null;
  return {
    get recordFields() {
      recordFields ??= recordFieldsOf(cards);
      return recordFields;
    },
    get commandArgs() {
      commandArgs ??= argumentsByCommand(cards);
      return commandArgs;
    },
    get commandKeys() {
      commandKeys ??= commandKeysOf(cards);
      return commandKeys;
    },
    get commandTasks() {
      commandTasks ??= tasksByCommand(cards);
      return commandTasks;
    },
  };
}

function commandKeysOf(cards: readonly Card[]): Set<string> {
  const keys = new Set<string>();
  for (const card of cards) for (const f of card.facts.commands) keys.add(commandKey(f.command).key);
  return keys;
}

function argumentsByCommand(cards: readonly Card[]): Map<string, Set<string>> {
  const commandArgs = new Map<string, Set<string>>();
  for (const card of cards) {
    for (const c of card.facts.commands) {
      const { key } = commandKey(c.command.replace(/^sudo\s+/, ''));
      const args = argumentsOf(c.command);
      if (args === '') continue;
      let set = commandArgs.get(key);
      if (!set) {
        set = new Set<string>();
        commandArgs.set(key, set);
      }
      set.add(args);
    }
  }
  return commandArgs;
}

/**
 * Every generated question passes here or is dropped with a reason: generators hand in drafts, the gate
 * builds them, judges them, and keeps a record of what it refused. One per build; plain data with the
 * functions below (not a class): V8 keeps a literal's shape across builds, so the hot code that reads it
 * is not thrown away and compiled again after every build.
 */
export interface QualityGate {
  readonly dropped: DroppedQuestion[];
  readonly context: GateContext;
  /** The questions the deck already asked (see asked-before.ts): a copy is asked once. */
  readonly asked: AskedBefore;
  readonly seed: string;
  /** At most this many auto-graded questions per card. */
  readonly perCard: number;
}

export function qualityGate(
  cards: readonly Card[],
  seed: string,
  perCard: number = MAX_AUTO_GRADED_PER_CARD,
): QualityGate {
  return { dropped: [], context: gateContextOf(cards), asked: askedBefore(), seed, perCard };
}

/** Judge a generated draft on its stem and key, then build its options and judge those. */
export function consider(gate: QualityGate, card: Card, draft: GeneratedDraft): Question | null {
  const id = `${card.id}:${draft.kind}:${draft.variant}`;
  const draftOnly = draftCandidate(card, draft, id);
  const early = firstFailure(draftOnly, gate.context, CARD_CHECKS) ?? textVerdict(draftOnly, gate.context);
  if (early !== null) {
    drop(gate, id, draft.kind, card.file, draft.line, early);
    return null;
  }
  const built = buildCandidate(card, draft, gate.seed);
  if (typeof built === 'string') {
    drop(gate, id, draft.kind, card.file, draft.line, built);
    return null;
  }
  const reason = firstFailure(built, gate.context, OPTION_CHECKS);
  if (reason === null) return built.question;
  drop(gate, id, draft.kind, card.file, draft.line, reason);
  return null;
}

/** Judge a built candidate. */
export function admit(gate: QualityGate, candidate: Candidate): Question | null {
  const q = candidate.question;
  const reason = firstFailure(candidate, gate.context) ?? repeated(gate, candidate);
  if (reason === null) return q;
  drop(gate, q.id, q.kind, q.source.file, q.source.line, reason);
  return null;
}

/**
 * A quiz card whose question (stem and key) the deck asked before: none of its questions is asked, not
 * even its flashcard, and its auto-graded ones are recorded as dropped.
 */
export function repeatsAQuestion(gate: QualityGate, card: Card, graded: readonly Question[]): boolean {
  const choice = card.facts.choice;
  if (choice === null) return false;
  const key = choice.correct.map((k) => choice.options[k] ?? '').join('\u0001');
  if (!repeats(gate.asked, card.deck, choice.stem, key)) return false;
  for (const q of graded) drop(gate, q.id, q.kind, card.file, q.source.line, 'duplicate-question');
  return true;
}

/** A draft as a unit of `pick`: built and judged only if the per-card limit still needs it. */
export function draftUnit(card: Card, draft: GeneratedDraft): CardUnit {
  return {
    id: `${card.id}:${draft.kind}:${draft.variant}`,
    origin: draft.origin,
    card,
    draft,
    question: null,
  };
}

interface RankedUnit {
  readonly unit: CardUnit;
  readonly priority: number;
  readonly rank: number;
}

/**
 * One card's questions, at most `perCard` (MAX_AUTO_GRADED_PER_CARD by default): the author's own first, then the kinds the
 * notes state most plainly (a command, a table row, a definition) before those read out of prose (a
 * list, a cloze), each kind in an order fixed by the ids (so an edit elsewhere in the card rarely swaps
 * a kept question out). Units are judged in that order until the card has its questions: a big table's
 * rows past the limit are never built. `run(runner, unit)` gives a unit's questions.
 */
export function pick<Runner>(
  gate: QualityGate,
  units: readonly CardUnit[],
  run: (runner: Runner, unit: CardUnit) => Question[],
  runner: Runner,
): Question[] {
  if (units.length === 0) return [];
  const ranked = units.map(rankOf).sort(byRank);
  const kept: Question[] = [];
  let k = 0;
  for (; k < ranked.length && kept.length < gate.perCard; k++) {
    for (const q of run(runner, (ranked[k] as RankedUnit).unit)) {
      if (kept.some((o) => o.id === q.id)) continue;
      if (kept.length < gate.perCard) kept.push(q);
      else drop(gate, q.id, q.kind, q.source.file, q.source.line, 'card-limit');
    }
  }
  for (; k < ranked.length; k++) {
    const { unit } = ranked[k] as RankedUnit;
    if (unit.draft) drop(gate, unit.id, unit.draft.kind, unit.card.file, unit.draft.line, 'card-limit');
  }
  return kept;
}

const rankOf = (unit: CardUnit): RankedUnit => ({
  unit,
  priority: PRIORITY[unit.origin],
  rank: hash32(unit.id),
});

const byRank = (a: RankedUnit, b: RankedUnit): number =>
  a.priority - b.priority || a.rank - b.rank || (a.unit.id < b.unit.id ? -1 : 1);

/**
 * An either/or question the notes ask twice (a quiz card's are judged whole, by repeatsAQuestion): the
 * first copy stays.
 */
function repeated(gate: QualityGate, candidate: Candidate): DropReason | null {
  if (candidate.origin !== 'author-choice' || candidate.card.facts.choice !== null) return null;
  const q = candidate.question;
  const key = q.correctIndex === null ? '' : (q.options[q.correctIndex] ?? '');
  return repeats(gate.asked, q.deck, q.stem, key) ? 'duplicate-question' : null;
}

function drop(
  gate: QualityGate,
  id: string,
  kind: QuestionKind,
  file: string,
  line: number,
  reason: DropReason,
): void {
  gate.dropped.push({ id, kind, file, line, reason });
}
