import { DateTime, IANAZone } from 'luxon';
import type { ChannelSchedule } from './records.ts';

/**
 * The one calendar of the house: a channel's local day, its daily window and a leaderboard's period are
 * all computed here, from UTC instants and the channel's IANA zone with luxon, so daylight saving follows
 * the tz database and is never "add 24 hours". The DST rules, decided once:
 * - a wall time inside the spring-forward gap (02:30 on the night 02:00 jumps to 03:00) does not exist;
 *   it moves forward by the gap (03:30), so the round still happens that day, once;
 * - a wall time inside the repeated autumn hour (01:30 happens twice) means its FIRST occurrence, which is
 *   when a person watching the clock expects it (luxon alone would pick the second).
 */

/** "HH:MM", 00:00–23:59, two digits each: the one form a schedule's times are stored and checked in. */
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTime(time: string): boolean {
  return HH_MM.test(time);
}

function parseHhmm(value: string): { hour: number; minute: number } {
  const match = HH_MM.exec(value);
  if (!match) throw new RangeError(`Invalid local time "${value}": expected HH:MM (00:00–23:59)`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** An IANA zone name the runtime knows ("Europe/Berlin", "UTC"); luxon's fixed offsets and "local" are not. */
export function isValidTimezone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The channel-local date of an instant. A tick asks this for every channel, and luxon's offset lookup
 * (Intl) is the costly part, so each zone remembers the bounds of the local day it last answered.
 */
const dayCache = new Map<string, { from: number; to: number; date: string }>();

export function localDateOf(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const cached = dayCache.get(zone);
  if (cached !== undefined && ms >= cached.from && ms < cached.to) return cached.date;
  const local = DateTime.fromMillis(ms, { zone });
  const date = local.toISODate();
  if (date === null) throw new RangeError(`Unknown timezone "${zone}"`);
  const start = local.startOf('day');
  dayCache.set(zone, { from: start.toMillis(), to: start.plus({ days: 1 }).toMillis(), date });
  return date;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
function weekdayOf(localDate: string): number {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).weekday;
}

export function addDays(localDate: string, days: number): string {
  const next = DateTime.fromISO(localDate, { zone: 'UTC' }).plus({ days }).toISODate();
  if (next === null) throw new RangeError(`Invalid local date "${localDate}"`);
  return next;
}

/** The instant a local wall-clock time happens on a local date, by the DST rules above. */
export function instantAt(localDate: string, hhmm: string, zone: string): Date {
  const { hour, minute } = parseHhmm(hhmm);
  const day = DateTime.fromISO(localDate, { zone: 'UTC' });
  if (!day.isValid) throw new RangeError(`Invalid local date "${localDate}"`);
  const resolved = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone },
  );
  if (!resolved.isValid) throw new RangeError(`Unknown timezone "${zone}"`);
  // luxon picks the later offset for an ambiguous wall time; try the offset in force before the change.
  const offsetBefore = resolved.minus({ hours: 6 }).offset;
  if (offsetBefore !== resolved.offset) {
    const wallAsUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
    const earlier = DateTime.fromMillis(wallAsUtc - offsetBefore * 60_000, { zone });
    if (earlier.hour === hour && earlier.minute === minute && earlier.toMillis() < resolved.toMillis()) {
      return earlier.toJSDate();
    }
  }
  return resolved.toJSDate();
}

export interface DailyWindow {
  /** Channel-local date "YYYY-MM-DD" the round belongs to. */
  readonly localDate: string;
  /** When the question should appear. */
  readonly postAt: Date;
  /** When the round closes; the next local day when closeTime is not after postTime. */
  readonly closeAt: Date;
}

/** Many channels share a schedule; windows are pure, so a bounded memo saves the luxon work. */
const windowMemo = new Map<string, DailyWindow>();

/** The post and close instants of a schedule on a local date (whether or not that weekday is scheduled). */
export function windowOn(
  schedule: Pick<ChannelSchedule, 'timezone' | 'postTime' | 'closeTime'>,
  localDate: string,
): DailyWindow {
  const key = `${localDate}|${schedule.timezone}|${schedule.postTime}|${schedule.closeTime}`;
  const known = windowMemo.get(key);
  if (known !== undefined) return known;
  if (windowMemo.size >= 10_000) windowMemo.clear();
  const postAt = instantAt(localDate, schedule.postTime, schedule.timezone);
  const closesNextDay = schedule.closeTime <= schedule.postTime;
  const closeDate = closesNextDay ? addDays(localDate, 1) : localDate;
  const window = { localDate, postAt, closeAt: instantAt(closeDate, schedule.closeTime, schedule.timezone) };
  windowMemo.set(key, window);
  return window;
}

