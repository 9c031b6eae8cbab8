import type { Lang } from '../../../src/content/question.ts';
import type { RoundResults } from '../../../src/engine/api.ts';
import { winnersAnnouncement } from '../../shared/winners.ts';
import { fallbackMrkdwn, sectionBlock } from '../block-limits.ts';
import { slackMention } from './mentions.ts';
import type { SlackMessage } from './question-blocks.ts';

/**
 * The reply in the daily post's thread that celebrates who got it right. A reveal edits the post, and
 * Slack notifies nobody of a mention added by an edit: this new message is what reaches the winners, and
 * only them (everyone else in it is escaped text).
 */
export function dailyWinnersMessage(results: RoundResults, lang: Lang): SlackMessage | null {
  const line = winnersAnnouncement(lang, results, (w) => slackMention(w.playerId, w.displayName));
  return line === null
    ? null
    : { text: fallbackMrkdwn(line), blocks: [sectionBlock(line, { escape: false })] };
}
