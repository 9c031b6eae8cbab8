import type { ReminderStore } from '../../engine/store-port.ts';
import { toChannel, toRound } from './row-mappers.ts';
import type { StoreContext } from './store-db.ts';

type ReminderMethods = ReminderStore;

/**
 * The "closes soon" reminder. Sent once per round however many instances tick: a compare-and-set lease on
 * the round (like the daily post's), then reminderSentAt, which takes the round off the list for good.
 */
export function reminderMethods({ db }: StoreContext): ReminderMethods {
  return {
    async setChannelReminder(id, on) {
      const { count } = await db.channel.updateMany({ where: { id }, data: { scheduleReminder: on } });
      if (count === 0) return null;
      const row = await db.channel.findUnique({ where: { id } });
      return row === null ? null : toChannel(row);
    },
    async listRoundsToRemind(now, withinMs) {
      const rows = await db.round.findMany({
        where: {
          kind: 'daily',
          status: 'open',
          postRef: { not: null },
          reminderSentAt: null,
          closesAt: { gt: now, lte: new Date(now.getTime() + withinMs) },
        },
        orderBy: { id: 'asc' },
      });
      return rows.map(toRound);
    },
    async claimRoundReminder(id, now, leaseMs) {
      const { count } = await db.round.updateMany({
        where: {
          id,
          reminderSentAt: null,
          OR: [{ reminderClaimUntil: null }, { reminderClaimUntil: { lte: now } }],
        },
        data: { reminderClaimUntil: new Date(now.getTime() + leaseMs) },
      });
      return count === 1;
    },
    async markReminderSent(id, now) {
      await db.round.updateMany({ where: { id }, data: { reminderSentAt: now, reminderClaimUntil: null } });
    },
  };
}
