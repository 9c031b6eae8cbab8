import { bucketFloorSeconds, DISCORD_LIMITS, SLACK_LIMITS } from './platform-limits.ts';
import type { SimChannel } from './sim-population.ts';

/**
 * The least time the platforms' limits allow for one instant's work: posts, and reveals with the winners
 * named, across all the channels due at that instant. Each Slack workspace has its own buckets, so the
 * slowest workspace decides; Discord's global limit is one bucket for the whole bot. The buckets start full
 * (nothing posted in the minutes before), as they are at a quiet post time.
 */
export function fanOutFloorSeconds(posts: readonly SimChannel[], reveals: readonly SimChannel[]): number {
  const perWorkspace = new Map<string, { posts: number; reveals: number }>();
  let discord = 0;
  for (const [list, kind] of [
    [posts, 'posts'],
    [reveals, 'reveals'],
  ] as const) {
    for (const channel of list) {
      if (channel.platform === 'discord') {
        // A post is one request; a reveal is an edit and, when someone was right, a new message.
        discord += kind === 'posts' ? 1 : 2;
        continue;
      }
      const entry = perWorkspace.get(channel.teamId) ?? { posts: 0, reveals: 0 };
      entry[kind] += 1;
      perWorkspace.set(channel.teamId, entry);
    }
  }
  let slack = 0;
  for (const { posts: p, reveals: r } of perWorkspace.values()) {
    // A reveal is a chat.update (Tier 3) and a winners reply (chat.postMessage, the workspace bucket).
    const postFloor = bucketFloorSeconds(p + r, SLACK_LIMITS.postPerWorkspace);
    const updateFloor = bucketFloorSeconds(r, SLACK_LIMITS.updatePerWorkspace);
    slack = Math.max(slack, postFloor, updateFloor);
  }
  return Math.max(slack, bucketFloorSeconds(discord, DISCORD_LIMITS.globalPerBot));
}
