import { distance } from 'fastest-levenshtein';
import { normalizeTopic } from '../../src/engine/topic-match.ts';

/**
 * "Did you mean …" for a mistyped command, period or topic, the way commander (the CLI's parser) does it:
 * of the candidates more than 40% similar to what was typed, those at the smallest edit distance, at most
 * `max`. Case, full-width forms and spacing are ignored.
 */
const MIN_SIMILARITY = 0.4;

export function didYouMean(typed: string, candidates: readonly string[], max = 3): string[] {
  const wanted = normalizeTopic(typed);
  if (wanted === '') return [];
  const scored: { candidate: string; edits: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const name = normalizeTopic(candidate);
    const edits = distance(wanted, name);
    const similarity = 1 - edits / Math.max(wanted.length, name.length);
    if (similarity > MIN_SIMILARITY && edits > 0) scored.push({ candidate, edits });
  }
  const best = Math.min(...scored.map((s) => s.edits));
  return scored
    .filter((s) => s.edits === best)
    .sort((a, b) => (a.candidate < b.candidate ? -1 : 1))
    .slice(0, max)
    .map((s) => s.candidate);
}
