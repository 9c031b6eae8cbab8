import { type Candidate, keyOf } from '../candidate.ts';
import type { GateCheck } from './gate-check.ts';

/**
 * A long glossary table is a whole field in alphabetical order (devices, attacks, metrics and layers side
 * by side), so the rows beside a term are seldom the same kind of thing: "Type of password attack…" asked
 * among a botnet, a bottleneck and a bridge is answered by ruling the others out. There the key's kind (the
 * head noun its definition opens with: attack, device, configuration) must be the kind of some distractor.
 * A short table is written as one family and keeps its rows; Chinese definitions are not read this way.
 */

/** Rows from which a table is taken for an A–Z glossary rather than one family. */
const LONG_TABLE = 12;

/** Where the noun phrase a definition opens with ends: a relative word, a preposition, punctuation. */
const PHRASE_END =
  /[,.;:(（]|\s(?:that|which|where|whereby|who|whose|when|used|using|to|for|by|in|on|with|from|between|within|over|across|at|as|into|of|and|or|is|are)\s/i;

/** "Type of password attack" names an attack: these words name the kind that follows them. */
const KIND_OF = /^(?:a |an |the |any )?(?:type|kind|form|class|category|variety|sort)s? of\s+/i;

/** The head noun of the phrase a definition opens with, singular, lower case; null when there is none. */
export function kindOf(definition: string): string | null {
  let text = definition.trim().replace(KIND_OF, '');
  text = text.replace(/^(?:a|an|the|any|one)\s+/i, '');
  const end = PHRASE_END.exec(` ${text} `);
  const phrase = (end ? ` ${text} `.slice(0, end.index) : text).trim();
  // A participle taking an object ("Metric determining the trustworthiness…") ends the phrase too.
  const participle = /\s\w+ing\s+(?:the|a|an|its|their)\b/i.exec(` ${phrase} `);
  const words = (participle ? ` ${phrase} `.slice(0, participle.index) : phrase).trim().split(/\s+/);
  const head = (words[words.length - 1] ?? '').toLowerCase().replace(/[^a-z-]/g, '');
  if (head.length < 3) return null;
  return head.endsWith('ies')
    ? `${head.slice(0, -3)}y`
    : head.endsWith('s') && !head.endsWith('ss')
      ? head.slice(0, -1)
      : head;
}

/** The definition the glossary gives an option: the option itself when it is one, else its row's. */
function definitionOf(candidate: Candidate, option: string): string | null {
  const entries = candidate.card.facts.glossary?.entries ?? [];
  const row = entries.find((e) => e.term === option);
  if (row) return row.definitions[0] ?? null;
  return entries.some((e) => e.definitions.includes(option)) ? option : null;
}

function fails(candidate: Candidate): boolean {
  const glossary = candidate.card.facts.glossary;
  if (!glossary || glossary.entries.length < LONG_TABLE || candidate.question.lang !== 'en') return false;
  if (candidate.origin !== 'definition-forward' && candidate.origin !== 'definition-reverse') return false;
  const key = keyOf(candidate);
  const keyDefinition = candidate.origin === 'definition-forward' ? key : definitionOf(candidate, key);
  const kind = keyDefinition === null ? null : kindOf(keyDefinition);
  if (kind === null) return true;
  const { options, correctIndex } = candidate.question;
  return !options.some((o, k) => {
    if (k === correctIndex) return false;
    const definition = definitionOf(candidate, o);
    return definition !== null && kindOf(definition) === kind;
  });
}

export const GLOSSARY_KIND_CHECKS: readonly GateCheck[] = [
  { code: 'distractor-not-sibling', reads: 'options', fails },
];
