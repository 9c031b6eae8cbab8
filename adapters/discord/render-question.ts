import type { Lang, Question } from '../../src/content/question.ts';
import { optionLetter, t } from '../shared/i18n.ts';
import { optionButtonLabels } from '../shared/option-labels.ts';
import { questionStem, topicLine } from '../shared/question-text.ts';
import { type ButtonAction, encodeButton } from './custom-ids.ts';
import {
  type ButtonSpec,
  buttonRows,
  DISCORD_LIMITS,
  type EmbedData,
  fitMarkdown,
  fitText,
} from './limits.ts';
import { COLOR } from './message-body.ts';
import { noteMarkdown } from './note-markdown.ts';

/** How a question reads on Discord (daily, practice, duel) and how its answer is revealed. */

/** The question in the reader's language: the frame in `lang` around the note's own text. */
export function stemText(lang: Lang, question: Question): string {
  return noteMarkdown(questionStem(lang, question));
}

/** The stem and every option in full, lettered: the buttons may carry only the letters. */
export function questionText(lang: Lang, question: Question): string {
  const stem = fitText(stemText(lang, question), 3000);
  if (question.options.length === 0) return `${stem}\n\n_${t(lang, 'question.flashcard')}_`;
  const options = question.options.map((o, i) => `**${optionLetter(i)}.** ${noteMarkdown(o)}`).join('\n');
  return `${stem}\n\n${options}`;
}

export function questionEmbed(lang: Lang, question: Question, title: string, footer?: string): EmbedData {
  const topic = topicLine(lang, question);
  const footerText = [topic, footer].filter((x): x is string => x !== null && x !== undefined).join(' · ');
  return {
    title,
    description: questionText(lang, question),
    color: COLOR.question,
    ...(footerText === '' ? {} : { footer: { text: footerText } }),
  };
}

/**
 * One button per option ("A. text") when every option fits a button whole, else only the letters (the
 * message lists the options in full), so no label is cut and no two look alike; "Show answer" for a
 * flashcard.
 */
export function optionButtons(
  lang: Lang,
  question: Question,
  actionFor: (choice: number) => ButtonAction,
  reveal: ButtonAction | null,
): ButtonSpec[] {
  if (question.options.length === 0) {
    return reveal === null
      ? []
      : [{ label: t(lang, 'question.reveal'), customId: encodeButton(reveal), style: 1 }];
  }
  const max = DISCORD_LIMITS.actionRows * DISCORD_LIMITS.buttonsPerRow;
  const labels = optionButtonLabels(question.options.slice(0, max), DISCORD_LIMITS.buttonLabel);
  return labels.map((label, i) => ({
    label,
    customId: encodeButton(actionFor(i)),
    style: 2,
  }));
}

export const rows = buttonRows;

/**
 * The right option and the note's own answer, with where it came from, within `max` characters: the
 * answer gives way (cut between lines, never inside a code block), the source line always stays — it is
 * where to read the rest.
 */
export function revealText(lang: Lang, question: Question, max: number): string {
  const head: string[] = [];
  if (question.correctIndex !== null) {
    const letter = optionLetter(question.correctIndex);
    const option = noteMarkdown(question.options[question.correctIndex] ?? '');
    head.push(
      fitText(t(lang, 'answer.correctWas', { option: `**${letter}. ${option}**` }), Math.floor(max / 4)),
    );
  }
  const source = fitText(
    `-# ${t(lang, 'answer.source', { file: question.source.file, line: question.source.line })}`,
    Math.floor(max / 4),
  );
  const separators = 2 * (head.length + 1);
  const room = max - separators - source.length - head.reduce((n, line) => n + line.length, 0);
  return [...head, fitMarkdown(noteMarkdown(question.answer), Math.max(0, room)), source].join('\n\n');
}

/** A question's stem, then its reveal, for one embed description. */
export function stemAndReveal(lang: Lang, question: Question): string {
  const stem = fitText(stemText(lang, question), DISCORD_LIMITS.embedDescription / 2);
  return `${stem}\n\n${revealText(lang, question, DISCORD_LIMITS.embedDescription - stem.length - 2)}`;
}
