import { definePlatform } from '../../src/platforms/platform.ts';
import { registerDiscordCliCommands } from './cli-command.ts';
import { type DiscordConfig, discordEnvSchema, isDiscordConfigured, parseDiscordConfig } from './config.ts';

/**
 * Discord as a plug-in (src/platforms/platforms.ts lists it). Only the zod schema is imported up front:
 * discord.js loads in `create`, when DISCORD_TOKEN is set.
 */
export const discordPlatform = definePlatform<DiscordConfig | null>({
  name: 'discord',
  title: 'Discord',
  envSchema: discordEnvSchema,
  howToTurnOn: 'set DISCORD_TOKEN (with DISCORD_APPLICATION_ID)',
  service: true,
  registerCommands: registerDiscordCliCommands,
  configure: (env) => (isDiscordConfigured(env) ? parseDiscordConfig(env) : null),
  isConfigured: (config) => config !== null,
  runs: (config) => config !== null,
  describe: (config) => (config === null ? 'off (DISCORD_TOKEN is not set)' : 'on'),
  async create(config, context) {
    if (config === null) throw new Error('Discord is not configured: DISCORD_TOKEN is not set');
    const { createDiscordAdapter } = await import('./index.ts');
    // The scheduler expires duels on every platform and announces Discord's through the publisher,
    // so the adapter's own expiry timer stays off (two sweepers would only race for the same duels).
    const adapter = createDiscordAdapter(
      {
        engine: context.engine,
        config,
        logger: context.logger,
        clock: context.clock,
        reloadContent: context.reloadContent,
        charts: context.charts,
      },
      {
        duelSweepMs: 0,
        // /quiz-admin schedule and DISCORD_DAILY_CHANNEL_ID use the operator's DAILY_POST_TIME / DAILY_CLOSE_TIME.
        defaultSchedule: { postTime: context.schedule.postTime, closeTime: context.schedule.closeTime },
      },
    );
    return {
      publisher: adapter.publisher,
      start: () => adapter.start(),
      stop: () => adapter.stop(),
      // Per shard: ready only when every shard of this process is connected.
      readiness: () => {
        const { shards, ...ready } = adapter.readiness();
        return { ...ready, components: { discord: { shards } } };
      },
      liveness: () => {
        const { shards, ...alive } = adapter.liveness();
        return { ...alive, components: { discord: { shards } } };
      },
    };
  },
});
