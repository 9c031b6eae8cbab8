import { describe, expect, it } from 'vitest';
import { runScaleSimulation } from '../../bench/simulation/run-scale-simulation.ts';

/**
 * The scale simulation of docs/scaling.md (`npm run bench -- simulation`: 5,000 channels, 14 days, on
 * PostgreSQL) in miniature, so its machinery and its checks stay working: three instances on one in-memory
 * store, four Slack workspaces each called with its own token, a Discord bot over two shards, a day with an
 * instance killed mid-fan-out and 429s from both fakes. Nothing here is timed.
 */
describe('scale simulation, smoke size', () => {
  it('every scheduled channel-day gets one post and one reveal, every accepted answer is stored once', async () => {
    const result = await runScaleSimulation({
      slackChannels: 40,
      workspaces: 4,
      guilds: 10,
      shardCount: 2,
      instances: 3,
      firstDate: '2026-03-02',
      days: 1,
      seed: 7,
      chaos: 0.08,
      crashesPerDay: 1,
      answerShare: 0.5,
      database: { kind: 'memory' },
      poolSize: 1,
      concurrency: 8,
      passPauseMs: 100,
    });
    expect(result.problems).toEqual([]);
    expect(result.posts).toBe(result.scheduledDays);
    expect(result.reveals).toBe(result.scheduledDays);
    expect(result.winnersRepeated).toEqual([]);
    expect(result.answers.stored).toBe(result.answers.expected);
    expect(result.answers.expected).toBeGreaterThan(0);
    expect(result.crashes).toBeGreaterThanOrEqual(1);
    const injected = [...result.slack.values()].reduce((sum, c) => sum + c.injected, 0);
    expect(injected + result.discord.injected).toBeGreaterThan(0);
    expect(result.shards.map((s) => s.guilds).reduce((a, b) => a + b, 0)).toBe(10);
  }, 60_000);
});
