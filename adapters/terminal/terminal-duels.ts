import type { DuelSettlement, DuelView } from '../../src/engine/api.ts';
import { duelRoundId } from '../../src/engine/duel-settlement.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/engine-settings.ts';
import type { DuelId } from '../../src/engine/ids.ts';
import { outOfRangeMessage } from '../shared/helpful-mistakes.ts';
import { rejectionMessage, t } from '../shared/i18n.ts';
import { zonedTimeFromNow } from '../shared/time-text.ts';
import { renderCorrection, renderQuestion, renderSettlement } from './render-text.ts';
import { isPlayerName, terminalActor, terminalPlace, terminalPlayerId } from './terminal-ids.ts';
import { tt } from './terminal-messages.ts';
import { duelNumber, type Focus, type TerminalSession } from './terminal-session.ts';

/** Duels between local players: challenge, accept or decline, then each plays on their own turn. */

/**
 * How a duel that ran out of time ended, as the scheduler's tick reports it (the scheduler expires duels on
 * every platform). Duels of this session keep their "#n"; one left from an earlier run has none.
 */
export function expiredDuelNotice(session: TerminalSession, settlement: DuelSettlement): string {
  const text = renderSettlement(session.lang, settlement);
  const id = duelNumber(session, settlement.duel.id);
  return id > 0 ? `[${tt(session.lang, 'duelId', { id })}] ${text}` : text;
}

export async function challengeCommand(session: TerminalSession, args: readonly string[]): Promise<string> {
  const lang = session.lang;
  const [name, maybeCount, ...rest] = args;
  if (name === undefined) return tt(lang, 'usage', { usage: '/challenge <name> [count] [topic]' });
  const opponentName = name.replace(/^@/, '');
  if (!isPlayerName(opponentName)) return tt(lang, 'nameInvalid');
  let count = DEFAULT_ENGINE_SETTINGS.duelDefaultQuestions;
  let topicWords = rest;
  if (maybeCount !== undefined) {
    if (/^\d+$/.test(maybeCount)) count = Number(maybeCount);
    else topicWords = [maybeCount, ...rest];
  }
  const topic = topicWords.join(' ').trim();
  const result = await session.engine.challenge(
    terminalActor(session.player),
    terminalPlace,
    { playerId: terminalPlayerId(opponentName), displayName: opponentName, isBot: false },
    topic === '' ? { questions: count } : { questions: count, topic },
  );
  if (!result.ok) return rejectionMessage(lang, result.code, result.detail ?? topic);
  const view = result.value;
  session.duels.push(view.duel.id);
  const id = duelNumber(session, view.duel.id);
  const params = {
    challenger: view.challenger.displayName,
    opponent: view.opponent.displayName,
    count: view.duel.questionIds.length,
  };
  return [
    `[${tt(lang, 'duelId', { id })}] ${
      view.duel.topic === null
        ? t(lang, 'duel.challenge', params)
        : t(lang, 'duel.challengeTopic', { ...params, topic: view.duel.topic })
    }`,
    t(lang, 'duel.expiresAt', {
      time: zonedTimeFromNow(lang, view.duel.expiresAt, session.timezone, session.clock.now()),
    }),
    tt(lang, 'duelNext', { opponent: view.opponent.displayName, id }),
  ].join('\n');
}

async function views(session: TerminalSession): Promise<DuelView[]> {
  const found = await Promise.all(session.duels.map((id) => session.engine.duelView(id)));
  return found.filter((v): v is DuelView => v !== null);
}

