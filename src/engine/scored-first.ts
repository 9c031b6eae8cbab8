import { isAutoGraded, type Question } from '../content/question.ts';

/**
 * The auto-graded questions if there are some, else all of them: a flashcard cannot be scored, so it is
 * asked only where nothing else is (the daily question, and a practice card that also has buttons).
 */
export function scoredFirst(questions: readonly Question[]): readonly Question[] {
  const autoGraded = questions.filter(isAutoGraded);
  return autoGraded.length > 0 ? autoGraded : questions;
}
