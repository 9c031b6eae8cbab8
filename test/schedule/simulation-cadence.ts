import {
  addDays,
  type DailyWindow,
  isScheduledOn,
  localDateOf,
  windowOn,
} from '../../src/engine/calendar.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';

/** The deployed scheduler's cron (`* * * * *`): the first whole minute after `instant`. */
export function nextCronTick(instant: number): number {
  return (Math.floor(instant / 60_000) + 1) * 60_000;
}

/**
 * Work the deployed bots would still act on at their next every-minute tick: a post inside its window
 * that is not stored yet (a Retry-After running out, a dead process's lease expiring, a retry finding
 * the message a crash left), or a closed round whose reveal is not delivered yet. The simulation visits
 * those minutes too; jumping straight to the close time would close a round whose retry was due hours
 * earlier, and stopping after a fixed last sweep would count a reveal still being retried.
 */
export class UnfinishedWork {
  /** `${channelId}|${localDate}` whose postRef is stored: it never goes back to null. */
  private readonly posted = new Set<string>();
  private readonly windows = new Map<string, DailyWindow | null>();

  constructor(
    private readonly store: StorePort,
    private readonly channels: readonly { id: string; schedule: ChannelSchedule }[],
  ) {}

  async posts(instant: number): Promise<boolean> {
    for (const { id, schedule } of this.channels) {
      const today = localDateOf(new Date(instant), schedule.timezone);
      // Yesterday's window is still open at `instant` when the close time is not after the post time.
      for (const date of [addDays(today, -1), today]) {
        const key = `${id}|${date}`;
        const window = this.windowOf(key, schedule, date);
        if (window === null || instant < window.postAt.getTime() || instant >= window.closeAt.getTime())
          continue;
        if (this.posted.has(key)) continue;
        if ((await this.store.getDailyRound(id, date))?.postRef == null) return true;
        this.posted.add(key);
      }
    }
    return false;
  }

  async reveals(): Promise<boolean> {
    return (await this.store.listClosedDailyRoundsWithoutResults()).length > 0;
  }

  private windowOf(key: string, schedule: ChannelSchedule, date: string): DailyWindow | null {
    let window = this.windows.get(key);
    if (window === undefined) {
      window = isScheduledOn(schedule, date) ? windowOn(schedule, date) : null;
      this.windows.set(key, window);
    }
    return window;
  }
}
