import type { Command } from 'commander';
import { CliUserError } from '../../src/cli/cli-user-error.ts';
import { parseDiscordConfig } from './config.ts';

/** `notequiz discord register [--guild ID] [--global]`: publishes the slash commands to Discord. */
export function registerDiscordCliCommands(program: Command): void {
  const discord = program.command('discord').description('Discord set-up');
  discord
    .command('register')
    .description(
      'Register the slash commands: in one server with --guild (instant; DISCORD_DEV_GUILD_ID by default), else globally',
    )
    .option('--guild <id>', 'server (guild) id to register in')
    .option('--global', 'register globally even when DISCORD_DEV_GUILD_ID is set')
    .action(async (options: { guild?: string; global?: boolean }) => {
      if (options.guild !== undefined && !/^\d{17,20}$/.test(options.guild)) {
        throw new CliUserError(
          `--guild must be a Discord server id (17 to 20 digits), not "${options.guild}"`,
        );
      }
      let config: ReturnType<typeof parseDiscordConfig>;
      try {
        config = parseDiscordConfig(process.env);
      } catch (error) {
        throw new CliUserError(error instanceof Error ? error.message : String(error));
      }
      // Loaded on demand: discord.js takes seconds to import, and every other command should start fast.
      const { registerDiscordCommands } = await import('./register-commands.ts');
      const done = await registerDiscordCommands(config, {
        ...(options.guild === undefined ? {} : { guildId: options.guild }),
        ...(options.global === true ? { global: true } : {}),
      });
      process.stdout.write(
        done.scope === 'guild'
          ? `Registered ${done.count} commands in the server (they appear at once).\n`
          : `Registered ${done.count} commands globally (Discord may take up to an hour to show them).\n`,
      );
    });
}
