import type { Command } from 'commander';
import { redactUrl } from '../config/secrets.ts';
import { DEFAULT_DATABASE_URL } from '../store/database-url.ts';

/** The database the commands act on: DATABASE_URL, or the embedded SQLite file. */
function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/**
 * `notequiz db migrate` applies pending migrations through Prisma's schema engine (WebAssembly), recording
 * them where `prisma migrate deploy` would; `notequiz db status` lists applied and pending ones. The store
 * modules load on demand so `--help` does not pay for Prisma's start-up.
 */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance (DATABASE_URL picks the database)');
  db.command('migrate')
    .description('Apply pending migrations (start-up does this too); safe to run while other instances start')
    .action(async () => {
      const { migrateDatabase } = await import('../store/migrations/migrate.ts');
      const { applied } = await migrateDatabase(databaseUrl());
      process.stdout.write(
        applied.length === 0
          ? `${redactUrl(databaseUrl())}: up to date.\n`
          : `${redactUrl(databaseUrl())}: applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
      );
    });
  db.command('status')
    .description('List applied and pending migrations; exit 1 if any is pending or failed')
    .action(async () => {
      const { migrationStatus } = await import('../store/migrations/migration-status.ts');
      const status = await migrationStatus(databaseUrl());
      const lines = [
        `database: ${redactUrl(databaseUrl())}`,
        ...status.applied.map((m) => `  applied  ${m}`),
        ...status.failed.map(
          (m) => `  FAILED   ${m} (started, never finished: fix by hand, then mark it rolled back)`,
        ),
        ...status.pending.map((m) => `  pending  ${m}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      if (status.pending.length > 0 || status.failed.length > 0) process.exitCode = 1;
    });
}
