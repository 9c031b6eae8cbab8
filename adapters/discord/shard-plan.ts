import type { ClientOptions } from 'discord.js';

/**
 * Which gateway shards this process runs (DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT). Discord hands each
 * server's events to one shard, `(guild_id >> 22) % shard_count`; discord.js's internal sharding
 * (@discordjs/ws's WebSocketManager) opens one connection per listed shard inside this process, so an
 * instance runs a range and several instances together run them all.
 */
export type ShardPlan =
  /** All the shards Discord recommends (GET /gateway/bot), in this one process. */
  | { readonly kind: 'auto' }
  /** These shards out of `count`: every instance of the bot must use the same `count`. */
  | { readonly kind: 'fixed'; readonly count: number; readonly ids: readonly number[] };

/** No sharding settings: one connection that gets every server (shard 0 of 1). */
export const SINGLE_SHARD: ShardPlan = { kind: 'fixed', count: 1, ids: [0] };

/** Far above any real bot (Discord wants one shard per ~1,000 servers); keeps a typo from allocating millions. */
export const MAX_SHARD_COUNT = 65_536;

const LIST = /^\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*$/;

/**
 * `0,1`, `0-3` or a mix (`0-3,8`) as sorted shard ids, or the problem with the text (a sentence that
 * follows the variable's name).
 */
export function parseShardIds(text: string): { ok: true; ids: number[] } | { ok: false; problem: string } {
  const trimmed = text.trim();
  if (!LIST.test(trimmed))
    return { ok: false, problem: 'must list shard numbers and ranges, such as 0,1 or 0-3' };
  const ids = new Set<number>();
  for (const part of trimmed.split(',')) {
    const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
    if (from === undefined || to === undefined) continue;
    if (to < from)
      return { ok: false, problem: `has a backwards range ${part.trim()} (write ${to}-${from})` };
    if (to >= MAX_SHARD_COUNT) return { ok: false, problem: `goes past shard ${MAX_SHARD_COUNT - 1}` };
    for (let id = from; id <= to; id += 1) {
      if (ids.has(id)) return { ok: false, problem: `lists shard ${id} twice` };
      ids.add(id);
    }
  }
  return { ok: true, ids: [...ids].sort((a, b) => a - b) };
}

/** The discord.js Client options that run the plan (internal sharding). */
export function clientShardOptions(plan: ShardPlan): Pick<ClientOptions, 'shards' | 'shardCount'> {
  // discord.js would take shardCount from the list's length when it is left out: always pass both.
  return plan.kind === 'auto' ? { shards: 'auto' } : { shards: [...plan.ids], shardCount: plan.count };
}
