import type { StateStore } from '@slack/bolt';
import type pino from 'pino';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';
import type { AppLifecycle } from './app-lifecycle.ts';
import { boltLogger } from './bolt-logger.ts';
import type { BoltRuntime } from './create-bolt-app.ts';
import type { SlackAdapterDeps } from './index.ts';
import { SealedInstallations } from './installations.ts';
import { databaseStateStore } from './oauth-states.ts';
import { People } from './people.ts';
import { TokenHealth } from './token-health.ts';
import {
  configuredNoticeTargets,
  installedWorkspaces,
  singleWorkspace,
  type WorkspaceParts,
  type Workspaces,
} from './workspaces.ts';

/** How the adapter gets its workspaces: OAuth's sealed installations, or SLACK_BOT_TOKEN's one workspace. */

/** OAuth mode's installation store (sealed) and state store; null in single-token mode. */
export function oauthParts(
  deps: SlackAdapterDeps,
  logger: pino.Logger,
  lifecycle: () => AppLifecycle,
): { installations: SealedInstallations; states: StateStore } | null {
  const settings = deps.config.oauth;
  if (settings === null) return null;
  if (deps.installations === undefined)
    throw new Error('Slack OAuth installs need a store for installations (SlackAdapterDeps.installations)');
  return {
    installations: new SealedInstallations({
      records: deps.installations,
      keys: settings.installationKeys,
      clock: deps.clock,
      logger,
      onStored: (change) => lifecycle().installed(change),
    }),
    states: databaseStateStore(deps.installations),
  };
}

/** SLACK_BOT_TOKEN's one workspace: Bolt's client (it has the token) and the runtime's poster. */
function singleWorkspaceParts(
  deps: SlackAdapterDeps,
  runtime: BoltRuntime,
  logger: pino.Logger,
): WorkspaceParts {
  const client = runtime.app.client;
  if (runtime.poster === null) throw new Error('Slack single-token mode without a poster');
  return {
    client,
    poster: runtime.poster,
    token: new TokenHealth({ clock: deps.clock, logger, probe: () => client.auth.test() }),
    people: new People(client, deps.clock, deps.config.adminUserIds),
    botId: deps.config.botId,
    noticeTargets: configuredNoticeTargets(deps.config),
  };
}

/** The workspaces the adapter serves: OAuth's installations, or the one of SLACK_BOT_TOKEN. */
export function workspacesFor(
  deps: SlackAdapterDeps,
  runtime: BoltRuntime,
  oauth: { installations: SealedInstallations } | null,
  logger: pino.Logger,
  metrics: PlatformMetrics,
): Workspaces {
  return oauth === null
    ? singleWorkspace(singleWorkspaceParts(deps, runtime, logger))
    : installedWorkspaces({
        installations: oauth.installations,
        config: deps.config,
        logger,
        boltLogger: boltLogger(logger),
        clock: deps.clock,
        metrics,
      });
}