export function isScheduledOn(schedule: Pick<ChannelSchedule, 'weekdays'>, localDate: string): boolean {
  return schedule.weekdays.includes(weekdayOf(localDate));
}

/** The window of the scheduled day whose post time is strictly after `after` (searching up to two weeks). */
export function nextWindow(schedule: ChannelSchedule, after: Date): DailyWindow | null {
  if (schedule.weekdays.length === 0) return null;
  let date = addDays(localDateOf(after, schedule.timezone), -1);
  for (let i = 0; i < 16; i++, date = addDays(date, 1)) {
    if (!isScheduledOn(schedule, date)) continue;
    const window = windowOn(schedule, date);
    if (window.postAt.getTime() > after.getTime()) return window;
  }
  return null;
}

/** Today's window in the channel's zone when `now`'s local date is a scheduled day, else null. */
export function windowToday(schedule: ChannelSchedule, now: Date): DailyWindow | null {
  const today = localDateOf(now, schedule.timezone);
  return isScheduledOn(schedule, today) ? windowOn(schedule, today) : null;
}

/** The leaderboard periods, in the order menus show them. */
export const PERIODS = ['today', 'week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** The period a board shows when nobody names one. */
export const DEFAULT_PERIOD: Period = 'week';

/** Half-open [from, to) of a period containing `now`, in the zone; weeks start on Monday (ISO). */
export function periodBounds(period: Period, now: Date, zone: string): { from?: Date; to?: Date } {
  if (period === 'all') return {};
  const local = DateTime.fromJSDate(now, { zone });
  const unit = period === 'today' ? 'day' : period;
  const start = local.startOf(unit);
  const end = start.plus(unit === 'day' ? { days: 1 } : unit === 'week' ? { weeks: 1 } : { months: 1 });
  return { from: start.toJSDate(), to: end.toJSDate() };
}

/**
 * The last `count` weeks up to the one containing `now` (Monday 00:00 in the zone), as count + 1 instants
 * (the last is the end of this week) and each week's local Monday. DST makes some weeks an hour short or
 * long, as on the wall clock.
 */
export function recentWeeks(now: Date, zone: string, count: number): { bounds: Date[]; mondays: string[] } {
  const thisWeek = DateTime.fromJSDate(now, { zone }).startOf('week');
  const n = Math.max(0, Math.floor(count));
  const starts = Array.from({ length: n + 1 }, (_, i) => thisWeek.minus({ weeks: n - 1 - i }));
  return {
    bounds: starts.map((s) => s.toJSDate()),
    mondays: starts.slice(0, n).map((s) => s.toISODate() ?? ''),
  };
}

/**
 * The period of the same kind just before the one containing `now` (last week, last month, yesterday), to
 * compare against; none for 'all'. It is the period containing the last instant before this one starts,
 * so it follows the zone's DST like periodBounds.
 */
export function previousPeriodBounds(
  period: Period,
  now: Date,
  zone: string,
): { from: Date; to: Date } | null {
  const { from } = periodBounds(period, now, zone);
  if (from === undefined) return null;
  const before = periodBounds(period, new Date(from.getTime() - 1), zone);
  return before.from === undefined || before.to === undefined ? null : { from: before.from, to: before.to };
}

/**
 * The `days` local days before `end` (same wall time, so a week holding a DST change is 167 or 169 hours),
 * and the `days` before those: a rolling window such as "the past 7 days" with the one to compare it to.
 */
export function pastDaysBounds(
  end: Date,
  days: number,
  zone: string,
): { current: { from: Date; to: Date }; previous: { from: Date; to: Date } } {
  const local = DateTime.fromJSDate(end, { zone });
  const from = local.minus({ days }).toJSDate();
  const before = local.minus({ days: 2 * days }).toJSDate();
  return { current: { from, to: end }, previous: { from: before, to: from } };
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a channel-local date. */
export function isoWeekdayOf(localDate: string): number {
  return weekdayOf(localDate);
}
