import type { Lang } from '../../src/content/question.ts';
import type { DuelQuestion, DuelSettlement, DuelView } from '../../src/engine/api.ts';
import type { DuelRecord, PlayerRecord } from '../../src/engine/records.ts';
import { signed, t } from '../shared/i18n.ts';
import { encodeButton } from './custom-ids.ts';
import { buttonRows, type EmbedData } from './limits.ts';
import { COLOR, discordTime, type MessageBody, mention } from './message-body.ts';
import { d } from './messages.ts';
import { plainText } from './plain-text.ts';
import { discordUserOf } from './platform-ids.ts';
import { optionButtons, questionText } from './render-question.ts';

/** The public duel message through its life (challenge, progress, result) and the private questions. */

const userOf = (player: PlayerRecord): string | null => discordUserOf(player.id);
/** A player's name as text: chosen by them, so escaped (plain-text.ts). */
const shown = (player: PlayerRecord): string => plainText(player.displayName);
/** A mention where the player is a Discord user (it never pings in an embed), else the name. */
const nameOf = (player: PlayerRecord): string => {
  const id = userOf(player);
  return id === null ? shown(player) : mention(id);
};
const pingable = (...players: PlayerRecord[]): string[] =>
  players.map(userOf).filter((x): x is string => x !== null);

function progressLine(lang: Lang, view: DuelView): string {
  return t(lang, 'duel.progress', {
    challenger: shown(view.challenger),
    opponent: shown(view.opponent),
    a: view.progress.challenger,
    b: view.progress.opponent,
    total: view.progress.total,
  });
}

function challengeLine(lang: Lang, view: DuelView): string {
  const params = {
    challenger: nameOf(view.challenger),
    opponent: nameOf(view.opponent),
    count: view.duel.questionIds.length,
  };
  return view.duel.topic === null
    ? t(lang, 'duel.challenge', params)
    : t(lang, 'duel.challengeTopic', { ...params, topic: view.duel.topic });
}

export function challengePost(lang: Lang, view: DuelView): MessageBody {
  const opponentId = userOf(view.opponent);
  return {
    ...(opponentId === null ? {} : { content: mention(opponentId) }),
    allowedUsers: pingable(view.opponent),
    embeds: [
      {
        title: d(lang, 'duel.title'),
        description: `${challengeLine(lang, view)}\n\n${t(lang, 'duel.expiresAt', { time: discordTime(view.duel.expiresAt) })}`,
        color: COLOR.question,
      },
    ],
    components: buttonRows([
      {
        label: t(lang, 'duel.accept'),
        customId: encodeButton({ kind: 'duel-accept', duelId: view.duel.id }),
        style: 3,
      },
      {
        label: t(lang, 'duel.decline'),
        customId: encodeButton({ kind: 'duel-decline', duelId: view.duel.id }),
        style: 4,
      },
    ]),
  };
}

/** While both play: who is how far, never what anyone answered. */
export function progressPost(lang: Lang, view: DuelView): MessageBody {
  return {
    embeds: [
      {
        title: d(lang, 'duel.title'),
        description: [
          challengeLine(lang, view),
          t(lang, 'duel.accepted', { opponent: shown(view.opponent) }),
          `**${progressLine(lang, view)}**`,
          `${d(lang, 'duel.playHint')} ${t(lang, 'duel.expiresAt', { time: discordTime(view.duel.expiresAt) })}`,
        ].join('\n\n'),
        color: COLOR.question,
      },
    ],
    components: buttonRows([
      {
        label: t(lang, 'duel.play'),
        customId: encodeButton({ kind: 'duel-play', duelId: view.duel.id }),
        style: 1,
      },
    ]),
  };
}

export function declinedPost(lang: Lang, view: DuelView): MessageBody {
  return {
    embeds: [
      {
        title: d(lang, 'duel.declinedTitle'),
        description: `${challengeLine(lang, view)}\n\n${t(lang, 'duel.declined', { opponent: shown(view.opponent) })}`,
        color: COLOR.neutral,
      },
    ],
    components: [],
  };
}

