import type { Candidate } from '../candidate.ts';

/**
 * Why a candidate question was dropped: stable codes for `content check`, tests and tools. Grouped as the
 * check files are (quality-gate.ts decides the order they run in): where it comes from, whether it reads
 * alone, blanks, give-aways, one right answer, sibling distractors, form tells, and the builder's own
 * refusals.
 */
export const DROP_REASONS = [
  // sources.ts
  'reference-section',
  'layout-table',
  'option-label-table',
  'link-table',
  'misaligned-table',
  'example-data',
  // shapes.ts
  'masked-description',
  'blank-in-option',
  'comparison-table',
  'aspect-labels',
  // readable.ts
  'raw-html',
  'stem-too-long',
  'stem-not-standalone',
  'stem-lead-in',
  'fragment',
  'not-a-description',
  // authored.ts: a question holding a picture; one pointing at a listing or a picture it lacks
  'image-question',
  'empty-stem',
  'missing-listing',
  'missing-picture',
  'asks-for-several',
  'refers-to-options',
  // blanks.ts
  'too-many-blanks',
  'blank-splits-word',
  // give-away.ts
  'key-in-stem',
  'key-gloss',
  'give-away',
  // echoes.ts
  'key-echoes-stem',
  // translated-term.ts
  'translated-term',
  // spelled-acronym.ts
  'spelled-acronym',
  // name-parts.ts (also key-in-stem and key-gloss): a hint on how the key is typed
  'typing-hint',
  // command-tasks.ts
  'not-a-task',
  'alias-options',
  'misspelled-option',
  // option-kinds.ts
  'odd-one-out',
  'cells-name-others',
  // cloze-grammar.ts
  'cloze-too-short',
  'grammar-tell',
  // one-right.ts
  'ambiguous-key',
  'names-another',
  'blank-in-enumeration',
  'cloze-not-defining',
  'uninformative-cells',
  // siblings.ts
  'distractor-not-sibling',
  'generic-list-label',
  'not-a-term',
  // form-tells.ts
  'tell-blank',
  'tell-code',
  'tell-bold',
  'tell-brackets',
  'tell-script',
  'tell-punctuation',
  'tell-case',
  'tell-length',
  'tell-opening',
  'tell-opening',
  'tell-verb',
  'tell-qualifier',
  'tell-echo',
  // author-options.ts
  'link-option',
  'catch-all-not-last',
  'all-of-the-above',
  'joke-option',
  'placeholder-option',
  'repeated-option',
  'multi-line-option',
  // asked-before.ts: a deck asking the same question twice
  'duplicate-question',
  // the builder and the per-card limit
  'too-few-options',
  'option-too-long',
  'card-limit',
] as const;

export type DropReason = (typeof DROP_REASONS)[number];

/** Facts about the whole deck that some checks need. */
export interface GateContext {
  /** Per command key ("docker kill"), the argument strings the notes use it with ("$(docker ps -q)"). */
  readonly commandArgs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per command key, the job words of each task (card prompt) the notes answer with it. */
  readonly commandTasks: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
  /** Every command key the notes use ("docker image history"): a misspelt option is one letter off one. */
  readonly commandKeys: ReadonlySet<string>;
  /** Labels that recur as terms across the notes' entries: a record's fields (record-fields.ts). */
  readonly recordFields: ReadonlySet<string>;
}

export interface GateCheck {
  readonly code: DropReason;
  /**
   * What the check reads. 'stem': the stem, frame, card and the key only, so it can judge a draft before
   * any distractor is picked; 'options': the distractors too. A rule that reads both is two checks.
   */
  readonly reads: 'stem' | 'options';
  /** True when the candidate must be dropped for this reason. */
  fails(candidate: Candidate, context: GateContext): boolean;
}

/** The author wrote the options and the key: the gate judges generated questions, not the author's. */
export const isAuthored = (candidate: Candidate): boolean => candidate.origin === 'author-choice';

/** The note text a player reads with a question: the stem and the frame's own pieces of the note. */
/**
 * A test of the text a player reads, applied to the stem alone as well: the context above it (a topic, the
 * whole list's name) has words every option may share, and they must not hide a word only the key shares
 * with the stem ("有界定理" / "…上有界" under "闭区间上连续函数的四个性质", 锁 under "并发控制").
 */
export function shownOrAlone(candidate: Candidate, test: (text: string) => boolean): boolean {
  const shown = shownText(candidate);
  const { stem } = candidate.question;
  return test(shown) || (stem !== shown && test(stem));
}

export function shownText(candidate: Candidate): string {
  const { stem, frame } = candidate.question;
  if (!frame) return stem;
  switch (frame.kind) {
    case 'what-is':
    case 'which-term':
      return frame.context === '' ? stem : `${frame.context}\n${stem}`;
    case 'which-row':
    case 'row-cell':
      return `${frame.context ? `${frame.context}\n` : ''}${frame.header}\n${stem}`;
    case 'one-of':
    case 'not-one-of':
      return `${stem}\n${frame.list}`;
    default:
      return stem;
  }
}
