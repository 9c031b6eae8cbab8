import type { Period } from '../../../src/engine/api.ts';
import { DEFAULT_PERIOD, isValidTimezone } from '../../../src/engine/calendar.ts';
import { parseWeekday } from '../../shared/section-report-view.ts';

/**
 * `/quiz report …` and `/quiz digest …` to commands (pure). parse-quiz-command.ts routes the words here.
 *   /quiz report [today|week|month|all] [channel|workspace] [topic]
 *   /quiz digest                          what is set
 *   /quiz digest <weekday> [HH:MM] [Area/City]   e.g. `/quiz digest monday 09:30 Europe/Berlin`
 *   /quiz digest off
 */
export type ReportCommand = {
  readonly kind: 'report';
  readonly period: Period;
  /** null: the channel asked in (the workspace from a DM), as leaderboards. */
  readonly scope: 'channel' | 'tenant' | null;
  readonly topic: string | undefined;
};

export type DigestCommand =
  | { readonly kind: 'digest'; readonly action: 'show' }
  | { readonly kind: 'digest'; readonly action: 'off' }
  | {
      readonly kind: 'digest';
      readonly action: 'set';
      readonly weekday: number;
      readonly time: string;
      readonly timezone: string | null;
    }
  | {
      readonly kind: 'digest';
      readonly action: 'usage';
      readonly problem: 'usage' | 'badWeekday' | 'badTime' | 'badTimezone';
      readonly value?: string;
    };

/** The words `/quiz report` knows besides a topic, offered when a mistyped one reads as a topic. */
export const REPORT_WORDS: readonly string[] = ['today', 'week', 'month', 'all', 'channel', 'workspace'];

export function parseReport(
  args: readonly string[],
  periodWords: Readonly<Record<string, Period>>,
): ReportCommand {
  const rest = [...args];
  const period = periodWords[rest[0]?.toLowerCase() ?? ''];
  if (period !== undefined) rest.shift();
  let scope: ReportCommand['scope'] = null;
  const word = rest[0]?.toLowerCase();
  if (word === 'channel' || word === 'here') scope = 'channel';
  else if (word === 'workspace' || word === 'team' || word === 'everyone') scope = 'tenant';
  if (scope !== null) rest.shift();
  const topic = rest.join(' ').trim();
  return { kind: 'report', period: period ?? DEFAULT_PERIOD, scope, topic: topic === '' ? undefined : topic };
}

export function parseDigest(
  args: readonly string[],
  defaultTime: string,
  normaliseTime: (text: string) => string | null,
): DigestCommand {
  const [first, second, third, ...more] = args;
  if (first === undefined) return { kind: 'digest', action: 'show' };
  const word = first.toLowerCase();
  if (word === 'off' || word === 'stop' || word === 'none') return { kind: 'digest', action: 'off' };
  const weekday = parseWeekday(first);
  if (weekday === null) return { kind: 'digest', action: 'usage', problem: 'badWeekday', value: first };
  if (more.length > 0) return { kind: 'digest', action: 'usage', problem: 'usage' };
  // The time and the zone may come in either order, and both may be left out.
  let time: string | null = null;
  let timezone: string | null = null;
  for (const value of [second, third]) {
    if (value === undefined) continue;
    if (/^\d/.test(value)) {
      time = normaliseTime(value);
      if (time === null) return { kind: 'digest', action: 'usage', problem: 'badTime', value };
    } else if (isValidTimezone(value) && value.includes('/')) timezone = value;
    else if (value === 'UTC') timezone = value;
    else return { kind: 'digest', action: 'usage', problem: 'badTimezone', value };
  }
  return { kind: 'digest', action: 'set', weekday, time: time ?? defaultTime, timezone };
}
