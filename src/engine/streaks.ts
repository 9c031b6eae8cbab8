import type { ChannelId, PlayerId } from './ids.ts';
import type { StreakRecord } from './records.ts';

/**
 * A streak counts consecutive daily rounds of a channel answered correctly. "Consecutive" is over the
 * channel's rounds, not the calendar: a day without a round (weekend, paused schedule) neither extends
 * nor breaks it. `previousRoundDate` is the channel's last daily round date before this one.
 */
export function nextStreak(
  previous: StreakRecord | null,
  playerId: PlayerId,
  channelId: ChannelId,
  roundDate: string,
  previousRoundDate: string | null,
  correct: boolean,
): StreakRecord {
  const best = previous?.best ?? 0;
  const lastDate = previous?.lastDate ?? null;
  if (!correct) return { playerId, channelId, current: 0, best, lastDate };
  const continues = previous !== null && lastDate !== null && lastDate === previousRoundDate;
  const current = continues ? previous.current + 1 : 1;
  return { playerId, channelId, current, best: Math.max(best, current), lastDate: roundDate };
}

/**
 * The streak as a player would see it now: stored streaks are only rewritten on an answer, so one whose
 * last correct date is older than the channel's latest finished round is already broken.
 * `latestRoundBeforeToday` is the channel's last round date strictly before today.
 */
export function liveStreak(
  streak: StreakRecord,
  today: string,
  latestRoundBeforeToday: string | null,
): number {
  if (streak.lastDate === null) return 0;
  if (streak.lastDate >= today) return streak.current;
  if (latestRoundBeforeToday === null || streak.lastDate >= latestRoundBeforeToday) return streak.current;
  return 0;
}
