import { stripDecoration } from './question-cues.ts';
import { normaliseKey, shortHash, similarity } from './text-normalise.ts';

/**
 * Card ids, stable where a person would say "same question":
 * - the id is `c` + a hash of the prompt's normalised key (NFKC, lower case, no punctuation, symbols,
 *   whitespace or leading ⭐️/numbering), so spacing, full-width/half-width punctuation, case, moving the
 *   section or editing the answer never change it;
 * - `<!-- id: my-name -->` right under a heading pins the id to `my-name` whatever the wording;
 * - a typo fixed in the prompt changes the hash; `carryOverIds` (used on reload) gives the new card the
 *   old id when the prompts are still similar (Levenshtein on the keys >= 0.75, or >= 0.5 with an
 *   unchanged answer), pairing the most similar first.
 * Two cards with the same key in one deck: the later ones get `-2`, `-3` … in document order.
 */
export function promptKey(prompt: string): string {
  return normaliseKey(stripDecoration(prompt));
}

export function cardIdFor(prompt: string, explicitId: string | null): string {
  if (explicitId) return explicitId;
  return `c${shortHash(promptKey(prompt), 10)}`;
}

export interface CardIdentity {
  readonly id: string;
  readonly prompt: string;
  readonly answer: string;
}

const CARRY_PROMPT_SIMILARITY = 0.75;
const CARRY_PROMPT_WITH_SAME_ANSWER = 0.5;

/**
 * For each card of `next` whose id is new, the id of the most similar card of `previous` that has
 * disappeared. Returns new id → old id. Pure; the engine applies it on reload (buildDeck does too when
 * given `previous`).
 */
export function carryOverIds(
  previous: readonly CardIdentity[],
  next: readonly CardIdentity[],
): Map<string, string> {
  const nextIds = new Set(next.map((c) => c.id));
  const gone = previous.filter((c) => !nextIds.has(c.id));
  const previousIds = new Set(previous.map((c) => c.id));
  const fresh = next.filter((c) => !previousIds.has(c.id));
  const pairs: { from: CardIdentity; to: CardIdentity; score: number }[] = [];
  for (const to of fresh) {
    for (const from of gone) {
      const score = similarity(promptKey(from.prompt), promptKey(to.prompt));
      const sameAnswer = normaliseKey(from.answer) === normaliseKey(to.answer);
      if (score >= CARRY_PROMPT_SIMILARITY || (sameAnswer && score >= CARRY_PROMPT_WITH_SAME_ANSWER)) {
        pairs.push({ from, to, score: score + (sameAnswer ? 1 : 0) });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || (a.to.id < b.to.id ? -1 : 1));
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const { from, to } of pairs) {
    if (out.has(to.id) || used.has(from.id)) continue;
    out.set(to.id, from.id);
    used.add(from.id);
  }
  return out;
}
