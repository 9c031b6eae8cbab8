import type { InstallationRecord, InstallationStore } from '../../engine/installation-store-port.ts';
import { byString, copy } from './memory-tables.ts';

/** Apps installed by OAuth and their one-use states, in memory (InstallationStore). */
export function installationMethods(): InstallationStore {
  const installations = new Map<string, InstallationRecord>();
  const links = new Map<string, string>();
  const states = new Map<string, { payload: string; expiresAt: number }>();
  return {
    async saveInstallation(record) {
      const existing = installations.get(record.key);
      installations.set(
        record.key,
        copy({ ...record, installedAt: existing?.installedAt ?? record.installedAt }),
      );
    },
    async getInstallation(key) {
      return copy(installations.get(key) ?? null);
    },
    async listInstallations(prefix) {
      return [...installations.values()]
        .filter((r) => r.key.startsWith(prefix))
        .sort((a, b) => byString(a.key, b.key))
        .map(copy);
    },
    async deleteInstallation(key) {
      return installations.delete(key);
    },
    async linkWorkspace(workspaceKey, installationKey) {
      links.set(workspaceKey, installationKey);
    },
    async linkedInstallation(workspaceKey) {
      return links.get(workspaceKey) ?? null;
    },
    async linkedWorkspaces(installationKey) {
      return [...links]
        .filter(([, target]) => target === installationKey)
        .map(([workspace]) => workspace)
        .sort(byString);
    },
    async saveOAuthState(state, payload, expiresAt, now) {
      for (const [id, s] of states) if (s.expiresAt <= now.getTime()) states.delete(id);
      states.set(state, { payload, expiresAt: expiresAt.getTime() });
    },
    async takeOAuthState(state, now) {
      const found = states.get(state);
      if (found === undefined) return null;
      states.delete(state);
      return found.expiresAt > now.getTime() ? found.payload : null;
    },
  };
}
