import type { webApi } from '@slack/bolt';
import type pino from 'pino';
import type { Clock } from '../../src/engine/clock.ts';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';
import type { SlackConfig } from './config.ts';
import type { SealedInstallations } from './installations.ts';
import { People } from './people.ts';
import { type Readiness, TokenHealth } from './token-health.ts';
import type { PostingClient, SlackClient } from './web-clients.ts';
import { tokenClients } from './workspace-clients.ts';

/**
 * What belongs to one workspace's bot token: every Web API call for that workspace goes through these, so it
 * is made with that workspace's token, whether it answers a request or comes from the scheduler.
 */
export interface WorkspaceParts {
  /** Reads, edits, views: calls Slack may receive twice. */
  readonly client: SlackClient;
  /** New messages: never retried blindly (web-clients.ts). */
  readonly poster: PostingClient;
  /** Whether Slack accepts this token; every failed call is shown to it. */
  readonly token: TokenHealth;
  readonly people: People;
  /** The bot's id in this workspace (B…), to know our own messages in a channel's history. */
  readonly botId: string | null;
  /** Where notices for this workspace's admins go: a channel id, or user ids to DM. */
  readonly noticeTargets: readonly string[];
}

/** The parts of each workspace the adapter serves. */
export interface Workspaces {
  /** null: the workspace has no installation (never installed, uninstalled, or its token revoked). */
  of(teamId: string): Promise<WorkspaceParts | null>;
  /** For /readyz. */
  readiness(): Readiness;
}

/** Where admin notices go in single-token mode: SLACK_DEFAULT_CHANNEL, else DMs to SLACK_ADMIN_USER_IDS. */
export function configuredNoticeTargets(config: SlackConfig): readonly string[] {
  return config.defaultChannel !== null ? [config.defaultChannel] : config.adminUserIds;
}

/** SLACK_BOT_TOKEN: one workspace, the same parts whoever asks. */
export function singleWorkspace(parts: WorkspaceParts): Workspaces {
  return { of: async () => parts, readiness: () => parts.token.readiness() };
}

/**
 * OAuth installs: each workspace's parts are built from its stored installation the first time they are
 * needed, and kept while the token stays the same (a reinstall brings a new token, hence new parts). A token Slack refuses is
 * that workspace's problem, logged and retried like any other; it does not make the instance unready for
 * the other workspaces.
 */
export function installedWorkspaces(deps: {
  readonly installations: SealedInstallations;
  readonly config: SlackConfig;
  readonly logger: pino.Logger;
  readonly boltLogger: webApi.Logger;
  readonly clock: Clock;
  readonly metrics: PlatformMetrics;
}): Workspaces {
  const byTeam = new Map<string, { readonly token: string; readonly parts: WorkspaceParts }>();
  return {
    async of(teamId) {
      const installation = await deps.installations.forTeam(teamId);
      const bot = installation?.bot;
      if (bot === undefined) return null;
      const known = byTeam.get(teamId);
      if (known !== undefined && known.token === bot.token) return known.parts;
      const { client, poster } = tokenClients(bot.token, deps.config, deps.boltLogger, deps.metrics);
      const parts: WorkspaceParts = {
        client,
        poster,
        token: new TokenHealth({
          clock: deps.clock,
          logger: deps.logger.child({ teamId }),
          probe: () => client.auth.test(),
        }),
        people: new People(client, deps.clock, deps.config.adminUserIds),
        botId: bot.id === '' ? null : bot.id,
        // The person who installed the app hears when a channel of theirs stops.
        noticeTargets: installation?.user.id === undefined ? [] : [installation.user.id],
      };
      byTeam.set(teamId, { token: bot.token, parts });
      return parts;
    },
    readiness: () => ({ ok: true }),
  };
}
