import type { DigestSchedule, DigestStore } from '../../engine/report-store-port.ts';
import type { ChannelDigest as DigestRow } from '../generated/sqlite/client.ts';
import { toChannel } from './row-mappers.ts';
import type { StoreContext } from './store-db.ts';

function toDigest(row: DigestRow): DigestSchedule {
  return { weekday: row.weekday, time: row.time, timezone: row.timezone };
}

/**
 * The weekly digest. Posted once per channel and local date however many instances tick: a compare-and-set
 * lease (like the daily post's), then lastDate, which no claim for that date or an earlier one passes.
 */
export function digestMethods({ db }: StoreContext): DigestStore {
  return {
    async setChannelDigest(channelId, digest) {
      if ((await db.channel.count({ where: { id: channelId } })) === 0) return false;
      if (digest === null) {
        await db.channelDigest.deleteMany({ where: { channelId } });
        return true;
      }
      const data = { weekday: digest.weekday, time: digest.time, timezone: digest.timezone };
      await db.channelDigest.upsert({
        where: { channelId },
        create: { channelId, ...data },
        update: { ...data, claimOwner: null, claimUntil: null },
      });
      return true;
    },
    async getChannelDigest(channelId) {
      const row = await db.channelDigest.findUnique({ where: { channelId } });
      return row === null ? null : toDigest(row);
    },
    async listChannelDigests() {
      const rows = await db.channelDigest.findMany({ orderBy: { channelId: 'asc' } });
      if (rows.length === 0) return [];
      const channels = new Map(
        (await db.channel.findMany({ where: { id: { in: rows.map((r) => r.channelId) } } })).map((c) => [
          c.id,
          toChannel(c),
        ]),
      );
      return rows.flatMap((row) => {
        const channel = channels.get(row.channelId);
        return channel === undefined ? [] : [{ channel, digest: toDigest(row), lastDate: row.lastDate }];
      });
    },
    async claimDigest(channelId, localDate, owner, now, leaseMs) {
      const { count } = await db.channelDigest.updateMany({
        where: {
          channelId,
          AND: [
            { OR: [{ lastDate: null }, { lastDate: { lt: localDate } }] },
            { OR: [{ claimUntil: null }, { claimUntil: { lte: now } }] },
          ],
        },
        data: { claimOwner: owner, claimUntil: new Date(now.getTime() + leaseMs) },
      });
      return count === 1;
    },
    async markDigestDone(channelId, localDate) {
      await db.channelDigest.updateMany({
        where: { channelId, OR: [{ lastDate: null }, { lastDate: { lt: localDate } }] },
        data: { lastDate: localDate, claimOwner: null, claimUntil: null },
      });
    },
  };
}
