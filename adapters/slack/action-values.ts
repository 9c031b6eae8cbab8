import type { SelfGrade } from '../../src/engine/records.ts';
import { isTopicKey } from '../shared/topic-key.ts';

/**
 * What a button carries back to us. Only ids and small numbers, never an answer, a score or a name: the
 * value comes back from the user's client and is not to be trusted, so the engine checks every id against
 * the store (another round, another workspace, another player's duel, an option out of range).
 *
 * Format: fields joined by "|", the id last because it is the only free-form part.
 */
export const ACTION = {
  dailyAnswer: 'nq_daily_answer',
  practiceAnswer: 'nq_practice_answer',
  practiceReveal: 'nq_practice_reveal',
  practiceGrade: 'nq_practice_grade',
  practiceNext: 'nq_practice_next',
  duelAccept: 'nq_duel_accept',
  duelDecline: 'nq_duel_decline',
  duelCancel: 'nq_duel_cancel',
  duelPlay: 'nq_duel_play',
  duelAnswer: 'nq_duel_answer',
} as const;

/** Slack needs a distinct action_id per element of an actions block, so option buttons add ":<index>". */
export const ACTION_PATTERN = {
  dailyAnswer: new RegExp(`^${ACTION.dailyAnswer}(:\\d+)?$`),
  practiceAnswer: new RegExp(`^${ACTION.practiceAnswer}(:\\d+)?$`),
  practiceGrade: new RegExp(`^${ACTION.practiceGrade}(:\\w+)?$`),
  duelAnswer: new RegExp(`^${ACTION.duelAnswer}(:\\d+)?$`),
} as const;

const SMALL_INT = /^\d{1,3}$/;
/** Our ids are short; a longer one is forged and never reaches the store. */
const MAX_ID_LENGTH = 200;
const isId = (id: string): boolean => id !== '' && id.length <= MAX_ID_LENGTH;
const GRADES: readonly SelfGrade[] = ['again', 'hard', 'good', 'easy'];

export const choiceValue = (roundId: string, choice: number): string => `${choice}|${roundId}`;

export function parseChoiceValue(value: unknown): { roundId: string; choice: number } | null {
  if (typeof value !== 'string') return null;
  const [choice, ...rest] = value.split('|');
  const roundId = rest.join('|');
  if (choice === undefined || !SMALL_INT.test(choice) || !isId(roundId)) return null;
  return { roundId, choice: Number(choice) };
}

export const gradeValue = (roundId: string, grade: SelfGrade): string => `${grade}|${roundId}`;

export function parseGradeValue(value: unknown): { roundId: string; grade: SelfGrade } | null {
  if (typeof value !== 'string') return null;
  const [grade, ...rest] = value.split('|');
  const roundId = rest.join('|');
  const known = GRADES.find((g) => g === grade);
  if (known === undefined || !isId(roundId)) return null;
  return { roundId, grade: known };
}

export const duelAnswerValue = (duelId: string, index: number, choice: number): string =>
  `${index}|${choice}|${duelId}`;

export function parseDuelAnswerValue(
  value: unknown,
): { duelId: string; index: number; choice: number } | null {
  if (typeof value !== 'string') return null;
  const [index, choice, ...rest] = value.split('|');
  const duelId = rest.join('|');
  if (index === undefined || choice === undefined || !SMALL_INT.test(index) || !SMALL_INT.test(choice))
    return null;
  if (!isId(duelId)) return null;
  return { duelId, index: Number(index), choice: Number(choice) };
}

/**
 * Practice buttons also carry the topic the player chose (shared/topic-key.ts), so "another question"
 * stays on it: "t<key>~" before the value. Values posted before topics travelled have no prefix.
 */
export const topicValue = (topicKey: string, value: string): string => `t${topicKey}~${value}`;

export function splitTopicValue(value: unknown): { topicKey: string; value: unknown } {
  if (typeof value !== 'string') return { topicKey: '', value };
  const match = /^t([\d.]*)~/.exec(value);
  if (match === null || !isTopicKey(match[1] ?? '')) return { topicKey: '', value };
  return { topicKey: match[1] ?? '', value: value.slice(match[0].length) };
}

/** Values that are a bare id (reveal, accept, decline, play). */
export function parseIdValue(value: unknown): string | null {
  return typeof value === 'string' && isId(value) ? value : null;
}
