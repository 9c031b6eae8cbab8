import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/content/question.ts';
import type { Actor, DuelSettlement } from '../../src/engine/api.ts';
import type { RoundPublisher } from '../../src/schedule/publisher.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { capturedLogger, FakeClock, sampleQuestions, startInstance } from './scheduler-harness.ts';

/** A platform that keeps what each duel announcement said; daily posts are not the point here. */
function duelPlatform(platform: string, announces = true) {
  const announced: { duelId: string; reason: string; lang: Lang }[] = [];
  const publisher: RoundPublisher = {
    platform,
    postRound: async () => ({ ok: true, postRef: 'unused' }),
    postResults: async () => ({ ok: true, postRef: 'unused' }),
    ...(announces
      ? {
          announceDuelSettlement: async (s: DuelSettlement, options: { lang: Lang }) => {
            announced.push({ duelId: s.duel.id, reason: s.reason, lang: options.lang });
            return { ok: true as const, postRef: `${s.duel.channelId}:result` };
          },
        }
      : {}),
  };
  return { publisher, announced };
}

const person = (platform: string, name: string): Actor => ({
  tenantId: `${platform}:T1`,
  tenantName: 'Team',
  playerId: `${platform}:T1:${name}`,
  displayName: name,
});

describe('the scheduler ends due duels on every platform and announces each where it was played', () => {
  it('announces a Slack duel and a Discord duel through their own publishers, once', async () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const slack = duelPlatform('slack');
    const discord = duelPlatform('discord');
    const { logger } = capturedLogger();
    const bot = startInstance({
      id: 'one',
      store: createMemoryStore(),
      clock,
      publishers: [slack.publisher, discord.publisher],
      logger,
      questions: sampleQuestions(10),
    });
    const duelIn = async (platform: string) => {
      const alice = person(platform, 'alice');
      const bob = person(platform, 'bob');
      const result = await bot.engine.challenge(
        alice,
        { channelId: `${platform}:T1:general`, channelName: 'general' },
        { playerId: bob.playerId, displayName: 'bob', isBot: false },
        { questions: 2 },
      );
      if (!result.ok) throw new Error(result.code);
      return result.value.duel.id;
    };
    const slackDuel = await duelIn('slack');
    const discordDuel = await duelIn('discord');

    expect((await bot.scheduler.tick()).duelsEnded).toEqual([]);
    clock.advance(25 * 60 * 60 * 1000);
    const report = await bot.scheduler.tick();

    expect([...report.duelsEnded].sort()).toEqual([slackDuel, discordDuel].sort());
    expect([...report.duelsAnnounced].sort()).toEqual([slackDuel, discordDuel].sort());
    expect(slack.announced).toEqual([{ duelId: slackDuel, reason: 'expired', lang: 'en' }]);
    expect(discord.announced).toEqual([{ duelId: discordDuel, reason: 'expired', lang: 'en' }]);
    expect((await bot.scheduler.tick()).duelsEnded).toEqual([]);
    expect(slack.announced).toHaveLength(1);
  });

  it('still ends a duel whose platform cannot announce, and says so in the log', async () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const quiet = duelPlatform('slack', false);
    const { logger, lines } = capturedLogger();
    const bot = startInstance({
      id: 'one',
      store: createMemoryStore(),
      clock,
      publishers: [quiet.publisher],
      logger,
      questions: sampleQuestions(10),
    });
    const alice = person('slack', 'alice');
    const challenged = await bot.engine.challenge(
      alice,
      { channelId: 'slack:T1:general', channelName: 'general' },
      { playerId: 'slack:T1:bob', displayName: 'bob', isBot: false },
      { questions: 2 },
    );
    if (!challenged.ok) throw new Error(challenged.code);
    clock.advance(25 * 60 * 60 * 1000);
    const report = await bot.scheduler.tick();
    expect(report.duelsEnded).toEqual([challenged.value.duel.id]);
    expect(report.duelsAnnounced).toEqual([]);
    expect((await bot.engine.duelView(challenged.value.duel.id))?.duel.status).toBe('expired');
    expect(lines.some((l) => String(l.msg).includes('no publisher announces duels'))).toBe(true);
  });
});
