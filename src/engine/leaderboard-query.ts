import type { LeaderboardEntry, LeaderboardView, Period, Scope } from './api.ts';
import { localDateOf, periodBounds } from './calendar.ts';
import { channelZone, type EngineContext } from './engine-context.ts';
import type { PlayerId, TenantId } from './ids.ts';
import type { LeaderboardRow } from './store-port.ts';
import { liveStreak } from './streaks.ts';

/**
 * Period bounds follow the channel's timezone for a channel board, otherwise `options.timezone` or the
 * default. Which round kinds count is `settings.leaderboardRoundKinds`; self-graded answers never count.
 */
export async function leaderboard(
  ctx: EngineContext,
  tenantId: TenantId,
  period: Period,
  scope: Scope,
  options: { limit: number; viewerId?: PlayerId; timezone?: string },
): Promise<LeaderboardView> {
  const channel = scope.kind === 'channel' ? await ctx.store.getChannel(scope.channelId) : null;
  const timezone =
    channel !== null ? channelZone(channel) : (options.timezone ?? ctx.settings.defaultTimezone);
  const now = ctx.clock.now();
  const bounds = periodBounds(period, now, timezone);
  const sections = scope.kind === 'topic' ? ctx.bank().resolveTopic(scope.topic) : [];
  if (scope.kind === 'topic' && sections.length === 0)
    return { period, scope, sections, timezone, rows: [], viewer: null, totalPlayers: 0 };
  const page = await ctx.store.leaderboard({
    tenantId,
    ...(scope.kind === 'channel' ? { channelId: scope.channelId } : {}),
    ...(sections.length > 0 ? { sections } : {}),
    ...bounds,
    roundKinds: ctx.settings.leaderboardRoundKinds,
    limit: Math.max(0, Math.floor(options.limit)),
    ...(options.viewerId !== undefined ? { viewerId: options.viewerId } : {}),
  });
  const shown = [...page.rows, ...(page.viewer !== null ? [page.viewer] : [])];
  const ids = [...new Set(shown.map((r) => r.playerId))];
  const players = new Map((await ctx.store.getPlayers(ids)).map((p) => [p.id, p]));
  const streaks = await streaksNow(
    ctx,
    tenantId,
    ids,
    scope.kind === 'channel' ? scope.channelId : null,
    now,
  );
  const enrich = (row: LeaderboardRow): LeaderboardEntry => ({
    ...row,
    accuracy: row.answered === 0 ? 0 : row.correct / row.answered,
    streak: streaks.get(row.playerId) ?? 0,
    rating: players.get(row.playerId)?.rating ?? ctx.settings.initialRating,
  });
  return {
    period,
    scope,
    sections,
    timezone,
    rows: page.rows.map(enrich),
    viewer: page.viewer === null ? null : enrich(page.viewer),
    totalPlayers: page.totalPlayers,
  };
}

/** Live streaks (a streak whose last correct day is before the channel's last round is already broken). */
export async function streaksNow(
  ctx: EngineContext,
  tenantId: TenantId,
  playerIds: readonly PlayerId[],
  channelId: string | null,
  now: Date,
): Promise<Map<PlayerId, number>> {
  const out = new Map<PlayerId, number>();
  if (playerIds.length === 0) return out;
  const records = await ctx.store.streaksFor(tenantId, playerIds, channelId);
  const latestByChannel = new Map<string, { today: string; latest: string | null }>();
  for (const streak of records) {
    let info = latestByChannel.get(streak.channelId);
    if (info === undefined) {
      const channel = await ctx.store.getChannel(streak.channelId);
      const today = localDateOf(now, channel === null ? ctx.settings.defaultTimezone : channelZone(channel));
      info = { today, latest: await ctx.store.previousDailyDate(streak.channelId, today) };
      latestByChannel.set(streak.channelId, info);
    }
    const value = liveStreak(streak, info.today, info.latest);
    out.set(streak.playerId, Math.max(out.get(streak.playerId) ?? 0, value));
  }
  return out;
}
