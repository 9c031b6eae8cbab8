import type { DuelSettlement, RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { t } from '../shared/i18n.ts';
import { channelZone, zonedTimeFromNow } from '../shared/time-text.ts';
import { renderQuestion, renderResults } from './render-text.ts';
import { expiredDuelNotice } from './terminal-duels.ts';
import { TERMINAL_PLATFORM, terminalPlayerId } from './terminal-ids.ts';
import { tt } from './terminal-messages.ts';
import type { TerminalSession } from './terminal-session.ts';

/**
 * The scheduler's way into the terminal: the question of the day and its results are printed, and the
 * question goes on screen for the local player so a bare "B" answers it. Printing cannot fail for a
 * reason a retry would fix, so every post succeeds.
 */
export function createTerminalPublisher(
  session: TerminalSession,
  print: (text: string) => void,
): RoundPublisher {
  return {
    platform: TERMINAL_PLATFORM,
    async postRound(
      channel: ChannelRecord,
      round: RoundWithQuestion,
      options: { late: boolean },
    ): Promise<PublishResult> {
      const lang = session.lang;
      const heading = options.late ? t(lang, 'question.dailyLate') : t(lang, 'question.daily');
      session.focus.set(terminalPlayerId(session.player), {
        kind: 'round',
        round: round.round,
        question: round.question,
      });
      session.shown.set(terminalPlayerId(session.player), {
        roundId: round.round.id,
        question: round.question,
      });
      const { closesAt } = round.round;
      const closes =
        closesAt === null
          ? ''
          : `\n${t(lang, 'question.closesAt', {
              time: zonedTimeFromNow(lang, closesAt, channelZone(channel), session.clock.now()),
            })}`;
      print(`${tt(lang, 'dailyPosted')}\n${renderQuestion(lang, round.question, heading)}${closes}`);
      return { ok: true, postRef: `${channel.id}:${round.round.id}` };
    },
    async postReminder(channel: ChannelRecord, round, options): Promise<PublishResult> {
      print(`⏰ ${t(session.lang, 'reminder.closesSoon', { count: options.answered })}`);
      return { ok: true, postRef: `${channel.id}:${round.round.id}:reminder` };
    },
    async postResults(channel: ChannelRecord, results: RoundResults): Promise<PublishResult> {
      // The reveal is when a wrong key shows: "/flag" then reports this question.
      session.shown.set(terminalPlayerId(session.player), {
        roundId: results.round.id,
        question: results.question,
      });
      print(renderResults(session.lang, results));
      return { ok: true, postRef: `${channel.id}:${results.round.id}:results` };
    },
    async announceDuelSettlement(settlement: DuelSettlement): Promise<PublishResult> {
      print(expiredDuelNotice(session, settlement));
      return { ok: true, postRef: `${settlement.duel.channelId}:${settlement.duel.id}:result` };
    },
  };
}
