import type pino from 'pino';
import type { QuizEngine } from '../../src/engine/api.ts';
import { type InstallationChange, installationKeyOf, type SealedInstallations } from './installations.ts';
import { NOT_INSTALLED } from './publisher.ts';
import { tenantIdOf } from './slack-ids.ts';

/**
 * What follows an install, an uninstall and a revoked token (OAuth mode). Uninstalling (`app_uninstalled`)
 * or revoking the bot token (`tokens_revoked`) removes the installation and pauses the workspace's daily
 * schedules for NOT_INSTALLED, keeping their times; installing again resumes exactly those (one an admin
 * paused, or one paused for a lost channel, stays paused). A weekly digest keeps its settings too: with no
 * installation the publisher cannot post it and it waits for the next week (publisher.ts, NOT_INSTALLED).
 */
export interface AppLifecycle {
  installed(change: InstallationChange): Promise<void>;
  uninstalled(who: EventSource): Promise<void>;
  tokensRevoked(
    who: EventSource,
    revoked: { readonly bot: readonly string[]; readonly user: readonly string[] },
  ): Promise<void>;
}

/** Whose event it is, as Bolt's context has it for events it does not authorize. */
export interface EventSource {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

/** An engine that can pause and resume a whole tenant (StorePort.pause/resumeTenantSchedules behind it). */
interface TenantSchedules {
  pauseTenantSchedules(tenantId: string, reason: string): Promise<number>;
  resumeTenantSchedules(tenantId: string, reason: string): Promise<number>;
}

const canPauseTenants = (engine: QuizEngine): engine is QuizEngine & TenantSchedules =>
  'pauseTenantSchedules' in engine &&
  typeof engine.pauseTenantSchedules === 'function' &&
  'resumeTenantSchedules' in engine &&
  typeof engine.resumeTenantSchedules === 'function';

export function appLifecycle(deps: {
  readonly engine: QuizEngine;
  /** null in single-token mode: SLACK_BOT_TOKEN is the operator's, and token-health.ts tells them. */
  readonly installations: SealedInstallations | null;
  readonly logger: pino.Logger;
}): AppLifecycle {
  const { engine, installations, logger } = deps;

  const pause = async (teamIds: readonly string[], why: string): Promise<void> => {
    if (!canPauseTenants(engine)) return;
    for (const teamId of teamIds) {
      const paused = await engine.pauseTenantSchedules(tenantIdOf(teamId), NOT_INSTALLED);
      logger.info({ teamId, paused, why }, 'Slack workspace lost the app; its daily schedules are paused');
    }
  };

  const remove = async (who: EventSource, why: string): Promise<void> => {
    const key = installationKeyOf(who);
    if (installations === null || key === null) {
      logger.error(
        { teamId: who.teamId, why },
        'Slack says the app lost this workspace: SLACK_BOT_TOKEN no longer works there until the app is reinstalled and the new token set',
      );
      return;
    }
    const { teamIds } = await installations.remove(key);
    await pause(teamIds, why);
  };

  return {
    async installed(change) {
      if (!canPauseTenants(engine)) return;
      for (const teamId of change.teamIds) {
        const resumed = await engine.resumeTenantSchedules(tenantIdOf(teamId), NOT_INSTALLED);
        if (resumed > 0)
          logger.info({ teamId, resumed }, 'Slack app installed again; its daily schedules resume');
      }
    },
    uninstalled: (who) => remove(who, 'app_uninstalled'),
    async tokensRevoked(who, revoked) {
      if (revoked.bot.length > 0) {
        await remove(who, 'tokens_revoked');
        return;
      }
      // Only users' tokens went: the bot still works; forget the token we may hold for the installer.
      const key = installationKeyOf(who);
      if (installations !== null && key !== null && revoked.user.length > 0)
        await installations.dropUserToken(key);
    },
  };
}
