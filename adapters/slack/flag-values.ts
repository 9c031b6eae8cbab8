import { z } from 'zod';
import { type FlagReason, isFlagReason } from '../../src/engine/question-flags.ts';

/**
 * What "Report this question" and the admins' list carry back to us: the reason and the round id in the
 * menu's option, the round and the reply address in the form's private_metadata, a question id on the
 * admins' buttons. None of it is trusted: the engine checks the round against the reporter, and the
 * admin buttons check the presser's rights again.
 */
export const FLAG_ACTION = {
  menu: 'nq_flag_menu',
  suppress: 'nq_flag_suppress',
  restore: 'nq_flag_restore',
  dismiss: 'nq_flag_dismiss',
} as const;

/** The report form (a modal) and its fields. */
export const FLAG_VIEW = {
  callbackId: 'nq_flag',
  reasonBlock: 'nq_flag_reason',
  reasonAction: 'reason',
  noteBlock: 'nq_flag_note',
  noteAction: 'note',
} as const;

/** Our ids are short; a longer one is forged and never reaches the store. */
const MAX_ID_LENGTH = 200;
const isId = (id: string): boolean => id !== '' && id.length <= MAX_ID_LENGTH;

export const menuValue = (reason: FlagReason, roundId: string): string => `${reason}|${roundId}`;

export function parseMenuValue(value: unknown): { reason: FlagReason; roundId: string } | null {
  if (typeof value !== 'string') return null;
  const [reason = '', ...rest] = value.split('|');
  const roundId = rest.join('|');
  return isFlagReason(reason) && isId(roundId) ? { reason, roundId } : null;
}

const metadataSchema = z.object({
  r: z.string().min(1).max(MAX_ID_LENGTH),
  u: z.string().max(2000).optional(),
});

/** The form's private_metadata: the round reported, and the response_url to thank the reporter through. */
export function flagMetadata(roundId: string, responseUrl: string | undefined): string {
  return JSON.stringify(responseUrl === undefined ? { r: roundId } : { r: roundId, u: responseUrl });
}

export function parseFlagMetadata(raw: unknown): { roundId: string; responseUrl: string | undefined } | null {
  if (typeof raw !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = metadataSchema.safeParse(json);
  return parsed.success ? { roundId: parsed.data.r, responseUrl: parsed.data.u } : null;
}

/** An admin button's value: the question's id. */
export function parseQuestionValue(value: unknown): string | null {
  return typeof value === 'string' && isId(value) ? value : null;
}
