import type { Lang } from '../../src/content/question.ts';
import type { DuelQuestion, DuelSettlement, DuelSide, DuelView } from '../../src/engine/api.ts';
import { duelRoundId } from '../../src/engine/duel-settlement.ts';
import type { PlayerRecord } from '../../src/engine/records.ts';
import { signed, t } from '../shared/i18n.ts';
import { encodeButton } from './custom-ids.ts';
import { withReportRow } from './flag-render.ts';
import { buttonRows, type EmbedData } from './limits.ts';
import { COLOR, discordTimeFromNow, type MessageBody, mention } from './message-body.ts';
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
        description: `${challengeLine(lang, view)}\n\n${t(lang, 'duel.expiresAt', { time: discordTimeFromNow(lang, view.duel.expiresAt) })}`,
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
      // For the challenger: the engine refuses anyone else.
      {
        label: t(lang, 'duel.withdraw'),
        customId: encodeButton({ kind: 'duel-cancel', duelId: view.duel.id }),
        style: 2,
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
          `${d(lang, 'duel.playHint')} ${t(lang, 'duel.expiresAt', { time: discordTimeFromNow(lang, view.duel.expiresAt) })}`,
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

/** A challenge its challenger took back: no buttons left, the pair is free again. */
export function withdrawnPost(lang: Lang, view: DuelView): MessageBody {
  return {
    embeds: [
      {
        title: d(lang, 'duel.title'),
        description: `${challengeLine(lang, view)}\n\n${t(lang, 'duel.withdrawn', { challenger: shown(view.challenger) })}`,
        color: COLOR.neutral,
      },
    ],
    components: [],
  };
}

/** The two totals with as many decimals (1 to 3) as it takes to tell them apart. */
function secondsPair(a: number, b: number): [string, string] {
  for (const digits of [1, 2, 3]) {
    const pair: [string, string] = [(a / 1000).toFixed(digits), (b / 1000).toFixed(digits)];
    if (pair[0] !== pair[1] || digits === 3) return pair;
  }
  return [(a / 1000).toFixed(1), (b / 1000).toFixed(1)];
}

/**
 * The headline of a finished duel, true to how it ended: an expired challenge has no score; a forfeit
 * names who did not finish (the winner may be the one who walked away, if they had more right); a win on
 * time shows the two times that decided it.
 */
function resultLines(lang: Lang, result: DuelSettlement, seconds: (side: DuelSide) => string): string[] {
  const { challenger: c, opponent: o } = result;
  const total = result.duel.questionIds.length;
  if (result.reason === 'expired') return [t(lang, 'duel.expired')];
  const unfinished = [c, o].filter((side) => side.done < total);
  if (result.winnerId === null) {
    return [t(lang, 'duel.draw', { score: c.correct }), ...unfinishedLine(lang, unfinished)];
  }
  const [winner, loser] = result.winnerId === c.player.id ? [c, o] : [o, c];
  // The loser walked away (or never came): that decided it, whatever the score.
  if (loser.done < total && (winner.done === total || !loser.played)) {
    return [
      t(lang, 'duel.forfeit', { winner: shown(winner.player), loser: shown(loser.player) }),
      ...unfinishedLine(lang, winner.done < total ? [winner] : []),
    ];
  }
  const lines =
    winner.correct === loser.correct
      ? [
          t(lang, 'duel.wonOnTime', { winner: shown(winner.player), score: winner.correct }),
          d(lang, 'duel.times', {
            winner: shown(winner.player),
            winnerTime: seconds(winner),
            loser: shown(loser.player),
            loserTime: seconds(loser),
          }),
        ]
      : [
          t(lang, 'duel.won', {
            winner: shown(winner.player),
            winnerScore: winner.correct,
            loserScore: loser.correct,
          }),
        ];
  return [...lines, ...unfinishedLine(lang, unfinished)];
}

const unfinishedLine = (lang: Lang, sides: readonly DuelSide[]): string[] =>
  sides.length === 0
    ? []
    : [d(lang, 'duel.unfinished', { names: sides.map((side) => shown(side.player)).join(', ') })];

export function resultEmbed(lang: Lang, result: DuelSettlement): EmbedData {
  const total = result.duel.questionIds.length;
  const [cSeconds, oSeconds] = secondsPair(result.challenger.totalMs, result.opponent.totalMs);
  const seconds = (side: DuelSide): string => (side === result.challenger ? cSeconds : oSeconds);
  const description = resultLines(lang, result, seconds).join('\n');
  if (result.reason === 'expired') {
    // Nobody played: no scores, no times, no rating.
    return { title: d(lang, 'duel.expiredTitle'), description, color: COLOR.neutral };
  }
  const field = (side: DuelSide) => ({
    name: shown(side.player),
    value: [
      d(lang, 'duel.score', { correct: side.correct, total, seconds: seconds(side) }),
      d(lang, 'duel.ratingChange', { delta: signed(side.ratingDelta), rating: side.player.rating }),
    ].join('\n'),
    inline: true,
  });
  return {
    title: d(lang, 'duel.resultTitle'),
    description,
    color: COLOR.good,
    fields: [field(result.challenger), field(result.opponent)],
  };
}

/** The public message once the duel is over, and the announcement that pings both players. */
export function resultPost(lang: Lang, result: DuelSettlement, ping: boolean): MessageBody {
  const users = pingable(result.challenger.player, result.opponent.player);
  return {
    ...(ping ? { content: users.map(mention).join(' '), allowedUsers: users } : {}),
    embeds: [resultEmbed(lang, result)],
    components: [],
  };
}

/** A private duel question: title "Question 2 of 5", the deadline in the reader's own time. */
export function duelQuestionBody(lang: Lang, q: DuelQuestion, lead?: string): MessageBody {
  const description = [
    ...(lead === undefined ? [] : [lead]),
    questionText(lang, q.question),
    `⏱ ${t(lang, 'duel.deadline', { time: discordTimeFromNow(lang, q.deadline, 'T') })}`,
  ].join('\n\n');
  return {
    embeds: [
      {
        title: t(lang, 'duel.questionOf', { index: q.index + 1, total: q.total }),
        description,
        color: COLOR.question,
      },
    ],
    components: withReportRow(
      buttonRows(
        optionButtons(
          lang,
          q.question,
          (choice) => ({ kind: 'duel-answer', duelId: q.duel.id, index: q.index, choice }),
          null,
        ),
      ),
      lang,
      duelRoundId(q.duel.id, q.index),
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
