import type { Command } from 'commander';
import { CliUserError } from '../../src/cli/cli-user-error.ts';
import { parseSlackConfig, type SlackOAuthConfig } from './config.ts';

/**
 * `notequiz slack reseal`: after a key rotation (the new key in SLACK_INSTALLATION_KEY, the old one in
 * SLACK_INSTALLATION_KEY_PREVIOUS), seals every stored installation again with the new key, so the old one
 * can be dropped. Safe to run while the bot runs, and again: installations already sealed with the current
 * key are left alone. Exits 1 when some installation neither key opens.
 */
export function registerSlackCliCommands(program: Command): void {
  const slack = program.command('slack').description('Slack installs by OAuth');
  slack
    .command('reseal')
    .description(
      'Encrypt every stored Slack installation again with SLACK_INSTALLATION_KEY (after rotating it; DATABASE_URL picks the database)',
    )
    .action(async () => {
      const settings = oauthSettings();
      // Loaded on demand, like every command that touches the database.
      const [
        { openStore },
        { createLogger },
        { systemClock },
        { SealedInstallations },
        { DEFAULT_DATABASE_URL },
      ] = await Promise.all([
        import('../../src/store/open-store.ts'),
        import('../../src/logger.ts'),
        import('../../src/engine/clock.ts'),
        import('./installations.ts'),
        import('../../src/store/database-url.ts'),
      ]);
      const store = await openStore(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);
      try {
        const installations = new SealedInstallations({
          records: store,
          keys: settings.installationKeys,
          clock: systemClock,
          logger: createLogger({ level: 'warn', pretty: false }),
        });
        const done = await installations.reseal();
        process.stdout.write(
          `Sealed again with SLACK_INSTALLATION_KEY: ${done.resealed}; already sealed with it: ${done.current}; unreadable: ${done.unreadable.length}\n`,
        );
        if (done.unreadable.length > 0) {
          process.stdout.write(
            `Neither SLACK_INSTALLATION_KEY nor SLACK_INSTALLATION_KEY_PREVIOUS opens: ${done.unreadable.join(', ')} (those workspaces must install the app again)\n`,
          );
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
}

function oauthSettings(): SlackOAuthConfig {
  let settings: SlackOAuthConfig | null;
  try {
    settings = parseSlackConfig(process.env).oauth;
  } catch (error) {
    throw new CliUserError(error instanceof Error ? error.message : String(error));
  }
  if (settings === null)
    throw new CliUserError(
      'slack reseal: SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are not set (installs by OAuth are off)',
    );
  return settings;
}
