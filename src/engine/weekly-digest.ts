import type { Lang } from '../content/question.ts';
import { instantAt, isoWeekdayOf, isValidTime, isValidTimezone, localDateOf } from './calendar.ts';
import type { PostLease } from './daily-round.ts';
import { channelZone, type EngineContext } from './engine-context.ts';
import type { ChannelId } from './ids.ts';
import type { ChannelRecord } from './records.ts';
import type { DigestSchedule } from './report-store-port.ts';
import { EngineError } from './result.ts';
import type { SectionReport } from './section-report.ts';
import { sectionReportOf } from './section-report-engine.ts';

/**
 * The weekly digest: the knowledge-gap report of a channel, posted on its weekday at its local time. The
 * scheduler asks what is due and posts it; the rules are here, with the daily question's calendar:
 *  1. due: the channel-local date (in the digest's zone, else the channel's, as for the daily question) is
 *     the digest's weekday, its time has come (a time in the spring-forward gap moves forward, a time in the
 *     repeated autumn hour means the first one), and that date is not done yet. A digest missed all day
 *     (every instance down) is not posted on a later day;
 *  2. only the holder of the date's lease (store.claimDigest) posts, so two instances never both post;
 *  3. done: the date is marked done, and never claimed again (also when the platform refused for good).
 * The report covers the `digestDays` local days before the scheduled time, whenever it is posted.
 */
export interface DigestLifecycle {
  /** The digests due at `now` (one store call). */
  due(now: Date): Promise<DigestDue[]>;
  /** Takes the right to post a due digest; false while another instance holds it, or once it is done. */
  claim(due: DigestDue, lease: PostLease): Promise<boolean>;
  /** What the digest says: the channel's report over the days before its time, and the team's language. */
  report(due: DigestDue): Promise<{ readonly report: SectionReport; readonly tenantLang: Lang | null }>;
  markDone(due: DigestDue): Promise<void>;
}

export interface DigestDue {
  readonly channel: ChannelRecord;
  readonly digest: DigestSchedule;
  readonly timezone: string;
  readonly localDate: string;
  /** The scheduled instant on that date. */
  readonly at: Date;
}

export function digestLifecycle(ctx: EngineContext): DigestLifecycle {
  const { store } = ctx;
  return {
    async due(now) {
      const out: DigestDue[] = [];
      for (const { channel, digest, lastDate } of await store.listChannelDigests()) {
        const timezone = digest.timezone ?? channelZone(channel);
        const localDate = localDateOf(now, timezone);
        if (isoWeekdayOf(localDate) !== digest.weekday) continue;
        if (lastDate !== null && lastDate >= localDate) continue;
        const at = instantAt(localDate, digest.time, timezone);
        if (now.getTime() >= at.getTime()) out.push({ channel, digest, timezone, localDate, at });
      }
      return out;
    },
    claim: (due, lease) => store.claimDigest(due.channel.id, due.localDate, lease.owner, lease.now, lease.ms),
    async report(due) {
      const built = await sectionReportOf(ctx, {
        tenantId: due.channel.tenantId,
        channelId: due.channel.id,
        window: { kind: 'past-days', days: ctx.settings.digestDays, until: due.at },
        timezone: due.timezone,
      });
      if (!built.ok) throw new EngineError('digest_report', `digest of ${due.channel.id}: ${built.code}`);
      return { report: built.value, tenantLang: (await store.getTenant(due.channel.tenantId))?.lang ?? null };
    },
    markDone: (due) => store.markDigestDone(due.channel.id, due.localDate),
  };
}

/** An admin sets (or, with null, removes) a channel's digest; false when the channel is unknown. */
export async function setDigest(
  ctx: EngineContext,
  channelId: ChannelId,
  digest: DigestSchedule | null,
): Promise<boolean> {
  if (digest !== null) {
    const valid =
      Number.isInteger(digest.weekday) &&
      digest.weekday >= 1 &&
      digest.weekday <= 7 &&
      isValidTime(digest.time) &&
      (digest.timezone === null || isValidTimezone(digest.timezone));
    // Adapters check what people type; a bad digest here is a bug in the caller.
    if (!valid) throw new EngineError('invalid_digest', `invalid digest ${JSON.stringify(digest)}`);
  }
  return ctx.store.setChannelDigest(channelId, digest);
}
