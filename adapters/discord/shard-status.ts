import { type Client, Status } from 'discord.js';

/**
 * What each gateway shard of this process is doing, for /healthz and /readyz:
 *  - ready: connected, events arrive;
 *  - reconnecting: closed or not yet back (discord.js is resuming or identifying again by itself);
 *  - down: closed for good (an unrecoverable close code such as 4011 sharding required, or destroyed):
 *    only a restart brings it back.
 */
export type ShardHealth = 'ready' | 'reconnecting' | 'down';

export interface ShardState {
  readonly id: number;
  readonly status: ShardHealth;
}

export interface ShardReport {
  readonly ok: boolean;
  /** One short line naming the shards that are not fine, when ok is false. */
  readonly detail?: string;
  readonly shards: readonly ShardState[];
}

const healthOf = (status: Status): ShardHealth => {
  if (status === Status.Ready) return 'ready';
  if (status === Status.Disconnected || status === Status.Idle) return 'down';
  return 'reconnecting';
};

export function shardStates(client: Client): ShardState[] {
  return [...client.ws.shards.values()]
    .map((shard) => ({ id: shard.id, status: healthOf(shard.status) }))
    .sort((a, b) => a.id - b.id);
}

/** `discord shard 1 reconnecting; shards 2, 3 down` for the shards in `which` states. */
function summary(shards: readonly ShardState[], which: readonly ShardHealth[]): string | null {
  const parts: string[] = [];
  for (const status of which) {
    const ids = shards.filter((s) => s.status === status).map((s) => s.id);
    if (ids.length > 0) parts.push(`${ids.length === 1 ? 'shard' : 'shards'} ${ids.join(', ')} ${status}`);
  }
  return parts.length === 0 ? null : `discord ${parts.join('; ')}`;
}

/** Ready only when every shard of this process is: a reconnecting shard's servers get no answers meanwhile. */
export function shardReadiness(shards: readonly ShardState[]): ShardReport {
  if (shards.length === 0) return { ok: false, detail: 'discord not connected', shards };
  const detail = summary(shards, ['reconnecting', 'down']);
  return detail === null ? { ok: true, shards } : { ok: false, detail, shards };
}

/**
 * Alive unless a shard is down for good: discord.js will not reconnect it, so the process should be
 * restarted (with DISCORD_SHARD_COUNT=auto a restart also picks up a new recommended count).
 */
export function shardLiveness(shards: readonly ShardState[]): ShardReport {
  const detail = summary(shards, ['down']);
  return detail === null ? { ok: true, shards } : { ok: false, detail, shards };
}
