import { DateTime } from 'luxon';

/**
 * Calendar arithmetic in a named IANA zone (luxon), so "today", "this week" and a streak's "consecutive
 * days" follow the channel's wall clock, DST included.
 */

export function isValidTimezone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The local date "YYYY-MM-DD" of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): string {
  const date = DateTime.fromJSDate(instant, { zone }).toISODate();
  if (date === null) throw new RangeError(`invalid timezone ${zone}`);
  return date;
}

/** The instant of local "HH:MM" on a local date in a zone (a time skipped by DST moves forward). */
export function instantAt(localDate: string, time: string, zone: string): Date {
  const dt = DateTime.fromISO(`${localDate}T${time}`, { zone });
  if (!dt.isValid) throw new RangeError(`invalid local time ${localDate}T${time} in ${zone}`);
  return dt.toJSDate();
}

export function addDays(localDate: string, days: number): string {
  const next = DateTime.fromISO(localDate, { zone: 'UTC' }).plus({ days }).toISODate();
  if (next === null) throw new RangeError(`invalid local date ${localDate}`);
  return next;
}

export type PeriodName = 'today' | 'week' | 'month' | 'all';

/** Half-open [from, to) of a period containing `now`, in the zone; weeks start on Monday (ISO). */
export function periodBounds(period: PeriodName, now: Date, zone: string): { from?: Date; to?: Date } {
  if (period === 'all') return {};
  const local = DateTime.fromJSDate(now, { zone });
  const unit = period === 'today' ? 'day' : period;
  const start = local.startOf(unit);
  const end = start.plus(unit === 'day' ? { days: 1 } : unit === 'week' ? { weeks: 1 } : { months: 1 });
  return { from: start.toJSDate(), to: end.toJSDate() };
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
export function isValidTime(time: string): boolean {
  return HH_MM.test(time);
}
