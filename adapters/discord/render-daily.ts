import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import { optionLetter, t } from '../shared/i18n.ts';
import { topicLine } from '../shared/question-text.ts';
import { MAX_NAMED_WINNERS, type Winner, winnersAnnouncement } from '../shared/winners.ts';
import { withReportRow } from './flag-render.ts';
import { buttonRows, DISCORD_LIMITS } from './limits.ts';
import { COLOR, discordTimeFromNow, type MessageBody, mention } from './message-body.ts';
import { d } from './messages.ts';
import { noteMarkdown } from './note-markdown.ts';
import { plainText } from './plain-text.ts';
import { discordUserOf } from './platform-ids.ts';
import { optionButtons, questionEmbed, revealText, stemText } from './render-question.ts';

/** The question of the day in its channel: the open post with a live count, and the reveal at close. */

export function dailyPostBody(lang: Lang, current: RoundWithQuestion, answered: number): MessageBody {
  const { round, question } = current;
  const title = round.late ? t(lang, 'question.dailyLate') : t(lang, 'question.daily');
  const embed = questionEmbed(lang, question, title);
  const closes =
    round.closesAt === null
      ? []
      : [t(lang, 'question.closesAt', { time: discordTimeFromNow(lang, round.closesAt, 't') })];
  const status = [d(lang, 'daily.answered', { count: answered }), d(lang, 'daily.private'), ...closes].join(
    ' · ',
  );
  return {
    embeds: [{ ...embed, description: `${embed.description ?? ''}\n\n${status}` }],
    components: withReportRow(
      buttonRows(
        optionButtons(
          lang,
          question,
          (choice) => ({ kind: 'answer', roundId: round.id, choice, topicKey: '' }),
          { kind: 'reveal', roundId: round.id, topicKey: '' },
        ),
      ),
      lang,
      round.id,
    ),
  };
}

export function dailyRevealBody(lang: Lang, results: RoundResults): MessageBody {
  const { question } = results;
  const options = question.options
    .map((o, i) => `${i === question.correctIndex ? '✅' : '▫️'} **${optionLetter(i)}.** ${noteMarkdown(o)}`)
    .join('\n');
  const summary =
    results.answered === 0
      ? t(lang, 'results.nobody')
      : t(lang, 'results.summary', { correct: results.correct, answered: results.answered });
  const fastest = results.fastest.slice(0, 5).map((f) => {
    const user = discordUserOf(f.playerId);
    const who = user === null ? plainText(f.displayName) : mention(user);
    return `${who} (${t(lang, 'results.latency', { seconds: (f.latencyMs / 1000).toFixed(1) })})`;
  });
  const topic = topicLine(lang, question);
  return {
    embeds: [
      {
        title: d(lang, 'daily.revealTitle'),
        description: [stemText(lang, question), options].filter((x) => x !== '').join('\n\n'),
        color: COLOR.good,
        fields: [
          {
            name: t(lang, 'question.answerIs', { answer: '' }).replace(/[:：]\s*$/, ''),
            value: revealText(lang, question, DISCORD_LIMITS.embedFieldValue),
          },
          {
            name: t(lang, 'results.title'),
            value: [
              summary,
              ...(fastest.length === 0 ? [] : [t(lang, 'results.fastest', { names: fastest.join(', ') })]),
            ].join('\n'),
          },
        ],
        ...(topic === null ? {} : { footer: { text: topic } }),
      },
    ],
    // The answer buttons go; the reveal is when a wrong key shows, so Report stays.
    components: withReportRow([], lang, results.round.id),
  };
}

/**
 * The message that celebrates who got it right. The reveal edits the daily post, and Discord notifies
 * nobody of a mention added by an edit: this new message is what reaches the winners, and only them
 * (`allowedUsers`); a player who is not a Discord user is named as text.
 */
export function dailyWinnersBody(lang: Lang, results: RoundResults): MessageBody | null {
  const who = (w: Winner): string => {
    const user = discordUserOf(w.playerId);
    return user === null ? plainText(w.displayName) : mention(user);
  };
  const content = winnersAnnouncement(lang, results, who);
  if (content === null) return null;
  const named = results.fastest.slice(0, MAX_NAMED_WINNERS);
  return {
    content,
    allowedUsers: named.map((w) => discordUserOf(w.playerId)).filter((u): u is string => u !== null),
  };
}
