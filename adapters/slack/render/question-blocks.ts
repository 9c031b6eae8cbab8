import type { KnownBlock } from '@slack/types';
import { decodeEntities } from '../../../src/content/html-text.ts';
import type { Lang, Question } from '../../../src/content/question.ts';
import type { PracticeRound, RoundResults } from '../../../src/engine/api.ts';
import type { RoundRecord } from '../../../src/engine/records.ts';
import { topicsChosenLine } from '../../shared/helpful-mistakes.ts';
import { optionLetter, percent, t } from '../../shared/i18n.ts';
import { optionButtonLabels } from '../../shared/option-labels.ts';
import { questionStem, topicLine } from '../../shared/question-text.ts';
import { zonedTime, zonedTimeFromNow } from '../../shared/time-text.ts';
import { topicKey } from '../../shared/topic-key.ts';
import { latencyText } from '../../shared/winners.ts';
import { ACTION, choiceValue, topicValue } from '../action-values.ts';
import {
  actionsBlocks,
  BLOCK_LIMITS,
  type ButtonSpec,
  contextBlock,
  fallbackText,
  fitBlocks,
  headerBlock,
  sectionBlock,
  sectionBlocks,
} from '../block-limits.ts';
import { markdownToMrkdwn, SLACK_BLANK } from '../markdown-to-mrkdwn.ts';
import { st } from '../messages.ts';
import { reportMenu } from './flag-blocks.ts';
import { slackMention } from './mentions.ts';

/** A message as chat.postMessage / chat.update / response_url take it. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/**
 * The question in the reader's language: the frame in `lang` around the note's own text. With `reportRound`,
 * the "…" menu beside it reports the question of that round ("Report this question").
 */
export function stemBlock(question: Question, lang: Lang, reportRound?: string): KnownBlock {
  const block = sectionBlock(markdownToMrkdwn(questionStem(lang, question)), { escape: false });
  const menu = reportRound === undefined ? null : reportMenu(lang, reportRound);
  return menu === null ? block : { ...block, accessory: menu };
}

/** The "Topic: …" line under a question, where its note has sections above it. */
export function topicBlocks(question: Question, lang: Lang): KnownBlock[] {
  const line = topicLine(lang, question);
  return line === null ? [] : [contextBlock([line])];
}

/** The stem as plain fallback text (notifications, screen readers), its blank shown as in the blocks. */
export function stemText(question: Question, lang: Lang): string {
  return decodeEntities(questionStem(lang, question)).replace(/_{3,}/g, SLACK_BLANK);
}

/** The options in full (buttons may have to cut them to 75 characters). */
export function optionsBlock(question: Question, marks?: { correct: number | null }): KnownBlock {
  const lines = question.options.map((option, i) => {
    const mark = marks === undefined ? '' : marks.correct === i ? ' ✅' : '';
    return `*${optionLetter(i)}.* ${markdownToMrkdwn(option)}${mark}`;
  });
  return sectionBlock(lines.join('\n'), { escape: false });
}

/**
 * One button per option: "A. text" when every option fits a button whole, else only the letters (the
 * options block above shows them in full), so no button is cut and no two look alike.
 */
export function optionButtons(
  question: Question,
  actionId: string,
  valueFor: (i: number) => string,
): ButtonSpec[] {
  const labels = optionButtonLabels(question.options, BLOCK_LIMITS.buttonText);
  return question.options.map((_, i) => ({
    actionId: `${actionId}:${i}`,
    text: labels[i] ?? optionLetter(i),
    value: valueFor(i),
  }));
}

/** The daily post while it is open: question, options, one button per option, a live answer count. */
export function dailyOpenMessage(
  round: RoundRecord,
  question: Question,
  options: { lang: Lang; late: boolean; timezone: string; answers: number; now?: Date },
): SlackMessage {
  const { lang, now } = options;
  const title = t(lang, options.late ? 'question.dailyLate' : 'question.daily');
  const footer = [st(lang, 'daily.countLine', { count: options.answers })];
  if (round.closesAt !== null) {
    // "in 3 h" only in a copy made for one reader now: the channel's post stays up all day.
    const time =
      now === undefined
        ? zonedTime(lang, round.closesAt, options.timezone)
        : zonedTimeFromNow(lang, round.closesAt, options.timezone, now);
    footer.unshift(t(lang, 'question.closesAt', { time }));
  }
  const blocks: KnownBlock[] = [
    headerBlock(title),
    stemBlock(question, lang, round.id),
    optionsBlock(question),
    ...actionsBlocks(
      optionButtons(question, ACTION.dailyAnswer, (i) => choiceValue(round.id, i)),
      'nq_daily_options_',
    ),
    ...topicBlocks(question, lang),
    contextBlock(
      footer.map((line) => line),
      { escape: true },
    ),
  ];
  return { text: fallbackText(`${title}: ${stemText(question, lang)}`), blocks: fitBlocks(blocks) };
}

