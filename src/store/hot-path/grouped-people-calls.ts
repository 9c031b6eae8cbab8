import type { PlayerRecord, StreakRecord } from '../../engine/records.ts';
import { storeError } from '../database-errors.ts';
import { groupLoader } from '../group-loader.ts';
import type { StoreContext } from '../prisma/store-db.ts';
import { type PlayerInput, type StreakKey, streakKey } from './hot-path.ts';

/** Keeps one statement's parameters well inside SQLite's and PostgreSQL's limits. */
const MAX_GROUP = 64;

/**
 * The calls every daily answer makes besides the answer itself, on the hot path (hot-path/hot-path.ts),
 * each grouped with the same calls of other players in flight (group-loader.ts).
 */
export function groupedPeopleCalls({ hot }: StoreContext) {
  const loadPlayer = groupLoader(async (inputs: readonly PlayerInput[]) => {
    // ON CONFLICT may touch a row once per statement: the last call for a player wins, as it would in turn.
    const latest = [...new Map(inputs.map((input) => [input.id, input])).values()];
    const byId = new Map((await hot.upsertPlayers(latest)).map((p) => [p.id, p]));
    return inputs.map(
      (input): PlayerRecord | Error =>
        byId.get(input.id) ?? new Error(`the upsert returned no row for player ${input.id}`),
    );
  }, MAX_GROUP);
  const loadCount = groupLoader(async (roundIds: readonly string[]) => {
    const counts = await hot.countAnswers([...new Set(roundIds)]);
    return roundIds.map((id) => counts.get(id) ?? 0);
  }, MAX_GROUP);
  const loadStreak = groupLoader(async (keys: readonly StreakKey[]) => {
    const found = new Map((await hot.getStreaks(keys)).map((s) => [streakKey(s), s]));
    return keys.map((k): StreakRecord | null => found.get(streakKey(k)) ?? null);
  }, MAX_GROUP);
  return {
    async upsertPlayer(input: PlayerInput): Promise<PlayerRecord> {
      try {
        return await loadPlayer(input);
      } catch (error) {
        throw storeError('upsertPlayer', error);
      }
    },
    /** The "N answered" line under every answer. */
    async countAnswers(roundId: string): Promise<number> {
      try {
        return await loadCount(roundId);
      } catch (error) {
        throw storeError('countAnswers', error);
      }
    },
    async getStreak(playerId: string, channelId: string): Promise<StreakRecord | null> {
      try {
        return await loadStreak({ playerId, channelId });
      } catch (error) {
        throw storeError('getStreak', error);
      }
    },
  };
}
