import type { PlayerRecord, StreakRecord } from '../engine/records.ts';
import { storeError, toNumber, toText } from './database-errors.ts';
import type { StoreContext } from './store-db.ts';

/**
 * The calls every daily answer makes besides the answer itself, as hand-written SQL: Prisma's raw path
 * costs a fraction of a model query, and both statements are plain on SQLite and PostgreSQL alike.
 */
export function hotPeopleQueries({ db }: StoreContext) {
  return {
    /** One native upsert: ON CONFLICT makes two first answers from a new player safe without a retry. */
    async upsertPlayer(input: {
      id: string;
      tenantId: string;
      displayName: string;
      isBot: boolean;
    }): Promise<PlayerRecord> {
      try {
        const rows = await db.$queryRaw<unknown[]>`
          INSERT INTO "Player" ("id", "tenantId", "displayName", "isBot")
          VALUES (${input.id}, ${input.tenantId}, ${input.displayName}, ${input.isBot})
          ON CONFLICT ("id") DO UPDATE SET "displayName" = excluded."displayName", "isBot" = excluded."isBot"
          RETURNING "id", "tenantId", "displayName", "isBot", "rating", "ratedGames"`;
        const row = rows[0];
        if (!isRow(row)) throw new Error('the upsert returned no row');
        return {
          id: toText(row.id),
          tenantId: toText(row.tenantId),
          displayName: toText(row.displayName),
          isBot: toBoolean(row.isBot),
          rating: toNumber(row.rating),
          ratedGames: toNumber(row.ratedGames),
        };
      } catch (error) {
        throw storeError('upsertPlayer', error);
      }
    },
    /** The "N answered" line under every answer. */
    async countAnswers(roundId: string): Promise<number> {
      const rows = await db.$queryRaw<
        unknown[]
      >`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "roundId" = ${roundId}`;
      const row = rows[0];
      return isRow(row) ? toNumber(row.n) : 0;
    },
    async getStreak(playerId: string, channelId: string): Promise<StreakRecord | null> {
      const rows = await db.$queryRaw<unknown[]>`
        SELECT "current", "best", "lastDate" FROM "Streak" WHERE "playerId" = ${playerId} AND "channelId" = ${channelId}`;
      const row = rows[0];
      if (!isRow(row)) return null;
      return {
        playerId,
        channelId,
        current: toNumber(row.current),
        best: toNumber(row.best),
        lastDate: row.lastDate === null ? null : toText(row.lastDate),
      };
    },
  };
}

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** SQLite keeps booleans as 0/1 (a bigint through the driver); PostgreSQL returns a boolean. */
function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return toNumber(value) !== 0;
}
