import type { Candidate } from './candidate.ts';
import { commandKey } from './command-key.ts';
import { BLANK_CHECKS } from './gate-checks/blanks.ts';
import { FORM_TELLS } from './gate-checks/form-tells.ts';
import type { DropReason, GateCheck, GateContext } from './gate-checks/gate-check.ts';
import { GIVE_AWAY_CHECKS } from './gate-checks/give-away.ts';
import { argumentsOf, ONE_RIGHT_CHECKS } from './gate-checks/one-right.ts';
import { READABLE_CHECKS } from './gate-checks/readable.ts';
import { SIBLING_CHECKS } from './gate-checks/siblings.ts';
import { SOURCE_CHECKS } from './gate-checks/sources.ts';
import type { Question, QuestionKind } from './question.ts';
import { buildCandidate, type GeneratedDraft } from './question-builder.ts';
import { hash32 } from './text-normalise.ts';
import type { Card } from './types.ts';

export { DROP_REASONS, type DropReason } from './gate-checks/gate-check.ts';

/** One big table or list must not flood the deck: the most auto-graded questions one card gives. */
export const MAX_AUTO_GRADED_PER_CARD = 3;

/** A candidate question the gate refused, and why. */
export interface DroppedQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly file: string;
  readonly line: number;
  readonly reason: DropReason;
}

/** In this order: the first failing check names the reason. Cheap and decisive checks come first. */
export const GATE_CHECKS: readonly GateCheck[] = [
  ...SOURCE_CHECKS,
  ...READABLE_CHECKS,
  ...BLANK_CHECKS,
  ...GIVE_AWAY_CHECKS,
  ...ONE_RIGHT_CHECKS,
  ...SIBLING_CHECKS,
  ...FORM_TELLS,
];

/** The author's own options and key are the author's call: only where they sit and whether they read. */
const AUTHOR_CHECKS: readonly GateCheck[] = GATE_CHECKS.filter(
  (c) => c.code === 'reference-section' || c.code === 'raw-html' || c.code === 'too-many-blanks',
);

/** The first check a candidate fails, or null when it passes them all. */
export function firstFailure(candidate: Candidate, context: GateContext): DropReason | null {
  const checks = candidate.origin === 'author-choice' ? AUTHOR_CHECKS : GATE_CHECKS;
  for (const check of checks) if (check.fails(candidate, context)) return check.code;
  return null;
}

export function gateContextOf(cards: readonly Card[]): GateContext {
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
  return { commandArgs };
}

/**
 * Every generated question passes here or is dropped with a reason: generators hand in drafts, the gate
 * builds them, judges them, and keeps a record of what it refused.
 */
export class QualityGate {
  readonly dropped: DroppedQuestion[] = [];
  private readonly context: GateContext;
  /** What each admitted question was made from, for the per-card limit. */
  private readonly origins = new Map<string, string>();

  constructor(
    cards: readonly Card[],
    private readonly seed: string,
  ) {
    this.context = gateContextOf(cards);
  }

  /** Build a generated draft and judge it. */
  consider(card: Card, draft: GeneratedDraft): Question | null {
    const built = buildCandidate(card, draft, this.seed);
    if (typeof built === 'string') {
      this.drop(`${card.id}:${draft.kind}:${draft.variant}`, draft.kind, card.file, draft.line, built);
      return null;
    }
    return this.admit(built);
  }

  /** Judge a built candidate. */
  admit(candidate: Candidate): Question | null {
    const reason = firstFailure(candidate, this.context);
    if (reason === null) {
      this.origins.set(candidate.question.id, candidate.origin);
      return candidate.question;
    }
    const q = candidate.question;
    this.drop(q.id, q.kind, q.source.file, q.source.line, reason);
    return null;
  }

  /**
   * At most MAX_AUTO_GRADED_PER_CARD of one card's questions: the author's own first, then one of each
   * origin before a second of any, in an order fixed by the question ids (so an edit elsewhere in the
   * card rarely swaps a kept question out).
   */
  limitPerCard(questions: readonly Question[]): Question[] {
    if (questions.length <= MAX_AUTO_GRADED_PER_CARD) return [...questions];
    const kept = questions.map((question) => ({ question, origin: this.origins.get(question.id) ?? '' }));
    const ranked = [...kept].sort(
      (a, b) =>
        Number(b.origin === 'author-choice') - Number(a.origin === 'author-choice') ||
        hash32(a.question.id) - hash32(b.question.id),
    );
    const chosen: typeof ranked = [];
    const origins = new Set<string>();
    for (const k of ranked) {
      if (chosen.length < MAX_AUTO_GRADED_PER_CARD && !origins.has(k.origin)) {
        chosen.push(k);
        origins.add(k.origin);
      }
    }
    for (const k of ranked)
      if (chosen.length < MAX_AUTO_GRADED_PER_CARD && !chosen.includes(k)) chosen.push(k);
    for (const k of ranked) {
      if (chosen.includes(k)) continue;
      const q = k.question;
      this.drop(q.id, q.kind, q.source.file, q.source.line, 'card-limit');
    }
    // Back in generation order, as the deck lists them.
    return kept.filter((k) => chosen.includes(k)).map((k) => k.question);
  }

  private drop(id: string, kind: QuestionKind, file: string, line: number, reason: DropReason): void {
    this.dropped.push({ id, kind, file, line, reason });
  }
}