/** "#2", "2" or nothing (then the newest duel that fits). */
async function pickDuel(
  session: TerminalSession,
  arg: string | undefined,
  fits: (view: DuelView) => boolean,
): Promise<{ id: DuelId } | { error: string }> {
  if (arg !== undefined) {
    const n = Number(arg.replace(/^#/, ''));
    const id = Number.isInteger(n) ? session.duels[n - 1] : undefined;
    return id === undefined
      ? { error: tt(session.lang, 'duelUnknown', { id: arg.replace(/^#/, '') }) }
      : { id };
  }
  const candidates = (await views(session)).filter(fits);
  const newest = candidates[candidates.length - 1];
  return newest === undefined
    ? { error: tt(session.lang, 'duelNoneFor', { name: session.player }) }
    : { id: newest.duel.id };
}

export async function respondCommand(
  session: TerminalSession,
  args: readonly string[],
  accept: boolean,
): Promise<string> {
  const lang = session.lang;
  const me = terminalPlayerId(session.player);
  const picked = await pickDuel(
    session,
    args[0],
    (v) => v.duel.status === 'pending' && v.duel.opponentId === me,
  );
  if ('error' in picked) return picked.error;
  const result = await session.engine.respondToDuel(terminalActor(session.player), picked.id, accept);
  if (!result.ok) return rejectionMessage(lang, result.code, result.detail);
  const view = result.value;
  if (!accept) return t(lang, 'duel.declined', { opponent: view.opponent.displayName });
  return [
    t(lang, 'duel.accepted', { opponent: view.opponent.displayName }),
    tt(lang, 'duelPlayHint', { id: duelNumber(session, view.duel.id) }),
  ].join('\n');
}

/** The challenger takes back a challenge not yet answered, so it no longer blocks a new one. */
export async function cancelCommand(session: TerminalSession, args: readonly string[]): Promise<string> {
  const me = terminalPlayerId(session.player);
  const picked = await pickDuel(
    session,
    args[0],
    (v) => v.duel.status === 'pending' && v.duel.challengerId === me,
  );
  if ('error' in picked) return picked.error;
  const result = await session.engine.withdrawChallenge(terminalActor(session.player), picked.id);
  if (!result.ok) return rejectionMessage(session.lang, result.code, result.detail);
  return t(session.lang, 'duel.withdrawn', { challenger: result.value.challenger.displayName });
}

/** Serves the player's next duel question and puts it on screen, or says they are done. */
async function serveNext(session: TerminalSession, duelId: DuelId): Promise<string> {
  const lang = session.lang;
  const actor = terminalActor(session.player);
  const next = await session.engine.nextDuelQuestion(actor, duelId);
  if (!next.ok) {
    if (next.code !== 'finished') return rejectionMessage(lang, next.code, next.detail);
    session.focus.delete(actor.playerId);
    const view = await session.engine.duelView(duelId);
    if (view === null || view.duel.status !== 'active') return rejectionMessage(lang, 'finished');
    const other = view.duel.challengerId === actor.playerId ? view.opponent : view.challenger;
    return t(lang, 'duel.waiting', { name: other.displayName });
  }
  const q = next.value;
  const focus: Focus = { kind: 'duel', duelId, index: q.index, question: q.question };
  session.focus.set(actor.playerId, focus);
  session.shown.set(actor.playerId, { roundId: duelRoundId(duelId, q.index), question: q.question });
  const heading = `${tt(lang, 'duelId', { id: duelNumber(session, duelId) })} · ${t(lang, 'duel.questionOf', { index: q.index + 1, total: q.total })}`;
  return [
    renderQuestion(lang, q.question, heading),
    t(lang, 'duel.deadline', {
      time: zonedTimeFromNow(lang, q.deadline, session.timezone, session.clock.now(), { seconds: true }),
    }),
  ].join('\n');
}

export async function playCommand(session: TerminalSession, args: readonly string[]): Promise<string> {
  const me = terminalPlayerId(session.player);
  const picked = await pickDuel(
    session,
    args[0],
    (v) =>
      v.duel.status === 'active' &&
      ((v.duel.challengerId === me && v.progress.challenger < v.progress.total) ||
        (v.duel.opponentId === me && v.progress.opponent < v.progress.total)),
  );
  if ('error' in picked) return picked.error;
  return serveNext(session, picked.id);
}

export async function answerDuelQuestion(
  session: TerminalSession,
  focus: Extract<Focus, { kind: 'duel' }>,
  choice: number,
): Promise<string> {
  const lang = session.lang;
  const result = await session.engine.answerDuel(
    terminalActor(session.player),
    focus.duelId,
    focus.index,
    choice,
  );
  if (!result.ok && result.code === 'choice_out_of_range')
    return outOfRangeMessage(lang, focus.question.options.length);
  if (!result.ok) return rejectionMessage(lang, result.code, result.detail);
  const outcome = result.value;
  const lines = [
    outcome.timedOut
      ? t(lang, 'answer.timedOut')
      : outcome.correct
        ? t(lang, 'answer.correct')
        : t(lang, 'answer.wrong'),
  ];
  if (!outcome.correct) lines.push(renderCorrection(lang, outcome.question));
  if (outcome.settled !== null) {
    session.focus.delete(terminalPlayerId(session.player));
    lines.push(
      `[${tt(lang, 'duelId', { id: duelNumber(session, focus.duelId) })}] ${renderSettlement(lang, outcome.settled)}`,
    );
    return lines.join('\n');
  }
  lines.push(await serveNext(session, focus.duelId));
  return lines.join('\n');
}

export async function listDuelsCommand(session: TerminalSession): Promise<string> {
  const lang = session.lang;
  const all = await views(session);
  if (all.length === 0) return tt(lang, 'duelNone');
  return all
    .map((v) =>
      tt(lang, 'duelLine', {
        id: duelNumber(session, v.duel.id),
        challenger: v.challenger.displayName,
        opponent: v.opponent.displayName,
        status: t(lang, `duel.status.${v.duel.status}`),
        progress: `${v.progress.challenger}/${v.progress.total} · ${v.progress.opponent}/${v.progress.total}`,
      }),
    )
    .join('\n');
}
