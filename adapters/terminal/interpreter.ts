import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { DEFAULT_PERIOD, PERIODS } from '../../src/engine/calendar.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { SelfGrade } from '../../src/engine/records.ts';
import { youPickedLine } from '../shared/coming-back.ts';
import {
  echo,
  outOfRangeMessage,
  suggestionLine,
  topicsChosenLine,
  unknownChoiceHint,
  unknownTopicMessage,
} from '../shared/helpful-mistakes.ts';
import { gradeName, rejectionMessage, t } from '../shared/i18n.ts';
import { zonedTimeFromNow } from '../shared/time-text.ts';
import { parseChoice } from './parse-choice.ts';
import {
  renderLeaderboard,
  renderOutcome,
  renderQuestion,
  renderResults,
  renderReveal,
  renderStats,
} from './render-text.ts';
import { reportCommand } from './report-command.ts';
import {
  answerDuelQuestion,
  cancelCommand,
  challengeCommand,
  listDuelsCommand,
  playCommand,
  respondCommand,
} from './terminal-duels.ts';
import { flagCommand, flaggedCommand } from './terminal-flags.ts';
import {
  isPlayerName,
  TERMINAL_CHANNEL,
  TERMINAL_TENANT,
  terminalActor,
  terminalPlace,
  terminalPlayerId,
} from './terminal-ids.ts';
import { tt } from './terminal-messages.ts';
import { createSession, type TerminalSession } from './terminal-session.ts';

/**
 * The terminal chat as a function: one line in, the text to show out. No I/O here, so tests drive it with
 * the in-memory store and a fake clock, and the readline shell stays a few lines.
 */
export interface Interpreter {
  handle(line: string): Promise<Reply>;
  readonly session: TerminalSession;
}

export interface Reply {
  /** What to print; empty for a blank line or a comment. */
  readonly text: string;
  /** The player asked to leave. */
  readonly quit: boolean;
}

export interface InterpreterOptions {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  readonly timezone: string;
  readonly lang: Lang;
  readonly player: string;
  /** Rows on a leaderboard. */
  readonly leaderboardLimit?: number;
  /** Told about failures (a bug, a database that went away); the player sees a short apology. */
  readonly onError?: (error: unknown, line: string) => void;
}

const GRADES: readonly SelfGrade[] = ['again', 'hard', 'good', 'easy'];

type Command = (session: TerminalSession, args: string[]) => Promise<string>;

const say = (text: string): Reply => ({ text, quit: false });

export function createInterpreter(options: InterpreterOptions): Interpreter {
  const session = createSession(options);
  const limit = options.leaderboardLimit ?? 10;

  const commands: Record<string, Command> = {
    help: async (s) => tt(s.lang, 'help'),
    quiz: async (s, args) => practice(s, args.join(' ')),
    practice: async (s, args) => practice(s, args.join(' ')),
    daily: async (s) => daily(s),
    answer: async (s, args) => answer(s, args.join(' ')),
    reveal: async (s) => reveal(s),
    grade: async (s, args) => grade(s, args[0]),
    challenge: challengeCommand,
    accept: async (s, args) => respondCommand(s, args, true),
    decline: async (s, args) => respondCommand(s, args, false),
    cancel: async (s, args) => cancelCommand(s, args),
    play: playCommand,
    duels: async (s) => listDuelsCommand(s),
    leaderboard: async (s, args) => leaderboard(s, args, limit),
    report: reportCommand,
    stats: async (s, args) => stats(s, args[0]),
    as: async (s, args) => switchPlayer(s, args[0]),
    topics: async (s) => topics(s),
    lang: async (s, args) => setLang(s, args[0]),
    remind: async (s, args) => setReminder(s, args[0]),
    flag: flagCommand,
    flagged: flaggedCommand,
  };

  async function handle(line: string): Promise<Reply> {
    const text = line.normalize('NFC').trim();
    // Blank lines and "# comments" let people write readable scripts to pipe in.
    if (text === '' || text.startsWith('#')) return say('');
    try {
      if (!text.startsWith('/')) {
        // A bare "B" or "2" answers the question on screen: the quickest way to play.
        if (parseChoice(text) !== null) return say(await answer(session, text));
        return say(tt(session.lang, 'notACommand'));
      }
      const [head = '', ...args] = text.slice(1).split(/\s+/);
      const name = head.toLowerCase();
      if (name === 'quit' || name === 'exit') return { text: tt(session.lang, 'bye'), quit: true };
      const command = commands[name];
      if (command === undefined) {
        const unknown = tt(session.lang, 'unknownCommand', { command: `/${echo(head)}` });
        const close = suggestionLine(session.lang, head, [...Object.keys(commands), 'quit'], (c) => `/${c}`);
        return say(close === '' ? unknown : `${unknown} ${close}`);
      }
      return say(await command(session, args));
    } catch (error) {
      options.onError?.(error, text);
      return say(t(session.lang, 'common.error'));
    }
  }

  return { handle, session };
}