export interface DuelResult {
  readonly duel: DuelRecord;
  readonly challenger: { player: PlayerRecord; correct: number; totalMs: number; ratingDelta: number };
  readonly opponent: { player: PlayerRecord; correct: number; totalMs: number; ratingDelta: number };
  readonly winnerId: string | null;
  readonly reason: DuelSettlement['reason'];
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function resultEmbed(lang: Lang, result: DuelResult): EmbedData {
  const { challenger: c, opponent: o } = result;
  const total = result.duel.questionIds.length;
  let headline: string;
  if (result.reason === 'expired' && result.duel.challengerRatingDelta === null) {
    headline = t(lang, 'duel.expired');
  } else if (result.winnerId === null) {
    headline = t(lang, 'duel.draw', { score: c.correct });
  } else {
    const [winner, loser] = result.winnerId === c.player.id ? [c, o] : [o, c];
    if (result.reason === 'forfeit') {
      headline = t(lang, 'duel.forfeit', {
        winner: shown(winner.player),
        loser: shown(loser.player),
      });
    } else if (winner.correct === loser.correct) {
      headline = t(lang, 'duel.wonOnTime', { winner: shown(winner.player), score: winner.correct });
    } else {
      headline = t(lang, 'duel.won', {
        winner: shown(winner.player),
        winnerScore: winner.correct,
        loserScore: loser.correct,
      });
    }
  }
  const rated = result.duel.challengerRatingDelta !== null;
  const field = (side: DuelResult['challenger']) => ({
    name: shown(side.player),
    value: [
      d(lang, 'duel.score', { correct: side.correct, total, seconds: seconds(side.totalMs) }),
      ...(rated
        ? [d(lang, 'duel.ratingChange', { delta: signed(side.ratingDelta), rating: side.player.rating })]
        : []),
    ].join('\n'),
    inline: true,
  });
  return {
    title: result.reason === 'expired' && !rated ? d(lang, 'duel.expiredTitle') : d(lang, 'duel.resultTitle'),
    description: headline,
    color: result.reason === 'expired' && !rated ? COLOR.neutral : COLOR.good,
    fields: [field(c), field(o)],
  };
}

/** The public message once the duel is over, and the announcement that pings both players. */
export function resultPost(lang: Lang, result: DuelResult, ping: boolean): MessageBody {
  const users = pingable(result.challenger.player, result.opponent.player);
  return {
    ...(ping ? { content: users.map(mention).join(' '), allowedUsers: users } : {}),
    embeds: [resultEmbed(lang, result)],
    components: [],
  };
}

export function settlementResult(s: DuelSettlement): DuelResult {
  return s;
}

/** A private duel question: title "Question 2 of 5", the deadline in the reader's own time. */
export function duelQuestionBody(lang: Lang, q: DuelQuestion, lead?: string): MessageBody {
  const description = [
    ...(lead === undefined ? [] : [lead]),
    questionText(lang, q.question),
    `⏱ ${t(lang, 'duel.deadline', { time: discordTime(q.deadline, 'T') })}`,
  ].join('\n\n');
  return {
    embeds: [
      {
        title: t(lang, 'duel.questionOf', { index: q.index + 1, total: q.total }),
        description,
        color: COLOR.question,
      },
    ],
    components: buttonRows(
      optionButtons(
        lang,
        q.question,
        (choice) => ({ kind: 'duel-answer', duelId: q.duel.id, index: q.index, choice }),
        null,
      ),
    ),
  };
}

/** After a duel answer: right, wrong or too late — never the right option, the other player may not be done. */
export function duelFeedbackBody(
  lang: Lang,
  view: DuelView,
  outcome: { correct: boolean; timedOut: boolean },
  mine: { done: number; correct: number; isChallenger: boolean },
): MessageBody {
  const verdict = outcome.timedOut
    ? t(lang, 'answer.timedOut')
    : outcome.correct
      ? t(lang, 'answer.correct')
      : t(lang, 'answer.wrong');
  const total = view.progress.total;
  const finished = mine.done >= total;
  const other = mine.isChallenger ? view.opponent : view.challenger;
  const lines = [verdict];
  if (finished) {
    lines.push(d(lang, 'duel.done', { correct: mine.correct, total }));
    if (view.duel.status === 'active') lines.push(t(lang, 'duel.waiting', { name: shown(other) }));
  }
  return {
    embeds: [
      {
        title: t(lang, 'duel.questionOf', { index: Math.min(mine.done, total), total }),
        description: lines.join('\n\n'),
        color: outcome.correct ? COLOR.good : COLOR.bad,
      },
    ],
    components: finished
      ? []
      : buttonRows([
          {
            label: d(lang, 'duel.next'),
            customId: encodeButton({ kind: 'duel-play', duelId: view.duel.id }),
            style: 1,
          },
        ]),
  };
}
