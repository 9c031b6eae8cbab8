import { describe, expect, it } from 'vitest';
import { durationText, zonedTime, zonedTimeFromNow } from '../../adapters/shared/time-text.ts';

// Fixed instants and explicit zones: nothing here depends on the machine's timezone or the time of day.
const NOW = new Date('2026-01-05T02:00:00Z'); // 10:00 in Shanghai, 03:00 in Berlin

describe('times as players read them', () => {
  it('names the zone, and says "tomorrow" or the date when the day differs there', () => {
    expect(zonedTime('en', new Date('2026-01-05T09:00:00Z'), 'Asia/Shanghai', { now: NOW })).toBe(
      '17:00 Asia/Shanghai',
    );
    expect(zonedTime('en', new Date('2026-01-06T02:00:00Z'), 'Asia/Shanghai', { now: NOW })).toBe(
      '10:00 Asia/Shanghai tomorrow',
    );
    expect(zonedTime('zh', new Date('2026-01-06T02:00:00Z'), 'Asia/Shanghai', { now: NOW })).toBe(
      '明天 10:00 Asia/Shanghai',
    );
    expect(zonedTime('en', new Date('2026-01-08T02:00:00Z'), 'Etc/UTC', { now: NOW })).toBe(
      '2026-01-08 02:00 UTC',
    );
    // The same instant is "today" in Berlin and "tomorrow" in Shanghai.
    const late = new Date('2026-01-05T20:00:00Z');
    expect(zonedTime('en', late, 'Europe/Berlin', { now: NOW })).toBe('21:00 Europe/Berlin');
    expect(zonedTime('en', late, 'Asia/Shanghai', { now: NOW })).toBe('04:00 Asia/Shanghai tomorrow');
  });

  it('counts down in hours, minutes or seconds, and shows seconds for a duel deadline', () => {
    expect(durationText('en', 24 * 3600_000)).toBe('24 h');
    expect(durationText('en', 3 * 3600_000 - 1)).toBe('3 h');
    expect(durationText('en', 45 * 60_000)).toBe('45 min');
    expect(durationText('en', 60_000)).toBe('60 s');
    expect(durationText('zh', 3 * 3600_000)).toBe('3 小时');
    expect(
      zonedTimeFromNow('en', new Date(NOW.getTime() + 60_000), 'Asia/Shanghai', NOW, { seconds: true }),
    ).toBe('10:01:00 Asia/Shanghai (in 60 s)');
    expect(zonedTimeFromNow('zh', new Date('2026-01-05T09:00:00Z'), 'Asia/Shanghai', NOW)).toBe(
      '17:00 Asia/Shanghai（7 小时后）',
    );
  });
});