async function practice(s: TerminalSession, topic: string): Promise<string> {
  const actor = terminalActor(s.player);
  const result = await s.engine.startPractice(actor, terminalPlace, topic === '' ? undefined : topic);
  if (!result.ok) return topicRejection(s, result.code, result.detail ?? topic);
  const { round, question, topicTitles } = result.value;
  s.focus.set(actor.playerId, { kind: 'round', round, question });
  s.shown.set(actor.playerId, { roundId: round.id, question });
  const chosen = topicTitles.length === 0 ? [] : [topicsChosenLine(s.lang, topicTitles)];
  return [...chosen, renderQuestion(s.lang, question, t(s.lang, 'question.practice'))].join('\n');
}

function topicRejection(s: TerminalSession, code: string, typed: string | undefined): string {
  if (code !== 'unknown_topic' || typed === undefined) return rejectionMessage(s.lang, code, typed);
  return unknownTopicMessage(s.lang, typed, s.engine.topics(), tt(s.lang, 'topicsHint'));
}

async function daily(s: TerminalSession): Promise<string> {
  let current = await s.engine.currentDailyRound(TERMINAL_CHANNEL);
  if (current === null) {
    const opened = await s.engine.openDailyRound(TERMINAL_CHANNEL);
    if (!opened.ok) return rejectionMessage(s.lang, opened.code, opened.detail);
    current = opened.value;
  }
  const { round, question } = current;
  const closed = round.status === 'closed' || (round.closesAt !== null && round.closesAt <= s.clock.now());
  if (closed) {
    // Today's question is over: show how it went instead of a question nobody can answer any more.
    const me = terminalPlayerId(s.player);
    const onScreen = s.focus.get(me);
    if (onScreen?.kind === 'round' && onScreen.round.id === round.id) s.focus.delete(me);
    s.shown.set(me, { roundId: round.id, question });
    const results = await s.engine.roundResults(round.id);
    const over = rejectionMessage(s.lang, 'round_closed');
    const mine = await s.engine.myAnswer(round.id, me);
    const picked = mine === null ? [] : [youPickedLine(s.lang, question, mine)];
    return [over, ...(results === null ? [] : [renderResults(s.lang, results)]), ...picked].join('\n');
  }
  const heading = round.late ? t(s.lang, 'question.dailyLate') : t(s.lang, 'question.daily');
  const closes =
    round.closesAt === null
      ? []
      : [
          t(s.lang, 'question.closesAt', {
            time: zonedTimeFromNow(s.lang, round.closesAt, s.timezone, s.clock.now()),
          }),
        ];
  // Coming back after answering: the question and what you picked, nothing left to type.
  const mine = await s.engine.myAnswer(round.id, terminalPlayerId(s.player));
  s.shown.set(terminalPlayerId(s.player), { roundId: round.id, question });
  if (mine !== null) {
    const shown = renderQuestion(s.lang, question, heading, { prompt: false });
    return [shown, youPickedLine(s.lang, question, mine), t(s.lang, 'answer.revealLater'), ...closes].join(
      '\n',
    );
  }
  s.focus.set(terminalPlayerId(s.player), { kind: 'round', round, question });
  return [renderQuestion(s.lang, question, heading), ...closes].join('\n');
}

async function answer(s: TerminalSession, text: string): Promise<string> {
  const choice = parseChoice(text);
  if (choice === null) return tt(s.lang, 'usage', { usage: '/answer <1-9 | A-Z>' });
  const focus = s.focus.get(terminalPlayerId(s.player));
  if (focus === undefined) return tt(s.lang, 'nothingToAnswer');
  if (focus.kind === 'duel') return answerDuelQuestion(s, focus, choice);
  const result = await s.engine.answer(terminalActor(s.player), terminalPlace, focus.round.id, choice);
  if (!result.ok && result.code === 'choice_out_of_range')
    return outOfRangeMessage(s.lang, focus.question.options.length);
  if (!result.ok) return rejectionMessage(s.lang, result.code, result.detail);
  const outcome = result.value;
  // A daily answer is acknowledged, not judged: the right option waits for the reveal.
  if (outcome.round.kind === 'daily' && outcome.choice !== null)
    return [
      youPickedLine(s.lang, outcome.question, { ...outcome, selfGrade: null, answeredAt: new Date(0) }),
      t(s.lang, 'answer.revealLater'),
    ].join('\n');
  return renderOutcome(s.lang, outcome);
}

