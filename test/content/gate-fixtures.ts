import type { Candidate, CandidateOrigin, DistractorSource } from '../../src/content/candidate.ts';
import { type DropReason, firstFailure, gateContextOf } from '../../src/content/quality-gate.ts';
import type { Lang, QuestionFrame, QuestionKind } from '../../src/content/question.ts';
import type { Card, CardFacts, TableFact } from '../../src/content/types.ts';

/**
 * Each rule of the quality gate with a candidate it must drop and a near miss it must keep, from small
 * hand-made fixtures in English and Chinese (not from the corpora). A near miss passes every check.
 */

export const NO_FACTS: CardFacts = {
  definitions: [],
  tables: [],
  commands: [],
  lists: [],
  sentences: [],
  choice: null,
  answerCommand: null,
  subject: null,
};

export function cardOf(lang: Lang, extra: Partial<Card> = {}): Card {
  return {
    id: 'c1',
    kind: 'question',
    prompt: lang === 'zh' ? '笔记' : 'Notes',
    answer: 'answer',
    file: 'notes.md',
    line: 1,
    answerLines: { start: 2, end: 3 },
    sectionPath: ['Notes'],
    deck: 'notes',
    lang,
    tags: [],
    facts: NO_FACTS,
    ...extra,
  };
}

const KIND_OF: Record<CandidateOrigin, QuestionKind> = {
  'definition-forward': 'definition',
  'definition-reverse': 'definition',
  'subject-forward': 'definition',
  'subject-reverse': 'definition',
  'table-row': 'table-row',
  'table-cell': 'table-row',
  command: 'command',
  cloze: 'cloze',
  'list-in': 'list-membership',
  'list-out': 'list-membership',
  acronym: 'cloze',
  'author-choice': 'choice',
};

const FRAME_OF: Record<CandidateOrigin, QuestionFrame | null> = {
  'definition-forward': { kind: 'what-is', context: '' },
  'definition-reverse': { kind: 'which-term', context: '' },
  'subject-forward': { kind: 'what-is', context: '' },
  'subject-reverse': { kind: 'which-term', context: '' },
  'table-row': { kind: 'which-row', header: 'Name' },
  'table-cell': { kind: 'row-cell', header: 'Meaning' },
  command: { kind: 'which-command' },
  cloze: { kind: 'cloze' },
  'list-in': { kind: 'one-of', list: 'Pros' },
  'list-out': { kind: 'not-one-of', list: 'Pros' },
  acronym: { kind: 'cloze' },
  'author-choice': null,
};

export interface Spec {
  readonly origin: CandidateOrigin;
  readonly stem: string;
  /** The key first. */
  readonly options: readonly string[];
  readonly lang?: Lang;
  readonly frame?: QuestionFrame | null;
  readonly source?: DistractorSource;
  readonly card?: Partial<Card>;
  readonly table?: TableFact;
  readonly descriptions?: Record<string, string>;
  /** A glossary's other names for the options and the stem's term (expansion, translation). */
  readonly names?: Record<string, readonly string[]>;
  readonly arguments?: string;
}

/** A built candidate, the key in the middle so no check can lean on its position. */
export function make(spec: Spec): Candidate {
  const [key, ...others] = spec.options;
  const options = [others[0] ?? '', key ?? '', ...others.slice(1)].filter((o) => o !== '');
  const lang = spec.lang ?? 'en';
  const descriptions = spec.descriptions;
  const names = spec.names;
  return {
    card: cardOf(lang, spec.card),
    origin: spec.origin,
    distractorSource: spec.source ?? 'same-list',
    question: {
      id: 'c1:q',
      cardId: 'c1',
      deck: 'notes',
      kind: KIND_OF[spec.origin],
      lang,
      stem: spec.stem,
      frame: spec.frame === undefined ? FRAME_OF[spec.origin] : spec.frame,
      options,
      correctIndex: options.indexOf(key ?? ''),
      answer: 'answer',
      source: { file: 'notes.md', line: 2 },
      sectionPath: spec.card?.sectionPath ?? ['Notes'],
      tags: [],
    },
    ...(descriptions ? { descriptionOf: (o: string) => descriptions[o] } : {}),
    ...(names ? { namesOf: (o: string) => names[o] } : {}),
    ...(spec.table ? { table: spec.table } : {}),
    ...(spec.arguments !== undefined ? { arguments: spec.arguments } : {}),
  };
}

export const NO_COMMANDS = gateContextOf([]);
export const judge = (spec: Spec, context = NO_COMMANDS): DropReason | null =>
  firstFailure(make(spec), context);

export const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGHUP', 'SIGINT'];

/** A question the author wrote and keyed (the key first). */
export const authored = (stem: string, options: readonly string[], lang: 'en' | 'zh' = 'en'): Spec => ({
  origin: 'author-choice',
  source: 'author',
  stem,
  options,
  lang,
});
