import type { DigestStore } from '../../engine/report-store-port.ts';
import { byString, copy, type MemoryTables } from './memory-tables.ts';

/** The weekly digest's schedule and once-per-date lease, like the daily round's post claim. */
export function digestMethods(t: MemoryTables): DigestStore {
  return {
    async setChannelDigest(channelId, digest) {
      if (!t.channels.has(channelId)) return false;
      if (digest === null) {
        t.digests.delete(channelId);
        return true;
      }
      const existing = t.digests.get(channelId);
      t.digests.set(channelId, { digest: copy(digest), lastDate: existing?.lastDate ?? null, claim: null });
      return true;
    },
    async getChannelDigest(channelId) {
      const row = t.digests.get(channelId);
      return row === undefined ? null : copy(row.digest);
    },
    async listChannelDigests() {
      const out = [];
      for (const [channelId, row] of t.digests) {
        const channel = t.channels.get(channelId);
        if (channel !== undefined)
          out.push({ channel: copy(channel), digest: copy(row.digest), lastDate: row.lastDate });
      }
      return out.sort((a, b) => byString(a.channel.id, b.channel.id));
    },
    async claimDigest(channelId, localDate, owner, now, leaseMs) {
      const row = t.digests.get(channelId);
      if (row === undefined) return false;
      if (row.lastDate !== null && row.lastDate >= localDate) return false;
      if (row.claim !== null && row.claim.until > now.getTime()) return false;
      t.digests.set(channelId, { ...row, claim: { owner, until: now.getTime() + leaseMs } });
      return true;
    },
    async markDigestDone(channelId, localDate) {
      const row = t.digests.get(channelId);
      if (row === undefined) return;
      const lastDate = row.lastDate !== null && row.lastDate > localDate ? row.lastDate : localDate;
      t.digests.set(channelId, { ...row, lastDate, claim: null });
    },
  };
}
