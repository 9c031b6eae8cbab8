import { DEFAULT_PERIOD } from '../../src/engine/calendar.ts';
import { homeView } from './render/standings-blocks.ts';
import type { SlackContext } from './slack-context.ts';
import { classifySlackError } from './slack-errors.ts';
import { playerIdOf, tenantIdOf } from './slack-ids.ts';

/** App Home: the player's stats and the workspace's leaderboard of the week, published on each visit. */
export async function publishHome(ctx: SlackContext, teamId: string, userId: string): Promise<void> {
  const lang = await ctx.lang(teamId);
  const playerId = playerIdOf(teamId, userId);
  const [stats, board, person] = await Promise.all([
    ctx.engine.stats(playerId),
    ctx.engine.leaderboard(
      tenantIdOf(teamId),
      DEFAULT_PERIOD,
      { kind: 'tenant' },
      { limit: 10, viewerId: playerId },
    ),
    ctx.people.info(userId).catch(() => null),
  ]);
  const name = person?.name ?? stats?.player.displayName ?? userId;
  try {
    await ctx.client.views.publish({ user_id: userId, view: homeView(stats, board, lang, name) });
  } catch (error) {
    const failure = classifySlackError(error);
    ctx.token.observe(failure);
    ctx.logger.warn({ code: failure.code }, 'App Home not published');
  }
}
