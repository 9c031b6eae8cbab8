import { definePlatform } from '../../src/platforms/platform.ts';
import { registerSlackCliCommands } from './cli-command.ts';
import { isSlackConfigured, parseSlackConfig, type SlackConfig, slackEnvSchema } from './config.ts';

/**
 * Slack as a plug-in (src/platforms/platforms.ts lists it). Only the zod schema is imported up front:
 * Bolt (tens of MB) loads in `create`, when SLACK_BOT_TOKEN (or SLACK_CLIENT_ID for OAuth) is set.
 */
export const slackPlatform = definePlatform<SlackConfig | null>({
  name: 'slack',
  title: 'Slack',
  envSchema: slackEnvSchema,
  howToTurnOn:
    'set SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET), or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs by OAuth',
  registerCommands: registerSlackCliCommands,
  service: true,
  configure: (env) => (isSlackConfigured(env) ? parseSlackConfig(env) : null),
  isConfigured: (config) => config !== null,
  runs: (config) => config !== null,
  describe: (config) =>
    config === null
      ? 'off (SLACK_BOT_TOKEN is not set)'
      : `on (${config.mode} mode${config.oauth === null ? '' : ', installs by OAuth'})`,
  async create(config, context) {
    if (config === null)
      throw new Error('Slack is not configured: neither SLACK_BOT_TOKEN nor SLACK_CLIENT_ID is set');
    const { createSlackAdapter } = await import('./index.ts');
    const adapter = createSlackAdapter({
      engine: context.engine,
      config,
      logger: context.logger,
      clock: context.clock,
      reloadContent: context.reloadContent,
      charts: context.charts,
      metrics: context.metrics,
      installations: context.installations,
      defaultSchedule: { postTime: context.schedule.postTime, closeTime: context.schedule.closeTime },
      ...(context.notesLang === null ? {} : { notesLang: context.notesLang }),
    });
    return {
      publisher: adapter.publisher,
      start: () => adapter.start(),
      stop: () => adapter.stop(),
      readiness: () => adapter.readiness(),
    };
  },
});
