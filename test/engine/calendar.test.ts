import { describe, expect, it } from 'vitest';
import {
  instantAt,
  isValidTime,
  isValidTimezone,
  localDateOf,
  nextWindow,
  PERIODS,
  pastDaysBounds,
  periodBounds,
  previousPeriodBounds,
  recentWeeks,
  windowOn,
  windowToday,
} from '../../src/engine/calendar.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import { harness, place, unwrap } from './harness.ts';

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const schedule = (over: Partial<ChannelSchedule>): ChannelSchedule => ({
  postTime: '09:00',
  closeTime: '17:00',
  timezone: 'UTC',
  weekdays: everyDay,
  paused: false,
  ...over,
});
const iso = (d: Date | undefined | null) => d?.toISOString();

describe('daily windows in a channel timezone', () => {
  it('posts at the local wall-clock time on both sides of New York spring-forward (8 March 2026)', () => {
    const s = schedule({ timezone: 'America/New_York' });
    expect(iso(windowOn(s, '2026-03-07').postAt)).toBe('2026-03-07T14:00:00.000Z'); // EST, UTC-5
    expect(iso(windowOn(s, '2026-03-08').postAt)).toBe('2026-03-08T13:00:00.000Z'); // EDT, UTC-4
    expect(iso(windowOn(s, '2026-03-08').closeAt)).toBe('2026-03-08T21:00:00.000Z');
  });

  it('moves a post time inside the spring-forward gap to just after it, still once that day', () => {
    const s = schedule({ timezone: 'America/New_York', postTime: '02:30', closeTime: '12:00' });
    // 02:30 does not exist on 8 March 2026 in New York; 03:30 EDT is 07:30 UTC.
    expect(iso(windowOn(s, '2026-03-08').postAt)).toBe('2026-03-08T07:30:00.000Z');
    const next = nextWindow(s, new Date('2026-03-08T05:00:00Z'));
    expect(next?.localDate).toBe('2026-03-08');
    expect(iso(next?.postAt)).toBe('2026-03-08T07:30:00.000Z');
    const after = nextWindow(s, new Date('2026-03-08T07:30:00Z'));
    expect(after?.localDate).toBe('2026-03-09');
    expect(iso(after?.postAt)).toBe('2026-03-09T06:30:00.000Z');
  });

  it('uses the first 01:30 of the repeated fall-back hour in New York (1 November 2026), and only it', () => {
    const s = schedule({ timezone: 'America/New_York', postTime: '01:30', closeTime: '12:00' });
    expect(iso(instantAt('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z'); // EDT
    const next = nextWindow(s, new Date('2026-11-01T05:30:00Z'));
    // The second 01:30 (06:30 UTC, EST) is the same local date, so the next run is the following day.
    expect(next?.localDate).toBe('2026-11-02');
    expect(iso(next?.postAt)).toBe('2026-11-02T06:30:00.000Z');
    expect(localDateOf(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01');
  });

  it('follows Berlin across its own change dates (29 March and 25 October 2026)', () => {
    const s = schedule({ timezone: 'Europe/Berlin', postTime: '02:30', closeTime: '18:00' });
    expect(iso(windowOn(s, '2026-03-28').postAt)).toBe('2026-03-28T01:30:00.000Z'); // CET
    expect(iso(windowOn(s, '2026-03-29').postAt)).toBe('2026-03-29T01:30:00.000Z'); // gap: 03:30 CEST
    expect(iso(windowOn(s, '2026-03-30').postAt)).toBe('2026-03-30T00:30:00.000Z'); // CEST
    expect(iso(windowOn(s, '2026-10-25').postAt)).toBe('2026-10-25T00:30:00.000Z'); // first 02:30 (CEST)
    expect(iso(windowOn(s, '2026-10-26').postAt)).toBe('2026-10-26T01:30:00.000Z'); // CET
  });

  it('keeps Shanghai at UTC+8 all year', () => {
    const s = schedule({ timezone: 'Asia/Shanghai', postTime: '09:30' });
    for (const date of ['2026-01-15', '2026-03-08', '2026-03-29', '2026-07-01', '2026-10-25', '2026-11-01']) {
      expect(iso(windowOn(s, date).postAt)).toBe(`${date}T01:30:00.000Z`);
    }
  });

  it('skips days that are not scheduled and finds the next scheduled weekday', () => {
    const weekdaysOnly = schedule({ timezone: 'Europe/Berlin', weekdays: [1, 2, 3, 4, 5] });
    // Friday 6 March 2026, after the post time: the next run is Monday 9 March.
    const next = nextWindow(weekdaysOnly, new Date('2026-03-06T10:00:00Z'));
    expect(next?.localDate).toBe('2026-03-09');
    expect(windowToday(weekdaysOnly, new Date('2026-03-07T10:00:00Z'))).toBeNull(); // Saturday
    expect(nextWindow(schedule({ weekdays: [] }), new Date())).toBeNull();
  });

  it('closes on the next local day when the close time is not after the post time', () => {
    const s = schedule({ timezone: 'Asia/Shanghai', postTime: '21:00', closeTime: '09:00' });
    const w = windowOn(s, '2026-05-01');
    expect(iso(w.postAt)).toBe('2026-05-01T13:00:00.000Z');
    expect(iso(w.closeAt)).toBe('2026-05-02T01:00:00.000Z');
  });

  it('takes the local date in the channel zone, not in UTC', () => {
    const instant = new Date('2026-06-30T22:30:00Z');
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2026-07-01');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-06-30');
  });

  it('accepts HH:MM from 00:00 to 23:59 and IANA zone names, and nothing else', () => {
    for (const good of ['00:00', '09:05', '23:59']) expect(isValidTime(good)).toBe(true);
    for (const bad of ['9:00', '24:00', '12:60', '12:5', ' 12:00', '']) expect(isValidTime(bad)).toBe(false);
    for (const zone of ['UTC', 'Europe/Berlin', 'Asia/Shanghai', 'America/New_York'])
      expect(isValidTimezone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus', 'local', 'UTC+8', '']) expect(isValidTimezone(zone)).toBe(false);
  });

  it('names the leaderboard periods once, each bounded in the zone with weeks from Monday', () => {
    expect(PERIODS).toEqual(['today', 'week', 'month', 'all']);
    const now = new Date('2026-03-04T23:30:00Z'); // Thursday 07:30 in Shanghai
    expect(periodBounds('today', now, 'Asia/Shanghai').from?.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    expect(periodBounds('week', now, 'Asia/Shanghai').from?.toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(periodBounds('all', now, 'Asia/Shanghai')).toEqual({});
  });

  it("gives a stats chart's recent weeks from local Mondays, a DST week an hour short", () => {
    const now = new Date('2026-04-01T12:00:00Z'); // Wednesday; Berlin moved to summer time on 29 March
    const { bounds, mondays } = recentWeeks(now, 'Europe/Berlin', 3);
    expect(mondays).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
    expect(bounds.map((b) => b.toISOString())).toEqual([
      '2026-03-15T23:00:00.000Z',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-04-05T22:00:00.000Z',
    ]);
    expect(recentWeeks(now, 'UTC', 0)).toEqual({ bounds: [new Date('2026-04-06T00:00:00Z')], mondays: [] });
  });
});

describe('one calendar for the engine and the scheduler', () => {
  it("closes an engine-opened round at the first 01:30 of New York's repeated hour, as the scheduler reckons", async () => {
    const h = harness({ start: '2026-10-31T20:00:00Z' });
    const p = place('night');
    await h.engine.ensurePlace({ tenantId: 'slack:T1', tenantName: 'Team' }, p);
    const night = schedule({ timezone: 'America/New_York', postTime: '15:00', closeTime: '01:30' });
    await h.engine.setSchedule(p.channelId, night);
    const { round } = unwrap(await h.engine.openDailyRound(p.channelId));
    expect(round.localDate).toBe('2026-10-31');
    expect(iso(round.closesAt)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, the first one
    expect(iso(round.closesAt)).toBe(iso(windowOn(night, '2026-10-31').closeAt));
  });
});

describe('the period before, and the past days', () => {
  const ny = 'America/New_York';
  it('finds last week, last month and yesterday in the zone, across a DST change; none for all time', () => {
    // The week of 9 March 2026 (EDT) follows the week of 2 March, which began in EST.
    expect(previousPeriodBounds('week', new Date('2026-03-10T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-03-02T05:00:00Z'),
      to: new Date('2026-03-09T04:00:00Z'),
    });
    expect(previousPeriodBounds('month', new Date('2026-03-10T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-02-01T05:00:00Z'),
      to: new Date('2026-03-01T05:00:00Z'),
    });
    expect(previousPeriodBounds('today', new Date('2026-03-09T12:00:00Z'), ny)).toEqual({
      from: new Date('2026-03-08T05:00:00Z'),
      to: new Date('2026-03-09T04:00:00Z'),
    });
    expect(previousPeriodBounds('all', new Date('2026-03-09T12:00:00Z'), ny)).toBeNull();
  });

  it('counts the past 7 days in local days: 167 hours across spring-forward', () => {
    const { current, previous } = pastDaysBounds(new Date('2026-03-09T13:00:00Z'), 7, ny);
    expect(current).toEqual({ from: new Date('2026-03-02T14:00:00Z'), to: new Date('2026-03-09T13:00:00Z') });
    expect(previous).toEqual({
      from: new Date('2026-02-23T14:00:00Z'),
      to: new Date('2026-03-02T14:00:00Z'),
    });
  });
});
