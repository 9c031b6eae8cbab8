import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { DEFAULT_PERIOD, PERIODS } from '../../src/engine/calendar.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { SelfGrade } from '../../src/engine/records.ts';
import { gradeName, rejectionMessage, t } from '../shared/i18n.ts';
import { parseChoice } from './parse-choice.ts';
import {
  formatLocalTime,
  renderLeaderboard,
  renderOutcome,
  renderQuestion,
  renderResults,
  renderReveal,
  renderStats,
} from './render-text.ts';
import {
  answerDuelQuestion,
  challengeCommand,
  listDuelsCommand,
  playCommand,
  respondCommand,
} from './terminal-duels.ts';
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
    play: playCommand,
    duels: async (s) => listDuelsCommand(s),
    leaderboard: async (s, args) => leaderboard(s, args, limit),
    stats: async (s, args) => stats(s, args[0]),
    as: async (s, args) => switchPlayer(s, args[0]),
    topics: async (s) => topics(s),
    lang: async (s, args) => setLang(s, args[0]),
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
      if (command === undefined) return say(tt(session.lang, 'unknownCommand', { command: `/${head}` }));
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
  if (!result.ok) return rejectionMessage(s.lang, result.code, result.detail ?? topic);
  const { round, question } = result.value;
  s.focus.set(actor.playerId, { kind: 'round', round, question });
  return renderQuestion(s.lang, question, t(s.lang, 'question.practice'));
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
    const results = await s.engine.roundResults(round.id);
    const over = rejectionMessage(s.lang, 'round_closed');
    return results === null ? over : `${over}\n${renderResults(s.lang, results)}`;
  }
  s.focus.set(terminalPlayerId(s.player), { kind: 'round', round, question });
  const heading = round.late ? t(s.lang, 'question.dailyLate') : t(s.lang, 'question.daily');
  const closes =
    round.closesAt === null
      ? []
      : [t(s.lang, 'question.closesAt', { time: formatLocalTime(round.closesAt, s.timezone) })];
  return [renderQuestion(s.lang, question, heading), ...closes].join('\n');
}

async function answer(s: TerminalSession, text: string): Promise<string> {
  const choice = parseChoice(text);
  if (choice === null) return tt(s.lang, 'usage', { usage: '/answer <1-9 | A-Z>' });
  const focus = s.focus.get(terminalPlayerId(s.player));
  if (focus === undefined) return tt(s.lang, 'nothingToAnswer');
  if (focus.kind === 'duel') return answerDuelQuestion(s, focus, choice);
  const result = await s.engine.answer(terminalActor(s.player), terminalPlace, focus.round.id, choice);
  if (!result.ok) return rejectionMessage(s.lang, result.code, result.detail);
  return renderOutcome(s.lang, result.value);
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
  return renderLeaderboard(s.lang, view);
}

async function stats(s: TerminalSession, name: string | undefined): Promise<string> {
  const who = name === undefined ? s.player : name.replace(/^@/, '');
  if (!isPlayerName(who)) return tt(s.lang, 'nameInvalid');
  const found = await s.engine.stats(terminalPlayerId(who));
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

async function setLang(s: TerminalSession, value: string | undefined): Promise<string> {
  const lang = value === 'en' || value === 'zh' ? value : null;
  if (lang === null) return tt(s.lang, 'langInvalid');
  await s.engine.setTenantLang(TERMINAL_TENANT, lang);
  s.lang = lang;
  return t(lang, 'common.langSet');
}
