import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type pino from 'pino';
import type { Clock } from '../../src/engine/clock.ts';
import type {
  InstallationRecord,
  InstallationStore as InstallationRecords,
} from '../../src/engine/installation-store-port.ts';
import { type SealingKeys, seal, sealedWith, unseal } from './sealed-box.ts';

/** The stored form's key: one installation per workspace, one per organisation for an org-wide install. */
export const workspaceKeyOf = (teamId: string): string => `slack:${teamId}`;
const orgKeyOf = (enterpriseId: string): string => `slack:${enterpriseId}`;
const PREFIX = 'slack:';

/** How long a fetched installation is reused before the database is asked again (another instance may have changed it). */
const CACHE_MS = 30_000;

export type StoredInstallation = Installation<'v1' | 'v2', boolean>;

/** Whose installation was stored (the teams whose schedules may resume) or removed. */
export interface InstallationChange {
  readonly key: string;
  readonly teamIds: readonly string[];
}

/**
 * Bolt's InstallationStore on our database: each installation sealed (sealed-box.ts) under its key, fetched
 * by Bolt's authorize for every request and by the scheduler by team. A short cache spares the answer path a
 * query and a decryption per click; storing or deleting here drops it at once, and another instance's
 * change is seen within CACHE_MS (a call with a token removed meanwhile fails and says so).
 */
export class SealedInstallations implements InstallationStore {
  private readonly cache = new Map<string, { installation: StoredInstallation | null; at: number }>();
  private readonly linked = new Set<string>();

