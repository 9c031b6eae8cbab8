import { describe, expect, it } from 'vitest';
import { shardLiveness, shardReadiness } from '../../adapters/discord/shard-status.ts';

describe('per-shard readiness and liveness lines', () => {
  const shards = [
    { id: 0, status: 'ready' },
    { id: 1, status: 'reconnecting' },
    { id: 2, status: 'down' },
    { id: 3, status: 'reconnecting' },
  ] as const;

  it('names every shard that is not ready in one short line', () => {
    expect(shardReadiness(shards)).toEqual({
      ok: false,
      detail: 'discord shards 1, 3 reconnecting; shard 2 down',
      shards,
    });
    expect(shardReadiness([{ id: 0, status: 'ready' }]).ok).toBe(true);
    expect(shardReadiness([])).toMatchObject({ ok: false, detail: 'discord not connected' });
  });

  it('stays alive through reconnects and fails only on a shard that is down for good', () => {
    expect(shardLiveness(shards)).toMatchObject({ ok: false, detail: 'discord shard 2 down' });
    expect(shardLiveness(shards.filter((s) => s.status !== 'down')).ok).toBe(true);
  });
});
