import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/result.ts';
import { harness, place, schedule, scheduledChannel, TENANT } from './harness.ts';

describe('channel schedules', () => {
  it('pauses with a reason, resumes, and pauses a whole tenant when the bot leaves', async () => {
    const h = harness();
    const general = await scheduledChannel(h, 'UTC', 'general');
    const dev = await scheduledChannel(h, 'Europe/Berlin', 'dev');
    const paused = await h.engine.pauseSchedule(general.channelId, 'channel_not_found');
    expect(paused).toMatchObject({ pauseReason: 'channel_not_found', schedule: { paused: true } });
    const resumed = await h.engine.resumeSchedule(general.channelId);
    expect(resumed).toMatchObject({ pauseReason: null, schedule: { paused: false } });
    expect(await h.engine.pauseTenantSchedules(TENANT, 'guild_removed')).toBe(2);
    expect((await h.store.getChannel(dev.channelId))?.schedule?.paused).toBe(true);
    expect(await h.engine.pauseSchedule(place('unknown').channelId, null)).toBeNull();
  });

  it('refuses a malformed schedule as a bug, not a user rejection', async () => {
    const h = harness();
    const p = await scheduledChannel(h);
    await expect(h.engine.setSchedule(p.channelId, schedule('Mars/Olympus'))).rejects.toBeInstanceOf(
      EngineError,
    );
    await expect(h.engine.setSchedule(p.channelId, schedule('UTC', { postTime: '25:00' }))).rejects.toThrow(
      /invalid schedule/,
    );
  });

  it('keeps the tenant language', async () => {
    const h = harness();
    expect(await h.engine.tenantLang(TENANT)).toBeNull();
    await h.engine.setTenantLang(TENANT, 'zh');
    expect(await h.engine.tenantLang(TENANT)).toBe('zh');
  });
});
