import type { KnownBlock } from '@slack/types';
import type { Lang } from '../../../src/content/question.ts';
import type { DuelQuestion, DuelSettlement, DuelView } from '../../../src/engine/api.ts';
import { duelRoundId } from '../../../src/engine/duel-settlement.ts';
import type { PlayerRecord } from '../../../src/engine/records.ts';
import { wasWithdrawn } from '../../shared/coming-back.ts';
import { signed, t } from '../../shared/i18n.ts';
import { zonedTimeFromNow } from '../../shared/time-text.ts';
import { ACTION, duelAnswerValue } from '../action-values.ts';
import {
  actionsBlocks,
  contextBlock,
  escapeMrkdwn,
  fallbackMrkdwn,
  fallbackText,
  fitBlocks,
  fitPlain,
  headerBlock,
  sectionBlock,
} from '../block-limits.ts';
import { st } from '../messages.ts';
import { slackMention } from './mentions.ts';
import {
  optionButtons,
  optionsBlock,
  type SlackMessage,
  stemBlock,
  stemText,
  topicBlocks,
} from './question-blocks.ts';

const name = (n: string): string => fitPlain(n, 60);

const mention = (player: PlayerRecord): string => slackMention(player.id, player.displayName);

/** The challenge line, with `who` rendering each player (a plain name, or a mention). */
function challengeLine(view: DuelView, lang: Lang, who: (p: PlayerRecord) => string, topic: string): string {
  const args = {
    challenger: who(view.challenger),
    opponent: who(view.opponent),
    count: view.duel.questionIds.length,
  };
  return view.duel.topic === null
    ? t(lang, 'duel.challenge', args)
    : t(lang, 'duel.challengeTopic', { ...args, topic });
}

function progressLine(view: DuelView, lang: Lang): string {
  return t(lang, 'duel.progress', {
    challenger: name(view.challenger.displayName),
    opponent: name(view.opponent.displayName),
    a: view.progress.challenger,
    b: view.progress.opponent,
    total: view.progress.total,
  });
}

/** The public duel message in the channel, whatever state the duel is in. */
export function duelPublicMessage(view: DuelView, lang: Lang, timezone: string, now: Date): SlackMessage {
  const { duel } = view;
  const expires = t(lang, 'duel.expiresAt', {
    time: zonedTimeFromNow(lang, duel.expiresAt, timezone, now),
  });
  const challenge = challengeLine(view, lang, (p) => name(p.displayName), duel.topic ?? '');
  // The channel's copy mentions the challenged player, so they are notified; the challenger is named.
  const called = challengeLine(
    view,
    lang,
    (p) => (p.id === view.opponent.id ? mention(p) : escapeMrkdwn(name(p.displayName))),
    escapeMrkdwn(duel.topic ?? ''),
  );
  // The challenge is said once, under a short title: with its mention while the opponent must answer.
  const blocks: KnownBlock[] = [
    headerBlock(`⚔️ ${st(lang, 'duel.title')}`),
    sectionBlock(duel.status === 'pending' ? called : escapeMrkdwn(challenge), { escape: false }),
  ];
  switch (duel.status) {
    case 'pending':
      blocks.push(
        ...actionsBlocks([
          { actionId: ACTION.duelAccept, text: t(lang, 'duel.accept'), value: duel.id, style: 'primary' },
          { actionId: ACTION.duelDecline, text: t(lang, 'duel.decline'), value: duel.id, style: 'danger' },
          // For the challenger: the engine refuses anyone else.
          { actionId: ACTION.duelCancel, text: t(lang, 'duel.withdraw'), value: duel.id },
        ]),
      );
      blocks.push(contextBlock([expires]));
      break;
    case 'active':
      blocks.push(sectionBlock(t(lang, 'duel.accepted', { opponent: name(view.opponent.displayName) })));
      blocks.push(sectionBlock(st(lang, 'duel.playHint'), { escape: false }));
      blocks.push(
        ...actionsBlocks([
          { actionId: ACTION.duelPlay, text: t(lang, 'duel.play'), value: duel.id, style: 'primary' },
        ]),
      );
      blocks.push(contextBlock([progressLine(view, lang), expires]));
      break;
    case 'declined':
      blocks.push(sectionBlock(t(lang, 'duel.declined', { opponent: name(view.opponent.displayName) })));
      break;
    case 'expired':
      blocks.push(
        sectionBlock(
          wasWithdrawn(duel)
            ? t(lang, 'duel.withdrawn', { challenger: name(view.challenger.displayName) })
            : t(lang, 'duel.expired'),
        ),
      );
      break;
    case 'settled':
      blocks.push(contextBlock([progressLine(view, lang)]));
      break;
  }
  return {
    text: duel.status === 'pending' ? fallbackMrkdwn(called) : fallbackText(challenge),
    blocks: fitBlocks(blocks),
  };
}

