import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { runSimulation } from './simulation.ts';

describe('simulation on the in-memory store: two instances, one store', () => {
  it('60 days across spring-forward, 50 channels in 3 timezones, crashes and 429s: one round per scheduled day', async () => {
    const summary = await runSimulation({
      store: async () => createMemoryStore(),
      firstDate: '2026-02-20',
      days: 60,
      channels: 50,
      seed: 7,
      chaos: 0.12,
      crashes: true,
    });
    console.log('simulation (memory, spring):', summary);
    expect(summary.messages).toBe(summary.scheduledDays);
    expect(summary.crashes).toBeGreaterThan(10);
    expect(summary.rateLimited).toBeGreaterThan(50);
  }, 120_000);

  it('60 days across fall-back with 429s and transient errors only: every round and every reveal delivered once', async () => {
    const summary = await runSimulation({
      store: async () => createMemoryStore(),
      firstDate: '2026-10-01',
      days: 60,
      channels: 30,
      seed: 11,
      chaos: 0.15,
      crashes: false,
    });
    console.log('simulation (memory, autumn, no crashes):', summary);
    expect(summary.messages).toBe(summary.scheduledDays);
    expect(summary.rateLimited).toBeGreaterThan(50);
    expect(summary.repeatedReveals).toBe(0);
  }, 120_000);
});
