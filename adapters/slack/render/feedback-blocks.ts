import type { KnownBlock } from '@slack/types';
import type { Lang, Question } from '../../../src/content/question.ts';
import type { AnswerOutcome } from '../../../src/engine/api.ts';
import type { SelfGrade } from '../../../src/engine/records.ts';
import { gradeName, optionLetter, rejectionMessage, t } from '../../shared/i18n.ts';
import { ACTION, gradeValue, topicValue } from '../action-values.ts';
import {
  actionsBlocks,
  contextBlock,
  fallbackMrkdwn,
  fallbackText,
  fitBlocks,
  headerBlock,
  sectionBlock,
} from '../block-limits.ts';
import { st } from '../messages.ts';
import { noteAnswerBlocks, optionsBlock, type SlackMessage, stemBlock, stemText } from './question-blocks.ts';

/** A one-line ephemeral reply. */
export function plainMessage(text: string): SlackMessage {
  return { text: fallbackText(text), blocks: [sectionBlock(text)] };
}

/** Mrkdwn we wrote ourselves (help, usage lines with `code`): not escaped. */
export function mrkdwnMessage(text: string): SlackMessage {
  return { text: fallbackMrkdwn(text), blocks: [sectionBlock(text, { escape: false })] };
}

export function rejectionReply(lang: Lang, code: string, detail?: string): SlackMessage {
  return plainMessage(rejectionMessage(lang, code, detail));
}

function verdictLine(outcome: AnswerOutcome, lang: Lang): string {
  const parts = [outcome.correct ? `✅ ${t(lang, 'answer.correct')}` : `❌ ${t(lang, 'answer.wrong')}`];
  if (outcome.choice !== null)
    parts.push(st(lang, 'feedback.yourChoice', { letter: optionLetter(outcome.choice) }));
  if (outcome.points > 0) parts.push(t(lang, 'answer.points', { points: outcome.points }));
  if (outcome.streak !== null && outcome.streak.current > 0) {
    parts.push(`🔥 ${t(lang, 'answer.streak', { days: outcome.streak.current })}`);
  }
  return parts.join('  ');
}

/**
 * What the player alone sees after clicking in the daily post: right or wrong, points, streak. Never the
 * right answer while the round is open, so nobody can pass it on to the channel.
 */
export function dailyFeedbackMessage(outcome: AnswerOutcome, lang: Lang): SlackMessage {
  const line = verdictLine(outcome, lang);
  return {
    text: fallbackText(line),
    blocks: [
      sectionBlock(line),
      contextBlock([st(lang, 'daily.countLine', { count: outcome.answersSoFar })]),
    ],
  };
}

/** Practice: the verdict, the question with the right option marked, the note's answer, another one. */
/** "Another question" on the topic the player chose (`topicKey`, "" for any). */
const anotherButton = (lang: Lang, topicKey: string) =>
  actionsBlocks([
    { actionId: ACTION.practiceNext, text: st(lang, 'practice.next'), value: topicValue(topicKey, 'next') },
  ]);

export function practiceFeedbackMessage(outcome: AnswerOutcome, lang: Lang, topicKey = ''): SlackMessage {
  const { question } = outcome;
  const line = verdictLine(outcome, lang);
  const blocks: KnownBlock[] = [sectionBlock(line), stemBlock(question, lang, outcome.round.id)];
  if (question.correctIndex !== null && question.options.length > 1) {
    blocks.push(optionsBlock(question, { correct: question.correctIndex }));
  }
  blocks.push(...noteAnswerBlocks(question, lang, 2));
  blocks.push(...anotherButton(lang, topicKey));
  return { text: fallbackText(line), blocks: fitBlocks(blocks) };
}

/** A flashcard after "Show answer": the note's answer and the four self-grades. */
export function flashcardRevealMessage(
  roundId: string,
  question: Question,
  lang: Lang,
  topicKey = '',
): SlackMessage {
  const grades: SelfGrade[] = ['again', 'hard', 'good', 'easy'];
  const blocks: KnownBlock[] = [
    headerBlock(t(lang, 'question.practice')),
    stemBlock(question, lang, roundId),
    ...noteAnswerBlocks(question, lang, 2),
    sectionBlock(t(lang, 'grade.prompt')),
    ...actionsBlocks(
      grades.map((g) => ({
        actionId: `${ACTION.practiceGrade}:${g}`,
        text: gradeName(lang, g),
        value: topicValue(topicKey, gradeValue(roundId, g)),
      })),
    ),
  ];
  return { text: fallbackText(stemText(question, lang)), blocks: fitBlocks(blocks) };
}

export function gradedMessage(grade: SelfGrade, lang: Lang, topicKey = ''): SlackMessage {
  const line = t(lang, 'grade.recorded', { grade: gradeName(lang, grade) });
  return { text: fallbackText(line), blocks: [sectionBlock(line), ...anotherButton(lang, topicKey)] };
}
