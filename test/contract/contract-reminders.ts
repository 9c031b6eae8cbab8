import { expect, it } from 'vitest';
import { at, C1, C2, type GetStore, round, seedTenant } from './contract-fixtures.ts';

export function reminderContract(store: GetStore): void {
  it('keeps the reminder switch of a channel, off by default', async () => {
    await seedTenant(store(), []);
    expect((await store().getChannel(C1))?.reminder).toBe(false);
    expect((await store().setChannelReminder(C1, true))?.reminder).toBe(true);
    expect((await store().getChannel(C1))?.reminder).toBe(true);
    expect((await store().getChannel(C2))?.reminder).toBe(false);
    expect(await store().setChannelReminder('slack:T1:nowhere', true)).toBeNull();
  });

  it('lists posted open daily rounds closing within the window until their reminder is sent', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    await store().createDailyRound(round('r2', { channelId: C2 }));
    await store().markRoundPosted('r1', 'C1:1');
    const ids = async (iso: string) =>
      (await store().listRoundsToRemind(at(iso), 3_600_000)).map((r) => r.id);
    expect(await ids('2026-03-02T15:00:00Z')).toEqual([]); // two hours before the close
    expect(await ids('2026-03-02T16:00:00Z')).toEqual(['r1']); // r2 was never posted
    expect(await ids('2026-03-02T17:00:00Z')).toEqual([]); // closing now: too late
    await store().markReminderSent('r1', at('2026-03-02T16:01:00Z'));
    expect(await ids('2026-03-02T16:30:00Z')).toEqual([]);
  });

  it('one claim wins among racing instances; a lapsed claim can be taken again; none after sending', async () => {
    await seedTenant(store(), []);
    await store().createDailyRound(round('r1'));
    const now = at('2026-03-02T16:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 6 }, () => store().claimRoundReminder('r1', now, 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store().claimRoundReminder('r1', at('2026-03-02T16:00:30Z'), 60_000)).toBe(false);
    expect(await store().claimRoundReminder('r1', at('2026-03-02T16:01:00Z'), 60_000)).toBe(true);
    await store().markReminderSent('r1', at('2026-03-02T16:01:05Z'));
    expect(await store().claimRoundReminder('r1', at('2026-03-02T16:30:00Z'), 60_000)).toBe(false);
  });
}
