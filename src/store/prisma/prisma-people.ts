import type { PeopleStore, ReviewStore } from '../../engine/store-port.ts';
import { isRecordNotFound, isUniqueViolation, storeError } from '../database-errors.ts';
import { groupedPeopleCalls } from '../hot-path/grouped-people-calls.ts';
import { toChannel, toPlayer, toReview, toTenant } from './row-mappers.ts';
import { byString, byTime } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

type PeopleMethods = PeopleStore & ReviewStore;

/**
 * Two first messages from the same new player can race to create the same row; the loser's insert hits
 * the primary key, and running the upsert again then takes the update path.
 */
async function retryOnceOnRace<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return operation();
  }
}

export function peopleMethods(ctx: StoreContext): PeopleMethods {
  const { db } = ctx;
  const hot = groupedPeopleCalls(ctx);
  return {
    async upsertTenant({ id, name }) {
      const row = await retryOnceOnRace(() =>
        db.tenant.upsert({ where: { id }, create: { id, name, lang: null }, update: { name } }),
      );
      return toTenant(row);
    },
    async getTenant(id) {
      const row = await db.tenant.findUnique({ where: { id } });
      return row ? toTenant(row) : null;
    },
    async setTenantLang(id, lang) {
      await retryOnceOnRace(() =>
        db.tenant.upsert({ where: { id }, create: { id, name: id, lang }, update: { lang } }),
      );
    },

    upsertPlayer: hot.upsertPlayer,
    async getPlayer(id) {
      const row = await db.player.findUnique({ where: { id } });
      return row ? toPlayer(row) : null;
    },
    async getPlayers(ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const rows = await db.player.findMany({ where: { id: { in: unique } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      // In the order asked for, like the in-memory store.
      return unique.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toPlayer(row)] : [];
      });
    },

    async upsertChannel({ id, tenantId, name, timezone }) {
      const row = await retryOnceOnRace(() =>
        db.channel.upsert({
          where: { id },
          create: { id, tenantId, name, timezone: timezone ?? 'UTC' },
          update: { name },
        }),
      );
      return toChannel(row);
    },
    async getChannel(id) {
      const row = await db.channel.findUnique({ where: { id } });
      return row ? toChannel(row) : null;
    },
    async setChannelSchedule(id, schedule, pauseReason) {
      try {
        const row = await db.channel.update({
          where: { id },
          data: {
            schedulePostTime: schedule?.postTime ?? null,
            scheduleCloseTime: schedule?.closeTime ?? null,
            scheduleTimezone: schedule?.timezone ?? null,
            scheduleWeekdays: schedule ? schedule.weekdays.join(',') : null,
            schedulePaused: schedule?.paused ?? false,
            ...(pauseReason === undefined ? {} : { pauseReason }),
          },
        });
        return toChannel(row);
      } catch (error) {
        if (isRecordNotFound(error))
          throw new Error(`setChannelSchedule: no channel ${id}`, { cause: error });
        throw storeError('setChannelSchedule', error);
      }
    },
    async listScheduledChannels() {
      const rows = await db.channel.findMany({
        where: { schedulePostTime: { not: null } },
        orderBy: { id: 'asc' },
      });
      return rows.map(toChannel).sort((a, b) => byString(a.id, b.id));
    },
    async pauseTenantSchedules(tenantId, reason) {
      const { count } = await db.channel.updateMany({
        where: { tenantId, schedulePostTime: { not: null }, schedulePaused: false },
        data: { schedulePaused: true, pauseReason: reason },
      });
      return count;
    },
    async resumeTenantSchedules(tenantId, reason) {
      const { count } = await db.channel.updateMany({
        where: { tenantId, schedulePostTime: { not: null }, schedulePaused: true, pauseReason: reason },
        data: { schedulePaused: false, pauseReason: null },
      });
      return count;
    },

    async getReviews(playerId) {
      const rows = await db.review.findMany({
        where: { playerId },
        orderBy: [{ due: 'asc' }, { cardId: 'asc' }],
      });
      return rows.map(toReview).sort((a, b) => byTime(a.due, b.due) || byString(a.cardId, b.cardId));
    },
    async upsertReview(review) {
      const { playerId, cardId, due, state } = review;
      await retryOnceOnRace(() =>
        db.review.upsert({
          where: { playerId_cardId: { playerId, cardId } },
          create: { playerId, cardId, due, state },
          update: { due, state },
        }),
      );
    },
  };
}
