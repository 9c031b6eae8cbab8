import type { FlagVerdict } from '../shared/flag-text.ts';
import { customId } from './limits.ts';

/**
 * The custom_ids of "Report this question" and of the admins' list (custom-ids.ts holds the game's): ids
 * only, checked by the engine and the handlers like every other custom_id.
 *   fl:<roundId>            the Report button under a question: opens the form
 *   fm:<roundId>            the form (a modal) as submitted
 *   fv:<s|r|d>:<questionId> a verdict button of the admins' list: suppress, restore, dismiss
 */
export type FlagAction =
  | { readonly kind: 'report'; readonly roundId: string }
  | { readonly kind: 'form'; readonly roundId: string }
  | { readonly kind: 'verdict'; readonly verdict: FlagVerdict; readonly questionId: string };

const ENGINE_ID = /^[\w.:-]{1,90}$/;
const VERDICT_OF: Readonly<Record<string, FlagVerdict>> = { s: 'suppress', r: 'restore', d: 'dismiss' };

/** Whether a round or question id travels whole in our custom_ids (decodeFlagId reads it back). */
export const fitsFlagId = (id: string): boolean => ENGINE_ID.test(id);

export const reportButtonId = (roundId: string): string => customId('fl', roundId);
export const reportFormId = (roundId: string): string => customId('fm', roundId);
export const verdictButtonId = (verdict: FlagVerdict, questionId: string): string =>
  customId('fv', verdict.slice(0, 1), questionId);

/** Null when the id is not one of these (the caller tries the game's ids next). */
export function decodeFlagId(id: string): FlagAction | null {
  const [head, ...rest] = id.split(':');
  if (head === 'fl' || head === 'fm') {
    const roundId = rest.join(':');
    if (!ENGINE_ID.test(roundId)) return null;
    return head === 'fl' ? { kind: 'report', roundId } : { kind: 'form', roundId };
  }
  if (head === 'fv') {
    const [letter = '', ...tail] = rest;
    const verdict = VERDICT_OF[letter];
    const questionId = tail.join(':');
    return verdict === undefined || !ENGINE_ID.test(questionId)
      ? null
      : { kind: 'verdict', verdict, questionId };
  }
  return null;
}
