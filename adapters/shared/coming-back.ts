import type { Lang, Question } from '../../src/content/question.ts';
import type { MyAnswer } from '../../src/engine/api.ts';
import type { DuelRecord } from '../../src/engine/records.ts';
import { gradeName, optionLetter, t } from './i18n.ts';

/** "You picked B. <option text>" (or the self-grade of a flashcard): what a player coming back sees. */
export function youPickedLine(lang: Lang, question: Question, answer: MyAnswer): string {
  if (answer.choice === null)
    return t(lang, 'grade.recorded', {
      grade: answer.selfGrade === null ? '' : gradeName(lang, answer.selfGrade),
    });
  const text = question.options[answer.choice] ?? '';
  return t(lang, 'answer.youPicked', { option: `${optionLetter(answer.choice)}. ${text}`.trim() });
}

/** A challenge the challenger took back ends "expired" before its expiry time and was never accepted. */
export const wasWithdrawn = (duel: DuelRecord): boolean =>
  duel.status === 'expired' &&
  duel.acceptedAt === null &&
  duel.settledAt !== null &&
  duel.settledAt.getTime() < duel.expiresAt.getTime();
