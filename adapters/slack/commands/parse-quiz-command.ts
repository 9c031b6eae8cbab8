import type { Lang } from '../../../src/content/question.ts';
import type { Period } from '../../../src/engine/api.ts';
import { DEFAULT_PERIOD, isValidTime, isValidTimezone } from '../../../src/engine/calendar.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../../src/engine/engine-settings.ts';
import { type DigestCommand, parseDigest, parseReport, type ReportCommand } from './parse-report-command.ts';

/**
 * `/quiz …` text to a command. Pure; the handler does the rest. Anything that is not a sub-command is a
 * practice topic ("/quiz Docker 网络"), so the engine decides whether the topic exists.
 */
export type QuizCommand =
  | { readonly kind: 'practice'; readonly topic: string | undefined }
  | { readonly kind: 'daily' }
  | { readonly kind: 'help' }
  | { readonly kind: 'topics' }
  | { readonly kind: 'stats' }
  | {
      readonly kind: 'leaderboard';
      readonly period: Period;
      readonly scope: { kind: 'channel' } | { kind: 'tenant' } | { kind: 'topic'; topic: string } | null;
    }
  | {
      readonly kind: 'challenge';
      readonly userId: string;
      readonly questions: number;
      readonly topic: string | undefined;
    }
  | {
      readonly kind: 'schedule';
      readonly postTime: string;
      readonly closeTime: string;
      readonly timezone: string;
      readonly weekdays: readonly number[];
      readonly days: 'weekdays' | 'daily';
    }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'remind'; readonly on: boolean }
  | { readonly kind: 'reload' }
  | { readonly kind: 'lang'; readonly lang: Lang }
  /** The reported questions (flag-handlers.ts). */
  | { readonly kind: 'flagged' }
  | ReportCommand
  | DigestCommand
  /** A sub-command with bad arguments: `problem` says which message to show. */
  | {
      readonly kind: 'usage';
      readonly problem:
        | 'schedule'
        | 'challenge'
        | 'lang'
        | 'remind'
        | 'badTime'
        | 'badTimezone'
        | 'closeBeforePost';
      readonly value?: string;
    };

export const ADMIN_COMMANDS: ReadonlySet<QuizCommand['kind']> = new Set([
  'schedule',
  'pause',
  'resume',
  'remind',
  'reload',
  'lang',
  'flagged',
  'digest',
]);

/** The sub-command words, offered as "did you mean" when a mistyped one reads as an unknown topic. */
export const SUBCOMMANDS: readonly string[] = [
  'help',
  'daily',
  'stats',
  'topics',
  'practice',
  'leaderboard',
  'challenge',
  'schedule',
  'pause',
  'resume',
  'remind',
  'reload',
  'lang',
  'flagged',
  'report',
  'digest',
];

/** The words `/quiz leaderboard` knows besides a topic, offered when a mistyped one reads as a topic. */
export const LEADERBOARD_WORDS: readonly string[] = ['today', 'week', 'month', 'all', 'channel', 'workspace'];

/** The words people type for each period (engine/calendar.ts names the periods themselves). */
const PERIOD_WORDS: Readonly<Record<string, Period>> = {
  today: 'today',
  day: 'today',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  all: 'all',
  'all-time': 'all',
  alltime: 'all',
};

/** "9:05" -> "09:05"; null when it is not a 24-hour time (engine/calendar.ts decides that). */
export function normaliseTime(text: string): string | null {
  const padded = /^\d:/.test(text) ? `0${text}` : text;
  return isValidTime(padded) ? padded : null;
}

/** A word of a command that names a zone: shaped like Area/City (or UTC), and a zone the runtime knows. */
function namesZone(word: string): boolean {
  return (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(word) || word === 'UTC') && isValidTimezone(word);
}

/** The user id of a mention as Slack escapes it: `<@U123>` or `<@U123|name>`. */
function mentionedUser(token: string | undefined): string | null {
  const m = token === undefined ? null : /^<@([UW][A-Z0-9]+)(\|[^>]*)?>$/.exec(token);
  return m?.[1] ?? null;
}

/**
 * `defaultPostTime` (DAILY_POST_TIME) is the post time of `/quiz schedule Area/City …`; `defaultCloseTime`
 * gives the close of a schedule that names none.
 */