async function reveal(s: TerminalSession): Promise<string> {
  const focus = s.focus.get(terminalPlayerId(s.player));
  if (focus === undefined) return tt(s.lang, 'nothingToAnswer');
  if (focus.question.correctIndex !== null) return tt(s.lang, 'notAFlashcard');
  return renderReveal(s.lang, focus.question);
}

async function grade(s: TerminalSession, word: string | undefined): Promise<string> {
  const chosen = GRADES.find((g) => g === word?.toLowerCase());
  if (chosen === undefined) return tt(s.lang, 'usage', { usage: '/grade again|hard|good|easy' });
  const focus = s.focus.get(terminalPlayerId(s.player));
  if (focus === undefined || focus.kind !== 'round') return tt(s.lang, 'nothingToAnswer');
  const result = await s.engine.selfGrade(terminalActor(s.player), terminalPlace, focus.round.id, chosen);
  if (!result.ok) return rejectionMessage(s.lang, result.code, result.detail);
  return t(s.lang, 'grade.recorded', { grade: gradeName(s.lang, chosen) });
}

async function leaderboard(s: TerminalSession, args: readonly string[], limit: number): Promise<string> {
  const [first, ...rest] = args;
  const period = PERIODS.find((p) => p === first?.toLowerCase());
  const topicWords = period === undefined ? args : rest;
  const topic = topicWords.join(' ').trim();
  const view = await s.engine.leaderboard(
    TERMINAL_TENANT,
    period ?? DEFAULT_PERIOD,
    topic === '' ? { kind: 'channel', channelId: TERMINAL_CHANNEL } : { kind: 'topic', topic },
    { limit, viewerId: terminalPlayerId(s.player), timezone: s.timezone },
  );
  if (view.scope.kind === 'topic' && view.sections.length === 0) {
    // "/leaderboard wek" reads as a topic: offer the period too.
    const periodHint =
      period === undefined && first !== undefined ? suggestionLine(s.lang, first, PERIODS) : '';
    const unknown = topicRejection(s, 'unknown_topic', topic);
    return periodHint === '' ? unknown : `${unknown} ${unknownChoiceHint(s.lang, first ?? '', PERIODS)}`;
  }
  return renderLeaderboard(s.lang, view);
}

async function stats(s: TerminalSession, name: string | undefined): Promise<string> {
  const who = name === undefined ? s.player : name.replace(/^@/, '');
  if (!isPlayerName(who)) return tt(s.lang, 'nameInvalid');
  const found = await s.engine.stats(terminalPlayerId(who), { timezone: s.timezone });
  if (found === null) return tt(s.lang, 'noPlayer', { name: who });
  return renderStats(s.lang, found);
}

async function switchPlayer(s: TerminalSession, name: string | undefined): Promise<string> {
  if (name === undefined) return tt(s.lang, 'usage', { usage: '/as <name>' });
  const clean = name.replace(/^@/, '');
  if (!isPlayerName(clean)) return tt(s.lang, 'nameInvalid');
  s.player = clean;
  return tt(s.lang, 'switched', { name: clean });
}

async function topics(s: TerminalSession): Promise<string> {
  const list = s.engine.topics();
  return list.length === 0 ? tt(s.lang, 'topicsNone') : tt(s.lang, 'topicsList', { topics: list.join(', ') });
}

async function setReminder(s: TerminalSession, value: string | undefined): Promise<string> {
  const word = value?.toLowerCase();
  if (word !== 'on' && word !== 'off') return tt(s.lang, 'usage', { usage: '/remind on|off' });
  await s.engine.setReminder(TERMINAL_CHANNEL, word === 'on');
  return tt(s.lang, word === 'on' ? 'remindOn' : 'remindOff');
}

async function setLang(s: TerminalSession, value: string | undefined): Promise<string> {
  const lang = value === 'en' || value === 'zh' ? value : null;
  if (lang === null) return tt(s.lang, 'langInvalid');
  await s.engine.setTenantLang(TERMINAL_TENANT, lang);
  s.lang = lang;
  return t(lang, 'common.langSet');
}
