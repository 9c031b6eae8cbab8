import type { ReminderStore } from '../../engine/store-port.ts';
import { byString, copy, type MemoryTables } from './memory-tables.ts';

type ReminderMethods = ReminderStore;

/** The "closes soon" reminder: a per-channel switch and a once-per-round lease, as the databases keep it. */
export function reminderMethods(t: MemoryTables): ReminderMethods {
  return {
    async setChannelReminder(id, on) {
      const existing = t.channels.get(id);
      if (existing === undefined) return null;
      const next = { ...existing, reminder: on };
      t.channels.set(id, next);
      return copy(next);
    },
    async listRoundsToRemind(now, withinMs) {
      const until = now.getTime() + withinMs;
      return [...t.openRounds]
        .flatMap((id) => t.rounds.get(id) ?? [])
        .filter(
          (r) =>
            r.kind === 'daily' &&
            r.status === 'open' &&
            r.postRef !== null &&
            r.closesAt !== null &&
            r.closesAt.getTime() > now.getTime() &&
            r.closesAt.getTime() <= until &&
            (t.reminders.get(r.id)?.sentAt ?? null) === null,
        )
        .sort((a, b) => byString(a.id, b.id))
        .map(copy);
    },
    async claimRoundReminder(id, now, leaseMs) {
      const held = t.reminders.get(id);
      if (held !== undefined && (held.sentAt !== null || held.until > now.getTime())) return false;
      t.reminders.set(id, { until: now.getTime() + leaseMs, sentAt: null });
      return true;
    },
    async markReminderSent(id, now) {
      t.reminders.set(id, { until: 0, sentAt: new Date(now) });
    },
  };
}