export function parseQuizCommand(
  text: string,
  defaultCloseTime: (postTime: string) => string,
  defaultPostTime = '09:00',
): QuizCommand {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const [head, ...rest] = words;
  switch (head?.toLowerCase()) {
    case undefined:
      return { kind: 'practice', topic: undefined };
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'daily':
    case 'today':
      return { kind: 'daily' };
    case 'stats':
    case 'me':
      return { kind: 'stats' };
    case 'topics':
      return { kind: 'topics' };
    case 'practice':
      return { kind: 'practice', topic: rest.length > 0 ? rest.join(' ') : undefined };
    case 'leaderboard':
    case 'top':
    case 'lb':
      return parseLeaderboard(rest);
    case 'challenge':
    case 'duel':
      return parseChallenge(rest);
    case 'schedule':
      return parseSchedule(
        // `/quiz schedule Europe/Berlin`: the operator's post time.
        rest[0] !== undefined && normaliseTime(rest[0]) === null && namesZone(rest[0])
          ? [defaultPostTime, ...rest]
          : rest,
        defaultCloseTime,
      );
    case 'pause':
      return { kind: 'pause' };
    case 'resume':
      return { kind: 'resume' };
    case 'remind': {
      const word = rest[0]?.toLowerCase();
      return word === 'on' || word === 'off'
        ? { kind: 'remind', on: word === 'on' }
        : { kind: 'usage', problem: 'remind' };
    }
    case 'reload':
      return { kind: 'reload' };
    case 'flagged':
    case 'reported':
      return { kind: 'flagged' };
    case 'lang':
    case 'language': {
      const lang = rest[0]?.toLowerCase();
      return lang === 'en' || lang === 'zh' ? { kind: 'lang', lang } : { kind: 'usage', problem: 'lang' };
    }
    case 'report':
    case 'gaps':
      return parseReport(rest, PERIOD_WORDS);
    case 'digest':
      return parseDigest(rest, defaultPostTime, normaliseTime);
    default:
      return { kind: 'practice', topic: words.join(' ') };
  }
}

function parseLeaderboard(args: readonly string[]): QuizCommand {
  let period: Period = DEFAULT_PERIOD;
  const remaining = [...args];
  const first = remaining[0]?.toLowerCase();
  if (first !== undefined && PERIOD_WORDS[first] !== undefined) {
    period = PERIOD_WORDS[first];
    remaining.shift();
  }
  const scopeWord = remaining.join(' ');
  const lower = scopeWord.toLowerCase();
  if (scopeWord === '') return { kind: 'leaderboard', period, scope: null };
  if (lower === 'channel' || lower === 'here')
    return { kind: 'leaderboard', period, scope: { kind: 'channel' } };
  if (lower === 'workspace' || lower === 'all' || lower === 'team' || lower === 'everyone') {
    return { kind: 'leaderboard', period, scope: { kind: 'tenant' } };
  }
  return { kind: 'leaderboard', period, scope: { kind: 'topic', topic: scopeWord } };
}

function parseChallenge(args: readonly string[]): QuizCommand {
  const userId = mentionedUser(args[0]);
  if (userId === null) return { kind: 'usage', problem: 'challenge' };
  let questions = DEFAULT_ENGINE_SETTINGS.duelDefaultQuestions;
  let topicWords = args.slice(1);
  if (topicWords[0] !== undefined && /^\d{1,2}$/.test(topicWords[0])) {
    questions = Number(topicWords[0]);
    topicWords = topicWords.slice(1);
  }
  return {
    kind: 'challenge',
    userId,
    questions,
    topic: topicWords.length > 0 ? topicWords.join(' ') : undefined,
  };
}

function parseSchedule(args: readonly string[], defaultCloseTime: (postTime: string) => string): QuizCommand {
  const [time, zone, ...more] = args;
  if (time === undefined || zone === undefined) return { kind: 'usage', problem: 'schedule' };
  const postTime = normaliseTime(time);
  if (postTime === null) return { kind: 'usage', problem: 'badTime', value: time };
  if (!namesZone(zone)) return { kind: 'usage', problem: 'badTimezone', value: zone };
  let days: 'weekdays' | 'daily' = 'weekdays';
  let closeTime: string | null = null;
  for (let i = 0; i < more.length; i += 1) {
    const word = (more[i] ?? '').toLowerCase();
    if (word === 'weekdays' || word === 'workdays') days = 'weekdays';
    else if (word === 'daily' || word === 'everyday' || word === 'every-day') days = 'daily';
    else if (word === 'close' || word === 'until') {
      const value = more[i + 1] ?? '';
      closeTime = normaliseTime(value);
      if (closeTime === null) return { kind: 'usage', problem: 'badTime', value };
      i += 1;
    } else return { kind: 'usage', problem: 'schedule' };
  }
  const close = closeTime ?? defaultCloseTime(postTime);
  if (close <= postTime) return { kind: 'usage', problem: 'closeBeforePost' };
  return {
    kind: 'schedule',
    postTime,
    closeTime: close,
    timezone: zone,
    weekdays: days === 'weekdays' ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7],
    days,
  };
}

/** Default close: 17:00 for a morning post, else eight hours later, never past 23:59. */
export function defaultCloseTime(postTime: string): string {
  return postTime < '09:00' ? '17:00' : laterBy(postTime, 8 * 60);
}

/**
 * The close for `/quiz schedule` without `close HH:MM` when the operator configured one (DAILY_CLOSE_TIME):
 * that time whenever it comes after the post, else the rule above (a close before the post would be the
 * next morning, which nobody asking for an evening post meant).
 */
export function configuredCloseTime(configured: string | undefined): (postTime: string) => string {
  return (postTime) =>
    configured !== undefined && configured > postTime ? configured : defaultCloseTime(postTime);
}

function laterBy(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min((h ?? 0) * 60 + (m ?? 0) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
