import { DateTime } from 'luxon';
import type { Lang } from '../../src/content/question.ts';
import { t } from './i18n.ts';

/**
 * How every adapter writes a time for players: in the channel's timezone, naming it ("17:00
 * Asia/Shanghai"), with "tomorrow" or the date when it is not today there, and, where it reads better, how
 * long until then ("in 3 h"). Discord writes its own timestamps instead (each reader's zone, kept live).
 * Which zone a channel's times are in is the engine's rule (channelZone).
 */
export { channelZone } from '../../src/engine/engine-context.ts';

/** The IANA name, which every reader can place; "Etc/UTC" and friends read as plain "UTC". */
function zoneLabel(zone: string): string {
  return /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal)$/i.test(zone) ? 'UTC' : zone;
}

/**
 * "17:00 Asia/Shanghai"; "tomorrow 09:00 Asia/Shanghai" or "2026-12-07 09:00 Asia/Shanghai" when `at` is
 * not on the same day as `now` in that zone; seconds for a deadline counted in seconds.
 */
export function zonedTime(
  lang: Lang,
  at: Date,
  zone: string,
  options: { now?: Date; seconds?: boolean } = {},
): string {
  const local = DateTime.fromJSDate(at, { zone });
  const clock = `${local.toFormat(options.seconds ? 'HH:mm:ss' : 'HH:mm')} ${zoneLabel(zone)}`;
  if (options.now === undefined) return clock;
  const today = DateTime.fromJSDate(options.now, { zone }).startOf('day');
  const day = local.startOf('day');
  if (day.equals(today)) return clock;
  if (day.equals(today.plus({ days: 1 }))) return t(lang, 'time.tomorrow', { time: clock });
  return `${local.toISODate() ?? ''} ${clock}`;
}

/** "24 h", "45 min", "60 s": whole hours from two hours on, whole minutes from two, else seconds. */
export function durationText(lang: Lang, ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds >= 2 * 3600) return t(lang, 'time.hours', { n: Math.round(seconds / 3600) });
  if (seconds >= 120) return t(lang, 'time.minutes', { n: Math.round(seconds / 60) });
  return t(lang, 'time.seconds', { n: seconds });
}

/** "in 3 h": from `now` to `at`. */
export const relativeTime = (lang: Lang, at: Date, now: Date): string =>
  t(lang, 'time.in', { duration: durationText(lang, at.getTime() - now.getTime()) });

/** "tomorrow 10:00 UTC (in 24 h)": when, in the channel's zone, and how long until then. */
export function zonedTimeFromNow(
  lang: Lang,
  at: Date,
  zone: string,
  now: Date,
  options: { seconds?: boolean } = {},
): string {
  return t(lang, 'time.withRelative', {
    time: zonedTime(lang, at, zone, { now, ...options }),
    relative: relativeTime(lang, at, now),
  });
}

/** A week in a chart by its Monday ("2026-03-02"): "Mar 2", "3月2日". */
export function weekLabel(lang: Lang, monday: string): string {
  return DateTime.fromISO(monday, { zone: 'UTC' }).toLocaleString(
    { month: 'short', day: 'numeric' },
    { locale: lang === 'zh' ? 'zh-CN' : 'en-US' },
  );
}
