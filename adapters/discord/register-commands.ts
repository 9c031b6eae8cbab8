import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './command-definitions.ts';
import type { DiscordConfig } from './config.ts';

/**
 * Registers the slash commands. In one server (guild) they appear at once — for development; globally
 * they reach every server the bot is in — for production. With no guild given, DISCORD_DEV_GUILD_ID is
 * used when set; `global: true` ignores it. Registration replaces the whole set (PUT), so it is idempotent.
 */
export async function registerDiscordCommands(
  config: DiscordConfig,
  options: { guildId?: string; global?: boolean } = {},
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST({
    version: '10',
    ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }),
  }).setToken(config.token);
  const guildId = options.global ? undefined : (options.guildId ?? config.devGuildId);
  const commands = commandDefinitions();
  try {
    if (guildId !== undefined) {
      // Guild commands take no contexts / integration types: they exist in that one server only.
      const body = commands.map(({ contexts: _c, integration_types: _i, ...rest }) => rest);
      const saved = await rest.put(Routes.applicationGuildCommands(config.applicationId, guildId), { body });
      return { scope: 'guild', count: Array.isArray(saved) ? saved.length : commands.length };
    }
    const saved = await rest.put(Routes.applicationCommands(config.applicationId), { body: commands });
    return { scope: 'global', count: Array.isArray(saved) ? saved.length : commands.length };
  } catch (error) {
    throw new Error(
      `Registering Discord commands ${guildId === undefined ? 'globally' : `in guild ${guildId}`} failed: ${
        error instanceof Error ? error.message : String(error)
      } (check DISCORD_TOKEN and DISCORD_APPLICATION_ID)`,
      { cause: error },
    );
  }
}
