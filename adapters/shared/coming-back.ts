import type { Lang, Question } from '../../src/content/question.ts';
import type { MyAnswer } from '../../src/engine/api.ts';
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
