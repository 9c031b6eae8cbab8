import { DateTime } from 'luxon';
import type { ChannelSchedule } from '../engine/records.ts';

/**
 * Local calendar arithmetic for daily rounds. Everything is computed from UTC instants and the channel's
 * IANA timezone with luxon, so daylight saving is handled by the tz database, never by adding 24 hours.
 */

export interface DailyWindow {
  /** Channel-local date "YYYY-MM-DD" the round belongs to. */
  readonly localDate: string;
  /** When the question should appear. */
  readonly postAt: Date;
  /** When the round closes; the next local day when closeTime is not after postTime. */
  readonly closeAt: Date;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseHhmm(value: string): { hour: number; minute: number } {
  const match = HHMM.exec(value);
  if (!match) throw new Error(`Invalid local time "${value}": expected HH:MM (00:00–23:59)`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function isValidTimezone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
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
  if (date === null) throw new Error(`Unknown timezone "${zone}"`);
  const start = local.startOf('day');
  dayCache.set(zone, { from: start.toMillis(), to: start.plus({ days: 1 }).toMillis(), date });
  return date;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export function weekdayOf(localDate: string): number {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).weekday;
}

export function addDays(localDate: string, days: number): string {
  const next = DateTime.fromISO(localDate, { zone: 'UTC' }).plus({ days }).toISODate();
  if (next === null) throw new Error(`Invalid local date "${localDate}"`);
  return next;
}

/**
 * The instant a local wall-clock time happens on a local date.
 * - Inside a spring-forward gap (02:30 on the night clocks jump 02:00 -> 03:00) the time does not exist;
 *   it is moved forward by the gap (03:30), so the round still happens that day, once.
 * - Inside the repeated fall-back hour (01:30 happens twice) the first occurrence is used, which is when
 *   a person watching the clock expects it.
 */
export function instantAt(localDate: string, hhmm: string, zone: string): Date {
  const { hour, minute } = parseHhmm(hhmm);
  const day = DateTime.fromISO(localDate, { zone: 'UTC' });
  if (!day.isValid) throw new Error(`Invalid local date "${localDate}"`);
  const resolved = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone },
  );
  if (!resolved.isValid) throw new Error(`Unknown timezone "${zone}"`);
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

/** Many channels share a schedule; windows are pure, so a bounded memo saves the luxon work. */
const windowMemo = new Map<string, DailyWindow>();

/** The post and close instants of a schedule on a local date (whether or not that weekday is scheduled). */
export function windowOn(schedule: ChannelSchedule, localDate: string): DailyWindow {
  const key = `${localDate}|${schedule.timezone}|${schedule.postTime}|${schedule.closeTime}`;
  const known = windowMemo.get(key);
  if (known !== undefined) return known;
  if (windowMemo.size >= 10_000) windowMemo.clear();
  const window = computeWindow(schedule, localDate);
  windowMemo.set(key, window);
  return window;
}

function computeWindow(schedule: ChannelSchedule, localDate: string): DailyWindow {
  const postAt = instantAt(localDate, schedule.postTime, schedule.timezone);
  const closesNextDay = schedule.closeTime <= schedule.postTime;
  const closeAt = instantAt(
    closesNextDay ? addDays(localDate, 1) : localDate,
    schedule.closeTime,
    schedule.timezone,
  );
  return { localDate, postAt, closeAt };
}

export function isScheduledOn(schedule: ChannelSchedule, localDate: string): boolean {
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
