import type { InstallationRecord, InstallationStore } from '../../engine/installation-store-port.ts';
import type { Installation as InstallationRow } from '../generated/sqlite/client.ts';
import { byString } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

function toInstallation(row: InstallationRow): InstallationRecord {
  return {
    key: row.key,
    teamId: row.teamId,
    enterpriseId: row.enterpriseId,
    isEnterpriseInstall: row.isEnterpriseInstall,
    sealed: row.sealed,
    installedAt: row.installedAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Apps installed by OAuth (InstallationStore). A state is taken by deleting it: of two redirects carrying
 * the same state (on one instance or two), only the one whose delete removed the row gets its payload.
 */
export function installationMethods({ db }: StoreContext): InstallationStore {
  return {
    async saveInstallation(record) {
      const data = {
        teamId: record.teamId,
        enterpriseId: record.enterpriseId,
        isEnterpriseInstall: record.isEnterpriseInstall,
        sealed: record.sealed,
        updatedAt: record.updatedAt,
      };
      await db.installation.upsert({
        where: { key: record.key },
        create: { key: record.key, installedAt: record.installedAt, ...data },
        update: data,
      });
    },
    async getInstallation(key) {
      const row = await db.installation.findUnique({ where: { key } });
      return row === null ? null : toInstallation(row);
    },
    async listInstallations(prefix) {
      const rows = await db.installation.findMany({ where: { key: { startsWith: prefix } } });
      return rows.map(toInstallation).sort((a, b) => byString(a.key, b.key));
    },
    async deleteInstallation(key) {
      const { count } = await db.installation.deleteMany({ where: { key } });
      return count > 0;
    },
    async linkWorkspace(workspaceKey, installationKey) {
      await db.installationLink.upsert({
        where: { workspaceKey },
        create: { workspaceKey, installationKey },
        update: { installationKey },
      });
    },
    async linkedInstallation(workspaceKey) {
      const row = await db.installationLink.findUnique({ where: { workspaceKey } });
      return row?.installationKey ?? null;
    },
    async linkedWorkspaces(installationKey) {
      const rows = await db.installationLink.findMany({ where: { installationKey } });
      return rows.map((r) => r.workspaceKey).sort(byString);
    },
    async saveOAuthState(state, payload, expiresAt, now) {
      await db.oAuthState.deleteMany({ where: { expiresAt: { lte: now } } });
      await db.oAuthState.create({ data: { state, payload, expiresAt } });
    },
    async takeOAuthState(state, now) {
      const row = await db.oAuthState.findUnique({ where: { state } });
      if (row === null) return null;
      const { count } = await db.oAuthState.deleteMany({ where: { state } });
      return count === 1 && row.expiresAt.getTime() > now.getTime() ? row.payload : null;
    },
  };
}
