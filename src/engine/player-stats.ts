import type { PlayerStats, WeekStats } from './api.ts';
import { recentWeeks } from './calendar.ts';
import type { EngineContext } from './engine-context.ts';
import type { PlayerId } from './ids.ts';
import { streaksNow } from './leaderboard-query.ts';
import { noteSectionOf } from './records.ts';

/**
 * Personal stats count every answer the player gave, practice and self-graded flashcards included
 * (these never reach a leaderboard), grouped by the note section the questions come from. Weakest sections: at least `weakestMinAnswers` answers, lowest
 * accuracy first, ties by more answers, then name.
 */
export async function playerStats(
  ctx: EngineContext,
  playerId: PlayerId,
  options: { timezone?: string } = {},
): Promise<PlayerStats | null> {
  const player = await ctx.store.getPlayer(playerId);
  if (player === null) return null;
  const now = ctx.clock.now();
  const timezone = options.timezone ?? ctx.settings.defaultTimezone;
  const sectionStats = await ctx.store.sectionStats(playerId);
  const bySection = new Map<string, { answered: number; correct: number }>();
  for (const s of sectionStats) {
    const section = noteSectionOf(s.section);
    const sum = bySection.get(section) ?? { answered: 0, correct: 0 };
    bySection.set(section, { answered: sum.answered + s.answered, correct: sum.correct + s.correct });
  }
  const sections = [...bySection]
    .map(([section, s]) => ({
      section,
      answered: s.answered,
      correct: s.correct,
      accuracy: ratio(s.correct, s.answered),
    }))
    .sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : 0));
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const correct = sections.reduce((n, s) => n + s.correct, 0);
  const weakest = sections
    .filter((s) => s.answered >= ctx.settings.weakestMinAnswers && s.accuracy < 1)
    .sort((a, b) => a.accuracy - b.accuracy || b.answered - a.answered || (a.section < b.section ? -1 : 1))
    .slice(0, ctx.settings.weakestCount)
    .map((s) => s.section);
  const streaks = await ctx.store.streaksFor(player.tenantId, [playerId], null);
  const bestStreak = streaks.reduce((n, s) => Math.max(n, s.best), 0);
  const currentStreak = (await streaksNow(ctx, player.tenantId, [playerId], null, now)).get(playerId) ?? 0;
  const liveCards = new Set(ctx.bank().all.map((q) => q.cardId));
  const reviewsDue = (await ctx.store.getReviews(playerId)).filter(
    (r) => liveCards.has(r.cardId) && r.due.getTime() <= now.getTime(),
  ).length;
  return {
    player,
    answered,
    correct,
    accuracy: ratio(correct, answered),
    bestStreak,
    currentStreak,
    rating: player.rating,
    sections,
    weakest,
    reviewsDue,
    weeks: await recentWeekStats(ctx, playerId, now, timezone),
    timezone,
  };
}

/** The player's last weeks, from the first of them with an answer: a newcomer's chart starts with them. */
async function recentWeekStats(
  ctx: EngineContext,
  playerId: PlayerId,
  now: Date,
  timezone: string,
): Promise<WeekStats[]> {
  const { bounds, mondays } = recentWeeks(now, timezone, ctx.settings.statsWeeks);
  const tallies = await ctx.store.answersPerPeriod(playerId, bounds);
  const weeks = mondays.map((monday, i) => {
    const { answered, correct } = tallies[i] ?? { answered: 0, correct: 0 };
    return { monday, answered, correct, accuracy: answered === 0 ? null : correct / answered };
  });
  const first = weeks.findIndex((w) => w.answered > 0);
  return first === -1 ? [] : weeks.slice(first);
}

function ratio(correct: number, answered: number): number {
  return answered === 0 ? 0 : correct / answered;
}