  constructor(
    private readonly deps: {
      readonly records: InstallationRecords;
      readonly keys: SealingKeys;
      readonly clock: Clock;
      readonly logger: pino.Logger;
      /** An installation was stored (a first install, a reinstall, a token refreshed). */
      readonly onStored?: (change: InstallationChange) => Promise<void>;
    },
  ) {}

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const key = keyOfInstallation(installation);
    const now = this.deps.clock.now();
    const record: InstallationRecord = {
      key,
      teamId: installation.team?.id ?? null,
      enterpriseId: installation.enterprise?.id ?? null,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      sealed: seal(JSON.stringify(installation), this.deps.keys.current, key),
      installedAt: now,
      updatedAt: now,
    };
    await this.deps.records.saveInstallation(record);
    this.cache.delete(key);
    this.deps.logger.info(
      { key, enterprise: record.isEnterpriseInstall },
      'Slack installation stored (tokens sealed)',
    );
    await this.deps.onStored?.({ key, teamIds: await this.teamsOf(key, record.teamId) });
  }

  /** Bolt's authorize: throws when the workspace (or its organisation) has no installation. */
  async fetchInstallation(query: InstallationQuery<boolean>): Promise<StoredInstallation> {
    const found = await this.forQuery(query);
    if (found === null)
      throw new Error(`no Slack installation for ${query.enterpriseId ?? ''}/${query.teamId ?? ''}`);
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = installationKeyOf(query);
    if (key !== null) await this.remove(key);
  }

  /** The installation that serves a workspace: its own, else its organisation's; null when none. */
  async forTeam(teamId: string): Promise<StoredInstallation | null> {
    const own = await this.byKey(workspaceKeyOf(teamId));
    if (own !== null) return own;
    const org = await this.deps.records.linkedInstallation(workspaceKeyOf(teamId));
    return org === null ? null : this.byKey(org);
  }

  /** Removes an installation; returns the teams it served (to pause), empty when there was none. */
  async remove(key: string): Promise<InstallationChange> {
    const record = await this.deps.records.getInstallation(key);
    const teamIds = record === null ? [] : await this.teamsOf(key, record.teamId);
    const removed = await this.deps.records.deleteInstallation(key);
    this.cache.delete(key);
    if (removed) this.deps.logger.info({ key }, 'Slack installation removed');
    return { key, teamIds: removed ? teamIds : [] };
  }

  /** tokens_revoked for user tokens only: the installation stays, without the user's token. */
  async dropUserToken(key: string): Promise<void> {
    const installation = await this.byKey(key);
    if (installation === null) return;
    const { token: _token, refreshToken: _refresh, expiresAt: _expires, ...user } = installation.user;
    await this.storeInstallation({ ...installation, user: { ...user, token: undefined } });
  }

  /**
   * Seals every installation again with SLACK_INSTALLATION_KEY (after a rotation, once the previous key is
   * only in SLACK_INSTALLATION_KEY_PREVIOUS). One that neither key opens is left as it is and counted.
   */
  async reseal(): Promise<{ resealed: number; current: number; unreadable: string[] }> {
    let resealed = 0;
    let current = 0;
    const unreadable: string[] = [];
    for (const record of await this.deps.records.listInstallations(PREFIX)) {
      if (sealedWith(record.sealed, this.deps.keys) === 'current') {
        current += 1;
        continue;
      }
      try {
        const plain = unseal(record.sealed, this.deps.keys, record.key);
        await this.deps.records.saveInstallation({
          ...record,
          sealed: seal(plain, this.deps.keys.current, record.key),
          updatedAt: this.deps.clock.now(),
        });
        this.cache.delete(record.key);
        resealed += 1;
      } catch (error) {
        this.deps.logger.error(
          { key: record.key, err: error },
          'Slack installation could not be opened to reseal',
        );
        unreadable.push(record.key);
      }
    }
    return { resealed, current, unreadable };
  }

  private async forQuery(query: InstallationQuery<boolean>): Promise<StoredInstallation | null> {
    if (query.isEnterpriseInstall && query.enterpriseId !== undefined) {
      const org = await this.byKey(orgKeyOf(query.enterpriseId));
      // The scheduler knows a channel's team only: remember which organisation serves it (once per process).
      if (org !== null && query.teamId !== undefined && !this.linked.has(query.teamId)) {
        await this.deps.records.linkWorkspace(workspaceKeyOf(query.teamId), orgKeyOf(query.enterpriseId));
        this.linked.add(query.teamId);
      }
      return org;
    }
    return query.teamId === undefined ? null : this.forTeam(query.teamId);
  }

  private async byKey(key: string): Promise<StoredInstallation | null> {
    const now = this.deps.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit !== undefined && now - hit.at < CACHE_MS) return hit.installation;
    const record = await this.deps.records.getInstallation(key);
    // A value no key opens is an operator's mistake (a lost key): it is logged and reads as not installed.
    let installation: StoredInstallation | null = null;
    if (record !== null) {
      try {
        installation = JSON.parse(unseal(record.sealed, this.deps.keys, key)) as StoredInstallation;
      } catch (error) {
        this.deps.logger.error({ key, err: error }, 'Slack installation could not be opened');
      }
    }
    this.cache.set(key, { installation, at: now });
    return installation;
  }

  /** The teams an installation serves: its own, or an organisation's linked workspaces. */
  private async teamsOf(key: string, teamId: string | null): Promise<string[]> {
    if (teamId !== null) return [teamId];
    const workspaces = await this.deps.records.linkedWorkspaces(key);
    return workspaces.map((w) => w.slice(PREFIX.length));
  }
}

function keyOfInstallation(installation: StoredInstallation): string {
  if (installation.isEnterpriseInstall === true && installation.enterprise?.id !== undefined)
    return orgKeyOf(installation.enterprise.id);
  const teamId = installation.team?.id;
  if (teamId === undefined) throw new Error('a Slack installation without a team or an organisation');
  return workspaceKeyOf(teamId);
}

/** The key of the installation a request (or an event about it) names. */
export function installationKeyOf(query: {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}): string | null {
  if (query.isEnterpriseInstall && query.enterpriseId !== undefined) return orgKeyOf(query.enterpriseId);
  return query.teamId === undefined ? null : workspaceKeyOf(query.teamId);
}