/** The note's own answer, cut to fit, with where it comes from. */
export function noteAnswerBlocks(
  question: Pick<Question, 'answer' | 'source'>,
  lang: Lang,
  maxSections: number,
): KnownBlock[] {
  return [
    ...sectionBlocks(`*${st(lang, 'daily.fromNotes')}*\n${markdownToMrkdwn(question.answer)}`, maxSections, {
      escape: false,
    }),
    contextBlock([t(lang, 'answer.source', { file: question.source.file, line: question.source.line })]),
  ];
}

/** The daily post after close: right answer, % correct, fastest correct players, the note's answer. */
export function dailyResultsMessage(results: RoundResults, options: { lang: Lang }): SlackMessage {
  const { lang } = options;
  const { question } = results;
  const correct = question.correctIndex;
  const lines: string[] = [];
  if (correct !== null) {
    lines.push(
      st(lang, 'daily.rightAnswer', {
        letter: optionLetter(correct),
        option: markdownToMrkdwn(question.options[correct] ?? ''),
      }),
    );
  }
  if (results.answered === 0) {
    lines.push(t(lang, 'results.nobody'));
  } else {
    lines.push(
      st(lang, 'daily.percentCorrect', {
        percent: percent(lang, results.correct / results.answered),
        correct: results.correct,
        answered: results.answered,
      }),
    );
  }
  // The winners are mentioned by name here; the thread reply (winners-blocks.ts) is what notifies them.
  const fastest = results.fastest
    .slice(0, 5)
    .map((w, i) => `${i + 1}. ${slackMention(w.playerId, w.displayName)} (${latencyText(lang, w)})`);
  const title = `${t(lang, 'question.daily')}: ${t(lang, 'results.title')}`;
  const blocks: KnownBlock[] = [
    headerBlock(title),
    stemBlock(question, lang, results.round.id),
    optionsBlock(question, { correct }),
    sectionBlock(lines.join('\n'), { escape: false }),
  ];
  if (fastest.length > 0)
    blocks.push(contextBlock([t(lang, 'results.fastest', { names: fastest.join('  ') })], { escape: false }));
  blocks.push(...noteAnswerBlocks(question, lang, 2));
  blocks.push(contextBlock([st(lang, 'daily.closed')]));
  return { text: fallbackText(`${title}: ${stemText(question, lang)}`), blocks: fitBlocks(blocks) };
}

/**
 * A practice question (ephemeral): auto-graded with option buttons, or a flashcard with Show answer.
 * `topic`: the section(s) the player's topic chose, named above the question; its key rides on the buttons.
 */
export function practiceQuestionMessage(
  round: RoundRecord,
  question: Question,
  lang: Lang,
  topic: { readonly key: string; readonly titles: readonly string[] } = { key: '', titles: [] },
): SlackMessage {
  const title = t(lang, 'question.practice');
  const blocks: KnownBlock[] = [headerBlock(title)];
  if (topic.titles.length > 0) blocks.push(contextBlock([topicsChosenLine(lang, topic.titles)]));
  blocks.push(stemBlock(question, lang, round.id));
  if (question.correctIndex === null || question.options.length < 2) {
    blocks.push(contextBlock([t(lang, 'question.flashcard')]));
    blocks.push(
      ...actionsBlocks([
        {
          actionId: ACTION.practiceReveal,
          text: t(lang, 'question.reveal'),
          value: topicValue(topic.key, round.id),
          style: 'primary',
        },
      ]),
    );
  } else {
    blocks.push(optionsBlock(question));
    blocks.push(
      ...actionsBlocks(
        optionButtons(question, ACTION.practiceAnswer, (i) =>
          topicValue(topic.key, choiceValue(round.id, i)),
        ),
      ),
    );
  }
  blocks.push(...topicBlocks(question, lang));
  return { text: fallbackText(`${title}: ${stemText(question, lang)}`), blocks: fitBlocks(blocks) };
}

/** A started practice round as a message: the chosen section(s) named, their key on the buttons. */
export function practiceMessage(
  ctx: { readonly engine: { topicTitles(): readonly string[] } },
  started: PracticeRound,
  lang: Lang,
): SlackMessage {
  return practiceQuestionMessage(started.round, started.question, lang, {
    key: topicKey(started.topicTitles, ctx.engine.topicTitles()),
    titles: started.topicTitles,
  });
}
