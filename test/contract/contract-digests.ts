import { expect, it } from 'vitest';
import { at, C1, C2, type GetStore, seedTenant } from './contract-fixtures.ts';

const MONDAY_NINE = { weekday: 1, time: '09:00', timezone: 'Europe/Berlin' } as const;
const NOW = at('2026-03-02T08:00:00Z');
const LEASE = 120_000;

export function digestContract(store: GetStore): void {
  it('sets, reads, lists and removes a channel digest; an unknown channel gets none', async () => {
    await seedTenant(store(), []);
    expect(await store().setChannelDigest(C1, MONDAY_NINE)).toBe(true);
    expect(await store().setChannelDigest(C2, { weekday: 5, time: '16:30', timezone: null })).toBe(true);
    expect(await store().setChannelDigest('slack:T1:nowhere', MONDAY_NINE)).toBe(false);
    expect(await store().getChannelDigest(C1)).toEqual(MONDAY_NINE);
    const listed = await store().listChannelDigests();
    expect(listed.map((d) => [d.channel.id, d.digest, d.lastDate])).toEqual([
      [C1, MONDAY_NINE, null],
      [C2, { weekday: 5, time: '16:30', timezone: null }, null],
    ]);
    expect(listed[0]?.channel.name).toBe('C1');
    expect(await store().setChannelDigest(C2, null)).toBe(true);
    expect(await store().getChannelDigest(C2)).toBeNull();
    expect((await store().listChannelDigests()).map((d) => d.channel.id)).toEqual([C1]);
  });

  it('lets one claim of a date through until its lease runs out, and none once that date is done', async () => {
    await seedTenant(store(), []);
    await store().setChannelDigest(C1, MONDAY_NINE);
    expect(await store().claimDigest(C1, '2026-03-02', 'a', NOW, LEASE)).toBe(true);
    expect(await store().claimDigest(C1, '2026-03-02', 'b', NOW, LEASE)).toBe(false);
    expect(await store().claimDigest(C1, '2026-03-02', 'a', NOW, LEASE)).toBe(false);
    const later = new Date(NOW.getTime() + LEASE);
    expect(await store().claimDigest(C1, '2026-03-02', 'b', later, LEASE)).toBe(true);
    await store().markDigestDone(C1, '2026-03-02');
    expect(await store().claimDigest(C1, '2026-03-02', 'a', at('2026-03-02T20:00:00Z'), LEASE)).toBe(false);
    expect(await store().claimDigest(C1, '2026-02-23', 'a', at('2026-03-02T20:00:00Z'), LEASE)).toBe(false);
    expect((await store().listChannelDigests())[0]?.lastDate).toBe('2026-03-02');
    // Changing the time keeps what was done: no second digest that day.
    await store().setChannelDigest(C1, { ...MONDAY_NINE, time: '15:00' });
    expect(await store().claimDigest(C1, '2026-03-02', 'a', at('2026-03-02T20:00:00Z'), LEASE)).toBe(false);
    expect(await store().claimDigest(C1, '2026-03-09', 'a', at('2026-03-09T14:00:00Z'), LEASE)).toBe(true);
    // A late mark for an earlier date never moves the last date back.
    await store().markDigestDone(C1, '2026-03-09');
    await store().markDigestDone(C1, '2026-03-02');
    expect((await store().listChannelDigests())[0]?.lastDate).toBe('2026-03-09');
    expect(await store().claimDigest(C2, '2026-03-02', 'a', NOW, LEASE)).toBe(false);
  });

  it('gives a date to exactly one of many instances claiming at once', async () => {
    await seedTenant(store(), []);
    await store().setChannelDigest(C1, MONDAY_NINE);
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store().claimDigest(C1, '2026-03-02', `i${i}`, NOW, LEASE)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
}
