import type { Lang, Question } from '../../../src/content/question.ts';
import type { MyAnswer, RoundResults, RoundWithQuestion } from '../../../src/engine/api.ts';
import { youPickedLine } from '../../shared/coming-back.ts';
import { t } from '../../shared/i18n.ts';
import { fitBlocks, sectionBlock } from '../block-limits.ts';
import { dailyOpenMessage, dailyResultsMessage, type SlackMessage } from './question-blocks.ts';

/**
 * The question of the day for someone who already answered it: the question without live buttons and
 * what they picked (the right option stays secret until the close), or, once closed, the result and
 * what they picked.
 */
export function dailyAnsweredMessage(
  current: RoundWithQuestion,
  mine: MyAnswer,
  options: { lang: Lang; timezone: string; answers: number; now?: Date },
): SlackMessage {
  const open = dailyOpenMessage(current.round, current.question, { ...options, late: current.round.late });
  const picked = pickedBlock(options.lang, current.question, mine, true);
  const blocks = open.blocks.filter((block) => block.type !== 'actions');
  return { text: open.text, blocks: fitBlocks([...blocks, picked]) };
}

export function dailyClosedMessage(results: RoundResults, mine: MyAnswer | null, lang: Lang): SlackMessage {
  const message = dailyResultsMessage(results, { lang });
  if (mine === null) return message;
  return {
    text: message.text,
    blocks: fitBlocks([pickedBlock(lang, results.question, mine, false), ...message.blocks]),
  };
}

function pickedBlock(lang: Lang, question: Question, mine: MyAnswer, secret: boolean) {
  const line = youPickedLine(lang, question, mine);
  return sectionBlock(secret ? `${line} ${t(lang, 'answer.revealLater')}` : line);
}