/** The result, posted to the channel when the duel settles. */
export function duelResultMessage(settlement: DuelSettlement, lang: Lang): SlackMessage {
  const { challenger, opponent, winnerId } = settlement;
  // Mrkdwn: the winner is mentioned (and so notified), other names are escaped text.
  let line: string;
  if (
    settlement.reason === 'expired' &&
    challenger.correct === 0 &&
    opponent.correct === 0 &&
    winnerId === null
  ) {
    line = t(lang, 'duel.expired');
  } else if (winnerId === null) {
    line = t(lang, 'duel.draw', { score: challenger.correct });
  } else {
    const [winner, loser] =
      winnerId === challenger.player.id ? [challenger, opponent] : [opponent, challenger];
    if (settlement.reason === 'forfeit' || settlement.reason === 'expired') {
      line = t(lang, 'duel.forfeit', {
        loser: escapeMrkdwn(name(loser.player.displayName)),
        winner: mention(winner.player),
      });
    } else if (winner.correct === loser.correct) {
      line = t(lang, 'duel.wonOnTime', { winner: mention(winner.player), score: winner.correct });
    } else {
      line = t(lang, 'duel.won', {
        winner: mention(winner.player),
        winnerScore: winner.correct,
        loserScore: loser.correct,
      });
    }
  }
  const ratings = [challenger, opponent].map((side) =>
    t(lang, 'duel.rating', {
      name: name(side.player.displayName),
      rating: Math.round(side.player.rating),
      delta: signed(Math.round(side.ratingDelta)),
    }),
  );
  return {
    text: fallbackMrkdwn(line),
    blocks: [
      headerBlock(`🏁 ${st(lang, 'duel.resultTitle')}`),
      sectionBlock(line, { escape: false }),
      contextBlock(ratings),
    ],
  };
}

/** One duel question, shown only to the player answering it. */
export function duelQuestionMessage(q: DuelQuestion, lang: Lang, timezone: string, now: Date): SlackMessage {
  const deadline = zonedTimeFromNow(lang, q.deadline, timezone, now, { seconds: true });
  const title = t(lang, 'duel.questionOf', { index: q.index + 1, total: q.total });
  const blocks: KnownBlock[] = [
    headerBlock(title),
    stemBlock(q.question, lang, duelRoundId(q.duel.id, q.index)),
    optionsBlock(q.question),
    ...actionsBlocks(
      optionButtons(q.question, ACTION.duelAnswer, (i) => duelAnswerValue(q.duel.id, q.index, i)),
    ),
    ...topicBlocks(q.question, lang),
    contextBlock([t(lang, 'duel.deadline', { time: deadline })]),
  ];
  return { text: fallbackText(`${title}: ${stemText(q.question, lang)}`), blocks: fitBlocks(blocks) };
}

export function duelDoneMessage(view: DuelView, playerId: string, lang: Lang): SlackMessage {
  const mine = view.answers.filter((a) => a.playerId === playerId);
  const correct = mine.filter((a) => a.correct).length;
  const other = playerId === view.duel.challengerId ? view.opponent : view.challenger;
  const lines = [st(lang, 'duel.done', { correct, total: view.progress.total })];
  if (view.duel.status === 'active') lines.push(t(lang, 'duel.waiting', { name: name(other.displayName) }));
  return { text: fallbackText(lines.join(' ')), blocks: [sectionBlock(lines.join('\n'))] };
}
